import type { Texts } from './index.js'

/** Slovak. */
export const sk: Texts = {
  bannerTitle: 'Vaše voľby v oblasti súkromia',
  bannerText:
    'S Vaším súhlasom používame súbory cookie na zapamätanie Vašich preferencií, na analytiku a na zdieľanie údajov s našimi partnermi. Svoju voľbu môžete kedykoľvek zmeniť alebo odvolať v časti „Nastavenia súborov cookie“.',
  policyLink: 'Ochrana osobných údajov',
  acceptAll: 'Prijať všetky',
  rejectAll: 'Odmietnuť všetky',
  customize: 'Prispôsobiť',
  settingsTitle: 'Nastavenia súborov cookie',
  settingsText:
    'Používame súbory cookie a podobné technológie. Niektoré sú nevyhnutné na fungovanie tohto webu. S Vaším súhlasom ich používame aj na zapamätanie Vašich preferencií, napríklad jazyka, na meranie používania a výkonu našich služieb a na zdieľanie údajov s našimi partnermi. Voliteľné účely zostávajú vypnuté, kým ich sami nezapnete. Svoj súhlas môžete kedykoľvek zmeniť alebo odvolať v časti „Nastavenia súborov cookie“.',
  save: 'Uložiť voľby',
  close: 'Zavrieť',
  alwaysOn: 'Vždy aktívne',
  cookies: 'Používané súbory cookie',
  cookieName: 'Názov',
  cookieProvider: 'Poskytovateľ',
  cookiePurpose: 'Účel',
  cookieDuration: 'Doba uchovávania',
  consentId: 'ID Vášho súhlasu',
  decidedAt: 'Dátum rozhodnutia',
  reopen: 'Nastavenia súborov cookie',
  gpc: 'Váš prehliadač odosiela signál Global Privacy Control a my ho rešpektujeme: Vaše údaje sa s partnermi nezdieľajú, pokiaľ to sami nezapnete.',
  placeholderTitle: 'Obsah poskytovateľa {provider}',
  placeholderText:
    'Tento obsah zostáva zablokovaný, kým nepovolíte tieto súbory cookie: {category}. Jeho načítaním sa údaje o Vašej návšteve zdieľajú s poskytovateľom {provider}.',
  loadOnce: 'Načítať tento obsah',
  alwaysAllow: 'Vždy povoliť: {category}',
  categories: {
    necessary: {
      label: 'Nevyhnutné',
      description:
        'Sú potrebné na fungovanie a zabezpečenie tohto webu, napríklad na to, aby ste zostali prihlásení a aby sa zapamätali Vaše rozhodnutia o súhlase. Nemožno ich vypnúť.',
    },
    preferences: {
      label: 'Preferencie',
      description: 'Zapamätajú si Vaše voľby, napríklad jazyk, aby ste ich nemuseli zadávať znova.',
    },
    analytics: {
      label: 'Analytika',
      description:
        'Pomáhajú nám pochopiť, ako návštevníci používajú naše služby a ako dobre fungujú, aby sme ich mohli zlepšovať. Tieto informácie zhromažďujú sledovacie pixely a podobné nástroje.',
    },
    partners: {
      label: 'Partneri',
      description:
        'Zdieľajú údaje s dôveryhodnými partnermi, ktorí poskytujú časti našich služieb, napríklad vložené videá, platby a reklamu. Títo partneri dostávajú informácie o Vašej návšteve.',
    },
  },
}
