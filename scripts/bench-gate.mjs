// Benchmark: the gate's start-up cost in Chromium on a page of 5,000 elements with 50 gated ones
// (25 inline scripts, 25 pixels). Prints the median, min and max over repeated runs of:
//   - first scan: createConsent() on the parsed page of a first-time visitor (reads storage, scans, activates nothing)
//   - activation: acceptAll() until all 50 gated elements have run
// Each run is a fresh browser context; the page and the core are served from memory, nothing leaves the machine.
// Run: pnpm build && node scripts/bench-gate.mjs [runs=31]
import { readFileSync } from 'node:fs'
import { launchChromium } from './chromium.mjs'

const RUNS = Number(process.argv[2] || 31)
const ORIGIN = 'http://bench.aufum.test'
const core = readFileSync(new URL('../packages/core/dist/aufum-consent-core.js', import.meta.url), 'utf8')
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'

const rows = []
for (let i = 0; i < 4950; i++) rows.push(`<p class="row">Lesson ${i}</p>`)
for (let i = 0; i < 50; i++)
  rows.splice(
    i * 99,
    0,
    i % 2
      ? `<script type="text/plain" data-consent="analytics">window.__ran = (window.__ran || 0) + 1</script>`
      : `<img data-consent="analytics" data-src="${PIXEL}" alt="">`,
  )
const html = `<!doctype html><html><head><script src="/core.js"></script></head><body>${rows.join('\n')}</body></html>`

const browser = await launchChromium()

const queries = []
const scans = []
const activations = []
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext()
  await context.route(`${ORIGIN}/**`, (route) =>
    route.fulfill(
      route.request().url().endsWith('/core.js')
        ? { contentType: 'text/javascript', body: core }
        : { contentType: 'text/html', body: html },
    ),
  )
  const page = await context.newPage()
  await page.goto(`${ORIGIN}/`)
  const { scan, activation, elements, query } = await page.evaluate(async () => {
    const q0 = performance.now()
    document.querySelectorAll(
      'script[type="text/plain"][data-consent],[data-consent][data-src],[data-consent][data-srcset]',
    )
    const query = performance.now() - q0
    const t0 = performance.now()
    const consent = window.AufumConsentCore.createConsent()
    const t1 = performance.now()
    consent.acceptAll()
    while ((window.__ran || 0) < 25) await new Promise((resolve) => queueMicrotask(resolve))
    const t2 = performance.now()
    const pixels = document.querySelectorAll('img[src]').length
    if (pixels !== 25) throw new Error(`${pixels} pixels activated`)
    return { scan: t1 - t0, activation: t2 - t1, elements: document.getElementsByTagName('*').length, query }
  })
  if (run === 0) console.log(`page: ${elements} elements, 50 gated; ${RUNS} runs, fresh context each`)
  queries.push(query)
  scans.push(scan)
  activations.push(activation)
  await context.close()
}
await browser.close()

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const f = (v) => v.toFixed(2)
  return `median ${f(sorted[sorted.length >> 1])} ms (min ${f(sorted[0])}, max ${f(sorted.at(-1))})`
}
console.log(`the selector query alone:               ${stats(queries)}`)
console.log(`first scan (createConsent, first visit): ${stats(scans)}`)
console.log(`activation (acceptAll until all 50 ran):  ${stats(activations)}`)
