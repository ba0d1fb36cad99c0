import { describe, expect, test, vi } from 'vitest'
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

describe('a wrong cookies entry in a production build', () => {
  test('is named once in the console by category and position, and left out: the other entries still count', () => {
    vi.stubEnv('NODE_ENV', 'production')
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const config = {
      categories: { analytics: { cookies: ['_ga', /^_gid/, 42, null, { purpose: 'no name' }, { name: '_gat' }] } },
    }
    const { categories } = resolveConfig(config as unknown as ConsentConfig)
    expect(categories.analytics?.cookies).toEqual(['_ga', /^_gid/, { name: '_gat' }])
    expect(errors.mock.calls).toEqual(
      [2, 3, 4].map((i) => [
        `[aufum-consent] categories.analytics.cookies[${i}] must be a name, a RegExp or { name, … }; it is ignored`,
      ]),
    )
  })

  test('never throws, and a configuration without one reports nothing', () => {
    vi.stubEnv('NODE_ENV', 'production')
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() =>
      resolveConfig({ categories: { video: { cookies: [undefined] } } } as unknown as ConsentConfig),
    ).not.toThrow()
    expect(errors).toHaveBeenCalledOnce()
    errors.mockClear()
    resolveConfig({ categories: { analytics: { cookies: ['_ga', { name: '_gid', match: /^_gid/ }] } } })
    expect(errors).not.toHaveBeenCalled()
  })

  test('throws in a development build, naming the same entry', () => {
    expect(() => resolveConfig({ categories: { analytics: { cookies: ['_ga', 7 as unknown as string] } } })).toThrow(
      '[aufum-consent] categories.analytics.cookies[1] must be a name, a RegExp',
    )
  })
})
