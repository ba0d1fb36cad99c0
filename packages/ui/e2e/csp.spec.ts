// Under a strict Content-Security-Policy (ui.csp.html: nonce-only scripts, style-src 'self' + nonce, no
// 'unsafe-inline'), the UI shows, is styled, and causes no violation: with constructable stylesheets, and
// without them through a <style> carrying the page's nonce.
import type { Page } from '@playwright/test'
import { expect, fixtureUrl, test } from '../../../scripts/e2e/tracker'
import { banner, panel, type UIWindow } from './helpers'

const ACCENT = 'rgb(29, 78, 216)'
const WHITE = 'rgb(255, 255, 255)'

const background = (page: Page, name: string) =>
  page
    .getByRole('button', { name })
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor)

async function expectStyledWithoutViolations(page: Page, run: string) {
  const response = await page.goto(fixtureUrl('ui.csp.html', run))
  expect(response?.headers()['content-security-policy']).toContain("'nonce-aufum-test'")
  await expect(banner(page)).toBeVisible()
  expect(await background(page, 'Accept all')).toBe(ACCENT)
  expect(await page.locator('aufum-consent .card').evaluate((el) => getComputedStyle(el).position)).toBe('fixed')

  await page.getByRole('button', { name: 'Customize' }).click()
  await expect(panel(page)).toBeVisible()
  expect(await panel(page).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(WHITE)
  expect(
    await panel(page)
      .getByRole('button', { name: 'Save choices' })
      .evaluate((el) => getComputedStyle(el).backgroundColor),
  ).toBe(ACCENT)
  await page.keyboard.press('Escape')
  await expect(panel(page)).toHaveCount(0)

  // Violation events are dispatched asynchronously: give them a moment to arrive.
  await page.waitForTimeout(100)
  expect(await page.evaluate(() => (window as unknown as UIWindow).__violations)).toEqual([])
}

test('under a strict CSP the banner and the panel show, styled, with no CSP violation', async ({ page, run }) => {
  await expectStyledWithoutViolations(page, run)
})

test('under a strict CSP, in a browser without constructable stylesheets, the nonce lets the styles apply', async ({
  page,
  run,
}) => {
  await page.addInitScript(() => {
    delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets
  })
  await expectStyledWithoutViolations(page, run)
  const style = await page.evaluate(() => {
    const root = document.querySelector('aufum-consent')!.shadowRoot!
    return { adopted: 'adoptedStyleSheets' in root, nonces: [...root.querySelectorAll('style')].map((s) => s.nonce) }
  })
  expect(style).toEqual({ adopted: false, nonces: ['aufum-test'] })
})
