import type { Texts } from './index.js'

/** Hungarian. */
export const hu: Texts = {
  bannerTitle: 'Az Ön adatvédelmi beállításai',
  bannerText:
    'Az Ön hozzájárulásával sütiket használunk preferenciáinak megjegyzésére, analitikai célokra és a partnereinkkel való adatmegosztásra. Döntését bármikor módosíthatja vagy visszavonhatja a „Sütibeállítások” menüpontban.',
  policyLink: 'Adatvédelmi tájékoztató',
  acceptAll: 'Összes elfogadása',
  rejectAll: 'Összes elutasítása',
  customize: 'Testreszabás',
  settingsTitle: 'Sütibeállítások',
  settingsText:
    'Sütiket és hasonló technológiákat használunk. Ezek egy része a weboldal működéséhez szükséges. Az Ön hozzájárulásával arra is használjuk őket, hogy megjegyezzük preferenciáit, például a nyelvet, hogy mérjük szolgáltatásaink használatát és teljesítményét, valamint hogy adatokat osszunk meg partnereinkkel. Az opcionális célok mindaddig kikapcsolva maradnak, amíg Ön be nem kapcsolja őket. Hozzájárulását bármikor módosíthatja vagy visszavonhatja a „Sütibeállítások” menüpontban.',
  save: 'Beállítások mentése',
  close: 'Bezárás',
  alwaysOn: 'Mindig aktív',
  cookies: 'Használt sütik',
  cookieName: 'Név',
  cookieProvider: 'Szolgáltató',
  cookiePurpose: 'Cél',
  cookieDuration: 'Időtartam',
  consentId: 'Az Ön hozzájárulási azonosítója',
  decidedAt: 'Döntés időpontja',
  reopen: 'Sütibeállítások',
  gpc: 'Böngészője a Global Privacy Control jelzést küldi, és mi ezt tiszteletben tartjuk: adatait nem osztjuk meg partnerekkel, hacsak Ön maga be nem kapcsolja ezt.',
  placeholderTitle: 'Tartalom innen: {provider}',
  placeholderText:
    'Ez a tartalom blokkolva marad, amíg nem engedélyezi a következőt: {category}. Betöltésekor ugyanis a látogatására vonatkozó adatok jutnak el a szolgáltatóhoz ({provider}).',
  loadOnce: 'Tartalom betöltése',
  alwaysAllow: 'Mindig engedélyezem: {category}',
  categories: {
    necessary: {
      label: 'Feltétlenül szükséges',
      description:
        'A weboldal működéséhez és biztonságához szükségesek, például ahhoz, hogy bejelentkezve maradjon, és hogy megjegyezzük a hozzájárulással kapcsolatos döntéseit. Nem kapcsolhatók ki.',
    },
    preferences: {
      label: 'Preferenciák',
      description:
        'Megjegyzik az Ön által megadott beállításokat, például a nyelvet, hogy ne kelljen újra megadnia őket.',
    },
    analytics: {
      label: 'Analitika',
      description:
        'Segítenek megérteni, hogyan használják a látogatók szolgáltatásainkat, és mennyire jól működnek ezek, hogy fejleszthessük őket. Ezeket az információkat követőpixelek és hasonló eszközök gyűjtik.',
    },
    partners: {
      label: 'Partnerek',
      description:
        'Adatokat osztanak meg megbízható partnerekkel, akik szolgáltatásaink egyes részeit biztosítják, például a beágyazott videókat, a fizetést és a hirdetéseket. Ezek a partnerek információkat kapnak az Ön látogatásáról.',
    },
  },
}
