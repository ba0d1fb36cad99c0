// The built aufum-consent-scan, run as CI runs it, against the fixture servers: a fixture site with planted
// problems (fixtures/scan-site/), the example Aufum site, and addresses it cannot scan.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { SITE, TRACKER } from '../../../scripts/e2e/tracker'
import type { Finding, Pass } from '../src/types'

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const FIXTURE = `${SITE}/fixtures/scan-site/`

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the CLI as a CI job would, and waits for it to exit. */
const scan = (...args: string[]) =>
  new Promise<Run>((resolve) =>
    execFile(process.execPath, [CLI, ...args], { timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    ),
  )

interface Report {
  clean: boolean
  leaks: Finding[]
  undeclared: Finding[]
  pages: string[]
  skipped: { url: string; reason: string }[]
  passes: Pass[]
}

const where = ({ kind, name, pass, page }: Finding) => ({ kind, name, pass, page: page.replace(FIXTURE, '') })

test.describe('on a site with planted problems', () => {
  test.describe.configure({ mode: 'serial' })
  let run: Run
  let report: Report
  let html: string
  let declarations: unknown

  test.beforeAll(async () => {
    test.setTimeout(120_000)
    const out = (file: string) => test.info().outputPath(file)
    run = await scan(
      `${FIXTURE}index.html`,
      '--json',
      out('r.json'),
      '--html',
      out('r.html'),
      '--declarations',
      out('d.json'),
    )
    report = JSON.parse(readFileSync(out('r.json'), 'utf8'))
    html = readFileSync(out('r.html'), 'utf8')
    declarations = JSON.parse(readFileSync(out('d.json'), 'utf8'))
  })

  test('exits 1 and names each leak in the pass and on the page where it happens, and nothing else', () => {
    expect(run.code).toBe(1)
    const planted = (pass: string) => [
      { kind: 'cookie', name: '_trk_stats', pass, page: 'leaky.html' },
      { kind: 'request', name: `${TRACKER}/t.js`, pass, page: 'leaky.html' },
      { kind: 'request', name: `${TRACKER}/beacon`, pass, page: 'leaky.html' },
      { kind: 'request', name: `${TRACKER}/p.gif`, pass, page: 'pixel.html' },
    ]
    expect(report.leaks.map(where)).toEqual([
      ...planted('no-decision'),
      ...planted('reject-all'),
      // The ungated analytics tag also sets its cookie while only partners is granted.
      { kind: 'cookie', name: '_trk_stats', pass: 'only:partners', page: 'leaky.html' },
    ])
    expect(report.leaks[0]).toMatchObject({
      reason: 'set before any decision; analytics declares it',
      setBy: `${TRACKER}/t.js?name=stats`,
    })
    expect(report.leaks[3]).toMatchObject({ reason: 'sent before any decision', initiator: `${FIXTURE}pixel.html` })
    expect(run.stdout).toContain('Leaks (9):')
  })

  test('names the cookie that no category declares, after "Accept all", and which script set it', () => {
    expect(report.undeclared).toEqual([
      {
        kind: 'cookie',
        name: '_trk_promo',
        pass: 'accept-all',
        page: `${FIXTURE}undeclared.html`,
        pages: [`${FIXTURE}undeclared.html`],
        reason: 'no category declares it',
        domain: '127.0.0.1',
        setBy: `${TRACKER}/t.js?name=promo`,
      },
    ])
    expect(run.stdout).toContain('Undeclared (1):\n  cookie _trk_promo: no category declares it (accept all')
  })

  test('crawls the site’s own pages, honours robots.txt, and runs a pass for each optional category', () => {
    const pages = ['index.html', 'leaky.html', 'undeclared.html', 'pixel.html', 'embed.html']
    expect(report.pages).toEqual(pages.map((page) => FIXTURE + page))
    expect(report.skipped).toEqual([{ url: `${FIXTURE}private.html`, reason: 'robots.txt' }])
    expect(run.stdout).toContain(`Not visited, as robots.txt asks: ${FIXTURE}private.html`)
    expect(report.passes.map((pass) => [pass.name, pass.visits.length])).toEqual([
      ['no-decision', 5],
      ['reject-all', 5],
      ['accept-all', 5],
      ['only:analytics', 5],
      ['only:partners', 5],
    ])
    // The progress shows while it crawls.
    expect(run.stderr).toMatch(/no decision\s+2\s+\S+leaky\.html\s+1 set, 2 to other origins/)
  })

  test('records the gated iframe only once partners is granted, and the necessary cookie without calling it a leak', () => {
    const embed = (name: string) =>
      report.passes.find((pass) => pass.name === name)!.visits.find((v) => v.page.endsWith('/embed.html'))!
    expect(embed('no-decision').iframes).toEqual([])
    expect(embed('reject-all').iframes).toEqual([])
    expect(embed('accept-all').iframes).toEqual([`${TRACKER}/frame.html`])
    expect(embed('only:partners').iframes).toEqual([`${TRACKER}/frame.html`])
    const first = report.passes[0]!.visits[0]!
    expect(first.items).toMatchObject([{ kind: 'cookie', name: 'csrf', firstParty: true }])
    expect(report.leaks.map((leak) => leak.name)).not.toContain('csrf')
  })

  test('writes an HTML report with the leaks first, and declarations a site can paste', () => {
    expect(run.stdout).toMatch(/HTML report: \/\S+r\.html/)
    expect(html).toContain('9 leaks, 1 undeclared')
    expect(html.indexOf('<h2>Leaks (9)</h2>')).toBeLessThan(html.indexOf('<h2>Undeclared (1)</h2>'))
    expect(html).toContain('<h3>security <small>necessary, always on</small></h3>')
    expect(declarations).toEqual({
      categories: {
        analytics: {
          cookies: [{ name: '_trk_stats', provider: 'Stand-in Stats', purpose: 'Counts visits', duration: '1 year' }],
        },
        partners: {
          cookies: ['/^_trk_ads/', { name: '_trk_promo', provider: new URL(TRACKER).host, duration: 'session' }],
        },
      },
    })
  })
})

test('finds the example Aufum site clean: exit 0, every page in every pass', async () => {
  test.setTimeout(120_000)
  const json = test.info().outputPath('example.json')
  const run = await scan(`${SITE}/`, '--json', json, '--html', test.info().outputPath('example.html'))
  expect(run.stdout).toContain('No leaks.\nNothing undeclared.')
  expect(run.code).toBe(0)
  const report: Report = JSON.parse(readFileSync(json, 'utf8'))
  expect(report).toMatchObject({ clean: true, leaks: [], undeclared: [] })
  expect(report.pages.map((page) => new URL(page).pathname)).toEqual([
    '/',
    '/course.html',
    '/video.html',
    '/privacy.html',
    '/kurs.html',
  ])
  expect(report.passes.map((pass) => pass.name)).toEqual([
    'no-decision',
    'reject-all',
    'accept-all',
    'only:preferences',
    'only:analytics',
    'only:partners',
  ])
  // After "Accept all" the analytics tag ran and set its (declared) cookie: the scan saw the tags, not an empty site.
  const accepted = report.passes[2]!.visits.flatMap((visit) => visit.items.map((item) => item.name))
  expect(accepted).toContain('_trk_analytics')
  expect(run.stdout).toMatch(/HTML report: \/\S+example\.html/)
})

test('exits 2 when it cannot scan: a bad URL, nothing reachable, no Aufum Consent on the page, an old one', async () => {
  test.setTimeout(60_000)
  const [bad, missing, foreign, old] = await Promise.all([
    scan('www.aufum.com'),
    scan(`${FIXTURE}missing.html`),
    scan(`${TRACKER}/frame.html`),
    scan(`${FIXTURE}old-sdk.html`),
  ])
  expect(bad.code).toBe(2)
  expect(bad.stderr).toContain('the URL "www.aufum.com" is not an http(s) address')
  expect(missing.code).toBe(2)
  expect(missing.stderr).toContain(`could not scan: nothing reachable: ${FIXTURE}missing.html (HTTP 404)`)
  expect(foreign.code).toBe(2)
  expect(foreign.stderr).toContain('the Aufum Consent script tag (window.AufumConsent) is on none of the pages scanned')
  expect(old.code).toBe(2)
  expect(old.stderr).toContain(
    `could not scan: on ${FIXTURE}old-sdk.html, window.AufumConsent.config is missing: the script tag is older than this scanner`,
  )
})
