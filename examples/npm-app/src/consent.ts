import { createConsent, createGate } from '@aufum/consent'
import { mountConsentUI, mountPlaceholders } from '@aufum/consent-ui'

/** The app's one consent manager, created before anything renders. */
export const consent = createConsent({
  categories: {
    analytics: { cookies: [{ name: '_trk_npm-app', provider: 'Aufum Analytics', duration: '13 months' }] },
  },
})

// The app's gated markup (its partner video) loads only once granted.
createGate(consent)
mountConsentUI(consent, { policyUrl: '/privacy.html', layout: 'box' })
// Blocked partner embeds, rendered by the app at any time, explain themselves.
mountPlaceholders(consent)

// The stand-in tracker, and this test run's id (scripts/e2e/tracker.ts).
const page = new URLSearchParams(location.search)
export const tracker = page.get('tracker') ?? 'http://127.0.0.1:4174'
export const run = page.get('run') ?? ''

// The analytics module loads only once "analytics" is granted (at once for a returning visitor), and says how it
// stops: withdrawing analytics stops it, without a reload.
consent.whenGranted('analytics', () =>
  import('./analytics.js').then(({ startAnalytics }) => startAnalytics(tracker, run)),
)
