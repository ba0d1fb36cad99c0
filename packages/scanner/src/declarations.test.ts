// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { cookie, declarations, pass, re, TRACKER, VIEW, visit } from '../test/site.js'
import { declaringCategories, entryFor, readDeclarations, suggestDeclarations } from './declarations.js'

describe('reading the page', () => {
  it('takes the categories, the required ones and their cookies from the configuration the script tag runs with', () => {
    const read = declarations()
    expect(Object.keys(read.categories)).toEqual(['necessary', 'security', 'analytics', 'partners'])
    expect(read.categories.security).toEqual({ required: true, cookies: ['csrf'] })
    expect(read.categories.necessary).toEqual({ required: true, cookies: [] })
    expect(read.categories.analytics).toEqual({
      required: false,
      cookies: [{ name: '_ga', match: /^_ga/, provider: 'Google Analytics', duration: '13 months' }],
    })
    expect(read.categories.partners!.cookies).toEqual([/^_fb/i])
    expect(read.own).toEqual(['aufum_consent', 'aufum_consent_records'])
    expect(read.recordEndpoint).toBeUndefined()
    expect(read.problems).toEqual([])
  })

  it('takes the consent log the script tag sends records to', () => {
    expect(readDeclarations({ ...VIEW, record: { endpoint: 'https://log.aufum.com/consent' } })).toMatchObject({
      recordEndpoint: 'https://log.aufum.com/consent',
      problems: [],
    })
  })

  it('says the script tag is too old, and declares nothing, on a page without the configuration view', () => {
    for (const missing of [undefined, null])
      expect(readDeclarations(missing)).toEqual({
        categories: {},
        own: [],
        problems: [expect.stringContaining('window.AufumConsent.config is missing: the script tag is older')],
      })
  })

  it('declares nothing from a view of the wrong shape, and says so', () => {
    const wrong = [
      'config',
      [],
      { own: ['aufum_consent'] },
      { categories: [], own: ['aufum_consent'] },
      { categories: {}, own: [] },
      { categories: {}, own: [3] },
      JSON.parse('{"__proto__": {"categories": {}, "own": ["aufum_consent"]}}'),
    ]
    for (const view of wrong)
      expect(readDeclarations(view)).toEqual({
        categories: {},
        own: [],
        problems: [expect.stringContaining('window.AufumConsent.config is not { categories, own, … }')],
      })
  })

  it('leaves out each field a lying page sends, naming it, and reads the rest', () => {
    const read = readDeclarations({
      ...VIEW,
      categories: {
        analytics: {
          required: false,
          cookies: [
            3,
            { match: re('^_ga') },
            'ok',
            re('('),
            { name: '_ga', match: '/^_ga/' },
            re('^a', 'Q'),
            { name: 'n', provider: 7 },
          ],
        },
        ads: { required: 'yes', cookies: [] },
        ...JSON.parse('{"__proto__": { "required": true, "cookies": [] }}'),
        'a b': { required: true, cookies: [] },
      },
      record: { endpoint: 3 },
    })
    expect(read.categories).toEqual({ analytics: { required: false, cookies: ['ok', { name: 'n' }] } })
    expect(read.recordEndpoint).toBeUndefined()
    const cookies = 'window.AufumConsent.config.categories.analytics.cookies'
    expect(read.problems).toEqual([
      `${cookies}[0] is not a name, a RegExp or { name, … }, so the scan leaves it out`,
      `${cookies}[1] is not a name, a RegExp or { name, … }, so the scan leaves it out`,
      `${cookies}[3] is not a name, a RegExp or { name, … }, so the scan leaves it out`,
      `${cookies}[4] is not a name, a RegExp or { name, … }, so the scan leaves it out`,
      `${cookies}[5] is not a name, a RegExp or { name, … }, so the scan leaves it out`,
      'window.AufumConsent.config.categories.ads is not { required, cookies }, so the scan leaves the category out',
      'window.AufumConsent.config.categories holds "__proto__", which is no category name, so the scan leaves it out',
      'window.AufumConsent.config.categories holds "a b", which is no category name, so the scan leaves it out',
      'window.AufumConsent.config.record is neither null nor { endpoint }, so the scan counts no consent log as necessary',
    ])
  })
})

describe('matching names as the SDK does', () => {
  it('names every category that declares a name: exactly, or by its RegExp', () => {
    const read = declarations()
    expect(declaringCategories('csrf', read)).toEqual(['security'])
    expect(declaringCategories('csrf_2', read)).toEqual([])
    expect(declaringCategories('_FBP', read)).toEqual(['partners'])
    expect(declaringCategories('x_fb', read)).toEqual([])
    expect(declaringCategories('_ga_X1', read)).toEqual(['analytics'])
    expect(declaringCategories('session', read)).toEqual([])
  })

  it('takes a "/…/" string from the page as a name: the script tag has already made its patterns RegExps', () => {
    const read = readDeclarations({ ...VIEW, categories: { analytics: { required: false, cookies: ['/^_ga/'] } } })
    expect(declaringCategories('_ga', read)).toEqual([])
    expect(declaringCategories('/^_ga/', read)).toEqual(['analytics'])
  })

  it('finds the details that describe a cookie, matched by their RegExp', () => {
    expect(entryFor('_ga_X1', declarations().categories.analytics!)).toMatchObject({ provider: 'Google Analytics' })
    expect(entryFor('_gid', declarations().categories.analytics!)).toBeUndefined()
  })
})

describe('suggested declarations', () => {
  it('adds what a category alone set to its cookies, after the ones the site declares, with provider and duration', () => {
    const now = Date.UTC(2026, 0, 1)
    const passes = [
      pass('reject-all', ['necessary', 'security'], [visit('/', { items: [cookie('csrf'), cookie('session')] })]),
      pass(
        'only:analytics',
        ['necessary', 'security', 'analytics'],
        [
          visit('/', {
            items: [
              cookie('aufum_consent'),
              cookie('session'),
              cookie('_ga'),
              cookie('_hj_id', { setBy: `${TRACKER}/hotjar.js`, expires: now / 1000 + 365 * 86400 }),
              cookie('_fbp'),
            ],
          }),
        ],
      ),
      pass(
        'only:partners',
        ['necessary', 'security', 'partners'],
        [visit('/', { items: [cookie('ads_seen', { kind: 'localStorage', domain: 'www.aufum.com' })] })],
      ),
    ]
    expect(suggestDeclarations(passes, declarations(), now)).toEqual({
      categories: {
        analytics: {
          cookies: [
            { name: '_ga', match: '/^_ga/', provider: 'Google Analytics', duration: '13 months' },
            { name: '_hj_id', provider: 'stats.example', duration: '12 months' },
          ],
        },
        partners: { cookies: ['/^_fb/i', { name: 'ads_seen', provider: 'www.aufum.com', duration: 'until deleted' }] },
      },
    })
  })

  it('writes each declared RegExp as the "/…/flags" string a JSON configuration holds', () => {
    const view = { ...VIEW, categories: { ads: { required: false, cookies: [re('^a\\/b', 'gi'), 'plain'] } } }
    const suggested = suggestDeclarations([pass('only:ads', ['ads'], [])], readDeclarations(view), 0)
    expect(JSON.parse(JSON.stringify(suggested))).toEqual({ categories: { ads: { cookies: ['/^a\\/b/gi', 'plain'] } } })
  })

  it('keeps each declared entry’s fields in the order the site wrote them', () => {
    const suggested = suggestDeclarations([pass('only:analytics', [], [])], declarations(), 0)
    expect(Object.keys(suggested.categories.analytics!.cookies[0]!)).toEqual(['name', 'match', 'provider', 'duration'])
  })

  it('suggests nothing for categories no pass granted alone', () => {
    expect(suggestDeclarations([], declarations(), 0)).toEqual({ categories: {} })
  })
})
