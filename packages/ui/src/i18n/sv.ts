import type { Texts } from './index.js'

/** Swedish. */
export const sv: Texts = {
  bannerTitle: 'Dina integritetsval',
  bannerText:
    'Med ditt samtycke använder vi cookies för att komma ihåg dina preferenser, för analys och för att dela data med våra partner. Du kan när som helst ändra eller återkalla ditt val under ”Cookieinställningar”.',
  policyLink: 'Integritetspolicy',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  customize: 'Anpassa',
  settingsTitle: 'Cookieinställningar',
  settingsText:
    'Vi använder cookies och liknande tekniker. Vissa är nödvändiga för att webbplatsen ska fungera. Med ditt samtycke använder vi dem också för att komma ihåg dina preferenser, till exempel ditt språk, för att mäta hur våra tjänster används och presterar och för att dela data med våra partner. Valfria ändamål är avstängda tills du slår på dem. Du kan när som helst ändra eller återkalla ditt samtycke under ”Cookieinställningar”.',
  save: 'Spara val',
  close: 'Stäng',
  alwaysOn: 'Alltid aktiva',
  cookies: 'Cookies som används',
  cookieName: 'Namn',
  cookieProvider: 'Leverantör',
  cookiePurpose: 'Ändamål',
  cookieDuration: 'Lagringstid',
  consentId: 'Ditt samtyckes-id',
  decidedAt: 'Valt den',
  reopen: 'Cookieinställningar',
  gpc: 'Din webbläsare skickar signalen Global Privacy Control, och vi respekterar den: dina uppgifter delas inte med partner om du inte själv slår på det.',
  placeholderTitle: 'Innehåll från {provider}',
  placeholderText:
    'Innehållet är blockerat tills du tillåter {category}, eftersom uppgifter om ditt besök delas med {provider} när det läses in.',
  loadOnce: 'Läs in innehållet',
  alwaysAllow: 'Tillåt alltid {category}',
  categories: {
    necessary: {
      label: 'Strikt nödvändiga',
      description:
        'Behövs för att webbplatsen ska fungera och vara säker, till exempel för att hålla dig inloggad och komma ihåg dina samtyckesval. De kan inte stängas av.',
    },
    preferences: {
      label: 'Preferenser',
      description: 'Kommer ihåg val du gör, till exempel ditt språk, så att du inte behöver göra dem igen.',
    },
    analytics: {
      label: 'Analys',
      description:
        'Hjälper oss att förstå hur besökare använder våra tjänster och hur väl de fungerar, så att vi kan förbättra dem. Spårningspixlar och liknande verktyg samlar in informationen.',
    },
    partners: {
      label: 'Partner',
      description:
        'Delar data med betrodda partner som tillhandahåller delar av våra tjänster, till exempel inbäddade videor, betalningar och annonsering. Dessa partner får information om ditt besök.',
    },
  },
}
