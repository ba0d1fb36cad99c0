import { describe, expect, test } from 'vitest'
import { type ConsentConfig, resolveConfig } from './index.js'

describe('configuration defaults', () => {
  test('works with no configuration: four categories, only necessary required', () => {
    const { categories } = resolveConfig()
    expect(Object.keys(categories)).toEqual(['necessary', 'preferences', 'analytics', 'partners'])
    expect(Object.entries(categories).map(([name, c]) => [name, c.required])).toEqual([
      ['necessary', true],
      ['preferences', false],
      ['analytics', false],
      ['partners', false],
    ])
  })

  test('keeps decisions 182 days under revision 0 in a Lax, Secure cookie on https', () => {
    const config = resolveConfig()
    expect(config.revision).toBe(0)
    expect(config.expiresAfterDays).toBe(182)
    expect(config.cookie).toEqual({ name: 'aufum_consent', path: '/', sameSite: 'Lax', secure: true })
  })

  test('adds a site category to the defaults and merges settings into a default one', () => {
    const { categories } = resolveConfig({
      categories: { video: { label: 'Video' }, analytics: { cookies: ['_ga', /^_ga_/] } },
    })
    expect(Object.keys(categories)).toEqual(['necessary', 'preferences', 'analytics', 'partners', 'video'])
    expect(categories.analytics?.cookies).toEqual(['_ga', /^_ga_/])
    expect(categories.video).toEqual({ label: 'Video', cookies: [], required: false })
  })

  test('drops a default category given as false', () => {
    expect(Object.keys(resolveConfig({ categories: { partners: false } }).categories)).toEqual([
      'necessary',
      'preferences',
      'analytics',
    ])
  })

  test('caps expiresAfterDays at 395 days, the CNIL maximum of 13 months', () => {
    expect(resolveConfig({ expiresAfterDays: 1000 }).expiresAfterDays).toBe(395)
    expect(resolveConfig({ expiresAfterDays: 30 }).expiresAfterDays).toBe(30)
  })

  test('lets a site share one decision across subdomains', () => {
    expect(resolveConfig({ cookie: { domain: '.aufum.com' } }).cookie.domain).toBe('.aufum.com')
  })
})

describe('a wrong configuration', () => {
  test('throws a ConsentError naming the field in development builds (every rule: rules.test.ts)', () => {
    expect(() => resolveConfig({ revision: -1 })).toThrowError(
      expect.objectContaining({
        name: 'ConsentError',
        message: '[aufum-consent] revision must be a whole number of 0 or more',
      }),
    )
    expect(() => resolveConfig('analytics' as ConsentConfig)).toThrowError('[aufum-consent] config must be an object')
  })
})
