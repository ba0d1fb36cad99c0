import type { Texts } from './index.js'

/** Romanian. */
export const ro: Texts = {
  bannerTitle: 'Opțiunile dumneavoastră de confidențialitate',
  bannerText:
    'Cu acordul dumneavoastră, folosim cookie-uri pentru a vă reține preferințele, pentru analiză și pentru a partaja date cu partenerii noștri. Vă puteți modifica sau retrage oricând alegerea din „Setări cookie-uri”.',
  policyLink: 'Politica de confidențialitate',
  acceptAll: 'Acceptați toate',
  rejectAll: 'Respingeți toate',
  customize: 'Personalizați',
  settingsTitle: 'Setări cookie-uri',
  settingsText:
    'Folosim cookie-uri și tehnologii similare. Unele sunt necesare pentru funcționarea acestui site. Cu acordul dumneavoastră, le folosim și pentru a vă reține preferințele, cum ar fi limba, pentru a măsura modul în care sunt utilizate serviciile noastre și cât de bine funcționează acestea, precum și pentru a partaja date cu partenerii noștri. Scopurile opționale rămân dezactivate până când le activați. Vă puteți modifica sau retrage oricând consimțământul din „Setări cookie-uri”.',
  save: 'Salvați opțiunile',
  close: 'Închideți',
  alwaysOn: 'Întotdeauna active',
  cookies: 'Cookie-uri utilizate',
  cookieName: 'Nume',
  cookieProvider: 'Furnizor',
  cookiePurpose: 'Scop',
  cookieDuration: 'Durată',
  consentId: 'ID-ul consimțământului dumneavoastră',
  decidedAt: 'Data deciziei',
  reopen: 'Setări cookie-uri',
  gpc: 'Browserul dumneavoastră trimite semnalul Global Privacy Control, iar noi îl respectăm: datele dumneavoastră nu sunt partajate cu partenerii decât dacă activați dumneavoastră această opțiune.',
  placeholderTitle: 'Conținut de la {provider}',
  placeholderText:
    'Acest conținut rămâne blocat până când permiteți cookie-urile de tip {category}, deoarece încărcarea lui transmite către {provider} date despre vizita dumneavoastră.',
  loadOnce: 'Încărcați acest conținut',
  alwaysAllow: 'Permiteți întotdeauna: {category}',
  categories: {
    necessary: {
      label: 'Strict necesare',
      description:
        'Sunt necesare pentru funcționarea și securitatea acestui site, de exemplu pentru a vă păstra sesiunea de autentificare și pentru a reține opțiunile dumneavoastră privind consimțământul. Nu pot fi dezactivate.',
    },
    preferences: {
      label: 'Preferințe',
      description: 'Rețin alegerile pe care le faceți, cum ar fi limba, ca să nu fie nevoie să le faceți din nou.',
    },
    analytics: {
      label: 'Analiză',
      description:
        'Ne ajută să înțelegem cum folosesc vizitatorii serviciile noastre și cât de bine funcționează acestea, pentru a le putea îmbunătăți. Aceste informații sunt colectate prin pixeli de urmărire și instrumente similare.',
    },
    partners: {
      label: 'Parteneri',
      description:
        'Partajează date cu parteneri de încredere care furnizează părți ale serviciilor noastre, cum ar fi videoclipuri încorporate, plăți și publicitate. Acești parteneri primesc informații despre vizita dumneavoastră.',
    },
  },
}
