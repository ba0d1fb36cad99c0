// An outside judge for `pnpm bench`: Lighthouse 12.8.2 (mobile preset: a slow 4G network and 4× CPU, simulated) on
// the same pages, each a first visit. Reports per tool the medians of first contentful paint, largest contentful
// paint and total blocking time, and what the render-blocking audit flags (files, and the time it estimates they
// cost). Lighthouse 12.8.2 is the last release that runs on Node 20 and works with this Chromium.
// Usage: node scripts/bench/lighthouse.mjs [runs=5] [--only=<tool>,<tool>]   (pnpm bench:lighthouse builds first and
// writes the table into docs/performance.md; a run of some tools only prints its table and writes nothing)
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumPath } from '../chromium.mjs'

const RUNS = Number(process.argv.slice(2).find((arg) => !arg.startsWith('--')) || 5)
const ONLY = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
const ALL = {
  'no consent tool': 'none',
  // The least a consent tool can do, inline (see run.mjs).
  'the floor': 'floor',
  'vanilla-cookieconsent': 'vanilla-cookieconsent',
  'Aufum Consent': 'aufum',
  'Aufum Consent, classic tag': 'aufum-classic',
  klaro: 'klaro',
  tarteaucitron: 'tarteaucitron',
}
// The page without a tool is what every difference is read against: it always runs.
const PAGES = Object.fromEntries(
  Object.entries(ALL).filter(([name]) => !ONLY || name === 'no consent tool' || ONLY.includes(name)),
)

// The benchmark's own servers: the pages, every file gzip-compressed, and the tracker.
const server = spawn(process.execPath, [new URL('run.mjs', import.meta.url).pathname, '--serve'], { stdio: 'pipe' })
await new Promise((ready) => server.stdout.once('data', ready))
const chrome = await launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking'],
})

const results = Object.fromEntries(Object.keys(PAGES).map((name) => [name, []]))
let version = ''
try {
  for (let run = 0; run < RUNS; run++)
    for (const [name, page] of Object.entries(PAGES)) {
      const url = `http://127.0.0.1:4273/pages/${page}.html?run=lighthouse-${run}-${page}`
      const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' })
      version = lhr.lighthouseVersion
      const audit = (id) => lhr.audits[id]
      const blocking = audit('render-blocking-resources')
      results[name].push({
        fcp: audit('first-contentful-paint').numericValue,
        lcp: audit('largest-contentful-paint').numericValue,
        tbt: audit('total-blocking-time').numericValue,
        blockingMs: blocking.metricSavings?.FCP ?? blocking.numericValue ?? 0,
        blockingFiles: (blocking.details?.items ?? []).map((item) => new URL(item.url).pathname.split('/').pop()),
      })
      process.stdout.write('.')
    }
} finally {
  chrome.kill()
  server.kill()
}
console.log()

const median = (values) => values.sort((a, b) => a - b)[values.length >> 1]
const base = (key) => median(results['no consent tool'].map((r) => r[key]))
const cell = (name, key) => {
  const value = median(results[name].map((r) => r[key]))
  const over =
    name === 'no consent tool' ? '' : ` (${value - base(key) >= 0 ? '+' : ''}${Math.round(value - base(key))})`
  return `${Math.round(value)}${over}`
}
const flagged = (name) => {
  const files = [...new Set(results[name].flatMap((r) => r.blockingFiles))]
  const runs = results[name].filter((r) => r.blockingFiles.length).length
  return files.length
    ? `${files.join(', ')} in ${runs} of ${RUNS} runs, ${Math.round(median(results[name].map((r) => r.blockingMs)))} ms`
    : 'nothing'
}
let table = `Lighthouse ${version} (mobile preset), median of ${RUNS} runs; in brackets, the difference to the page without a consent tool.\n\n`
table +=
  '| tool | first contentful paint, ms | largest contentful paint, ms | total blocking time, ms | render-blocking (estimated saving) |\n'
table += '| --- | ---: | ---: | ---: | --- |\n'
for (const name of Object.keys(PAGES))
  table += `| ${name} | ${cell(name, 'fcp')} | ${cell(name, 'lcp')} | ${cell(name, 'tbt')} | ${flagged(name)} |\n`
console.log(table)
// docs/performance.md keeps the prose; the table goes between its markers.
const doc = new URL('../../docs/performance.md', import.meta.url)
const [before, rest] = readFileSync(doc, 'utf8').split('<!-- lighthouse -->')
if (rest && !ONLY) {
  const after = rest.split('<!-- /lighthouse -->')[1]
  writeFileSync(
    doc,
    `${before}<!-- lighthouse -->\nMeasured ${new Date().toISOString().slice(0, 10)}.\n\n${table}\n<!-- /lighthouse -->${after}`,
  )
}
