// One table of wrong options, for every option of every feature function, read by the three readers of the rules:
// development builds throw (npm), the script tag reports and drops (both builds), production builds fail closed.
import {
  type Consent,
  type ConsentConfig,
  createConsent,
  createGate,
  googleConsentMode,
  recordConsent,
} from '@aufum/consent'
import { mountConsentUI, mountPlaceholders } from '@aufum/consent-ui'
import { describe, expect, onTestFinished, test, vi } from 'vitest'
import { checkOptions } from './index.js'

type Options = Record<string, unknown>
/** A feature function, started with wrong options; what it returns is stopped after the test. */
type Start = (consent: Consent, options: Options) => unknown

interface Feature {
  start: Start
  /** Where the script tag takes the feature's options: at the top, or under a key of their own. */
  under?: string
}

const FEATURES: Record<string, Feature> = {
  createConsent: { start: (_, options) => createConsent(options as ConsentConfig) },
  createGate: { start: (consent, options) => createGate(consent, options) },
  googleConsentMode: { start: (consent, options) => googleConsentMode(consent, options), under: 'googleConsentMode' },
  recordConsent: {
    start: (consent, options) => recordConsent(consent, { endpoint: '/consent', ...options }),
    under: 'record',
  },
  mountConsentUI: { start: (consent, options) => mountConsentUI(consent, options).unmount },
  mountPlaceholders: { start: (consent, options) => mountPlaceholders(consent, options) },
}

/** A feature's wrong option; where the script tag takes it elsewhere (or not at all), how it does. */
type Row = [
  feature: keyof typeof FEATURES,
  field: string,
  options: Options,
  tag?: [field: string, options: Options] | null,
]

const WRONG: Row[] = [
  ['createConsent', 'categories', { categories: ['analytics'] }],
  ['createConsent', 'categories.video', { categories: { video: 'yes' } }],
  ['createConsent', 'categories.my video', { categories: { 'my video': {} } }],
  ['createConsent', 'categories.necessary', { categories: { necessary: false } }],
  ['createConsent', 'categories.necessary', { categories: { necessary: { required: false } } }],
  ['createConsent', 'categories.analytics.required', { categories: { analytics: { required: 'false' } } }],
  ['createConsent', 'categories.analytics.required', { categories: { analytics: { required: 'no' } } }],
  ['createConsent', 'categories.video.required', { categories: { video: { required: 1 } } }],
  ['createConsent', 'categories.video.label', { categories: { video: { label: 42 } } }],
  ['createConsent', 'categories.video.description', { categories: { video: { description: ['x'] } } }],
  ['createConsent', 'categories.video.cookies', { categories: { video: { cookies: '_vid' } } }],
  ['createConsent', 'categories.video.cookies[1]', { categories: { video: { cookies: ['_vid', 7] } } }],
  ['createConsent', 'categories.video.cookies[0]', { categories: { video: { cookies: [{ provider: 'Vimeo' }] } } }],
  [
    'createConsent',
    'categories.video.cookies[0].match',
    { categories: { video: { cookies: [{ name: 'vuid', match: 'vuid' }] } } },
  ],
  [
    'createConsent',
    'categories.video.cookies[0].provider',
    { categories: { video: { cookies: [{ name: 'vuid', provider: 1 }] } } },
  ],
  [
    'createConsent',
    'categories.video.cookies[0].purpose',
    { categories: { video: { cookies: [{ name: 'vuid', purpose: {} }] } } },
  ],
  [
    'createConsent',
    'categories.video.cookies[0].duration',
    { categories: { video: { cookies: [{ name: 'vuid', duration: 2 }] } } },
  ],
  ['createConsent', 'categories.partners.gpc', { categories: { partners: { gpc: 'yes' } } }],
  ['createConsent', 'respectGpc', { respectGpc: 'no' }],
  ['createConsent', 'revision', { revision: -1 }],
  ['createConsent', 'revision', { revision: '2' }],
  ['createConsent', 'expiresAfterDays', { expiresAfterDays: 0 }],
  ['createConsent', 'expiresAfterDays', { expiresAfterDays: 1.5 }],
  ['createConsent', 'onWithdraw', { onWithdraw: 'never' }],
  ['createConsent', 'cookie', { cookie: 'aufum' }],
  ['createConsent', 'cookie.name', { cookie: { name: 'aufum consent' } }],
  ['createConsent', 'cookie.domain', { cookie: { domain: 3 } }],
  ['createConsent', 'cookie.path', { cookie: { path: 'courses' } }],
  ['createConsent', 'cookie.sameSite', { cookie: { sameSite: 'lax' } }],
  ['createConsent', 'cookie.secure', { cookie: { secure: 'yes' } }],
  ['createConsent', 'cookie.secure', { cookie: { sameSite: 'None', secure: false } }],
  ['createGate', 'onWithdraw', { onWithdraw: false }],
  ['googleConsentMode', 'mapping', { mapping: [] }],
  ['googleConsentMode', 'mapping.analytics', { mapping: { analytics: 'analytics_storage' } }],
  ['googleConsentMode', 'mapping.analytics[0]', { mapping: { analytics: ['analytics'] } }],
  ['googleConsentMode', 'waitForUpdate', { waitForUpdate: '500' }],
  ['googleConsentMode', 'adsDataRedaction', { adsDataRedaction: 'true' }],
  ['googleConsentMode', 'urlPassthrough', { urlPassthrough: 1 }],
  ['recordConsent', 'endpoint', { endpoint: 'javascript:alert(1)' }],
  ['recordConsent', 'endpoint', { endpoint: 42 }],
  ['recordConsent', 'policyUrl', { policyUrl: 42 }, ['policyUrl', { policyUrl: 42 }]],
  ['recordConsent', 'policyUrl', { policyUrl: 'data:,' }, ['policyUrl', { policyUrl: 'data:,' }]],
  // The script tag makes the queue itself.
  ['recordConsent', 'queue', { queue: 'none' }, null],
  ['mountConsentUI', 'policyUrl', { policyUrl: 'javascript:alert(1)' }],
  ['mountConsentUI', 'layout', { layout: 'corner' }],
  ['mountConsentUI', 'blocking', { blocking: 'yes' }],
  ['mountConsentUI', 'floatingButton', { floatingButton: 1 }],
  ['mountConsentUI', 'hideFromBots', { hideFromBots: 'false' }],
  ['mountPlaceholders', 'lang', { lang: 7 }],
  ['mountPlaceholders', 'theme', { theme: 'blue' }],
  ['mountPlaceholders', 'nonce', { nonce: true }],
  ['mountPlaceholders', 'texts', { texts: 'Deutsch' }],
  ['mountPlaceholders', 'texts.de', { texts: { de: 'Hallo' } }],
  ['mountPlaceholders', 'texts.de.loadOnce', { texts: { de: { loadOnce: 1 } } }],
  [
    'mountPlaceholders',
    'texts.de.categories.analytics.label',
    { texts: { de: { categories: { analytics: { label: 1 } } } } },
  ],
]

// The recordConsent row sends nothing anywhere.
vi.stubGlobal('fetch', () => new Promise(() => {}))

/** Starts a feature over a fresh manager; both are stopped after the test. */
function started(feature: Feature, options: Options) {
  const consent = createConsent()
  // Stopped even where the feature throws: its idle-time work must not outlive the test's page.
  onTestFinished(() => consent.destroy())
  const result = feature.start(consent, options)
  onTestFinished(() => {
    if (typeof result === 'function') result()
    ;(result as Consent | undefined)?.destroy?.()
  })
  return result
}

const literal = (field: string) => field.replace(/[.[\]]/g, '\\$&')
const errors = () => vi.spyOn(console, 'error').mockImplementation(() => {})
const named = (field: string) => [
  expect.stringMatching(`^\\[aufum-consent\\] ${literal(field)} must .*; it is ignored$`),
]

describe.each(WRONG)('%s with a wrong %s', (name, field, options) => {
  const feature = FEATURES[name]!

  test('development build: the feature function throws, naming the field', () => {
    expect(() => started(feature, structuredClone(options))).toThrowError(
      expect.objectContaining({
        name: 'ConsentError',
        message: expect.stringMatching(`^\\[aufum-consent\\] ${literal(field)} must `),
      }),
    )
  })

  test('production build: the feature throws nothing and grants nothing', () => {
    vi.stubEnv('NODE_ENV', 'production')
    errors()
    const result = started(feature, structuredClone(options))
    const consent = name === 'createConsent' ? (result as Consent) : createConsent()
    onTestFinished(() => consent.destroy())
    expect(consent.store.get().status).toBe('pending')
    expect(Object.entries(consent.store.get().categories).filter(([, granted]) => granted)).toEqual([
      ['necessary', true],
    ])
  })
})

const TAG_ROWS = WRONG.flatMap(([name, field, options, tag]) => {
  const under = FEATURES[name]!.under
  if (tag === null) return []
  return [tag ?? (under ? [`${under}.${field}`, { [under]: options }] : [field, options])] as [string, Options][]
})

describe.each(TAG_ROWS)('the script tag with a wrong %s', (field, options) => {
  test('names the field once and leaves it out; what is left is right', () => {
    const console = errors()
    const left = checkOptions(structuredClone(options))
    expect(console.mock.calls).toEqual([named(field)])
    console.mockClear()
    expect(checkOptions(left)).toEqual(left)
    expect(console).not.toHaveBeenCalled()
  })

  test('production build: the field is named once, by the core or by the report after a first decision', () => {
    vi.stubEnv('NODE_ENV', 'production')
    const console = errors()
    createConsent(structuredClone(options) as ConsentConfig).destroy()
    checkOptions(structuredClone(options), false)
    expect(console.mock.calls).toEqual([named(field)])
  })
})
