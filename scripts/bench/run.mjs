// Aufum Consent against vanilla-cookieconsent, klaro and tarteaucitron, in Chromium (pnpm bench).
// Equivalent pages (pages/*.html): necessary + three optional categories, English, the banner on a first visit, one
// analytics script and one pixel gated with each tool's own markup; every file served gzip-compressed from localhost,
// the tracker on a second port. Each run is a fresh browser context: a first visit (measured), "Accept all", then a
// returning visit (measured). Runs are interleaved tool by tool, without and with 4x CPU throttling.
// Usage: node scripts/bench/run.mjs [runs=15]   (pnpm bench builds first and writes docs/performance.md)
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { cpus, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { launchChromium } from '../chromium.mjs'
import { fileIn, serveStatic } from '../static-server.mjs'

const RUNS = Number(process.argv[2] || 15)
const ROOT = resolve(import.meta.dirname, '../..')
const SITE = 'http://127.0.0.1:4273'
const TRACKER = 'http://127.0.0.1:4274'

const TOOLS = {
  'vanilla-cookieconsent': {
    banner: () => document.querySelector('#cc-main .cm'),
    accept: '#cc-main .cm [data-role="all"]',
  },
  'Aufum Consent': {
    page: 'aufum',
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
const OBSERVE = `(${() => {
  window.__cls = 0
  window.__longTasks = 0
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value
  }).observe({ type: 'layout-shift', buffered: true })
  new PerformanceObserver((list) => {
    window.__longTasks += list.getEntries().length
  }).observe({ type: 'longtask', buffered: true })
}})()`

async function visit(page, client, url, bannerCheck) {
  const bytes = { value: 0 }
  const onResponse = async (response) => {
    const type = response.request().resourceType()
    if (response.url().startsWith(SITE) && (type === 'script' || type === 'stylesheet'))
      bytes.value += (await response.request().sizes()).responseBodySize
  }
  page.on('response', onResponse)
  await page.goto(url)
  await page.waitForLoadState('load')
  // The banner's first visible frame, or nothing within 3 s.
  const bannerAt = await page.evaluate(
    `new Promise((resolve) => { const check = ${bannerCheck}; const start = performance.now();
      const tick = () => { const el = check(); const box = el && el.getBoundingClientRect();
        if (box && box.height > 0 && getComputedStyle(el).visibility !== 'hidden' && getComputedStyle(el).opacity !== '0') resolve(performance.now());
        else if (performance.now() - start > 3000) resolve(null); else requestAnimationFrame(tick) }; tick() })`,
  )
  await page.waitForTimeout(500)
  const { metrics } = await client.send('Performance.getMetrics')
  const scripting = metrics.find((m) => m.name === 'ScriptDuration').value * 1000
  const state = await page.evaluate(() => ({
    cls: window.__cls,
    longTasks: window.__longTasks,
    analyticsAt: window.__analyticsAt ?? null,
  }))
  page.off('response', onResponse)
  return { bytes: bytes.value, bannerAt, scripting, ...state }
}

async function measure(browser, name, tool, throttle, run) {
  const context = await browser.newContext()
  await context.addInitScript(OBSERVE)
  const page = await context.newPage()
  const client = await context.newCDPSession(page)
  await client.send('Performance.enable')
  if (throttle > 1) await client.send('Emulation.setCPUThrottlingRate', { rate: throttle })
  const id = `${run}-${throttle}-${name.replace(/\W/g, '')}`
  const url = `${SITE}/pages/${tool.page ?? name}.html?run=${id}`
  const first = await visit(page, client, url, tool.banner.toString())
  const leaked = hits.get(id) ?? 0
  await page.locator(tool.accept).first().click()
  await page.waitForTimeout(300)
  // A new page in the same context: a returning visitor, its consent stored.
  const again = await context.newPage()
  const client2 = await context.newCDPSession(again)
  await client2.send('Performance.enable')
  if (throttle > 1) await client2.send('Emulation.setCPUThrottlingRate', { rate: throttle })
  const returning = await visit(again, client2, url, '() => null')
  await context.close()
  return { first, returning, leaked }
}

// ---------------------------------------------------------------- runs
const browser = await launchChromium()
const results = { 1: {}, 4: {} }
for (const throttle of [1, 4])
  for (let run = 0; run < RUNS; run++)
    for (const [name, tool] of Object.entries(TOOLS)) {
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
const FIGURES = [
  ['JS + CSS bytes, first visit', (r) => r.first.bytes, 0.8],
  ['JS + CSS bytes, returning visit', (r) => r.returning.bytes, 0.3],
  ['ms to banner visible', (r) => r.first.bannerAt, 0.5],
  ['main-thread scripting ms, first visit', (r) => r.first.scripting, 0.5],
  ['long tasks, first visit', (r) => r.first.longTasks],
  ['CLS, first visit', (r) => r.first.cls],
  ['ms until gated analytics ran, returning visit', (r) => r.returning.analyticsAt],
  ['tracker hits before any click', (r) => r.leaked],
]
const stats = (values) => {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b)
  return sorted.length ? { median: sorted[sorted.length >> 1], min: sorted[0], max: sorted.at(-1) } : null
}
const fmt = (v) => (v === null || v === undefined ? 'n/a' : Number.isInteger(v) ? String(v) : v.toFixed(v < 1 ? 3 : 1))
let markdown = ''
for (const throttle of [1, 4]) {
  const names = Object.keys(TOOLS)
  markdown += `\n### ${throttle === 1 ? 'No CPU throttling' : '4× CPU throttling'}\n\nMedian (min–max) of ${RUNS} runs; in brackets, the ratio to vanilla-cookieconsent.\n\n`
  markdown += `| figure | ${names.join(' | ')} | our goal |\n| --- | ${names.map(() => '---:').join(' | ')} | --- |\n`
  for (const [label, pick, goal] of FIGURES) {
    const base = stats(results[throttle]['vanilla-cookieconsent'].map(pick))?.median
    const cells = names.map((name) => {
      const s = stats(results[throttle][name].map(pick))
      if (!s) return 'n/a'
      const ratio = base ? ` (${(s.median / base).toFixed(2)}×)` : ''
      return `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})${ratio}`
    })
    const ours = stats(results[throttle]['Aufum Consent'].map(pick))?.median
    const verdict =
      goal !== undefined && base
        ? `≤ ${goal}×: ${ours / base <= goal ? 'met' : 'missed'}`
        : label.startsWith('CLS')
          ? `0: ${ours === 0 ? 'met' : 'missed'}`
          : label.startsWith('long')
            ? `0: ${ours === 0 ? 'met' : 'missed'}`
            : label.startsWith('tracker')
              ? '0 for every tool'
              : ''
    markdown += `| ${label} | ${cells.join(' | ')} | ${verdict} |\n`
  }
}
console.log(markdown)
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Chromium ${chromiumVersion}`
// docs/performance.md keeps the prose; the measured tables go between its markers.
const doc = join(ROOT, 'docs/performance.md')
const [before, rest] = readFileSync(doc, 'utf8').split('<!-- results -->')
const after = rest.split('<!-- /results -->')[1]
writeFileSync(
  doc,
  `${before}<!-- results -->\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine}.\n${markdown}\n<!-- /results -->${after}`,
)
