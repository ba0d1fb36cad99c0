import type { Texts } from './index.js'

/** Croatian. */
export const hr: Texts = {
  bannerTitle: 'Vaše postavke privatnosti',
  bannerText:
    'Uz vašu privolu koristimo kolačiće za pamćenje vaših preferencija, za analitiku i za dijeljenje podataka s našim partnerima. Svoj izbor možete u bilo kojem trenutku promijeniti ili povući u odjeljku „Postavke kolačića“.',
  policyLink: 'Politika privatnosti',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  customize: 'Prilagodi',
  settingsTitle: 'Postavke kolačića',
  settingsText:
    'Koristimo kolačiće i slične tehnologije. Neki su nužni za rad ove web-stranice. Uz vašu privolu koristimo ih i za pamćenje vaših preferencija, primjerice jezika, za mjerenje korištenja i učinkovitosti naših usluga te za dijeljenje podataka s našim partnerima. Neobavezne svrhe ostaju isključene dok ih ne uključite. Svoju privolu možete u bilo kojem trenutku promijeniti ili povući u odjeljku „Postavke kolačića“.',
  save: 'Spremi odabir',
  close: 'Zatvori',
  alwaysOn: 'Uvijek aktivni',
  cookies: 'Korišteni kolačići',
  cookieName: 'Naziv',
  cookieProvider: 'Pružatelj',
  cookiePurpose: 'Svrha',
  cookieDuration: 'Trajanje',
  consentId: 'ID vaše privole',
  decidedAt: 'Datum odluke',
  reopen: 'Postavke kolačića',
  gpc: 'Vaš preglednik šalje signal Global Privacy Control i mi ga poštujemo: vaše podatke ne dijelimo s partnerima osim ako to sami ne uključite.',
  placeholderTitle: 'Sadržaj pružatelja {provider}',
  placeholderText:
    'Sadržaj ostaje blokiran dok ne dopustite kategoriju „{category}“ jer se pri njegovu učitavanju podaci o vašem posjetu dijele s pružateljem {provider}.',
  loadOnce: 'Učitaj ovaj sadržaj',
  alwaysAllow: 'Uvijek dopusti „{category}“',
  categories: {
    necessary: {
      label: 'Strogo nužni',
      description:
        'Potrebni su za rad i sigurnost ove web-stranice, primjerice kako biste ostali prijavljeni i kako bismo zapamtili vaše izbore u vezi s privolom. Ne mogu se isključiti.',
    },
    preferences: {
      label: 'Preferencije',
      description: 'Pamte vaše izbore, primjerice jezik, kako ih ne biste morali ponovno birati.',
    },
    analytics: {
      label: 'Analitika',
      description:
        'Pomažu nam razumjeti kako posjetitelji koriste naše usluge i koliko dobro one rade kako bismo ih mogli poboljšati. Te podatke prikupljaju pikseli za praćenje i slični alati.',
    },
    partners: {
      label: 'Partneri',
      description:
        'Omogućuju dijeljenje podataka s pouzdanim partnerima koji pružaju dijelove naših usluga, primjerice ugrađene videozapise, plaćanja i oglašavanje. Ti partneri primaju podatke o vašem posjetu.',
    },
  },
}
