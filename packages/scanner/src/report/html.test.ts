// @vitest-environment node
import { expect, it } from 'vitest'
import { cookie, declarations, pass, SITE, TRACKER, visit } from '../../test/site.js'
import { classify } from '../classify.js'
import type { ScanResult } from '../scan.js'
import type { Pass } from '../types.js'
import { htmlReport } from './html.js'
import { declarationsJson, jsonReport } from './json.js'
import { progressLine, summary } from './summary.js'

const HOSTILE = '<img src=x onerror=alert(1)>'

function result(passes: Pass[]): ScanResult {
  const declared = declarations()
  return {
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 1234,
    startUrls: [`${SITE}/`],
    pages: [`${SITE}/`, `${SITE}/course`],
    failed: [],
    skipped: [{ url: `${SITE}/account`, reason: 'robots.txt' }],
    declarations: declared,
    withoutSdk: [],
    elsewhere: [],
    passes,
    ...classify(passes, { declarations: declared, origins: [SITE], allowed: [], sdk: [] }),
    suggested: { categories: {} },
  }
}

const leaky = result([
  pass(
    'no-decision',
    ['necessary', 'security'],
    [
      visit('/', { items: [cookie(HOSTILE, { setBy: 'javascript:alert(1)' })] }),
      visit('/course', { requests: [{ url: `${TRACKER}/p.gif?"><script>`, resourceType: 'image' }] }),
    ],
  ),
  pass(
    'accept-all',
    ['necessary', 'security', 'analytics', 'partners'],
    [
      visit('/', {
        items: [cookie('aufum_consent'), cookie('_ga', { expires: Date.UTC(2027, 0, 1) / 1000 }), cookie('csrf')],
      }),
    ],
  ),
])

it('escapes every name and URL the site gave, and runs no script', () => {
  const html = htmlReport(leaky)
  expect(html).not.toContain('<img src=x')
  expect(html).not.toContain('<script>')
  expect(html).not.toContain('href="javascript:')
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  expect(html).toContain(
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
  )
})

it('shows the leaks first, then each category with provider, purpose, duration and party', () => {
  const html = htmlReport(leaky)
  expect(html).toContain('2 leaks, 0 undeclared')
  expect(html.indexOf('<h2>Leaks (2)</h2>')).toBeLessThan(html.indexOf('<h2>Cookies and storage by category</h2>'))
  const analytics = html.slice(html.indexOf('<h3>analytics'), html.indexOf('<h3>partners'))
  expect(analytics).toContain('<code>_ga</code>')
  expect(analytics).toContain('Google Analytics')
  expect(analytics).toContain('13 months')
  expect(analytics).toContain('say what it is for')
  const necessary = html.slice(html.indexOf('<h3>necessary'), html.indexOf('<h3>security'))
  expect(necessary).toContain('Aufum Consent: keeps the visitor’s consent decision')
  expect(html).toContain('not visited: robots.txt')
})

it('says a clean site is clean, in the HTML, the JSON and the console', () => {
  const clean = result([pass('accept-all', ['necessary', 'security', 'analytics', 'partners'], [visit('/')])])
  expect(htmlReport(clean)).toContain('Clean: nothing leaks before a decision')
  expect(JSON.parse(jsonReport(clean, '1.2.3'))).toMatchObject({
    scanner: { name: '@aufum/consent-scanner', version: '1.2.3' },
    clean: true,
    leaks: [],
    undeclared: [],
  })
  expect(summary(clean)).toContain('No leaks.\nNothing undeclared.')
})

it('writes the declarations it read into the JSON report, with RegExps as the "/…/flags" strings of a JSON config', () => {
  const { declarations } = JSON.parse(jsonReport(leaky, '1.2.3'))
  expect(declarations.categories.partners).toEqual({ required: false, cookies: ['/^_fb/i'] })
  expect(declarations.categories.analytics.cookies[0]).toMatchObject({ name: '_ga', match: '/^_ga/' })
})

it('lists each leak in the console with its pass, page and source', () => {
  expect(summary(leaky)).toContain(
    `Leaks (2):\n  cookie ${HOSTILE}: set before any decision; no category declares it (no decision, on ${SITE}/, set by javascript:alert(1))`,
  )
  expect(summary(leaky)).toContain('Not visited, as robots.txt asks: https://www.aufum.com/account')
})

it('never prints or reports the password of a start URL, wherever the URL shows', () => {
  const staging = 'https://stage:S3cret@staging.aufum.com'
  const passes = [
    pass(
      'no-decision',
      ['necessary'],
      [
        visit('/', {
          page: `${staging}/`,
          items: [cookie('_ga', { setBy: `${staging}/t.js` })],
          requests: [{ url: `${TRACKER}/p.gif`, resourceType: 'image', initiator: `${staging}/` }],
        }),
      ],
    ),
  ]
  const withPassword: ScanResult = {
    ...result(passes),
    startUrls: [`${staging}/`],
    pages: [`${staging}/`],
    failed: [{ url: `${staging}/gone`, pass: 'no-decision', error: `net::ERR_FAILED at ${staging}/gone` }],
    withoutSdk: [`${staging}/`],
  }
  for (const output of [
    htmlReport(withPassword),
    jsonReport(withPassword, '1.2.3'),
    summary(withPassword),
    progressLine('no-decision', passes[0]!.visits[0]!, 1),
  ]) {
    expect(output).not.toContain('S3cret')
    expect(output).toContain('https://staging.aufum.com/')
  }
})

it('escapes the control characters a site’s names hold, so that the console shows no fake verdict', () => {
  const fake = '\u001b[2J\u001b[32mNo leaks.\u001b[0m\nNothing undeclared.\u202e'
  const hostile = result([pass('no-decision', ['necessary'], [visit('/', { items: [cookie(fake)] })])])
  const text = summary(hostile)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character but the line breaks may be printed
  expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/)
  expect(text).toContain(
    'cookie \\x1b[2J\\x1b[32mNo leaks.\\x1b[0m\\x0aNothing undeclared.\\u202e: set before any decision',
  )
  expect(text.split('\n')).not.toContain('No leaks.')
  expect(progressLine('no-decision', visit(`/\u001b[2J`), 1)).toContain(`${SITE}/\\x1b[2J`)
})

it('writes declarations that are safe to paste into a <script type="application/json">', () => {
  const text = declarationsJson({
    categories: { partners: { cookies: ['</script><script>alert(1)</script>', { name: 'a&b>\u2028' }] } },
  })
  expect(text).not.toMatch(/[<>&\u2028\u2029]/)
  expect(text).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e')
  expect(JSON.parse(text)).toEqual({
    categories: { partners: { cookies: ['</script><script>alert(1)</script>', { name: 'a&b>\u2028' }] } },
  })
})

it('says the scanner answered the consent log itself, in the HTML, the JSON and the console', () => {
  const logged: ScanResult = { ...leaky, record: { endpoint: 'https://log.aufum.com/consent', answered: 5 } }
  const said = 'the scanner answered the 5 requests sent to'
  expect(summary(logged)).toContain(`Consent log: ${said} https://log.aufum.com/consent itself; none reached it.`)
  expect(htmlReport(logged)).toContain(`Consent log: ${said} <code>https://log.aufum.com/consent</code> itself`)
  expect(JSON.parse(jsonReport(logged, '1.2.3')).record).toEqual({
    endpoint: 'https://log.aufum.com/consent',
    answered: 5,
  })
})

it('flags a page that ended on another host, with where it ended', () => {
  const moved: ScanResult = { ...leaky, elsewhere: [{ url: `${SITE}/`, finalUrl: 'https://login.example/' }] }
  expect(summary(moved)).toContain(`Warning: ${SITE}/ ended on https://login.example/, another host`)
  expect(htmlReport(moved)).toContain('ended on another host: https://login.example/')
})

it('lists a page without the script tag once, with the note beside it', () => {
  const html = htmlReport({ ...leaky, withoutSdk: [`${SITE}/course`] })
  const list = html.slice(html.indexOf('<h2>Pages</h2>'))
  expect(list.split(`href="${SITE}/course"`).length - 1).toBe(1)
  expect(list).toContain(
    `<li><a href="${SITE}/course">${SITE}/course</a> <small class="bad">has no Aufum Consent script tag</small></li>`,
  )
})
