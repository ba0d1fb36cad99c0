import type { Texts } from './index.js'

/** Latvian. */
export const lv: Texts = {
  bannerTitle: 'Jūsu privātuma izvēles',
  bannerText:
    'Ar jūsu piekrišanu mēs izmantojam sīkdatnes, lai atcerētos jūsu preferences, analītikai un datu kopīgošanai ar mūsu partneriem. Savu izvēli varat jebkurā laikā mainīt vai atsaukt sadaļā „Sīkdatņu iestatījumi“.',
  policyLink: 'Privātuma politika',
  acceptAll: 'Pieņemt visas',
  rejectAll: 'Noraidīt visas',
  customize: 'Pielāgot',
  settingsTitle: 'Sīkdatņu iestatījumi',
  settingsText:
    'Mēs izmantojam sīkdatnes un līdzīgas tehnoloģijas. Dažas no tām ir nepieciešamas šīs vietnes darbībai. Ar jūsu piekrišanu mēs tās izmantojam arī, lai atcerētos jūsu preferences, piemēram, valodu, lai novērtētu, kā tiek izmantoti mūsu pakalpojumi un kā tie darbojas, un lai kopīgotu datus ar mūsu partneriem. Neobligātie nolūki paliek izslēgti, līdz jūs tos ieslēdzat. Savu piekrišanu varat jebkurā laikā mainīt vai atsaukt sadaļā „Sīkdatņu iestatījumi“.',
  save: 'Saglabāt izvēli',
  close: 'Aizvērt',
  alwaysOn: 'Vienmēr aktīvas',
  cookies: 'Izmantotās sīkdatnes',
  cookieName: 'Nosaukums',
  cookieProvider: 'Nodrošinātājs',
  cookiePurpose: 'Nolūks',
  cookieDuration: 'Glabāšanas ilgums',
  consentId: 'Jūsu piekrišanas ID',
  decidedAt: 'Izvēles datums',
  reopen: 'Sīkdatņu iestatījumi',
  gpc: 'Jūsu pārlūkprogramma sūta signālu „Global Privacy Control“, un mēs to ievērojam: jūsu dati netiek kopīgoti ar partneriem, ja vien jūs to neieslēdzat paši.',
  placeholderTitle: '{provider} saturs',
  placeholderText:
    'Šis saturs paliek bloķēts, līdz atļausiet šīs sīkdatnes: {category}. Tā ielādes laikā dati par jūsu apmeklējumu tiek nosūtīti pakalpojuma sniedzējam {provider}.',
  loadOnce: 'Ielādēt šo saturu',
  alwaysAllow: 'Vienmēr atļaut: {category}',
  categories: {
    necessary: {
      label: 'Nepieciešamās',
      description:
        'Vajadzīgas, lai šī vietne darbotos un būtu droša, piemēram, lai jūs paliktu pieteikušies un tiktu atcerētas jūsu piekrišanas izvēles. Tās nevar izslēgt.',
    },
    preferences: {
      label: 'Preferences',
      description: 'Atceras jūsu izdarītās izvēles, piemēram, valodu, lai jums tās nebūtu jāizdara atkārtoti.',
    },
    analytics: {
      label: 'Analītika',
      description:
        'Palīdz mums saprast, kā apmeklētāji izmanto mūsu pakalpojumus un cik labi tie darbojas, lai mēs tos varētu uzlabot. Šo informāciju apkopo izsekošanas pikseļi un līdzīgi rīki.',
    },
    partners: {
      label: 'Partneri',
      description:
        'Kopīgo datus ar uzticamiem partneriem, kas nodrošina daļu mūsu pakalpojumu, piemēram, iegultos videoklipus, maksājumus un reklāmu. Šie partneri saņem informāciju par jūsu apmeklējumu.',
    },
  },
}
