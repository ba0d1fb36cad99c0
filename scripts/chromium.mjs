// The one place that finds and starts Chromium, for the tests (playwright.config.ts), ensure-browser.mjs and every
// script: the cookie scanner's own lookup (packages/scanner/src/browser.ts, built by `pnpm build`), which a site's CI
// uses too — Playwright's own build where `playwright install chromium` ran, else the system's /usr/bin/chromium.
import { chromium } from '@playwright/test'
import { findChromium, launchChromium as launch, launchOptions } from '../packages/scanner/dist/browser.js'

export const SYSTEM_CHROMIUM = '/usr/bin/chromium'

/** Playwright's launch options for the Chromium there is. */
export const chromiumLaunchOptions = () => launchOptions()

/** The executable of the Chromium there is, for tools that start it themselves (Lighthouse). */
export const chromiumPath = () => findChromium() ?? chromium.executablePath()

/** Whether a Chromium to launch is installed. */
export function hasChromium() {
  try {
    findChromium()
    return true
  } catch {
    return false
  }
}

/** @returns {Promise<import('playwright-core').Browser>} */
export const launchChromium = () => launch()
