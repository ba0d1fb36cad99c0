import type { Texts } from './index.js'

/** Polish. */
export const pl: Texts = {
  bannerTitle: 'Decyzje dotyczące prywatności',
  bannerText:
    'Za Państwa zgodą używamy plików cookie, aby zapamiętywać Państwa preferencje, prowadzić analitykę i udostępniać dane naszym partnerom. Wybór można w każdej chwili zmienić lub wycofać w sekcji „Ustawienia plików cookie”.',
  policyLink: 'Polityka prywatności',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  customize: 'Dostosuj',
  settingsTitle: 'Ustawienia plików cookie',
  settingsText:
    'Używamy plików cookie i podobnych technologii. Niektóre z nich są niezbędne do działania tej witryny. Za Państwa zgodą używamy ich również, aby zapamiętywać Państwa preferencje, takie jak język, mierzyć sposób korzystania z naszych usług i ich działanie oraz udostępniać dane naszym partnerom. Cele opcjonalne pozostają wyłączone, dopóki Państwo sami ich nie włączą. Zgodę można w każdej chwili zmienić lub wycofać w sekcji „Ustawienia plików cookie”.',
  save: 'Zapisz wybór',
  close: 'Zamknij',
  alwaysOn: 'Zawsze aktywne',
  cookies: 'Używane pliki cookie',
  cookieName: 'Nazwa',
  cookieProvider: 'Dostawca',
  cookiePurpose: 'Cel',
  cookieDuration: 'Okres przechowywania',
  consentId: 'Identyfikator zgody',
  decidedAt: 'Data decyzji',
  reopen: 'Ustawienia plików cookie',
  gpc: 'Państwa przeglądarka wysyła sygnał Global Privacy Control, a my go respektujemy: Państwa dane nie są udostępniane partnerom, chyba że Państwo sami to włączą.',
  placeholderTitle: 'Treść dostarczana przez {provider}',
  placeholderText:
    'Ta treść pozostaje zablokowana, dopóki nie wyrażą Państwo zgody na pliki cookie z kategorii: {category}. Jej wczytanie oznacza przekazanie danych o Państwa wizycie dostawcy {provider}.',
  loadOnce: 'Wczytaj tę treść',
  alwaysAllow: 'Zawsze zezwalaj: {category}',
  categories: {
    necessary: {
      label: 'Niezbędne',
      description:
        'Są potrzebne do działania i bezpieczeństwa tej witryny, na przykład do utrzymania sesji logowania oraz zapamiętania Państwa decyzji dotyczących zgody. Nie można ich wyłączyć.',
    },
    preferences: {
      label: 'Preferencje',
      description:
        'Zapamiętują dokonane przez Państwa wybory, takie jak język, aby nie musieli Państwo dokonywać ich ponownie.',
    },
    analytics: {
      label: 'Analityka',
      description:
        'Pomagają nam zrozumieć, jak odwiedzający korzystają z naszych usług i jak dobrze one działają, abyśmy mogli je ulepszać. Informacje te zbierają piksele śledzące i podobne narzędzia.',
    },
    partners: {
      label: 'Partnerzy',
      description:
        'Umożliwiają udostępnianie danych zaufanym partnerom, którzy dostarczają części naszych usług, takie jak osadzone filmy, płatności i reklamy. Partnerzy ci otrzymują informacje o Państwa wizycie.',
    },
  },
}
