// pnpm scan:example: scans the example Aufum site as a site's CI job would, and says where the reports are.
// The site is served by the end-to-end fixture server (scripts/e2e-server.mjs, on $E2E_SITE_PORT and
// $E2E_TRACKER_PORT), started here unless one already answers (pnpm demo). Exits with the scanner's code.
import { spawn } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'

const ROOT = resolve(import.meta.dirname, '../../..')
const SITE = `http://127.0.0.1:${process.env.E2E_SITE_PORT || 4173}`
const REPORTS = join(tmpdir(), 'aufum-consent-scan')

const up = () =>
  fetch(`${SITE}/__health`).then(
    (response) => response.ok,
    () => false,
  )

/** @param {string[]} args @param {import('node:child_process').StdioOptions} stdio */
const node = (args, stdio) => spawn(process.execPath, args, { cwd: ROOT, stdio })

const server = (await up()) ? undefined : node(['scripts/e2e-server.mjs'], 'ignore')
let code = 2
try {
  for (let i = 0; i < 100 && !(await up()); i++) await delay(100)
  const scan = node(
    [
      'packages/scanner/dist/cli.js',
      `${SITE}/`,
      '--html',
      join(REPORTS, 'example.html'),
      '--json',
      join(REPORTS, 'example.json'),
      '--declarations',
      join(REPORTS, 'example-declarations.json'),
    ],
    'inherit',
  )
  code = await new Promise((done) => scan.on('exit', (exit) => done(exit ?? 2)))
} finally {
  server?.kill('SIGTERM')
}
process.exitCode = code
