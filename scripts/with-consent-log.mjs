// Runs a command beside the consent log (packages/consent-log as built), and stops the log when the command ends:
// `pnpm demo` runs the fixture servers this way, so that the example site's decisions are recorded.
//
//   node scripts/with-consent-log.mjs <command…>
//
// The log listens on 127.0.0.1:$CONSENT_LOG_PORT (8787), stores into aufum-demo-consent-log.db in the OS's temporary
// folder, and accepts records from the demo site's origin (http://127.0.0.1:$E2E_SITE_PORT, 4173). The command gets
// AUFUM_DEMO_RECORD_ENDPOINT, which scripts/e2e-server.mjs puts into the example site's configuration.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const CLI = join(import.meta.dirname, '..', 'packages', 'consent-log', 'dist', 'cli.js')
const port = process.env.CONSENT_LOG_PORT || '8787'
const site = `http://127.0.0.1:${process.env.E2E_SITE_PORT || 4173}`
const token = randomBytes(32).toString('hex')

const log = spawn(
  process.execPath,
  [CLI, 'serve', '--port', port, '--db', `sqlite:${join(tmpdir(), 'aufum-demo-consent-log.db')}`, '--origins', site],
  { stdio: 'inherit', env: { ...process.env, AUFUM_CONSENT_LOG_TOKEN: token } },
)
log.on('exit', (code) => {
  if (code) console.error('The consent log stopped: decisions stay queued in the browser until it is back.')
})
console.log(
  `Each decision is recorded. Read a consent id's records (the id is in the cookie settings panel):\n` +
    `  curl -H 'Authorization: Bearer ${token}' http://127.0.0.1:${port}/consent/<consent id>`,
)

const [command, ...args] = process.argv.slice(2)
const child = spawn(command, args, {
  stdio: 'inherit',
  env: { ...process.env, AUFUM_DEMO_RECORD_ENDPOINT: `http://127.0.0.1:${port}/consent` },
})
child.on('exit', (code) => {
  log.kill()
  process.exitCode = code ?? 1
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
