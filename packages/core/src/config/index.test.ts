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

describe('configuration errors name the field', () => {
  test.each<[string, unknown]>([
    ['config', 'analytics'],
    ['categories', { categories: ['analytics'] }],
    ['categories.video', { categories: { video: 'yes' } }],
    ['categories.my video', { categories: { 'my video': {} } }],
    ['categories.constructor', { categories: { constructor: {} } }],
    ['categories.necessary', { categories: { necessary: false } }],
    ['categories.necessary', { categories: { necessary: { required: false } } }],
    ['categories.video.required', { categories: { video: { required: 'yes' } } }],
    ['categories.video.label', { categories: { video: { label: 42 } } }],
    ['categories.video.description', { categories: { video: { description: ['x'] } } }],
    ['categories.video.cookies', { categories: { video: { cookies: '_vid' } } }],
    ['categories.video.cookies[1]', { categories: { video: { cookies: ['_vid', 7] } } }],
    ['categories.video.cookies[0]', { categories: { video: { cookies: [{ provider: 'Vimeo' }] } } }],
    ['categories.video.cookies[0].match', { categories: { video: { cookies: [{ name: 'vuid', match: 'vuid' }] } } }],
    ['categories.video.cookies[0].duration', { categories: { video: { cookies: [{ name: 'vuid', duration: 2 }] } } }],
    ['categories.video.gpc', { categories: { video: { gpc: 'yes' } } }],
    ['respectGpc', { respectGpc: 'no' }],
    ['revision', { revision: -1 }],
    ['revision', { revision: '2' }],
    ['expiresAfterDays', { expiresAfterDays: 0 }],
    ['expiresAfterDays', { expiresAfterDays: 1.5 }],
    ['cookie', { cookie: 'aufum' }],
    ['cookie.name', { cookie: { name: 'aufum consent' } }],
    ['cookie.domain', { cookie: { domain: 3 } }],
    ['cookie.path', { cookie: { path: 'courses' } }],
    ['cookie.sameSite', { cookie: { sameSite: 'lax' } }],
    ['cookie.secure', { cookie: { secure: 'yes' } }],
    ['cookie.secure', { cookie: { sameSite: 'None', secure: false } }],
  ])('%s', (field, config) => {
    expect(() => resolveConfig(config as ConsentConfig)).toThrowError(
      expect.objectContaining({
        name: 'ConsentError',
        message: expect.stringContaining(`[aufum-consent] ${field} must`),
      }),
    )
  })
})
