// End-to-end tests: packages/<pkg>/e2e/*.spec.ts, run in Chromium against the fixture servers of
// scripts/e2e-server.mjs (helpers and the hit-attribution convention: scripts/e2e/tracker.ts).
import { existsSync } from 'node:fs'
import { chromium, defineConfig, devices, type ReporterDescription } from '@playwright/test'

const SITE = `http://127.0.0.1:${process.env.E2E_SITE_PORT || 4173}`
const SYSTEM_CHROMIUM = '/usr/bin/chromium'

/** Playwright's own Chromium when `playwright install chromium` ran, otherwise the system one. */
function playwrightChromiumInstalled(): boolean {
  try {
    return existsSync(chromium.executablePath())
  } catch {
    return false
  }
}

const reporter: ReporterDescription[] = [['list']]
if (process.env.PW_JSON) reporter.push(['json', { outputFile: process.env.PW_JSON }])

export default defineConfig({
  testDir: '.',
  testMatch: ['packages/*/e2e/*.spec.ts', 'examples/*/e2e/*.spec.ts'],
  testIgnore: '**/node_modules/**',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  timeout: 15_000,
  reporter,
  use: {
    baseURL: SITE,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(playwrightChromiumInstalled() ? {} : { executablePath: SYSTEM_CHROMIUM }),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-quic',
            '--no-first-run',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `${SITE}/__health`,
    reuseExistingServer: !process.env.CI,
    timeout: 10_000,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 2_000 },
  },
})
