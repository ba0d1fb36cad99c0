// @vitest-environment node
import { describe, expect, expectTypeOf, test } from 'vitest'
import { CONSENT_METHODS, type ConsentMethod, type ConsentRecord, RECORD_FIELDS } from './index.js'

describe('the record a consent log receives', () => {
  test('is defined for servers: @aufum/consent/schema loads in Node, without a DOM', async () => {
    expect(typeof document).toBe('undefined')
    const schema = await import('../schema.js')
    expect(schema.RECORD_FIELDS).toBe(RECORD_FIELDS)
    expect(schema.CONSENT_METHODS).toBe(CONSENT_METHODS)
    expect(schema.MAX_DAYS).toBe(395)
    expect(schema.CATEGORY_NAME.test('analytics')).toBe(true)
  })

  test('types: a field or a method the SDK does not know is a type error', () => {
    expectTypeOf<(typeof RECORD_FIELDS)[number]>().toEqualTypeOf<keyof ConsentRecord>()
    expectTypeOf<ConsentMethod>().toEqualTypeOf<(typeof CONSENT_METHODS)[number]>()
    // @ts-expect-error 'withdraw' is no method
    expectTypeOf<ConsentRecord['method']>().toEqualTypeOf<ConsentMethod | 'withdraw'>()
    // @ts-expect-error a record holds no IP address
    expectTypeOf<ConsentRecord>().toHaveProperty('ip')
  })
})
