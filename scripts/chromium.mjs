// The one place that finds and starts Chromium, for the tests (playwright.config.ts), ensure-browser.mjs and every
// script: Playwright's own build where `playwright install chromium` ran, else the system's /usr/bin/chromium, with
// the flags that a closed network and a root sandbox need.
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

export const SYSTEM_CHROMIUM = '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
]

/** Whether Playwright's own Chromium is installed. */
function playwrightChromium() {
  try {
    return existsSync(chromium.executablePath())
  } catch {
    return false
  }
}

/**
 * The launch options that start the Chromium there is: no `executablePath` for Playwright's own, else the system's.
 * @returns {{ executablePath?: string, args: string[] }}
 */
export const chromiumLaunchOptions = () => ({
  ...(playwrightChromium() ? {} : { executablePath: SYSTEM_CHROMIUM }),
  args: CHROMIUM_ARGS,
})

/** Whether a Chromium to launch is installed. */
export const hasChromium = () => playwrightChromium() || existsSync(SYSTEM_CHROMIUM)

/** @returns {Promise<import('@playwright/test').Browser>} */
export const launchChromium = () => chromium.launch(chromiumLaunchOptions())
