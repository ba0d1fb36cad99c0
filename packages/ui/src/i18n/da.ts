import type { Texts } from './index.js'

/** Danish. */
export const da: Texts = {
  bannerTitle: 'Dine privatlivsvalg',
  bannerText:
    'Med dit samtykke bruger vi cookies til at huske dine præferencer, til statistik og til at dele data med vores partnere. Du kan til enhver tid ændre eller trække dit valg tilbage under »Cookieindstillinger«.',
  policyLink: 'Privatlivspolitik',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  customize: 'Tilpas',
  settingsTitle: 'Cookieindstillinger',
  settingsText:
    'Vi bruger cookies og lignende teknologier. Nogle er nødvendige, for at dette website kan fungere. Med dit samtykke bruger vi dem også til at huske dine præferencer, f.eks. dit sprog, til at måle, hvordan vores tjenester bliver brugt og fungerer, og til at dele data med vores partnere. Valgfrie formål er slået fra, indtil du slår dem til. Du kan til enhver tid ændre eller trække dit samtykke tilbage under »Cookieindstillinger«.',
  save: 'Gem valg',
  close: 'Luk',
  alwaysOn: 'Altid aktive',
  cookies: 'Anvendte cookies',
  cookieName: 'Navn',
  cookieProvider: 'Udbyder',
  cookiePurpose: 'Formål',
  cookieDuration: 'Varighed',
  consentId: 'Dit samtykke-id',
  decidedAt: 'Valgt den',
  reopen: 'Cookieindstillinger',
  gpc: 'Din browser sender signalet Global Privacy Control, og vi respekterer det: dine data deles ikke med partnere, medmindre du selv slår det til.',
  placeholderTitle: 'Indhold fra {provider}',
  placeholderText:
    'Indholdet er blokeret, indtil du tillader {category}, fordi der deles data om dit besøg med {provider}, når det indlæses.',
  loadOnce: 'Indlæs indholdet',
  alwaysAllow: 'Tillad altid {category}',
  categories: {
    necessary: {
      label: 'Strengt nødvendige',
      description:
        'Nødvendige for, at dette website fungerer og er sikkert, f.eks. for at holde dig logget ind og huske dine samtykkevalg. De kan ikke slås fra.',
    },
    preferences: {
      label: 'Præferencer',
      description: 'Husker de valg, du træffer, f.eks. dit sprog, så du ikke behøver at træffe dem igen.',
    },
    analytics: {
      label: 'Statistik',
      description:
        'Hjælper os med at forstå, hvordan besøgende bruger vores tjenester, og hvor godt de fungerer, så vi kan forbedre dem. Sporingspixels og lignende værktøjer indsamler disse oplysninger.',
    },
    partners: {
      label: 'Partnere',
      description:
        'Deler data med betroede partnere, der leverer dele af vores tjenester, f.eks. indlejrede videoer, betalinger og annoncering. Disse partnere modtager oplysninger om dit besøg.',
    },
  },
}
