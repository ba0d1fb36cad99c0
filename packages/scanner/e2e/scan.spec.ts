// The built aufum-consent-scan, run as CI runs it, against the fixture servers: a fixture site with planted
// problems (fixtures/scan-site/), the example Aufum site, and addresses it cannot scan.
import { execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { SITE, TRACKER, trackerHits } from '../../../scripts/e2e/tracker'
import type { ScanResult } from '../src/scan'
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

/** Serves a tiny site of the test's own on loopback, for as long as the test needs it. */
async function serve(handler: RequestListener) {
  const server = createServer(handler)
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  const { port } = server.address() as AddressInfo
  return { port, close: () => new Promise((done) => server.close(done)) }
}

/** A scan that writes both reports, read back with everything printed. */
async function scanWithReports(...args: string[]) {
  const id = randomUUID()
  const json = test.info().outputPath(`${id}.json`)
  const html = test.info().outputPath(`${id}.html`)
  const declarations = test.info().outputPath(`${id}-d.json`)
  const run = await scan(...args, '--json', json, '--html', html, '--declarations', declarations)
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8')
    } catch {
      return ''
    }
  }
  const text = read(json)
  return {
    ...run,
    report: (text ? JSON.parse(text) : undefined) as (Report & ScanResult) | undefined,
    json: text,
    html: read(html),
    declarations: read(declarations),
  }
}

interface Report {
  clean: boolean
  leaks: Finding[]
  undeclared: Finding[]
  pages: string[]
  skipped: { url: string; reason: string }[]
  passes: Pass[]
}

// 100 ms of a quiet network before the scan looks, not the default 500 (args.test.ts checks the default): the fixture
// pages set and send everything within a few ms of their last request, and the two whole-site scans visit 25 and 30
// pages.
const QUICK = ['--settle', '100']

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
      ...QUICK,
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
  const run = await scan(`${SITE}/`, ...QUICK, '--json', json, '--html', test.info().outputPath('example.html'))
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

test('closes a page whose script never returns, names it, reports the rest and exits 1', async () => {
  test.setTimeout(60_000)
  const run = await scanWithReports(`${FIXTURE}pixel.html`, `${FIXTURE}hang.html`, '--page-timeout', '3', ...QUICK)
  expect(run.code).toBe(1)
  expect(run.report!.pages).toEqual([`${FIXTURE}pixel.html`])
  expect(run.report!.failed).toEqual([
    { url: `${FIXTURE}hang.html`, pass: 'no-decision', error: 'did not finish within 3 s (--page-timeout)' },
  ])
  expect(run.stdout).toContain(`Not scanned: ${FIXTURE}hang.html (no decision: did not finish within 3 s`)
  expect(run.report!.passes.map((pass) => pass.visits.length)).toEqual([2, 1, 1, 1, 1])
})

test('ends the scan at its time limit, whatever a page’s: exit 2 when no page could be scanned', async () => {
  test.setTimeout(60_000)
  const started = Date.now()
  const run = await scan(`${FIXTURE}hang.html`, '--page-timeout', '60', '--timeout', '5')
  // 5 s, and the time to close the spinning page and exit.
  expect(Date.now() - started).toBeLessThan(20_000)
  expect(run.code).toBe(2)
  expect(run.stderr).toContain(`could not scan: nothing reachable: ${FIXTURE}hang.html (did not finish within`)
})

// A staging site behind HTTP Basic authentication, served by the test: the fixture page, its script tag and
// tracker on the usual servers.
async function staging() {
  const basic = `Basic ${Buffer.from('stage:S3cret').toString('base64')}`
  const server = await serve((req, res) => {
    if (req.headers.authorization !== basic) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="staging"' }).end()
      return
    }
    if (req.url !== '/') return void res.writeHead(404).end()
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(
      readFileSync(new URL('fixtures/scan-site/pixel.html', import.meta.url), 'utf8')
        .replace('src="/aufum-consent.js"', `src="${SITE}/aufum-consent.js"`)
        .replace('{{tracker}}', TRACKER),
    )
  })
  return { ...server, basic, host: `127.0.0.1:${server.port}` }
}

// The site answered (its page was scanned, its tracker found) and no output holds the password.
function expectScannedWithoutPassword(run: Awaited<ReturnType<typeof scanWithReports>>, host: string) {
  expect(run.code).toBe(1)
  expect(run.report!.pages).toEqual([`http://${host}/`])
  expect(run.report!.leaks.map((leak) => `${leak.pass} ${leak.name}`)).toEqual([
    `no-decision ${TRACKER}/p.gif`,
    `reject-all ${TRACKER}/p.gif`,
  ])
  for (const output of [run.stdout, run.stderr, run.json, run.html]) {
    expect(output).not.toContain('S3cret')
    expect(output).not.toContain(Buffer.from('stage:S3cret').toString('base64'))
  }
}

test('never prints or reports the password of a start URL, and still signs in to the site with it', async () => {
  test.setTimeout(60_000)
  const site = await staging()
  try {
    expectScannedWithoutPassword(await scanWithReports(`http://stage:S3cret@${site.host}/`, ...QUICK), site.host)
  } finally {
    await site.close()
  }
})

test('signs in to the site with a --header, and prints and reports it nowhere', async () => {
  test.setTimeout(60_000)
  const site = await staging()
  try {
    const run = await scanWithReports(`http://${site.host}/`, ...QUICK, '--header', `Authorization: ${site.basic}`)
    expectScannedWithoutPassword(run, site.host)
  } finally {
    await site.close()
  }
})

test('answers the site’s consent log itself: no record reaches it, and the report says how many it kept', async () => {
  test.setTimeout(60_000)
  const run = randomUUID()
  const endpoint = `${TRACKER}/consent-log?run=${run}`
  const scanned = await scanWithReports(`${FIXTURE}record.html?endpoint=${encodeURIComponent(endpoint)}`, ...QUICK)
  expect(scanned.code).toBe(0)
  expect(await trackerHits(run)).toEqual([])
  // At least one request each for reject all, accept all, analytics alone and partners alone; the SDK may send its
  // queue again from the next page.
  const { answered } = scanned.report!.record!
  expect(scanned.report!.record).toEqual({ endpoint, answered: expect.any(Number) })
  expect(answered).toBeGreaterThanOrEqual(4)
  expect(scanned.stdout).toContain(
    `Consent log: the scanner answered the ${answered} requests sent to ${endpoint} itself`,
  )
  expect(scanned.html).toContain(`Consent log: the scanner answered the ${answered} requests`)
})

test('survives a page that lies to it: a bad hook call, control characters, a tracker named like the SDK, a </script> name', async () => {
  test.setTimeout(60_000)
  const run = await scanWithReports(`${FIXTURE}hostile.html`, ...QUICK)
  expect(run.stderr).not.toContain('Invalid URL')
  expect(run.code).toBe(1)
  const leaks = run.report!.leaks.filter((leak) => leak.pass === 'no-decision').map((leak) => leak.name)
  expect(leaks).toEqual(['\u001b[2J\u001b[32mNo leaks.\u001b[0m', `${TRACKER}/aufum-consent-pixel.js`])
  const csrf = run.report!.passes[0]!.visits[0]!.items.find((item) => item.name === 'csrf')
  // Only the page's real write counts, made by its own inline script.
  expect(csrf).toMatchObject({ setBy: `${FIXTURE}hostile.html` })
  // biome-ignore lint/suspicious/noControlCharactersInRegex: no escape code may reach the terminal
  expect(run.stdout + run.stderr).not.toMatch(/\u001b/)
  expect(run.stdout).toContain('localStorage \\x1b[2J\\x1b[32mNo leaks.\\x1b[0m: set before any decision')
  expect(run.declarations).not.toContain('</script>')
  expect(run.declarations).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)')
  expect(JSON.parse(run.declarations).categories.partners.cookies).toContainEqual(
    expect.objectContaining({ name: '</script><script>alert(1)</script>' }),
  )
})

test('records where a start URL redirected to, and flags a page that ended on another host', async () => {
  test.setTimeout(60_000)
  const elsewhere = `http://localhost:${new URL(SITE).port}/fixtures/scan-site/leaky.html`
  const redirect = await serve((_req, res) => res.writeHead(302, { Location: elsewhere }).end())
  try {
    const moved = `http://127.0.0.1:${redirect.port}/`
    const run = await scanWithReports(`${FIXTURE}pixel.html`, moved, ...QUICK)
    const visit = run.report!.passes[0]!.visits.find((v) => v.page === moved)!
    expect(visit).toMatchObject({ finalUrl: elsewhere, otherHost: true })
    expect(visit.items.find((item) => item.name === '_trk_stats')).toMatchObject({ firstParty: false })
    expect(run.report!.elsewhere).toEqual([{ url: moved, finalUrl: elsewhere }])
    expect(run.stdout).toContain(`Warning: ${moved} ended on ${elsewhere}, another host`)
    expect(run.html).toContain(`ended on another host: ${elsewhere}`)
  } finally {
    await redirect.close()
  }
})

test('lays the HTML report out at 1280 px without breaking a word in a header or in plain text', async ({ page }) => {
  const { htmlReport } = await import('../src/report/html.js')
  const long = `${TRACKER}/collect/v2/${'segment/'.repeat(8)}pixel.gif`
  const report: ScanResult = {
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 1,
    startUrls: [`${SITE}/`],
    pages: [`${SITE}/`],
    failed: [],
    elsewhere: [],
    skipped: [],
    withoutSdk: [],
    declarations: { categories: { analytics: { required: false, cookies: [] } }, own: [], problems: [] },
    passes: [
      {
        name: 'no-decision',
        granted: [],
        visits: [
          {
            page: `${SITE}/${'a-rather-long-page-name/'.repeat(3)}`,
            status: 200,
            sdk: true,
            items: [
              {
                kind: 'localStorage',
                name: `_tracker_session_identifier_${'x'.repeat(40)}`,
                domain: 'partner-analytics-collector.example',
                firstParty: false,
                setBy: long,
              },
            ],
            requests: [{ url: long, resourceType: 'image', initiator: long }],
            iframes: [],
          },
        ],
      },
    ],
    leaks: [],
    undeclared: [],
    suggested: { categories: {} },
  }
  const { classify } = await import('../src/classify.js')
  Object.assign(
    report,
    classify(report.passes, { declarations: report.declarations, origins: [SITE], allowed: [], sdk: [] }),
  )
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.setContent(htmlReport(report))
  await page.screenshot({ path: test.info().outputPath('report-1280.png'), fullPage: true })
  // Every word of a header, and of plain text in a cell (not a name or a URL), stays on one line.
  const broken = await page.evaluate(() => {
    const out: string[] = []
    for (const cell of document.querySelectorAll('th, td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement!.closest('code, a')) continue
        const text = node.textContent!
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange()
          range.setStart(node, match.index)
          range.setEnd(node, match.index + match[0].length)
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)))
          if (lines.size > 1) out.push(match[0])
        }
      }
    }
    return out
  })
  expect(broken).toEqual([])
})
