import { afterEach, expect, it } from 'vitest'
import { readDeclarations } from './declarations.js'
import { readPage } from './probe.js'

type Page = { AufumConsent?: unknown }

// What reaches the scanner: plain data.
const sent = (value: unknown) => JSON.parse(JSON.stringify(value))

afterEach(() => {
  delete (window as Page).AufumConsent
})

it('hands over each RegExp of the configuration view as its source and flags, which the scanner rebuilds', () => {
  ;(window as Page).AufumConsent = {
    get: () => ({ categories: { necessary: true, analytics: false } }),
    config: Object.freeze({
      categories: {
        necessary: { required: true, cookies: [] },
        analytics: {
          required: false,
          cookies: [/^_ga_/i, { name: '_gid', match: /^_gid$/, purpose: 'Counts visits' }],
        },
      },
      cookie: { name: 'aufum_consent', stored: '__Host-aufum_consent' },
      own: ['__Host-aufum_consent', 'aufum_consent', 'aufum_consent_records'],
      record: null,
    }),
  }
  const facts = sent(readPage())
  expect(facts.categories).toEqual({ necessary: true, analytics: false })
  expect(facts.config.categories.analytics.cookies[0]).toEqual({ source: '^_ga_', flags: 'i' })
  expect(readDeclarations(facts.config)).toEqual({
    categories: {
      necessary: { required: true, cookies: [] },
      analytics: { required: false, cookies: [/^_ga_/i, { name: '_gid', match: /^_gid$/, purpose: 'Counts visits' }] },
    },
    own: ['__Host-aufum_consent', 'aufum_consent', 'aufum_consent_records'],
    problems: [],
  })
})

it('sends no configuration from a page whose script tag has none, or whose view throws', () => {
  ;(window as Page).AufumConsent = { get: () => ({ categories: { necessary: true } }) }
  expect(readPage()).not.toHaveProperty('config')
  ;(window as Page).AufumConsent = {
    get: () => ({ categories: { necessary: true } }),
    get config() {
      throw new Error('no')
    },
  }
  expect(readPage()).not.toHaveProperty('config')
})

it('leaves out a field whose getter throws, and stops in a view that holds itself', () => {
  const categories: Record<string, unknown> = {
    get analytics() {
      throw new Error('no')
    },
  }
  categories.self = categories
  ;(window as Page).AufumConsent = { get: () => ({ categories: {} }), config: { categories, own: ['aufum_consent'] } }
  const { config } = sent(readPage())
  expect(config.own).toEqual(['aufum_consent'])
  expect(Object.keys(config.categories)).toEqual(['self'])
})
