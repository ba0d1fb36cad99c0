import type { Texts } from './index.js'

/** Irish. */
export const ga: Texts = {
  bannerTitle: 'Do roghanna príobháideachais',
  bannerText:
    'Le do thoiliú, úsáidimid fianáin chun do shainroghanna a mheabhrú, le haghaidh anailísíochta agus chun sonraí a roinnt lenár gcomhpháirtithe. Is féidir leat do rogha a athrú nó a tharraingt siar am ar bith faoi “Socruithe fianán”.',
  policyLink: 'Beartas príobháideachais',
  acceptAll: 'Glac le gach ceann',
  rejectAll: 'Diúltaigh do gach ceann',
  customize: 'Saincheap',
  settingsTitle: 'Socruithe fianán',
  settingsText:
    'Úsáidimid fianáin agus teicneolaíochtaí comhchosúla. Tá cuid acu riachtanach chun go n-oibreoidh an suíomh seo. Le do thoiliú, úsáidimid iad freisin chun do shainroghanna a mheabhrú, amhail do theanga, chun tomhas a dhéanamh ar an gcaoi a n-úsáidtear ár seirbhísí agus ar an gcaoi a bhfeidhmíonn siad, agus chun sonraí a roinnt lenár gcomhpháirtithe. Fanann cuspóirí roghnacha múchta go dtí go gcuireann tú ar siúl iad. Is féidir leat do thoiliú a athrú nó a tharraingt siar am ar bith faoi “Socruithe fianán”.',
  save: 'Sábháil roghanna',
  close: 'Dún',
  alwaysOn: 'Gníomhach i gcónaí',
  cookies: 'Fianáin a úsáidtear',
  cookieName: 'Ainm',
  cookieProvider: 'Soláthraí',
  cookiePurpose: 'Cuspóir',
  cookieDuration: 'Fad ama',
  consentId: 'D’aitheantas toilithe',
  decidedAt: 'Dáta an chinnidh',
  reopen: 'Socruithe fianán',
  gpc: 'Seolann do bhrabhsálaí an comhartha Global Privacy Control, agus tugaimid aird air: ní roinntear do chuid sonraí le comhpháirtithe mura gcuireann tú féin é seo ar siúl.',
  placeholderTitle: 'Ábhar ó {provider}',
  placeholderText:
    'Fanann an t-ábhar seo bactha go dtí go gceadaíonn tú “{category}”, mar nuair a lódáiltear é, roinntear sonraí faoi do chuairt le {provider}.',
  loadOnce: 'Lódáil an t-ábhar seo',
  alwaysAllow: 'Ceadaigh “{category}” i gcónaí',
  categories: {
    necessary: {
      label: 'Fíor-riachtanach',
      description:
        'Riachtanach chun go n-oibreoidh an suíomh seo agus chun é a choinneáil slán, mar shampla chun tú a choinneáil sínithe isteach agus chun do roghanna toilithe a mheabhrú. Ní féidir iad a mhúchadh.',
    },
    preferences: {
      label: 'Sainroghanna',
      description:
        'Meabhraíonn siad na roghanna a dhéanann tú, amhail do theanga, ionas nach mbeidh ort iad a dhéanamh arís.',
    },
    analytics: {
      label: 'Anailísíocht',
      description:
        'Cabhraíonn siad linn tuiscint a fháil ar an gcaoi a n-úsáideann cuairteoirí ár seirbhísí agus cé chomh maith agus a fheidhmíonn siad, ionas gur féidir linn iad a fheabhsú. Bailíonn picteilíní rianaithe agus uirlisí comhchosúla an fhaisnéis seo.',
    },
    partners: {
      label: 'Comhpháirtithe',
      description:
        'Roinneann siad sonraí le comhpháirtithe iontaofa a sholáthraíonn codanna dár seirbhísí, amhail físeáin leabaithe, íocaíochtaí agus fógraíocht. Faigheann na comhpháirtithe seo faisnéis faoi do chuairt.',
    },
  },
}
