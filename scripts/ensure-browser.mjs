// Makes sure the end-to-end tests have a Chromium to run: Playwright's own, or the system's /usr/bin/chromium
// (the one playwright.config.ts falls back to). Tries, in order: `npx playwright install chromium`, then — as
// root with apt-get — `apt-get install chromium`. Exits 1 with what to install when none of that works.
import { spawnSync } from 'node:child_process'
import { hasChromium, SYSTEM_CHROMIUM } from './chromium.mjs'

/** @param {string} command @param {string[]} args */
function run(command, args) {
  console.error(`ensure-browser: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit' })
  return result.status === 0
}

if (hasChromium()) process.exit(0)

console.error('ensure-browser: no Chromium found (neither Playwright’s own nor /usr/bin/chromium), installing one…')
if (run('npx', ['playwright', 'install', 'chromium']) && hasChromium()) process.exit(0)

const isRoot = process.getuid?.() === 0
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
if (isRoot && hasApt && run('sh', ['-c', 'apt-get update && apt-get install -y chromium']) && hasChromium()) {
  process.exit(0)
}

console.error(`ensure-browser: could not install a Chromium for the end-to-end tests. Install one of:
  - Playwright's Chromium:  npx playwright install chromium   (needs access to Playwright's download CDN)
  - the system Chromium at ${SYSTEM_CHROMIUM}:  sudo apt-get install chromium   (Debian/Ubuntu)
then run pnpm test:e2e again.`)
process.exit(1)
