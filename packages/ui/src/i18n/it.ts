import type { Texts } from './index.js'

/** Italian. */
export const it: Texts = {
  bannerTitle: 'Le sue scelte sulla privacy',
  bannerText:
    'Con il suo consenso utilizziamo i cookie per ricordare le sue preferenze, a fini statistici e per condividere dati con i nostri partner. Può modificare o revocare la sua scelta in qualsiasi momento in «Impostazioni cookie».',
  policyLink: 'Informativa sulla privacy',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  customize: 'Personalizza',
  settingsTitle: 'Impostazioni cookie',
  settingsText:
    'Utilizziamo cookie e tecnologie simili. Alcuni sono necessari per il funzionamento di questo sito. Con il suo consenso li utilizziamo anche per ricordare le sue preferenze, come la lingua, per misurare l’utilizzo e le prestazioni dei nostri servizi e per condividere dati con i nostri partner. Le finalità facoltative restano disattivate finché non è lei ad attivarle. Può modificare o revocare il suo consenso in qualsiasi momento in «Impostazioni cookie».',
  save: 'Salva le scelte',
  close: 'Chiudi',
  alwaysOn: 'Sempre attivi',
  cookies: 'Cookie utilizzati',
  cookieName: 'Nome',
  cookieProvider: 'Fornitore',
  cookiePurpose: 'Finalità',
  cookieDuration: 'Durata',
  consentId: 'ID del suo consenso',
  decidedAt: 'Data della scelta',
  reopen: 'Impostazioni cookie',
  gpc: 'Il suo browser invia il segnale Global Privacy Control e noi lo rispettiamo: i suoi dati non vengono condivisi con i partner, a meno che non sia lei ad attivare questa opzione.',
  placeholderTitle: 'Contenuto di {provider}',
  placeholderText:
    'Resta bloccato finché non autorizza {category}, perché caricandolo si condividono con {provider} dati sulla sua visita.',
  loadOnce: 'Carica questo contenuto',
  alwaysAllow: 'Consenti sempre {category}',
  categories: {
    necessary: {
      label: 'Strettamente necessari',
      description:
        'Servono al funzionamento e alla sicurezza di questo sito, ad esempio per mantenere l’accesso al suo account e ricordare le sue scelte sul consenso. Non possono essere disattivati.',
    },
    preferences: {
      label: 'Preferenze',
      description: 'Ricordano le scelte che fa, come la lingua, così non dovrà ripeterle.',
    },
    analytics: {
      label: 'Statistiche',
      description:
        'Ci aiutano a capire come i visitatori utilizzano i nostri servizi e quali prestazioni offrono, per poterli migliorare. Queste informazioni vengono raccolte tramite pixel di tracciamento e strumenti simili.',
    },
    partners: {
      label: 'Partner',
      description:
        'Condividono dati con partner di fiducia che forniscono parti dei nostri servizi, come video incorporati, pagamenti e pubblicità. Questi partner ricevono informazioni sulla sua visita.',
    },
  },
}
