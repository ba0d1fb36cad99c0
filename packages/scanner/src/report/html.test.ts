// @vitest-environment node
import { expect, it } from 'vitest'
import { cookie, declarations, pass, SITE, TRACKER, visit } from '../../test/site.js'
import { classify } from '../classify.js'
import type { ScanResult } from '../scan.js'
import type { Pass } from '../types.js'
import { htmlReport } from './html.js'
import { jsonReport } from './json.js'
import { summary } from './summary.js'

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
    passes,
    ...classify(passes, { declarations: declared, origins: [SITE], allowed: [] }),
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
