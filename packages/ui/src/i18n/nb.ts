import type { Texts } from './index.js'

/** Norwegian Bokmål. */
export const nb: Texts = {
  bannerTitle: 'Dine personvernvalg',
  bannerText:
    'Med ditt samtykke bruker vi informasjonskapsler til å huske preferansene dine, til analyse og til å dele data med partnerne våre. Du kan alltid endre eller trekke tilbake valget ditt under «Innstillinger for informasjonskapsler».',
  policyLink: 'Personvernerklæring',
  acceptAll: 'Godta alle',
  rejectAll: 'Avvis alle',
  customize: 'Tilpass',
  settingsTitle: 'Innstillinger for informasjonskapsler',
  settingsText:
    'Vi bruker informasjonskapsler og lignende teknologier. Noen er nødvendige for at nettstedet skal fungere. Med ditt samtykke bruker vi dem også til å huske preferansene dine, for eksempel språket ditt, til å måle hvordan tjenestene våre brukes og fungerer, og til å dele data med partnerne våre. Valgfrie formål er slått av til du slår dem på. Du kan når som helst endre eller trekke tilbake samtykket ditt under «Innstillinger for informasjonskapsler».',
  save: 'Lagre valg',
  close: 'Lukk',
  alwaysOn: 'Alltid aktive',
  cookies: 'Informasjonskapsler i bruk',
  cookieName: 'Navn',
  cookieProvider: 'Leverandør',
  cookiePurpose: 'Formål',
  cookieDuration: 'Lagringstid',
  consentId: 'Din samtykke-ID',
  decidedAt: 'Valgt den',
  reopen: 'Innstillinger for informasjonskapsler',
  gpc: 'Nettleseren din sender signalet Global Privacy Control, og vi respekterer det: dataene dine deles ikke med partnere med mindre du selv slår dette på.',
  placeholderTitle: 'Innhold fra {provider}',
  placeholderText:
    'Innholdet er blokkert til du tillater {category}, fordi data om besøket ditt deles med {provider} når det lastes inn.',
  loadOnce: 'Last inn innholdet',
  alwaysAllow: 'Tillat alltid {category}',
  categories: {
    necessary: {
      label: 'Strengt nødvendige',
      description:
        'Nødvendige for at nettstedet skal fungere og være sikkert, for eksempel for å holde deg innlogget og huske samtykkevalgene dine. De kan ikke slås av.',
    },
    preferences: {
      label: 'Preferanser',
      description: 'Husker valgene du gjør, for eksempel språket ditt, slik at du ikke trenger å gjøre dem på nytt.',
    },
    analytics: {
      label: 'Analyse',
      description:
        'Hjelper oss å forstå hvordan besøkende bruker tjenestene våre og hvor godt de fungerer, slik at vi kan forbedre dem. Sporingspiksler og lignende verktøy samler inn denne informasjonen.',
    },
    partners: {
      label: 'Partnere',
      description:
        'Deler data med pålitelige partnere som leverer deler av tjenestene våre, for eksempel innebygde videoer, betalinger og annonsering. Disse partnerne får informasjon om besøket ditt.',
    },
  },
}
