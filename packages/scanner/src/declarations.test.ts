// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { CONFIG, cookie, declarations, PENDING, pass, TRACKER, visit } from '../test/site.js'
import { declaringCategories, entryMatches, readDeclarations, suggestDeclarations } from './declarations.js'

describe('reading the page', () => {
  it('takes the categories the SDK reports, a required one as necessary, with the cookies the JSON block declares', () => {
    const read = declarations()
    expect(Object.keys(read.categories)).toEqual(['necessary', 'security', 'analytics', 'partners'])
    expect(read.categories.security).toEqual({ required: true, cookies: ['csrf'] })
    expect(read.categories.analytics!.required).toBe(false)
    expect(read.categories.necessary).toEqual({ required: true, cookies: [] })
    expect(read.consentCookie).toBe('aufum_consent')
    expect(read.problems).toEqual([])
  })

  it('falls back to the SDK’s defaults, and says so, when the JSON block does not parse', () => {
    const read = readDeclarations('{ categories: ', { necessary: true, analytics: false })
    expect(read.categories).toEqual({
      necessary: { required: true, cookies: [] },
      analytics: { required: false, cookies: [] },
    })
    expect(read.problems).toEqual([expect.stringContaining('#aufum-consent-config holds no JSON object')])
  })

  it('works without a JSON block, and skips entries the SDK would reject', () => {
    expect(readDeclarations(null, { necessary: true }).categories).toEqual({
      necessary: { required: true, cookies: [] },
    })
    const odd = readDeclarations(
      JSON.stringify({ categories: { analytics: { cookies: [3, { match: '/x/' }, 'ok'] } } }),
      {
        analytics: false,
      },
    )
    expect(odd.categories.analytics!.cookies).toEqual(['ok'])
  })
})

describe('matching names as the SDK does', () => {
  it('matches a plain name exactly, and a "/…/flags" string as a RegExp', () => {
    expect(entryMatches('_fbp', '_fbp')).toBe(true)
    expect(entryMatches('_fbp_2', '_fbp')).toBe(false)
    expect(entryMatches('_FBP', '/^_fb/i')).toBe(true)
    expect(entryMatches('x_fb', '/^_fb/i')).toBe(false)
  })

  it('matches details by their match, else by their name taken literally', () => {
    expect(entryMatches('_ga_X1', { name: '_ga', match: '/^_ga/' })).toBe(true)
    expect(entryMatches('/^_ga/', { name: '/^_ga/' })).toBe(true)
    expect(entryMatches('_ga_X1', { name: '/^_ga/' })).toBe(false)
  })

  it('reads a broken pattern as a plain name instead of failing', () => {
    expect(entryMatches('/(/', '/(/')).toBe(true)
  })

  it('names every category that declares a name', () => {
    expect(declaringCategories('_ga_X1', declarations())).toEqual(['analytics'])
    expect(declaringCategories('session', declarations())).toEqual([])
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

  it('suggests nothing for categories no pass granted alone', () => {
    expect(suggestDeclarations([], readDeclarations(CONFIG, PENDING), 0)).toEqual({ categories: {} })
  })
})
