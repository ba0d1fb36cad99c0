// End-to-end tests: packages/<pkg>/e2e/*.spec.ts, run in Chromium against the fixture servers of
// scripts/e2e-server.mjs (helpers and the hit-attribution convention: scripts/e2e/tracker.ts).
import { defineConfig, devices, type ReporterDescription } from '@playwright/test'
import { chromiumLaunchOptions } from './scripts/chromium.mjs'

const SITE = `http://127.0.0.1:${process.env.E2E_SITE_PORT || 4173}`
const reporter: ReporterDescription[] = [['list']]
if (process.env.PW_JSON) reporter.push(['json', { outputFile: process.env.PW_JSON }])

export default defineConfig({
  testDir: '.',
  testMatch: ['packages/*/e2e/*.spec.ts', 'examples/*/e2e/*.spec.ts'],
  testIgnore: '**/node_modules/**',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // One per core: a third worker made the suite slower (the tests wait on Chromium, which wants the cores).
  workers: 2,
  retries: 0,
  // A stuck test's limit, not a speed check: axe on a banner and its panel takes 12–14 s on two busy cores.
  timeout: 30_000,
  reporter,
  use: {
    baseURL: SITE,
    // Recording a trace costs every test about a fifth of its CPU time, failing or not. CI runs in a clone that is
    // thrown away, where no one can open one; locally a failing test keeps its trace.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions(),
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
