import type { Texts } from './index.js'

/** Turkish. */
export const tr: Texts = {
  bannerTitle: 'Gizlilik tercihleriniz',
  bannerText:
    'Onayınızla çerezleri tercihlerinizi hatırlamak, analitik amaçlarla ve verileri iş ortaklarımızla paylaşmak için kullanırız. Seçiminizi dilediğiniz zaman “Çerez ayarları” bölümünden değiştirebilir veya geri çekebilirsiniz.',
  policyLink: 'Gizlilik politikası',
  acceptAll: 'Tümünü kabul et',
  rejectAll: 'Tümünü reddet',
  customize: 'Özelleştir',
  settingsTitle: 'Çerez ayarları',
  settingsText:
    'Çerezler ve benzeri teknolojiler kullanıyoruz. Bunların bazıları bu sitenin çalışması için gereklidir. Onayınızla bunları ayrıca dil gibi tercihlerinizi hatırlamak, hizmetlerimizin nasıl kullanıldığını ve ne kadar iyi çalıştığını ölçmek ve verileri iş ortaklarımızla paylaşmak için de kullanırız. İsteğe bağlı amaçlar siz açana kadar kapalı kalır. Onayınızı dilediğiniz zaman “Çerez ayarları” bölümünden değiştirebilir veya geri çekebilirsiniz.',
  save: 'Seçimleri kaydet',
  close: 'Kapat',
  alwaysOn: 'Her zaman etkin',
  cookies: 'Kullanılan çerezler',
  cookieName: 'Ad',
  cookieProvider: 'Sağlayıcı',
  cookiePurpose: 'Amaç',
  cookieDuration: 'Süre',
  consentId: 'Onay kimliğiniz',
  decidedAt: 'Karar tarihi',
  reopen: 'Çerez ayarları',
  gpc: 'Tarayıcınız Global Privacy Control (Küresel Gizlilik Denetimi) sinyali gönderiyor ve biz buna uyuyoruz: bunu kendiniz açmadığınız sürece verileriniz iş ortaklarıyla paylaşılmaz.',
  placeholderTitle: '{provider} içeriği',
  placeholderText:
    'Bu içerik, siz {category} için izin verene kadar engelli kalır; çünkü içerik yüklendiğinde ziyaretinize ilişkin veriler {provider} ile paylaşılır.',
  loadOnce: 'Bu içeriği yükle',
  alwaysAllow: '{category} için her zaman izin ver',
  categories: {
    necessary: {
      label: 'Kesinlikle gerekli',
      description:
        'Bu sitenin çalışması ve güvenli kalması için gereklidir; örneğin oturumunuzun açık kalmasını ve onay tercihlerinizin hatırlanmasını sağlar. Kapatılamaz.',
    },
    preferences: {
      label: 'Tercihler',
      description: 'Dil gibi yaptığınız seçimleri hatırlar; böylece bunları yeniden yapmanız gerekmez.',
    },
    analytics: {
      label: 'Analitik',
      description:
        'Ziyaretçilerin hizmetlerimizi nasıl kullandığını ve hizmetlerimizin ne kadar iyi çalıştığını anlamamıza yardımcı olur; böylece onları iyileştirebiliriz. Bu bilgiler piksel etiketleri ve benzeri araçlarla toplanır.',
    },
    partners: {
      label: 'İş ortakları',
      description:
        'Verileri, hizmetlerimizin gömülü videolar, ödemeler ve reklamlar gibi bölümlerini sağlayan güvenilir iş ortaklarıyla paylaşır. Bu iş ortakları ziyaretinizle ilgili bilgi alır.',
    },
  },
}
