import type { PlaceholderTexts } from '../placeholder/texts.js'
import type { BannerTexts, CategoryTexts, Texts } from './index.js'

/** English texts of the banner alone: what a first visit's banner (the script tag's, without Preact) carries. */
export const enBanner: BannerTexts = {
  bannerTitle: 'Your privacy choices',
  bannerText:
    'With your consent, we use cookies to remember your preferences, for analytics, and to share data with our partners. You can change or withdraw your choice at any time under “Cookie settings”.',
  policyLink: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  gpc: 'Your browser sends the Global Privacy Control signal, and we honour it: your data is not shared with partners unless you switch this on yourself.',
}

// The categories' names: the placeholders' "Always allow Analytics" and the panel's headings.
const LABELS = {
  necessary: 'Strictly necessary',
  preferences: 'Preferences',
  analytics: 'Analytics',
  partners: 'Partners',
}

/** English texts of the placeholders alone, with the categories' names: what a page with a blocked embed carries. */
export const enPlaceholders: PlaceholderTexts & { categories: Record<string, CategoryTexts> } = {
  placeholderTitle: 'Content from {provider}',
  placeholderText:
    'It stays blocked until you allow {category}, because loading it shares data about your visit with {provider}.',
  loadOnce: 'Load this content',
  alwaysAllow: 'Always allow {category}',
  categories: {
    necessary: { label: LABELS.necessary, description: '' },
    preferences: { label: LABELS.preferences, description: '' },
    analytics: { label: LABELS.analytics, description: '' },
    partners: { label: LABELS.partners, description: '' },
  },
}

/** English, the built-in fallback language. */
export const en: Texts = {
  ...enBanner,
  ...enPlaceholders,
  settingsTitle: 'Cookie settings',
  settingsText:
    'We use cookies and similar technologies. Some are necessary for this site to work. With your consent, we also use them to remember your preferences, such as your language, to measure how our services are used and perform, and to share data with our partners. Optional purposes stay off until you switch them on. You can change or withdraw your consent at any time under “Cookie settings”.',
  save: 'Save choices',
  close: 'Close',
  alwaysOn: 'Always active',
  cookies: 'Cookies used',
  cookieName: 'Name',
  cookieProvider: 'Provider',
  cookiePurpose: 'Purpose',
  cookieDuration: 'Duration',
  consentId: 'Your consent ID',
  decidedAt: 'Decided on',
  reopen: 'Cookie settings',
  categories: {
    necessary: {
      label: LABELS.necessary,
      description:
        'Needed for this site to work and to keep it secure, for example to keep you signed in and to remember your consent choices. They cannot be switched off.',
    },
    preferences: {
      label: LABELS.preferences,
      description: 'Remember the choices you make, such as your language, so that you do not have to make them again.',
    },
    analytics: {
      label: LABELS.analytics,
      description:
        'Help us understand how visitors use our services and how well they perform, so that we can improve them. Pixel tags and similar tools collect this information.',
    },
    partners: {
      label: LABELS.partners,
      description:
        'Share data with trusted partners who provide parts of our services, such as embedded videos, payments and advertising. These partners receive information about your visit.',
    },
  },
}
