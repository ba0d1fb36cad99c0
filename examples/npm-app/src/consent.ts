import { createConsent } from '@aufum/consent'
import { mountConsentUI } from '@aufum/consent-ui'

/** The app's one consent manager, created before anything renders. */
export const consent = createConsent({
  categories: {
    analytics: { cookies: [{ name: '_trk_npm-app', provider: 'Aufum Analytics', duration: '13 months' }] },
  },
})

mountConsentUI(consent, { policyUrl: '/privacy.html', layout: 'box' })

// The analytics module loads only once "analytics" is granted: at once for a returning visitor.
const page = new URLSearchParams(location.search)
const tracker = page.get('tracker') ?? 'http://127.0.0.1:4174'
consent.load(
  'analytics',
  { src: `${tracker}/t.js?name=npm-app&run=${page.get('run') ?? ''}` },
  { 'data-type': 'module' },
)
