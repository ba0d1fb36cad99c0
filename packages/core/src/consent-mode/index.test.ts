import { beforeEach, describe, expect, onTestFinished, test } from 'vitest'
import type { ConsentConfig } from '../config/index.js'
import { createConsent } from '../store/index.js'
import { type ConsentModeOptions, googleConsentMode } from './index.js'

type Page = Window & { dataLayer?: unknown[]; gtag?: unknown }
const page = window as Page
/** dataLayer entries as plain arrays (gtag pushes `arguments` objects) or objects. */
const entries = () =>
  (page.dataLayer ?? []).map((e) =>
    Object.prototype.toString.call(e) === '[object Arguments]' ? [...(e as unknown[])] : e,
  )

const start = (options?: ConsentModeOptions, config?: ConsentConfig) => {
  const consent = createConsent(config)
  const stop = googleConsentMode(consent, options)
  onTestFinished(() => {
    stop()
    consent.destroy()
  })
  return consent
}

beforeEach(() => {
  delete page.dataLayer
  delete page.gtag
})

const ALL_DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
}

describe('Google Consent Mode v2', () => {
  test('starts with a consent default denying every type but security_storage, waiting 500 ms for an update', () => {
    start()
    expect(entries()).toEqual([['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }]])
    expect(typeof page.gtag).toBe('function')
  })

  test('keeps a default the page gave before it (the async form’s inline snippet) and sends no second one', () => {
    const consent = createConsent()
    consent.save({ analytics: true })
    consent.destroy()
    page.dataLayer = []
    // Google's snippet, as the page writes it inline.
    page.gtag = function () {
      // biome-ignore lint/complexity/noArguments: Google's snippet pushes the arguments object.
      page.dataLayer!.push(arguments)
    }
    ;(page.gtag as (...args: unknown[]) => void)('consent', 'default', { ...ALL_DENIED, wait_for_update: 800 })
    start()
    expect(entries().filter((entry) => Array.isArray(entry) && entry[0] === 'consent')).toEqual([
      ['consent', 'default', { ...ALL_DENIED, wait_for_update: 800 }],
      ['consent', 'update', { ...ALL_DENIED, analytics_storage: 'granted' }],
    ])
  })

  test('pushes gtag’s arguments object, as Google’s snippet does', () => {
    start()
    expect(Object.prototype.toString.call(page.dataLayer![0])).toBe('[object Arguments]')
  })

  test('uses the page’s own gtag when it has one', () => {
    const calls: unknown[][] = []
    page.gtag = (...args: unknown[]) => calls.push(args)
    start()
    expect(calls[0]?.slice(0, 2)).toEqual(['consent', 'default'])
  })

  test.each([false, true].flatMap((p) => [false, true].flatMap((a) => [false, true].map((s) => [p, a, s]))))(
    'maps preferences %s, analytics %s, partners %s to exactly their consent types',
    (preferences, analytics, partners) => {
      const consent = start()
      consent.save({ preferences, analytics, partners })
      const g = (on: boolean) => (on ? 'granted' : 'denied')
      expect(entries().at(-2)).toEqual([
        'consent',
        'update',
        {
          ad_storage: g(partners),
          ad_user_data: g(partners),
          ad_personalization: g(partners),
          analytics_storage: g(analytics),
          functionality_storage: g(preferences),
          personalization_storage: g(preferences),
          security_storage: 'granted',
        },
      ])
      expect(entries().at(-1)).toMatchObject({ event: 'aufum_consent_update', aufum_consent: { analytics } })
    },
  )

  test('"Accept all" sends exactly one update, all granted', () => {
    start().acceptAll()
    const updates = entries().filter((e) => Array.isArray(e) && e[1] === 'update')
    expect(updates).toEqual([
      ['consent', 'update', Object.fromEntries(Object.keys(ALL_DENIED).map((type) => [type, 'granted']))],
    ])
  })

  test('a returning visitor’s decision is sent as an update right after the default', () => {
    createConsent().save({ analytics: true })
    start()
    expect(entries().slice(0, 2)).toEqual([
      ['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }],
      ['consent', 'update', { ...ALL_DENIED, analytics_storage: 'granted' }],
    ])
  })

  test('a reset sends an update denying everything again', () => {
    const consent = start()
    consent.acceptAll()
    consent.reset()
    expect(entries().at(-2)).toEqual(['consent', 'update', ALL_DENIED])
  })

  test('takes a custom mapping, wait time and Google’s optional settings', () => {
    const consent = start(
      { mapping: { video: ['ad_storage'] }, waitForUpdate: 1000, adsDataRedaction: true, urlPassthrough: true },
      { categories: { video: {} } },
    )
    consent.save({ video: true })
    expect(entries().slice(0, 3)).toEqual([
      ['consent', 'default', { ...ALL_DENIED, wait_for_update: 1000 }],
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
    ])
    expect(entries().at(-2)).toEqual(['consent', 'update', { ...ALL_DENIED, ad_storage: 'granted' }])
  })

  test('sets neither ads_data_redaction nor url_passthrough unless asked', () => {
    start().acceptAll()
    expect(entries().filter((e) => Array.isArray(e) && e[0] === 'set')).toEqual([])
  })
})
