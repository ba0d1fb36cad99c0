// The one way our scripts start Chromium (playwright.config.ts does the same for the tests): Playwright's own
// build where `playwright install chromium` ran, else the system's /usr/bin/chromium, with the flags a closed
// network and a root sandbox need.
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

function ownChromium() {
  try {
    return existsSync(chromium.executablePath())
  } catch {
    return false
  }
}

/** @returns {Promise<import('@playwright/test').Browser>} */
export const launchChromium = () =>
  chromium.launch({
    executablePath: ownChromium() ? undefined : '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  })
