import type { Texts } from './index.js'

/** Finnish. */
export const fi: Texts = {
  bannerTitle: 'Tietosuojavalintasi',
  bannerText:
    'Suostumuksellasi käytämme evästeitä mieltymystesi muistamiseen, analytiikkaan ja tietojen jakamiseen kumppaneidemme kanssa. Voit muuttaa tai perua valintasi milloin tahansa kohdassa ”Evästeasetukset”.',
  policyLink: 'Tietosuojaseloste',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  customize: 'Mukauta',
  settingsTitle: 'Evästeasetukset',
  settingsText:
    'Käytämme evästeitä ja vastaavia tekniikoita. Osa niistä on välttämättömiä, jotta sivusto toimii. Suostumuksellasi käytämme niitä myös mieltymystesi, kuten kielesi, muistamiseen, palveluidemme käytön ja toimivuuden mittaamiseen sekä tietojen jakamiseen kumppaneidemme kanssa. Valinnaiset käyttötarkoitukset pysyvät pois päältä, kunnes otat ne käyttöön. Voit muuttaa tai perua suostumuksesi milloin tahansa kohdassa ”Evästeasetukset”.',
  save: 'Tallenna valinnat',
  close: 'Sulje',
  alwaysOn: 'Aina käytössä',
  cookies: 'Käytetyt evästeet',
  cookieName: 'Nimi',
  cookieProvider: 'Tarjoaja',
  cookiePurpose: 'Käyttötarkoitus',
  cookieDuration: 'Voimassaoloaika',
  consentId: 'Suostumuksesi tunnus',
  decidedAt: 'Valinta tehty',
  reopen: 'Evästeasetukset',
  gpc: 'Selaimesi lähettää Global Privacy Control -signaalin, ja noudatamme sitä: tietojasi ei jaeta kumppaneille, ellet itse ota tätä käyttöön.',
  placeholderTitle: 'Palvelun {provider} sisältö',
  placeholderText:
    'Sisältö pysyy estettynä, kunnes sallit luokan ”{category}”, koska sitä ladattaessa tietoja käynnistäsi jaetaan palvelun {provider} kanssa.',
  loadOnce: 'Lataa tämä sisältö',
  alwaysAllow: 'Salli aina ”{category}”',
  categories: {
    necessary: {
      label: 'Välttämättömät',
      description:
        'Tarvitaan sivuston toimintaan ja tietoturvaan, esimerkiksi jotta pysyt kirjautuneena ja suostumusvalintasi muistetaan. Niitä ei voi poistaa käytöstä.',
    },
    preferences: {
      label: 'Mieltymykset',
      description: 'Muistavat tekemäsi valinnat, kuten kielesi, jotta sinun ei tarvitse tehdä niitä uudelleen.',
    },
    analytics: {
      label: 'Analytiikka',
      description:
        'Auttavat meitä ymmärtämään, miten kävijät käyttävät palveluitamme ja miten hyvin ne toimivat, jotta voimme parantaa niitä. Näitä tietoja keräävät seurantapikselit ja vastaavat työkalut.',
    },
    partners: {
      label: 'Kumppanit',
      description:
        'Jakavat tietoja luotettujen kumppaneiden kanssa, jotka tarjoavat osia palveluistamme, kuten upotettuja videoita, maksuja ja mainontaa. Nämä kumppanit saavat tietoja käynnistäsi.',
    },
  },
}
