// Where Aufum Consent's first visit spends main-thread time: a CPU profile (4× throttled) of the benchmark page,
// summed by script and by function. Run after `pnpm build`: node scripts/bench/profile.mjs (serves the pages itself).
import { spawn } from 'node:child_process'
import { launchChromium } from '../chromium.mjs'

const server = spawn(process.execPath, [new URL('run.mjs', import.meta.url).pathname, '--serve'], { stdio: 'pipe' })
await new Promise((resolve) => server.stdout.once('data', resolve))
const browser = await launchChromium()
const byScript = new Map()
const byFunction = new Map()
for (let run = 0; run < 5; run++) {
  const page = await browser.newPage()
  const client = await page.context().newCDPSession(page)
  await client.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await client.send('Profiler.enable')
  await client.send('Profiler.setSamplingInterval', { interval: 100 })
  await client.send('Profiler.start')
  await page.goto(`http://127.0.0.1:4273/pages/aufum.html?run=profile${run}`)
  await page.locator('aufum-consent').getByRole('button', { name: 'Accept all' }).waitFor()
  await page.waitForTimeout(300)
  const { profile } = await client.send('Profiler.stop')
  const dt = new Map()
  for (const [i, id] of profile.samples.entries()) dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  for (const node of profile.nodes) {
    const ms = dt.get(node.id) ?? 0
    const { url, functionName, lineNumber } = node.callFrame
    const script = url ? url.replace(/^.*\//, '').replace(/\?.*/, '') : `(${functionName || 'native'})`
    byScript.set(script, (byScript.get(script) ?? 0) + ms / 5)
    const fn = `${script}:${functionName || '(anonymous)'}@${lineNumber}`
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms / 5)
  }
  await page.close()
}
await browser.close()
server.kill()
const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`)
    .join('\n')
console.log(
  `Self time per first visit, 4× throttled, mean of 5:\n${top(byScript, 12)}\n\nTop functions:\n${top(byFunction, 15)}`,
)
