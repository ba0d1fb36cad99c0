import type { Texts } from './index.js'

/** Czech. */
export const cs: Texts = {
  bannerTitle: 'Vaše volby ohledně soukromí',
  bannerText:
    'S vaším souhlasem používáme cookies k zapamatování vašich preferencí, k analytice a ke sdílení dat s našimi partnery. Svou volbu můžete kdykoli změnit nebo odvolat v části „Nastavení cookies“.',
  policyLink: 'Zásady ochrany osobních údajů',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  customize: 'Přizpůsobit',
  settingsTitle: 'Nastavení cookies',
  settingsText:
    'Používáme cookies a podobné technologie. Některé jsou nezbytné pro fungování tohoto webu. S vaším souhlasem je používáme také k zapamatování vašich preferencí, například jazyka, k měření toho, jak jsou naše služby využívány a jak fungují, a ke sdílení dat s našimi partnery. Volitelné účely zůstávají vypnuté, dokud je nezapnete. Svůj souhlas můžete kdykoli změnit nebo odvolat v části „Nastavení cookies“.',
  save: 'Uložit výběr',
  close: 'Zavřít',
  alwaysOn: 'Vždy aktivní',
  cookies: 'Používané cookies',
  cookieName: 'Název',
  cookieProvider: 'Poskytovatel',
  cookiePurpose: 'Účel',
  cookieDuration: 'Doba platnosti',
  consentId: 'ID vašeho souhlasu',
  decidedAt: 'Rozhodnuto',
  reopen: 'Nastavení cookies',
  gpc: 'Váš prohlížeč odesílá signál Global Privacy Control a my ho respektujeme: vaše údaje s partnery nesdílíme, pokud to sami nezapnete.',
  placeholderTitle: 'Obsah poskytovatele {provider}',
  placeholderText:
    'Obsah zůstane zablokovaný, dokud nepovolíte „{category}“, protože při jeho načtení se údaje o vaší návštěvě sdílejí s poskytovatelem {provider}.',
  loadOnce: 'Načíst tento obsah',
  alwaysAllow: 'Vždy povolit „{category}“',
  categories: {
    necessary: {
      label: 'Nezbytně nutné',
      description:
        'Jsou potřeba pro fungování a zabezpečení tohoto webu, například k udržení vašeho přihlášení a k zapamatování vašich voleb ohledně souhlasu. Nelze je vypnout.',
    },
    preferences: {
      label: 'Preference',
      description: 'Pamatují si vaše volby, například jazyk, abyste je nemuseli provádět znovu.',
    },
    analytics: {
      label: 'Analytika',
      description:
        'Pomáhají nám pochopit, jak návštěvníci používají naše služby a jak dobře fungují, abychom je mohli zlepšovat. Tyto informace shromažďují sledovací pixely a podobné nástroje.',
    },
    partners: {
      label: 'Partneři',
      description:
        'Sdílejí data s důvěryhodnými partnery, kteří zajišťují části našich služeb, například vložená videa, platby a reklamu. Tito partneři dostávají informace o vaší návštěvě.',
    },
  },
}
