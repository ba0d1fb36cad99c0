// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { type ConsentDecision, encodeDecision } from '../format/index.js'
import { parseConsent } from './index.js'

const NOW = Date.UTC(2026, 10, 25)
const decision: ConsentDecision = {
  id: 'f'.repeat(32),
  decidedAt: NOW - 864e5,
  expiresAt: NOW + 181 * 864e5,
  revision: 2,
  method: 'accept-all',
  categories: { necessary: true, preferences: true, analytics: true, partners: false },
}
const value = encodeDecision(decision)

describe('reading the decision on a server', () => {
  test('runs without a DOM', () => {
    expect(typeof document).toBe('undefined')
    expect(parseConsent(value, { now: NOW })).toEqual(decision)
  })

  test('finds the consent cookie, __Host-aufum_consent on an https site, in a whole Cookie header', () => {
    expect(parseConsent(`session=abc; __Host-aufum_consent=${value}; theme=dark`, { now: NOW })).toEqual(decision)
  })

  test('never reads the bare name on an https site: any subdomain can write that one', () => {
    expect(parseConsent(`aufum_consent=${value}`, { now: NOW })).toBeNull()
  })

  test('reads the bare name where the site has it: plain http, or a domain shared across subdomains', () => {
    expect(parseConsent(`aufum_consent=${value}`, { secure: false, now: NOW })).toEqual(decision)
    expect(parseConsent(`aufum_consent=${value}`, { domain: '.aufum.com', now: NOW })).toEqual(decision)
  })

  test('of two cookies with the name, reads the first, as the browser does', () => {
    const rejected = encodeDecision({
      ...decision,
      method: 'reject-all',
      categories: { ...decision.categories, analytics: false },
    })
    expect(
      parseConsent(`aufum_consent=${rejected}; aufum_consent=${value}`, { secure: false, now: NOW }),
    ).toMatchObject({
      method: 'reject-all',
    })
  })

  test('reads a percent-encoded value', () => {
    expect(parseConsent(`__Host-aufum_consent=${encodeURIComponent(value)}`, { now: NOW })).toEqual(decision)
  })

  test('reads a cookie of another name', () => {
    expect(parseConsent(`__Host-consent=${value}`, { name: 'consent', now: NOW })).toEqual(decision)
    expect(parseConsent(`__Host-consent=${value}`, { now: NOW })).toBeNull()
  })

  test('checks the revision when given one', () => {
    expect(parseConsent(value, { revision: 2, now: NOW })).toEqual(decision)
    expect(parseConsent(value, { revision: 3, now: NOW })).toBeNull()
  })

  test.each<[string, string | null | undefined]>([
    ['no header', undefined],
    ['a null header', null],
    ['a header without the cookie', 'session=abc; theme=dark'],
    ['a malformed value', '__Host-aufum_consent=1.2.3'],
    ['a broken percent-encoding', '__Host-aufum_consent=%E0%A4%A'],
    ['a tampered value', `__Host-aufum_consent=${value.replace('partners:0', 'partners:1')}`],
  ])('returns null, nothing granted, for %s', (_, input) => {
    expect(parseConsent(input, { now: NOW })).toBeNull()
  })

  test('returns null for an expired decision', () => {
    expect(parseConsent(value, { now: NOW + 200 * 864e5 })).toBeNull()
  })
})
