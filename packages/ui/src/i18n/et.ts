import type { Texts } from './index.js'

/** Estonian. */
export const et: Texts = {
  bannerTitle: 'Sinu privaatsusvalikud',
  bannerText:
    'Sinu nõusolekul kasutame küpsiseid sinu eelistuste meelespidamiseks, analüütikaks ja andmete jagamiseks oma partneritega. Saad oma valikut igal ajal muuta või selle tagasi võtta jaotises „Küpsiste seaded“.',
  policyLink: 'Privaatsuspoliitika',
  acceptAll: 'Nõustu kõigiga',
  rejectAll: 'Keeldu kõigist',
  customize: 'Kohanda',
  settingsTitle: 'Küpsiste seaded',
  settingsText:
    'Kasutame küpsiseid ja sarnaseid tehnoloogiaid. Mõned neist on vajalikud, et see veebisait töötaks. Sinu nõusolekul kasutame neid ka selleks, et jätta meelde sinu eelistused, näiteks keel, mõõta, kuidas meie teenuseid kasutatakse ja kuidas need toimivad, ning jagada andmeid oma partneritega. Valikulised eesmärgid jäävad välja lülitatuks, kuni sa need sisse lülitad. Saad oma nõusolekut igal ajal muuta või selle tagasi võtta jaotises „Küpsiste seaded“.',
  save: 'Salvesta valikud',
  close: 'Sulge',
  alwaysOn: 'Alati aktiivne',
  cookies: 'Kasutatavad küpsised',
  cookieName: 'Nimi',
  cookieProvider: 'Teenusepakkuja',
  cookiePurpose: 'Eesmärk',
  cookieDuration: 'Kehtivusaeg',
  consentId: 'Sinu nõusoleku ID',
  decidedAt: 'Otsustatud',
  reopen: 'Küpsiste seaded',
  gpc: 'Sinu brauser saadab signaali Global Privacy Control ja me järgime seda: sinu andmeid ei jagata partneritega, kui sa seda ise sisse ei lülita.',
  placeholderTitle: 'Sisu teenusepakkujalt {provider}',
  placeholderText:
    'Sisu jääb blokeerituks, kuni lubad kategooria „{category}“, sest selle laadimisel jagatakse sinu külastuse andmeid teenusepakkujaga {provider}.',
  loadOnce: 'Laadi see sisu',
  alwaysAllow: 'Luba alati „{category}“',
  categories: {
    necessary: {
      label: 'Hädavajalikud',
      description:
        'Vajalikud, et see veebisait töötaks ja oleks turvaline, näiteks selleks, et sa püsiksid sisselogituna ja sinu nõusolekuvalikud jäetaks meelde. Neid ei saa välja lülitada.',
    },
    preferences: {
      label: 'Eelistused',
      description: 'Jätavad meelde sinu tehtud valikud, näiteks keele, et sa ei peaks neid uuesti tegema.',
    },
    analytics: {
      label: 'Analüütika',
      description:
        'Aitavad meil mõista, kuidas külastajad meie teenuseid kasutavad ja kui hästi need toimivad, et saaksime neid paremaks muuta. Seda teavet koguvad jälgimispikslid ja sarnased tööriistad.',
    },
    partners: {
      label: 'Partnerid',
      description:
        'Jagavad andmeid usaldusväärsete partneritega, kes pakuvad osa meie teenustest, näiteks manustatud videoid, makseid ja reklaami. Need partnerid saavad teavet sinu külastuse kohta.',
    },
  },
}
