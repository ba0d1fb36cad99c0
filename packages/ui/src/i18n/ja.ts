import type { Texts } from './index.js'

/** Japanese. */
export const ja: Texts = {
  bannerTitle: 'プライバシーに関する選択',
  bannerText:
    'お客様の同意に基づき、ユーザー設定の記憶、分析、パートナーとのデータ共有のために Cookie を使用します。選択内容は「Cookie 設定」からいつでも変更または撤回できます。',
  policyLink: 'プライバシーポリシー',
  acceptAll: 'すべて許可',
  rejectAll: 'すべて拒否',
  customize: 'カスタマイズ',
  settingsTitle: 'Cookie 設定',
  settingsText:
    '当サイトでは Cookie および類似の技術を使用しています。その一部は、当サイトの動作に必要なものです。また、お客様の同意を得た場合には、言語などのユーザー設定を記憶するため、当社サービスの利用状況とパフォーマンスを測定するため、およびパートナーとデータを共有するためにも使用します。任意の目的は、お客様がオンにするまでオフのままです。同意は「Cookie 設定」からいつでも変更または撤回できます。',
  save: '選択を保存',
  close: '閉じる',
  alwaysOn: '常に有効',
  cookies: '使用している Cookie',
  cookieName: '名前',
  cookieProvider: '提供者',
  cookiePurpose: '目的',
  cookieDuration: '保存期間',
  consentId: 'お客様の同意 ID',
  decidedAt: '選択日時',
  reopen: 'Cookie 設定',
  gpc: 'お使いのブラウザーはグローバル プライバシー コントロール（GPC）のシグナルを送信しており、当サイトはこれを尊重します。お客様ご自身でオンにしない限り、データがパートナーと共有されることはありません。',
  placeholderTitle: '{provider} のコンテンツ',
  placeholderText:
    'このコンテンツを読み込むと、お客様の訪問に関するデータが {provider} と共有されるため、「{category}」を許可するまでブロックされます。',
  loadOnce: 'このコンテンツを読み込む',
  alwaysAllow: '「{category}」を常に許可',
  categories: {
    necessary: {
      label: '必須',
      description:
        '当サイトの動作とセキュリティの維持に必要です。たとえば、ログイン状態の維持や、同意に関する選択内容の記憶に使用されます。オフにすることはできません。',
    },
    preferences: {
      label: 'ユーザー設定',
      description: '言語など、お客様が選択した内容を記憶し、再度選択する手間を省きます。',
    },
    analytics: {
      label: '分析',
      description:
        '訪問者による当社サービスの利用状況やパフォーマンスを把握し、サービスの改善に役立てます。この情報は、ピクセルタグや類似のツールによって収集されます。',
    },
    partners: {
      label: 'パートナー',
      description:
        '埋め込み動画、決済、広告など、当社サービスの一部を提供する信頼できるパートナーとデータを共有します。これらのパートナーは、お客様の訪問に関する情報を受け取ります。',
    },
  },
}
