// Which Chromium the scanner drives, and how: the one place that decides it.
import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

/** The environment variable that names a Chromium, as `--browser` does. */
export const BROWSER_ENV = 'AUFUM_SCAN_BROWSER'

const SYSTEM_CHROMIUM = '/usr/bin/chromium'

/**
 * Finds a Chromium: the one given, else Playwright's own where `playwright install chromium` ran, else the
 * system's.
 *
 * @param given A path from `--browser` or the environment.
 * @returns The executable's path, or undefined for Playwright's own.
 * @throws {Error} naming what to install or pass when there is none.
 */
export function findChromium(given?: string): string | undefined {
  if (given) {
    if (!existsSync(given)) throw new Error(`no browser at ${given} (from --browser or ${BROWSER_ENV})`)
    return given
  }
  try {
    if (existsSync(chromium.executablePath())) return undefined
  } catch {}
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM
  throw new Error(
    `no Chromium found: run \`npx playwright install chromium\`, install one (apt-get install chromium), or pass --browser <path> (or set ${BROWSER_ENV})`,
  )
}

/**
 * How to launch a headless Chromium as CI needs it: no sandbox where it runs as root (Chromium refuses to start
 * there otherwise), and no background traffic of its own that would show up among a site's requests (a closed
 * network refuses it).
 *
 * @param given A Chromium's path, from `--browser` or the environment.
 * @returns Playwright's launch options.
 */
export const launchOptions = (given?: string): { executablePath?: string; args: string[] } => ({
  executablePath: findChromium(given),
  args: [
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-quic',
    '--disable-sync',
    '--no-first-run',
  ],
})

/**
 * Launches a headless Chromium with {@link launchOptions}.
 *
 * @param given A Chromium's path, from `--browser` or the environment.
 * @returns The browser.
 */
export const launchChromium = (given?: string): Promise<Browser> => chromium.launch(launchOptions(given))
