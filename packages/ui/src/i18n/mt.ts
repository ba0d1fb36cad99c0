import type { Texts } from './index.js'

/** Maltese. */
export const mt: Texts = {
  bannerTitle: 'L-għażliet tiegħek dwar il-privatezza',
  bannerText:
    'Bil-kunsens tiegħek, nużaw il-cookies biex niftakru l-preferenzi tiegħek, għall-analitika u biex naqsmu d-data mal-imsieħba tagħna. Tista’ tbiddel jew tirtira l-għażla tiegħek f’kull ħin minn “Issettjar tal-cookies”.',
  policyLink: 'Politika tal-privatezza',
  acceptAll: 'Aċċetta kollox',
  rejectAll: 'Irrifjuta kollox',
  customize: 'Personalizza',
  settingsTitle: 'Issettjar tal-cookies',
  settingsText:
    'Nużaw il-cookies u teknoloġiji simili. Xi wħud minnhom huma meħtieġa biex dan is-sit jaħdem. Bil-kunsens tiegħek, nużawhom ukoll biex niftakru l-preferenzi tiegħek, bħall-lingwa, biex inkejlu kif jintużaw is-servizzi tagħna u kemm jaħdmu tajjeb, u biex naqsmu d-data mal-imsieħba tagħna. L-għanijiet mhux obbligatorji jibqgħu mitfija sakemm tixgħelhom int. Tista’ tbiddel jew tirtira l-kunsens tiegħek f’kull ħin minn “Issettjar tal-cookies”.',
  save: 'Salva l-għażliet',
  close: 'Agħlaq',
  alwaysOn: 'Dejjem attivi',
  cookies: 'Cookies użati',
  cookieName: 'Isem',
  cookieProvider: 'Fornitur',
  cookiePurpose: 'Għan',
  cookieDuration: 'Tul ta’ żmien',
  consentId: 'L-ID tal-kunsens tiegħek',
  decidedAt: 'Data tad-deċiżjoni',
  reopen: 'Issettjar tal-cookies',
  gpc: 'Il-browser tiegħek qed jibgħat is-sinjal Global Privacy Control, u aħna nirrispettawh: id-data tiegħek ma tinqasamx mal-imsieħba sakemm ma tixgħelx din l-għażla int stess.',
  placeholderTitle: 'Kontenut minn {provider}',
  placeholderText:
    'Jibqa’ mblukkat sakemm tippermetti {category}, għax meta jitgħabba jaqsam data dwar iż-żjara tiegħek ma’ {provider}.',
  loadOnce: 'Għabbi dan il-kontenut',
  alwaysAllow: 'Dejjem ippermetti {category}',
  categories: {
    necessary: {
      label: 'Strettament meħtieġa',
      description:
        'Meħtieġa biex dan is-sit jaħdem u jibqa’ sigur, pereżempju biex tibqa’ dieħel fil-kont tiegħek u biex niftakru l-għażliet tiegħek dwar il-kunsens. Ma jistgħux jintfew.',
    },
    preferences: {
      label: 'Preferenzi',
      description: 'Jiftakru l-għażliet li tagħmel, bħall-lingwa tiegħek, biex ma jkollokx terġa’ tagħmilhom.',
    },
    analytics: {
      label: 'Analitika',
      description:
        'Jgħinuna nifhmu kif il-viżitaturi jużaw is-servizzi tagħna u kemm jaħdmu tajjeb, biex inkunu nistgħu ntejbuhom. Din l-informazzjoni tinġabar permezz ta’ pixels ta’ traċċar u għodod simili.',
    },
    partners: {
      label: 'Imsieħba',
      description:
        'Jaqsmu d-data ma’ msieħba ta’ fiduċja li jipprovdu partijiet mis-servizzi tagħna, bħal filmati integrati, ħlasijiet u reklamar. Dawn l-imsieħba jirċievu informazzjoni dwar iż-żjara tiegħek.',
    },
  },
}
