import { describe, expect, test, vi } from 'vitest'
import { assertOptions, dropWrongOptions } from '../options/index.js'
import { CONFIG_RULES } from './rules.js'

// One table, read by both checkers: the one that throws (npm, development builds) and the one that reports and
// drops (the script tag).
const WRONG: [field: string, config: Record<string, unknown>][] = [
  ['categories', { categories: ['analytics'] }],
  ['categories.video', { categories: { video: 'yes' } }],
  ['categories.my video', { categories: { 'my video': {} } }],
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
]

describe('the configuration rules', () => {
  test.each(WRONG)('%s: thrown by one checker, reported once and dropped by the other', (field, config) => {
    expect(() => assertOptions(structuredClone(config), CONFIG_RULES)).toThrowError(
      expect.objectContaining({
        name: 'ConsentError',
        message: expect.stringMatching(`^\\[aufum-consent\\] ${literal(field)} must `),
      }),
    )
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const dropped = structuredClone(config)
    dropWrongOptions(dropped, CONFIG_RULES)
    expect(errors.mock.calls).toEqual([
      [expect.stringMatching(`^\\[aufum-consent\\] ${literal(field)} must .*; it is ignored$`)],
    ])
    // What is left is right.
    expect(() => assertOptions(dropped, CONFIG_RULES)).not.toThrow()
  })

  test('a right configuration passes both, unchanged', () => {
    const config = {
      categories: {
        necessary: { label: 'Needed' },
        analytics: {
          cookies: ['_gid', /^_ga/, { name: '_ga', match: /^_ga/, provider: 'Google', duration: '13 months' }],
        },
        partners: false,
        'video-2': { required: false, gpc: true, description: 'Videos' },
      },
      revision: 3,
      expiresAfterDays: 400,
      respectGpc: false,
      cookie: { name: 'consent', domain: '.aufum.com', path: '/', sameSite: 'None', secure: true },
    }
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => assertOptions(config, CONFIG_RULES)).not.toThrow()
    const copy = structuredClone(config)
    dropWrongOptions(copy, CONFIG_RULES)
    expect(copy).toEqual(config)
    expect(errors).not.toHaveBeenCalled()
  })

  test('dropping keeps the rest: the other categories, and the other entries of a list', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const config = { categories: { 'my video': {}, video: { cookies: [1, 'vuid', null, /^_v/] } }, revision: 2 }
    dropWrongOptions(config, CONFIG_RULES)
    expect(config).toEqual({ categories: { video: { cookies: ['vuid', /^_v/] } }, revision: 2 })
  })

  test('only own fields are read: properties a page added to Object.prototype are no options', () => {
    const proto = Object.prototype as Record<string, unknown>
    proto.revision = 'x'
    try {
      expect(() => assertOptions({}, CONFIG_RULES)).not.toThrow()
    } finally {
      delete proto.revision
    }
  })
})

/** `field` as a literal in a RegExp. */
function literal(field: string): string {
  return field.replace(/[.[\]]/g, '\\$&')
}
