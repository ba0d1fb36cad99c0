import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { type ConsentDecision, decodeDecision, encodeDecision } from './index.js'

const NOW = Date.UTC(2026, 10, 25, 12)
const DAY = 864e5
const decision: ConsentDecision = {
  id: '0123456789abcdef0123456789abcdef',
  decidedAt: NOW - 10 * DAY,
  expiresAt: NOW + 172 * DAY,
  revision: 3,
  method: 'custom',
  categories: { necessary: true, preferences: false, analytics: true, partners: false },
}
const value = encodeDecision(decision)
const granted = (d: ConsentDecision | null) => Object.keys(d?.categories ?? {}).filter((n) => d?.categories[n])

describe('the consent cookie format', () => {
  test('reads back exactly the decision it wrote', () => {
    expect(decodeDecision(value, NOW)).toEqual(decision)
  })

  test.each([
    ['accept-all', 'a'],
    ['reject-all', 'r'],
    ['custom', 'c'],
    ['api', 'p'],
    ['gpc', 'g'],
  ] as const)('writes the method %s as %s, the letter cookies already set hold for it', (method, code) => {
    const written = encodeDecision({ ...decision, method })
    expect(written.split('.')[5]).toBe(code)
    expect(decodeDecision(written, NOW)?.method).toBe(method)
  })

  test('stays under 200 bytes for the default categories, cookie name included', () => {
    expect(`aufum_consent=${value}`.length).toBeLessThan(200)
  })

  test('uses only characters a cookie carries unencoded', () => {
    expect(value).toMatch(/^[\w.:|-]+$/)
  })

  test.each([
    ['an empty value', ''],
    ['a truncated value', value.slice(0, 40)],
    ['a value missing its checksum', value.slice(0, value.lastIndexOf('.'))],
    ['a category switched on by hand', value.replace('partners:0', 'partners:1')],
    ['a changed checksum', `${value.slice(0, -1)}${value.endsWith('0') ? '1' : '0'}`],
    ['another format version', `2${value.slice(1)}`],
    ['an over-long value', `${value}${'x'.repeat(2000)}`],
  ])('treats %s as no decision', (_, input) => {
    expect(decodeDecision(input, NOW)).toBeNull()
  })

  test.each([
    ['decided in the future', { decidedAt: NOW + 60_000, expiresAt: NOW + 100 * DAY }],
    ['expired', { decidedAt: NOW - 200 * DAY, expiresAt: NOW - DAY }],
    ['valid for more than 13 months', { decidedAt: NOW - DAY, expiresAt: NOW + 400 * DAY }],
  ])('treats a well-formed decision %s as no decision', (_, times) => {
    expect(decodeDecision(encodeDecision({ ...decision, ...times }), NOW)).toBeNull()
  })

  test('treats a category listed twice as no decision, even with a valid checksum', () => {
    // A deliberate forger can recompute the checksum (FNV-1a, as the format documents).
    const sign = (body: string) => {
      let hash = 0x811c9dc5
      for (let i = 0; i < body.length; i++) hash = Math.imul(hash ^ body.charCodeAt(i), 16777619)
      return `${body}.${(hash >>> 0).toString(36)}`
    }
    const body = value.slice(0, value.lastIndexOf('.'))
    expect(decodeDecision(sign(body), NOW)).toEqual(decision)
    expect(decodeDecision(sign(body.replace('partners:0', 'partners:0|analytics:0')), NOW)).toBeNull()
  })

  test.each([null, undefined, 42, {}, ['1']])('treats the non-string %s as no decision', (input) => {
    expect(decodeDecision(input, NOW)).toBeNull()
  })

  test('never throws, and reads any random string as no decision', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (input) => {
        const result = decodeDecision(input, NOW)
        expect(result).toBeNull()
      }),
      { numRuns: 5000 },
    )
  })

  test('never grants a category that the well-formed value did not, however it is mangled', () => {
    const original = granted(decodeDecision(value, NOW))
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('replace'), at: fc.nat(value.length - 1), text: fc.string({ maxLength: 3 }) }),
      fc.record({
        kind: fc.constant('insert'),
        at: fc.nat(value.length),
        text: fc.string({ minLength: 1, maxLength: 20 }),
      }),
      fc.record({ kind: fc.constant('delete'), at: fc.nat(value.length - 1), text: fc.constant('') }),
      fc.record({ kind: fc.constant('truncate'), at: fc.nat(value.length - 1), text: fc.constant('') }),
    )
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        let mangled = value
        for (const { kind, at, text } of mutations) {
          if (kind === 'truncate') mangled = mangled.slice(0, at)
          else mangled = mangled.slice(0, at) + text + mangled.slice(at + (kind === 'insert' ? 0 : 1))
        }
        const result = decodeDecision(mangled, NOW)
        if (mangled !== value) expect(result).toBeNull()
        for (const name of granted(result)) expect(original).toContain(name)
      }),
      { numRuns: 5000 },
    )
  })
})
