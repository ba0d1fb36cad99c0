// @vitest-environment node
import { CONSENT_METHODS, type ConsentRecord, RECORD_FIELDS } from '@aufum/consent/schema'
import { describe, expect, expectTypeOf, test } from 'vitest'
import { sdkRecord } from '../test/http.js'
import { type StoredRecord, validateRecord } from './validate.js'

const NOW = new Date('2026-11-25T10:00:00.000Z')
const DAY = 86_400_000
const record = (changes: Record<string, unknown> = {}) =>
  sdkRecord({ id: 'c'.repeat(32), decidedAt: '2026-11-25T09:30:15.000Z', ...changes })
const refusal = (changes: Record<string, unknown>) => (validateRecord(record(changes), NOW) as { error?: string }).error

describe('what the SDK sends', () => {
  test.each(CONSENT_METHODS)('accepts a record of a %s decision as it is', (method) => {
    const sent: ConsentRecord = { ...record(), method }
    expect(validateRecord(sent, NOW)).toEqual({ record: { ...sent, receivedAt: NOW.toISOString() } })
  })

  test.each(RECORD_FIELDS)('refuses a record without %s, naming it', (field) => {
    const { [field]: _, ...rest } = record()
    expect(validateRecord(rest, NOW)).toEqual({ error: expect.stringMatching(new RegExp(`^${field} `)) })
  })

  test("types: the log keeps the SDK's record and its receipt time, and nothing else", () => {
    expectTypeOf<Omit<StoredRecord, 'receivedAt'>>().toEqualTypeOf<ConsentRecord>()
    // @ts-expect-error the log keeps only the methods the SDK knows
    expectTypeOf<StoredRecord['method']>().toEqualTypeOf<string>()
  })

  test('accepts a policy URL of null and a regional language tag', () => {
    expect(validateRecord(record({ policyUrl: null, language: 'de-CH' }), NOW)).toHaveProperty('record')
  })
})

describe('the form a record is kept in', () => {
  test('drops the query, fragment and credentials of the page URL', () => {
    const result = validateRecord(record({ pageUrl: 'https://ann:pw@www.aufum.com/a/b?ref=mail&u=42#top' }), NOW)
    expect(result).toMatchObject({ record: { pageUrl: 'https://www.aufum.com/a/b' } })
  })

  test('writes the same decision the same way, whatever the order of its choices or the digits of its time', () => {
    const a = validateRecord(
      record({ categories: { analytics: true, necessary: true }, decidedAt: '2026-11-25T09:30:15Z' }),
      NOW,
    )
    const b = validateRecord(record({ categories: { necessary: true, analytics: true } }), NOW)
    expect(a).toEqual(b)
    expect(JSON.stringify((a as { record: ConsentRecord }).record.categories)).toBe(
      '{"analytics":true,"necessary":true}',
    )
  })
})

describe('refusals name the field', () => {
  test.each([
    ['1Z'],
    ['2026-11-25'],
    ['2026-11-25T09:30:15'],
    ['2026-11-25T09:30:15+01:00'],
    ['2026-02-30T09:30:15.000Z'],
    ['2026-11-25T24:00:00.000Z'],
    ['2026-11-25T09:60:00.000Z'],
    ['2026-11-25T09:30:60.000Z'],
    ['2026-11-25T09:30:15.0001Z'],
    [' 2026-11-25T09:30:15.000Z'],
    [1764063015000],
  ])('decidedAt %j is not a real UTC time', (decidedAt) => {
    expect(refusal({ decidedAt })).toBe('decidedAt must be a UTC time such as 2026-11-25T09:30:15.000Z')
  })

  test('decidedAt must lie within 395 days before and a day after the receipt', () => {
    const at = (offset: number) => new Date(NOW.getTime() + offset).toISOString()
    const outside = 'decidedAt must lie between 395 days before and 1 day after the time it is received'
    expect(refusal({ decidedAt: '9999-12-31T23:59:59.999Z' })).toBe(outside)
    expect(refusal({ decidedAt: at(-396 * DAY) })).toBe(outside)
    expect(refusal({ decidedAt: at(DAY + 1000) })).toBe(outside)
    expect(refusal({ decidedAt: at(-394 * DAY) })).toBeUndefined()
    expect(refusal({ decidedAt: at(23 * 3_600_000) })).toBeUndefined()
  })

  test.each([
    [
      { extra: 1, ip: '203.0.113.7' },
      'a record holds only the fields id, decidedAt, revision, categories, method, language, policyUrl, pageUrl',
    ],
    [{ id: 'C'.repeat(32) }, 'id must be 32 hex digits'],
    [{ id: 'c'.repeat(31) }, 'id must be 32 hex digits'],
    [{ revision: -1 }, 'revision must be a whole number of 0 or more'],
    [{ revision: 1.5 }, 'revision must be a whole number of 0 or more'],
    [{ revision: 2 ** 31 }, 'revision must be a whole number of 0 or more'],
    [{ categories: [] }, 'categories must be an object'],
    [{ categories: {} }, 'categories must have 1 to 32 entries'],
    [
      { categories: { 'ad tracking': true } },
      'categories must be named with a letter, then letters, digits, _ or - (at most 32)',
    ],
    [
      { categories: { __proto__x: true } },
      'categories must be named with a letter, then letters, digits, _ or - (at most 32)',
    ],
    [{ categories: { analytics: 1 } }, 'categories.analytics must be true or false'],
    [{ method: 'withdraw' }, 'method must be one of accept-all, reject-all, custom, api, gpc'],
    [{ language: '' }, 'language must be a language tag such as en or de-CH'],
    [{ language: 'en<script>' }, 'language must be a language tag such as en or de-CH'],
    [{ policyUrl: 42 }, 'policyUrl must be a URL of at most 2000 characters, or null'],
    [{ policyUrl: '/privacy\n' }, 'policyUrl must be a URL of at most 2000 characters, or null'],
    [{ pageUrl: 'javascript:alert(1)' }, 'pageUrl must be an http or https URL of at most 2000 characters'],
    [{ pageUrl: '/courses/intro' }, 'pageUrl must be an http or https URL of at most 2000 characters'],
    [
      { pageUrl: `https://www.aufum.com/${'a'.repeat(2000)}` },
      'pageUrl must be an http or https URL of at most 2000 characters',
    ],
  ])('%j is refused: %s', (changes, error) => {
    expect(refusal(changes)).toBe(error)
  })

  test('a body that is not an object is refused as such', () => {
    for (const body of [null, 'record', 42, [record()]])
      expect(validateRecord(body, NOW)).toEqual({ error: 'the body must be a JSON object' })
  })
})
