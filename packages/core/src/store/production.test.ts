// Production builds drop the configuration checks (process.env.NODE_ENV is 'production' there):
// what they cannot read must still grant nothing.
import { beforeEach, describe, expect, test, vi } from 'vitest'
import type { ConsentConfig } from '../config/index.js'
import { createConsent } from './index.js'

beforeEach(() => {
  vi.stubEnv('NODE_ENV', 'production')
})

describe('in a production build', () => {
  test.each<[string, unknown]>([
    ['a revision that is not a number', { revision: 'v2' }],
    ['an expiry that is not a number', { expiresAfterDays: 'long' }],
    ['a category name the cookie cannot carry', { categories: { 'my video': {} } }],
  ])('%s throws nothing, and no decision is ever remembered', (_, config) => {
    const consent = createConsent(config as ConsentConfig)
    consent.acceptAll()
    const next = createConsent(config as ConsentConfig)
    expect(next.store.get().status).toBe('pending')
    expect(next.has('analytics')).toBe(false)
    consent.destroy()
    next.destroy()
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
