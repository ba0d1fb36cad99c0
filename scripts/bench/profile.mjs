// Where Aufum Consent's main-thread time goes: CPU profiles (4× throttled) of the benchmark page, a first visit and,
// after "Accept all", a returning one, summed by script and by function. `pnpm bench:profile` builds the script tag
// with its names kept and source maps (AUFUM_PROFILE=1), so that each function is named by its source file and line;
// `pnpm build` restores the shipped files.
// Usage: node scripts/bench/profile.mjs [page=aufum] [runs=5]   (serves the pages itself)
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { SourceMap } from 'node:module'
import { launchChromium } from '../chromium.mjs'

const DIST = new URL('../../packages/embed/dist/', import.meta.url)
const maps = new Map()
/** Where a profiled position of one of the script tag's files comes from: `packages/…/file.ts:line`, if mapped. */
function source(script, line, column) {
  if (!maps.has(script)) {
    const file = new URL(`${script}.map`, DIST)
    maps.set(script, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : null)
  }
  const entry = maps.get(script)?.findEntry(line, column)
  return entry?.originalSource
    ? `${entry.originalSource.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '')}:${entry.originalLine + 1}`
    : undefined
}

const PAGE = process.argv[2] || 'aufum'
const RUNS = Number(process.argv[3] || 5)
const server = spawn(process.execPath, [new URL('run.mjs', import.meta.url).pathname, '--serve'], { stdio: 'pipe' })
await new Promise((resolve) => server.stdout.once('data', resolve))
const browser = await launchChromium()
const visits = { first: [new Map(), new Map()], returning: [new Map(), new Map()] }

/** Adds one page load's profile to the visit's totals, per script and per function (self time, mean of the runs). */
async function profile(page, url, [byScript, byFunction], ready) {
  const client = await page.context().newCDPSession(page)
  await client.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await client.send('Profiler.enable')
  await client.send('Profiler.setSamplingInterval', { interval: 100 })
  await client.send('Profiler.start')
  await page.goto(url)
  await ready()
  await page.waitForTimeout(300)
  const { profile } = await client.send('Profiler.stop')
  const dt = new Map()
  for (const [i, id] of profile.samples.entries()) dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  for (const node of profile.nodes) {
    const ms = (dt.get(node.id) ?? 0) / RUNS
    const { url, functionName, lineNumber, columnNumber } = node.callFrame
    const script = url ? url.replace(/^.*\//, '').replace(/\?.*/, '') : `(${functionName || 'native'})`
    byScript.set(script, (byScript.get(script) ?? 0) + ms)
    const where = url && source(script, lineNumber, columnNumber)
    const fn = where
      ? `${functionName || '(anonymous)'} ${where}`
      : `${script}:${functionName || '(anonymous)'}@${lineNumber + 1}:${columnNumber + 1}`
    // Functions of the page's files only: the rest is the browser's, or Playwright's own (waiting for the banner).
    if (url) byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms)
  }
}

for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext()
  const url = `http://127.0.0.1:4273/pages/${PAGE}.html?run=profile${run}`
  const first = await context.newPage()
  const accept = first.locator('aufum-consent').getByRole('button', { name: 'Accept all' })
  await profile(first, url, visits.first, () => accept.waitFor())
  await accept.click()
  const returning = await context.newPage()
  await profile(returning, url, visits.returning, () => returning.waitForLoadState('load'))
  await context.close()
}
await browser.close()
server.kill()

// The browser's idle time and its own work ((program), garbage collection) are not the page's.
const top = (map, n) =>
  [...map]
    .filter(([name]) => !/^\((idle|program|garbage collector)\)/.test(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`)
    .join('\n')
for (const [visit, [byScript, byFunction]] of Object.entries(visits))
  console.log(
    `${visit} visit of ${PAGE}.html, self time, 4× throttled, mean of ${RUNS}:\n${top(byScript, 10)}\n\nTop functions of the page's files:\n${top(byFunction, 20)}\n`,
  )
