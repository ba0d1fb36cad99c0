// Aufum Consent against vanilla-cookieconsent, klaro, tarteaucitron and the floor (the least a consent tool can do,
// inline), in Chromium (pnpm bench).
// Equivalent pages (pages/*.html): necessary + three optional categories, English, the banner on a first visit, one
// analytics script and one pixel gated with each tool's own markup; every file served gzip-compressed from localhost,
// the tracker on a second port. Each run is a fresh browser context: a first visit (measured), "Accept all", then a
// returning visit (measured). Runs are interleaved tool by tool, without and with 4x CPU throttling.
// Usage: node scripts/bench/run.mjs [runs=15] [--only=<tool>,<tool>]   (pnpm bench builds first and writes
// docs/performance.md; a run of some tools only, for a quick look, prints its tables and writes nothing)
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { cpus, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { launchChromium } from '../chromium.mjs'
import { fileIn, serveStatic } from '../static-server.mjs'

const RUNS = Number(process.argv.slice(2).find((arg) => !arg.startsWith('--')) || 15)
const ONLY = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
const ROOT = resolve(import.meta.dirname, '../..')
const SITE = 'http://127.0.0.1:4273'
const TRACKER = 'http://127.0.0.1:4274'

const TOOLS = {
  // The same page without any consent tool: what the tools' costs are measured against.
  'no consent tool': {
    page: 'none',
    banner: () => null,
  },
  // The least a consent tool can do, inline (pages/floor.html): read one cookie, activate the granted elements, give
  // the page an API; a two-button banner on a first visit. What a tool's cost is read against, beside vcc's.
  'the floor': {
    page: 'floor',
    banner: () => document.querySelector('#floor-banner'),
    accept: '#floor-banner >> role=button[name="Accept all"]',
  },
  'vanilla-cookieconsent': {
    banner: () => document.querySelector('#cc-main .cm'),
    accept: '#cc-main .cm [data-role="all"]',
  },
  // The fastest documented form: the script tag async.
  'Aufum Consent': {
    page: 'aufum',
    banner: () => document.querySelector('aufum-consent')?.shadowRoot?.querySelector('[role="region"]'),
    accept: 'aufum-consent >> role=button[name="Accept all"]',
  },
  // The classic form, a plain script tag first in <head>, which existing pages use.
  'Aufum Consent, classic tag': {
    page: 'aufum-classic',
    banner: () => document.querySelector('aufum-consent')?.shadowRoot?.querySelector('[role="region"]'),
    accept: 'aufum-consent >> role=button[name="Accept all"]',
  },
  klaro: {
    banner: () => document.querySelector('.klaro .cookie-notice'),
    accept: '.klaro .cookie-notice .cm-btn-success',
  },
  tarteaucitron: {
    banner: () => document.querySelector('#tarteaucitronAlertBig'),
    accept: '#tarteaucitronPersonalize2',
  },
}

// ---------------------------------------------------------------- servers
const hits = new Map()
const FOLDERS = {
  '/aufum/': join(ROOT, 'packages/embed/dist'),
  '/vendor/': join(ROOT, 'scripts/bench/node_modules'),
  '/pages/': join(ROOT, 'scripts/bench/pages'),
}
// Every file gzip-compressed, as a production server sends it.
const site = await serveStatic({
  port: 4273,
  gzip: true,
  file: ({ pathname }) => {
    const prefix = Object.keys(FOLDERS).find((p) => pathname.startsWith(p))
    return prefix ? fileIn(FOLDERS[prefix], decodeURIComponent(pathname.slice(prefix.length))) : null
  },
  html: (html, url) => html.replaceAll('{{tracker}}', TRACKER).replaceAll('{{run}}', url.searchParams.get('run')),
})
const tracker = createServer((req, res) => {
  const run = new URL(req.url, TRACKER).searchParams.get('run')
  hits.set(run, (hits.get(run) ?? 0) + 1)
  if (req.url.startsWith('/t.js'))
    return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end('window.__analyticsAt = performance.now()')
  res.writeHead(204).end()
})
await new Promise((ok) => tracker.listen(4274, '127.0.0.1', ok))
if (process.argv.includes('--serve')) {
  console.log(
    `serving the benchmark pages: ${Object.values(TOOLS)
      .map((t, i) => `${SITE}/pages/${t.page ?? Object.keys(TOOLS)[i]}.html`)
      .join('  ')}`,
  )
  await new Promise(() => {})
}

// ---------------------------------------------------------------- one measured visit
/**
 * Watches a page from navigation start, in an init script: its first contentful paint, layout shifts, long tasks,
 * and the first frame in which the tool's banner is visible (checked every frame for 3 s).
 */
const observe = (bannerCheck) =>
  `(${(check) => {
    window.__cls = 0
    window.__longTasks = 0
    window.__fcp = null
    window.__bannerAt = null
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__fcp = e.startTime
    }).observe({ type: 'paint', buffered: true })
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value
    }).observe({ type: 'layout-shift', buffered: true })
    new PerformanceObserver((list) => {
      window.__longTasks += list.getEntries().length
    }).observe({ type: 'longtask', buffered: true })
    const tick = () => {
      const el = check()
      const box = el?.getBoundingClientRect()
      if (box?.height > 0 && getComputedStyle(el).visibility !== 'hidden' && getComputedStyle(el).opacity !== '0')
        window.__bannerAt = performance.now()
      else if (performance.now() < 3000) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  }})(${bannerCheck})`

/**
 * The main-thread milliseconds of the page's own scripts — the consent tool's files and the page's inline scripts,
 * and everything they call — from a CPU profile; the benchmark's own instrumentation is left out.
 */
function ownScriptMs(profile) {
  const parent = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const own = new Map()
  const isOwn = (id) => {
    if (id === undefined) return false
    if (!own.has(id)) own.set(id, byId.get(id).callFrame.url.startsWith(SITE) || isOwn(parent.get(id)))
    return own.get(id)
  }
  return profile.samples.reduce((ms, id, i) => ms + (isOwn(id) ? (profile.timeDeltas[i] ?? 0) / 1000 : 0), 0)
}

async function visit(page, client, url) {
  const bytes = { value: 0 }
  const onResponse = async (response) => {
    const type = response.request().resourceType()
    if (response.url().startsWith(SITE) && (type === 'script' || type === 'stylesheet'))
      bytes.value += (await response.request().sizes()).responseBodySize
  }
  page.on('response', onResponse)
  await client.send('Profiler.enable')
  await client.send('Profiler.setSamplingInterval', { interval: 100 })
  await client.send('Profiler.start')
  await page.goto(url)
  await page.waitForLoadState('load')
  await page.waitForTimeout(500)
  const { profile } = await client.send('Profiler.stop')
  const state = await page.evaluate(() => ({
    cls: window.__cls,
    longTasks: window.__longTasks,
    fcp: window.__fcp,
    bannerAt: window.__bannerAt,
    analyticsAt: window.__analyticsAt ?? null,
    // What held up the first paint: the render-blocking files the browser reports, and the inline scripts in <head>.
    blocking:
      performance
        .getEntriesByType('resource')
        .filter((e) => e.renderBlockingStatus === 'blocking')
        .reduce((sum, e) => sum + e.encodedBodySize, 0) +
      [...document.head.querySelectorAll('script:not([src]):not([type]), script:not([src])[type="text/javascript"]')]
        .map((script) => script.text.length)
        .reduce((sum, n) => sum + n, 0),
  }))
  page.off('response', onResponse)
  return { bytes: bytes.value, scripting: ownScriptMs(profile), ...state }
}

async function measure(browser, name, tool, throttle, run) {
  const context = await browser.newContext()
  await context.addInitScript(observe(tool.banner.toString()))
  const page = await context.newPage()
  const client = await context.newCDPSession(page)
  if (throttle > 1) await client.send('Emulation.setCPUThrottlingRate', { rate: throttle })
  const id = `${run}-${throttle}-${name.replace(/\W/g, '')}`
  const url = `${SITE}/pages/${tool.page ?? name}.html?run=${id}`
  const first = await visit(page, client, url)
  const leaked = hits.get(id) ?? 0
  if (tool.accept) {
    await page.locator(tool.accept).first().click()
    await page.waitForTimeout(300)
  }
  // A new page in the same context: a returning visitor, its consent stored.
  const again = await context.newPage()
  const client2 = await context.newCDPSession(again)
  if (throttle > 1) await client2.send('Emulation.setCPUThrottlingRate', { rate: throttle })
  const returning = await visit(again, client2, url)
  await context.close()
  return { first, returning, leaked }
}

// ---------------------------------------------------------------- runs
const browser = await launchChromium()
const results = { 1: {}, 4: {} }
for (const throttle of [1, 4])
  for (let run = 0; run < RUNS; run++)
    for (const [name, tool] of Object.entries(TOOLS)) {
      if (ONLY && !ONLY.includes(name)) continue
      results[throttle][name] ??= []
      results[throttle][name].push(await measure(browser, name, tool, throttle, run))
      process.stdout.write('.')
    }
const chromiumVersion = browser.version()
await browser.close()
site.close()
tracker.close()
console.log()

// ---------------------------------------------------------------- table
// Each figure: its label, how to read it from a run, our goal: a ratio to vanilla-cookieconsent ('vcc'), to the page
// without a consent tool ('none'), or at most a number of its own ('max'), and its name in the summary (if it has one).
const FIGURES = [
  ['JS + CSS bytes, first visit', (r) => r.first.bytes, { vcc: 0.6 }, 'bytes, first visit'],
  ['JS + CSS bytes, returning visit', (r) => r.returning.bytes, { vcc: 0.3 }, 'bytes, returning visit'],
  [
    'render-blocking bytes (head scripts and styles, inline scripts as written)',
    (r) => r.first.blocking,
    { max: 1000 },
  ],
  [
    'first contentful paint of the page, first visit, ms',
    (r) => r.first.fcp,
    { none: 1.2 },
    'first visit, first paint ms',
  ],
  [
    'first contentful paint of the page, returning visit, ms',
    (r) => r.returning.fcp,
    { none: 1.2 },
    'returning visit, first paint ms',
  ],
  ['ms to banner visible', (r) => r.first.bannerAt, { vcc: 0.7 }, 'time to banner, ms'],
  [
    "main-thread ms of the page's own scripts, first visit",
    (r) => r.first.scripting,
    { vcc: 0.5 },
    'first visit, own main-thread ms',
  ],
  [
    "main-thread ms of the page's own scripts, returning visit",
    (r) => r.returning.scripting,
    { vcc: 0.5 },
    'returning visit, own main-thread ms',
  ],
  ['long tasks, first visit', (r) => r.first.longTasks, { none: 1 }, 'first visit, long tasks'],
  ['long tasks, returning visit', (r) => r.returning.longTasks, { none: 1 }, 'returning visit, long tasks'],
  ['CLS, first visit', (r) => r.first.cls, { max: 0 }],
  [
    'ms until gated analytics ran, returning visit',
    (r) => r.returning.analyticsAt,
    { vcc: 1 },
    'returning visit, gated analytics started at, ms',
  ],
  ['tracker hits before any click', (r) => r.leaked, { max: 0 }],
]
const AUFUM = 'Aufum Consent'
const VCC = 'vanilla-cookieconsent'
const FLOOR = 'the floor'
const stats = (values) => {
  const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b)
  return sorted.length ? { median: sorted[sorted.length >> 1], min: sorted[0], max: sorted.at(-1) } : null
}
const fmt = (v) => (v === null || v === undefined ? 'n/a' : Number.isInteger(v) ? String(v) : v.toFixed(v < 1 ? 3 : 1))
/** `a / b` as `1.08×`, or null where either is missing or `b` is 0 (a ratio to nothing says nothing). */
const ratio = (a, b) => (a === undefined || a === null || !b ? null : `${(a / b).toFixed(2)}×`)
/** Whether our median meets the goal, in words. */
function verdict(goal, ours, medianOf) {
  if (ours === undefined) return ''
  if ('max' in goal) return `≤ ${goal.max}: ${ours <= goal.max ? 'met' : 'missed'}`
  const [against, ratio] = 'vcc' in goal ? [VCC, goal.vcc] : ['no consent tool', goal.none]
  const base = medianOf(against)
  if (base === undefined) return ''
  // Against a page that has none (0 long tasks), "≤ 1×" means "no more than it has".
  const met = base === 0 ? ours <= 0 : ours / base <= ratio
  return `≤ ${ratio}× ${against === VCC ? 'vcc' : 'no tool'}: ${met ? 'met' : 'missed'}`
}
/** The median of one figure for one tool at one throttling, or undefined where the tool did not run. */
const medianAt = (throttle, name, pick) => stats((results[throttle][name] ?? []).map(pick))?.median
/** Aufum Consent's median against vcc's and the floor's, as `1.08× / 3.40×` (n/a where one is 0 or missing). */
const against = (ours, vcc, floor) => `${ratio(ours, vcc) ?? 'n/a'} / ${ratio(ours, floor) ?? 'n/a'}`
let markdown = ''
for (const throttle of [1, 4]) {
  const names = Object.keys(results[throttle])
  const both = names.includes(AUFUM) && names.includes(FLOOR)
  markdown += `\n### ${throttle === 1 ? 'No CPU throttling' : '4× CPU throttling'}\n\nMedian (min–max) of ${RUNS} runs; in brackets, the ratio to vanilla-cookieconsent.${both ? ' The last column but one reads Aufum Consent against vanilla-cookieconsent and against the floor.' : ''}\n\n`
  const extra = both ? ['Aufum ÷ vcc / ÷ floor'] : []
  markdown += `| figure | ${[...names, ...extra].join(' | ')} | our goal |\n| --- | ${[...names, ...extra].map(() => '---:').join(' | ')} | --- |\n`
  for (const [label, pick, goal] of FIGURES) {
    const medianOf = (name) => medianAt(throttle, name, pick)
    const base = medianOf(VCC)
    const cells = names.map((name) => {
      const s = stats(results[throttle][name].map(pick))
      if (!s) return 'n/a'
      const r = ratio(s.median, base)
      return `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})${r ? ` (${r})` : ''}`
    })
    if (both) cells.push(against(medianOf(AUFUM), base, medianOf(FLOOR)))
    markdown += `| ${label} | ${cells.join(' | ')} | ${verdict(goal, medianOf(AUFUM), medianOf)} |\n`
  }
}
// The summary in issue 26's form: Aufum Consent against vcc at 1× and 4×, the floor against vcc, and Aufum
// Consent against the floor. Where a ratio has nothing to divide by (0 long tasks, the floor's 0 bytes), the medians.
if ([AUFUM, VCC, FLOOR].every((name) => results[1][name] && results[4][name])) {
  markdown += `\n### Against vanilla-cookieconsent and the floor\n\nMedians of ${RUNS} runs, Aufum Consent vs vanilla-cookieconsent (ratio); the floor vs vanilla-cookieconsent; Aufum Consent ÷ the floor.\n\n`
  markdown += '| figure | 1× CPU | 4× CPU | the floor ÷ vcc, 1× / 4× | Aufum ÷ the floor, 1× / 4× |\n'
  markdown += '| --- | ---: | ---: | ---: | ---: |\n'
  for (const [, pick, , short] of FIGURES.filter((figure) => figure[3])) {
    const [ours, vcc, floor] = [AUFUM, VCC, FLOOR].map((name) => [1, 4].map((t) => medianAt(t, name, pick)))
    const vs = (t) => `${fmt(ours[t])} vs ${fmt(vcc[t])}${ratio(ours[t], vcc[t]) ? ` (${ratio(ours[t], vcc[t])})` : ''}`
    const pair = (a, b) => [0, 1].map((t) => ratio(a[t], b[t]) ?? `${fmt(a[t])} vs ${fmt(b[t])}`).join(' / ')
    markdown += `| ${short} | ${vs(0)} | ${vs(1)} | ${pair(floor, vcc)} | ${pair(ours, floor)} |\n`
  }
}
console.log(markdown)
if (ONLY) process.exit(0)
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Chromium ${chromiumVersion}`
// docs/performance.md keeps the prose; the measured tables go between its markers.
const doc = join(ROOT, 'docs/performance.md')
const [before, rest] = readFileSync(doc, 'utf8').split('<!-- results -->')
const after = rest.split('<!-- /results -->')[1]
writeFileSync(
  doc,
  `${before}<!-- results -->\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine}.\n${markdown}\n<!-- /results -->${after}`,
)
