import type { Texts } from './index.js'

/** French. */
export const fr: Texts = {
  bannerTitle: 'Vos choix en matière de confidentialité',
  bannerText:
    'Avec votre accord, nous utilisons des cookies pour mémoriser vos préférences, mesurer l’audience et partager des données avec nos partenaires. Vous pouvez modifier ou retirer votre consentement à tout moment via « Paramètres des cookies ».',
  policyLink: 'Politique de confidentialité',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  settingsTitle: 'Paramètres des cookies',
  settingsText:
    'Nous utilisons des cookies et des technologies similaires. Certains sont nécessaires au fonctionnement de ce site. Avec votre consentement, nous les utilisons également pour mémoriser vos préférences, comme votre langue, pour mesurer l’utilisation et les performances de nos services, et pour partager des données avec nos partenaires. Les finalités facultatives restent désactivées tant que vous ne les activez pas. Vous pouvez modifier ou retirer votre consentement à tout moment via « Paramètres des cookies ».',
  save: 'Enregistrer les choix',
  close: 'Fermer',
  alwaysOn: 'Toujours actifs',
  cookies: 'Cookies utilisés',
  cookieName: 'Nom',
  cookieProvider: 'Fournisseur',
  cookiePurpose: 'Finalité',
  cookieDuration: 'Durée',
  consentId: 'Votre identifiant de consentement',
  decidedAt: 'Choix effectué le',
  reopen: 'Paramètres des cookies',
  gpc: 'Votre navigateur envoie le signal Global Privacy Control, et nous le respectons\xa0: vos données ne sont pas partagées avec nos partenaires, sauf si vous l’activez vous-même.',
  placeholderTitle: 'Contenu de {provider}',
  placeholderText:
    'Il reste bloqué tant que vous n’autorisez pas {category}, car son chargement transmet des données sur votre visite à {provider}.',
  loadOnce: 'Charger ce contenu',
  alwaysAllow: 'Toujours autoriser {category}',
  categories: {
    necessary: {
      label: 'Strictement nécessaires',
      description:
        'Nécessaires au fonctionnement et à la sécurité de ce site, par exemple pour maintenir votre connexion et mémoriser vos choix en matière de consentement. Ils ne peuvent pas être désactivés.',
    },
    preferences: {
      label: 'Préférences',
      description: 'Mémorisent les choix que vous faites, comme votre langue, pour que vous n’ayez pas à les refaire.',
    },
    analytics: {
      label: 'Mesure d’audience',
      description:
        'Nous aident à comprendre comment les visiteurs utilisent nos services et quelles en sont les performances, afin que nous puissions les améliorer. Des balises pixel et des outils similaires collectent ces informations.',
    },
    partners: {
      label: 'Partenaires',
      description:
        'Partagent des données avec des partenaires de confiance qui fournissent certains éléments de nos services, comme les vidéos intégrées, les paiements et la publicité. Ces partenaires reçoivent des informations sur votre visite.',
    },
  },
}
