import type { Texts } from './index.js'

/** Lithuanian. */
export const lt: Texts = {
  bannerTitle: 'Jūsų privatumo pasirinkimai',
  bannerText:
    'Jums sutikus, slapukus naudojame tam, kad įsimintume jūsų nuostatas, atliktume analitiką ir dalytumėmės duomenimis su partneriais. Pasirinkimą galite bet kada pakeisti arba atšaukti skiltyje „Slapukų nustatymai“.',
  policyLink: 'Privatumo politika',
  acceptAll: 'Priimti visus',
  rejectAll: 'Atmesti visus',
  customize: 'Tinkinti',
  settingsTitle: 'Slapukų nustatymai',
  settingsText:
    'Naudojame slapukus ir panašias technologijas. Kai kurie iš jų būtini, kad ši svetainė veiktų. Jums sutikus, juos taip pat naudojame tam, kad įsimintume jūsų nuostatas, pavyzdžiui, kalbą, įvertintume, kaip naudojamasi mūsų paslaugomis ir kaip jos veikia, ir dalytumėmės duomenimis su savo partneriais. Neprivalomi tikslai lieka išjungti, kol patys jų neįjungsite. Savo sutikimą galite bet kada pakeisti arba atšaukti skiltyje „Slapukų nustatymai“.',
  save: 'Išsaugoti pasirinkimą',
  close: 'Uždaryti',
  alwaysOn: 'Visada aktyvūs',
  cookies: 'Naudojami slapukai',
  cookieName: 'Pavadinimas',
  cookieProvider: 'Teikėjas',
  cookiePurpose: 'Paskirtis',
  cookieDuration: 'Galiojimo laikas',
  consentId: 'Jūsų sutikimo ID',
  decidedAt: 'Pasirinkimo data',
  reopen: 'Slapukų nustatymai',
  gpc: 'Jūsų naršyklė siunčia signalą „Global Privacy Control“, ir mes jo paisome: jūsų duomenimis su partneriais nesidalijama, nebent tai įjungtumėte patys.',
  placeholderTitle: '{provider} turinys',
  placeholderText:
    'Šis turinys lieka užblokuotas, kol neleisite šių slapukų: {category}. Jį įkėlus, duomenys apie jūsų apsilankymą būtų perduoti teikėjui {provider}.',
  loadOnce: 'Įkelti šį turinį',
  alwaysAllow: 'Visada leisti: {category}',
  categories: {
    necessary: {
      label: 'Būtinieji',
      description:
        'Reikalingi, kad ši svetainė veiktų ir būtų saugi, pavyzdžiui, kad liktumėte prisijungę ir būtų įsimintas jūsų sprendimas dėl sutikimo. Jų išjungti negalima.',
    },
    preferences: {
      label: 'Nuostatos',
      description: 'Įsimena jūsų pasirinkimus, pavyzdžiui, kalbą, kad nereikėtų jų rinktis iš naujo.',
    },
    analytics: {
      label: 'Analitika',
      description:
        'Padeda mums suprasti, kaip lankytojai naudojasi mūsų paslaugomis ir kaip gerai jos veikia, kad galėtume jas tobulinti. Šią informaciją renka sekimo pikseliai ir panašios priemonės.',
    },
    partners: {
      label: 'Partneriai',
      description:
        'Leidžia dalytis duomenimis su patikimais partneriais, kurie teikia dalį mūsų paslaugų, pavyzdžiui, įterptus vaizdo įrašus, mokėjimus ir reklamą. Šie partneriai gauna informaciją apie jūsų apsilankymą.',
    },
  },
}
