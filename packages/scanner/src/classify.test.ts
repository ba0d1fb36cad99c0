// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { cookie, declarations, pass, SITE, TRACKER, VIEW, visit } from '../test/site.js'
import { classify, isNecessaryRequest, sdkDirectories } from './classify.js'
import { readDeclarations } from './declarations.js'

// The site loads its script tag from a CDN.
const SDK = 'https://unpkg.com/@aufum/consent-embed/dist/'
const site = (allowed: string[] = []) => ({ declarations: declarations(), origins: [SITE], allowed, sdk: [SDK] })
const script = (url: string) => ({ url, resourceType: 'script', initiator: `${SITE}/` })

describe('leaks', () => {
  it('names a cookie an ungated tag sets before any decision, on the page where it first appeared', () => {
    const { leaks } = classify(
      [
        pass(
          'no-decision',
          ['necessary', 'security'],
          [
            visit('/'),
            visit('/course', { items: [cookie('_ga_X1', { setBy: `${TRACKER}/gtag.js` })] }),
            visit('/video', { items: [cookie('_ga_X1')] }),
          ],
        ),
      ],
      site(),
    )
    expect(leaks).toEqual([
      {
        kind: 'cookie',
        name: '_ga_X1',
        pass: 'no-decision',
        page: `${SITE}/course`,
        pages: [`${SITE}/course`, `${SITE}/video`],
        reason: 'set before any decision; analytics declares it',
        domain: 'www.aufum.com',
        setBy: `${TRACKER}/gtag.js`,
      },
    ])
  })

  it('names storage after "Reject all" that no category declares', () => {
    const { leaks } = classify(
      [
        pass(
          'reject-all',
          ['necessary', 'security'],
          [visit('/', { items: [cookie('cart', { kind: 'localStorage' })] })],
        ),
      ],
      site(),
    )
    expect(leaks).toMatchObject([
      {
        kind: 'localStorage',
        name: 'cart',
        pass: 'reject-all',
        reason: 'set after "Reject all"; no category declares it',
      },
    ])
  })

  it('never counts the consent cookie, its localStorage copy, the record queue or a required category as leaks', () => {
    const items = [
      cookie('aufum_consent'),
      cookie('aufum_consent', { kind: 'localStorage' }),
      cookie('aufum_consent_records', { kind: 'localStorage' }),
      cookie('csrf'),
    ]
    const result = classify([pass('reject-all', [], [visit('/', { items })])], site())
    expect(result).toEqual({ leaks: [], undeclared: [] })
  })

  it('uses the consent cookie name the site configured', () => {
    const renamed = readDeclarations({ ...VIEW, cookie: { name: 'consent', stored: 'consent' }, own: ['consent'] })
    const { leaks } = classify(
      [pass('no-decision', ['necessary'], [visit('/', { items: [cookie('consent'), cookie('aufum_consent')] })])],
      { declarations: renamed, origins: [SITE], allowed: [], sdk: [SDK] },
    )
    expect(leaks.map((l) => l.name)).toEqual(['aufum_consent'])
  })

  it('names a cookie set while only another category is granted', () => {
    const { leaks } = classify(
      [
        pass(
          'only:partners',
          ['necessary', 'security', 'partners'],
          [visit('/', { items: [cookie('_ga'), cookie('_fbp')] })],
        ),
      ],
      site(),
    )
    expect(leaks).toMatchObject([
      { name: '_ga', pass: 'only:partners', reason: 'set while analytics is not granted; analytics declares it' },
    ])
  })

  it('lists requests to other origins before a decision, with what made them, but not the site’s own or allowed ones', () => {
    const { leaks } = classify(
      [
        pass(
          'no-decision',
          ['necessary', 'security'],
          [
            visit('/', {
              requests: [
                script(`${TRACKER}/gtag.js?id=1`),
                script(`${TRACKER}/gtag.js?id=2`),
                script('https://cdn.aufum.com/app.js'),
                script('https://unpkg.com/@aufum/consent-embed/dist/aufum-consent.js'),
              ],
            }),
          ],
        ),
      ],
      site(['https://cdn.aufum.com']),
    )
    expect(leaks).toEqual([
      {
        kind: 'request',
        name: `${TRACKER}/gtag.js`,
        pass: 'no-decision',
        page: `${SITE}/`,
        pages: [`${SITE}/`],
        reason: 'sent before any decision',
        url: `${TRACKER}/gtag.js?id=1`,
        initiator: `${SITE}/`,
      },
    ])
  })

  it('lets the tags of granted categories set and send what they declare', () => {
    const granted = visit('/', { items: [cookie('_ga'), cookie('_fbp')], requests: [script(`${TRACKER}/gtag.js`)] })
    const result = classify([pass('accept-all', ['necessary', 'security', 'analytics', 'partners'], [granted])], site())
    expect(result).toEqual({ leaks: [], undeclared: [] })
  })
})

describe('undeclared', () => {
  it('names what "Accept all" leaves that no category declares, once, with every page', () => {
    const { undeclared, leaks } = classify(
      [
        pass(
          'accept-all',
          ['necessary', 'security', 'analytics', 'partners'],
          [
            visit('/', { items: [cookie('session_id'), cookie('_ga')] }),
            visit('/video', { items: [cookie('session_id')] }),
          ],
        ),
      ],
      site(),
    )
    expect(leaks).toEqual([])
    expect(undeclared).toMatchObject([
      {
        name: 'session_id',
        pass: 'accept-all',
        pages: [`${SITE}/`, `${SITE}/video`],
        reason: 'no category declares it',
      },
    ])
  })

  it('does not report what a category alone set and nobody declares: the declarations file takes it', () => {
    const result = classify(
      [pass('only:partners', ['necessary', 'security', 'partners'], [visit('/', { items: [cookie('_promo')] })])],
      site(),
    )
    expect(result).toEqual({ leaks: [], undeclared: [] })
  })
})

describe('necessary requests', () => {
  it('counts the proof-of-consent endpoint as necessary, and nothing else of its origin', () => {
    const view = { ...VIEW, record: { endpoint: 'https://log.aufum.com/consent' } }
    const withLog = { declarations: readDeclarations(view), origins: [SITE], allowed: [], sdk: [SDK] }
    expect(isNecessaryRequest('https://log.aufum.com/consent', withLog)).toBe(true)
    expect(isNecessaryRequest('https://log.aufum.com/track', withLog)).toBe(false)
  })

  it('counts a tracker’s file named like the SDK’s as a leak: only the SDK’s files, where its script tag came from, are necessary', () => {
    const { leaks } = classify(
      [
        pass(
          'no-decision',
          ['necessary', 'security'],
          [
            visit('/', {
              requests: [
                script(`${SDK}aufum-consent.js`),
                script(`${SDK}aufum-consent.record.js`),
                script('https://tracker.example/aufum-consent-pixel.js?uid=42'),
                script('https://unpkg.com/other/aufum-consent.js'),
              ],
            }),
          ],
        ),
      ],
      site(),
    )
    expect(leaks.map((leak) => leak.name)).toEqual([
      'https://tracker.example/aufum-consent-pixel.js',
      'https://unpkg.com/other/aufum-consent.js',
    ])
  })

  it('takes the SDK’s folder only from an http(s) script tag named like its file', () => {
    expect(
      sdkDirectories([
        'https://cdn.aufum.com/consent/aufum-consent.js?v=2',
        'javascript:alert(1)//aufum-consent.js',
        'not a url',
        42,
        'https://cdn.aufum.com/app.js',
      ]),
    ).toEqual(['https://cdn.aufum.com/consent/'])
    expect(sdkDirectories({ length: 1 })).toEqual([])
  })
})
