import type { Texts } from './index.js'

/** Slovenian. */
export const sl: Texts = {
  bannerTitle: 'Vaše izbire glede zasebnosti',
  bannerText:
    'Z vašo privolitvijo uporabljamo piškotke za shranjevanje vaših nastavitev, za analitiko in za deljenje podatkov z našimi partnerji. Izbiro lahko kadar koli spremenite ali prekličete v razdelku »Nastavitve piškotkov«.',
  policyLink: 'Politika zasebnosti',
  acceptAll: 'Sprejmi vse',
  rejectAll: 'Zavrni vse',
  customize: 'Prilagodi',
  settingsTitle: 'Nastavitve piškotkov',
  settingsText:
    'Uporabljamo piškotke in podobne tehnologije. Nekateri so nujni za delovanje tega spletnega mesta. Z vašo privolitvijo jih uporabljamo tudi za shranjevanje vaših nastavitev, na primer jezika, za merjenje uporabe in delovanja naših storitev ter za deljenje podatkov z našimi partnerji. Izbirni nameni ostanejo izklopljeni, dokler jih ne vklopite. Privolitev lahko kadar koli spremenite ali prekličete v razdelku »Nastavitve piškotkov«.',
  save: 'Shrani izbiro',
  close: 'Zapri',
  alwaysOn: 'Vedno aktivni',
  cookies: 'Uporabljeni piškotki',
  cookieName: 'Ime',
  cookieProvider: 'Ponudnik',
  cookiePurpose: 'Namen',
  cookieDuration: 'Trajanje',
  consentId: 'ID vaše privolitve',
  decidedAt: 'Datum odločitve',
  reopen: 'Nastavitve piškotkov',
  gpc: 'Vaš brskalnik pošilja signal Global Privacy Control, ki ga upoštevamo: vaših podatkov ne delimo s partnerji, razen če to sami vklopite.',
  placeholderTitle: 'Vsebina ponudnika {provider}',
  placeholderText:
    'Vsebina ostane blokirana, dokler ne omogočite kategorije »{category}«, saj se ob njenem nalaganju podatki o vašem obisku delijo s ponudnikom {provider}.',
  loadOnce: 'Naloži to vsebino',
  alwaysAllow: 'Vedno dovoli »{category}«',
  categories: {
    necessary: {
      label: 'Nujno potrebni',
      description:
        'Potrebni so za delovanje in varnost tega spletnega mesta, na primer da ostanete prijavljeni in da si zapomnimo vaše izbire glede privolitve. Ni jih mogoče izklopiti.',
    },
    preferences: {
      label: 'Nastavitve',
      description: 'Zapomnijo si vaše izbire, na primer jezik, da vam jih ni treba nastavljati znova.',
    },
    analytics: {
      label: 'Analitika',
      description:
        'Pomagajo nam razumeti, kako obiskovalci uporabljajo naše storitve in kako dobro te delujejo, da jih lahko izboljšamo. Te podatke zbirajo sledilne slikovne pike in podobna orodja.',
    },
    partners: {
      label: 'Partnerji',
      description:
        'Omogočajo deljenje podatkov z zaupanja vrednimi partnerji, ki zagotavljajo dele naših storitev, na primer vdelane videoposnetke, plačila in oglaševanje. Ti partnerji prejmejo podatke o vašem obisku.',
    },
  },
}
