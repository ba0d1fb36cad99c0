// Production builds drop the configuration checks (process.env.NODE_ENV is 'production' there):
// what they cannot read is left out or takes its default, silently, and never grants anything.
import { beforeEach, describe, expect, test, vi } from 'vitest'
import type { ConsentConfig } from '../config/index.js'
import { createConsent } from './index.js'

beforeEach(() => {
  vi.stubEnv('NODE_ENV', 'production')
})

describe('in a production build', () => {
  test.each<[string, unknown, Record<string, unknown>]>([
    ['a revision that is not a whole number', { revision: 'v2' }, { revision: 0 }],
    ['an expiry that is not a whole number', { expiresAfterDays: 'long' }, { expiresAfterDays: 182 }],
    ['an expiry past 13 months', { expiresAfterDays: 1000 }, { expiresAfterDays: 395 }],
  ])('%s throws nothing and takes its default', (_, config, resolved) => {
    const consent = createConsent(config as ConsentConfig)
    expect(consent.config).toMatchObject(resolved)
    consent.acceptAll()
    expect(createConsent(config as ConsentConfig).has('analytics')).toBe(true)
    consent.destroy()
  })

  test('a category the cookie cannot carry, or given as no object, is left out: the others still work', () => {
    const config = { categories: { 'my video': {}, chat: 'yes', video: {} } } as unknown as ConsentConfig
    const consent = createConsent(config)
    expect(Object.keys(consent.config.categories)).toEqual([
      'necessary',
      'preferences',
      'analytics',
      'partners',
      'video',
    ])
    consent.acceptAll()
    const next = createConsent(config)
    expect(next.store.get().status).toBe('decided')
    expect(next.has('video')).toBe(true)
    expect(next.has('my video')).toBe(false)
    consent.destroy()
    next.destroy()
  })

  test('cookie entries that are no pattern are left out of the cleanup, the others are removed on withdrawal', () => {
    const config = { categories: { analytics: { cookies: [42, '_ga', null, { name: '_gid' }] } } }
    const consent = createConsent(config as unknown as ConsentConfig)
    expect(consent.config.categories.analytics?.cookies).toEqual(['_ga', { name: '_gid' }])
    consent.acceptAll()
    document.cookie = '_ga=1; path=/'
    document.cookie = '_gid=1; path=/'
    consent.rejectAll()
    expect(document.cookie).not.toMatch(/_ga=|_gid=/)
    consent.destroy()
  })

  test('a category that tries to inherit from Object.prototype is no category', () => {
    const consent = createConsent({ categories: JSON.parse('{"__proto__": {"required": true}}') })
    expect(Object.keys(consent.config.categories)).toEqual(['necessary', 'preferences', 'analytics', 'partners'])
    expect(consent.has('analytics')).toBe(false)
    consent.destroy()
  })

  test('a choice for an unknown category is ignored and grants nothing', () => {
    const consent = createConsent()
    consent.save({ analytcs: true })
    expect(consent.store.get().categories).toEqual({
      necessary: true,
      preferences: false,
      analytics: false,
      partners: false,
    })
    consent.destroy()
  })
})
