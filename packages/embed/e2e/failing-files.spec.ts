// Files that do not arrive (a network blip, a CDN error) and configuration the cookie cannot hold: the visitor can
// always decide, reopen the settings and withdraw, and the decision is stored and holds.
import type { Page } from '@playwright/test'
import { consoleErrors, expect, fixtureUrl, SITE, test, trackerHits } from '../../../scripts/e2e/tracker'

type ApiWindow = Window & {
  AufumConsent: { get(): { status: string; method: string | null }; rejectAll(): void; showSettings(): void }
}

const state = (page: Page) => page.evaluate(() => (window as unknown as ApiWindow).AufumConsent.get())

/** Fails the first `times` requests whose path matches, then lets them through. */
async function failFirst(page: Page, path: RegExp, times = 1) {
  let failed = 0
  await page.route(
    (url) => path.test(url.pathname),
    (route) => (failed++ < times ? route.abort('failed') : route.continue()),
  )
  return () => failed
}

test('when the banner’s file fails once, it is asked for again and shows; the console says once what failed', async ({
  page,
}) => {
  const errors = consoleErrors(page)
  const failed = await failFirst(page, /\/aufum-consent-banner\.js$/)
  await page.goto(`${SITE}/index.html`)
  await expect(page.getByRole('region', { name: 'Your privacy choices' })).toBeVisible()
  expect(failed()).toBe(2)
  expect(errors).toEqual([expect.stringMatching(/could not load .*\/aufum-consent-banner\.js/)])
})

test.describe('when the UI file fails once', () => {
  test('a returning visitor’s "Cookie settings" link asks for it again and opens the panel', async ({ page }) => {
    await page.goto(`${SITE}/index.html`)
    await page.evaluate(() => (window as unknown as ApiWindow).AufumConsent.rejectAll())
    await page.reload()
    const failed = await failFirst(page, /\/aufum-consent-ui\.js$/)
    await page.evaluate(() => (window as unknown as ApiWindow).AufumConsent.showSettings())
    await expect.poll(failed).toBe(1)
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await page.getByRole('contentinfo').getByRole('link', { name: 'Cookie settings' }).click()
    await expect(page.getByRole('dialog', { name: 'Cookie settings' })).toBeVisible()
    expect(page.url()).toBe(`${SITE}/index.html`)
  })
})

test('when the UI file never arrives, "Cookie settings" does what a link does: it goes to its href', async ({
  page,
}) => {
  await page.goto(`${SITE}/index.html`)
  await page.evaluate(() => (window as unknown as ApiWindow).AufumConsent.rejectAll())
  await page.reload()
  await page.route('**/aufum-consent-ui.js', (route) => route.abort('failed'))
  await page.getByRole('contentinfo').getByRole('link', { name: 'Cookie settings' }).click()
  await expect(page).toHaveURL(`${SITE}/privacy.html#cookies`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Privacy/)
})

test.describe('when the language file', () => {
  test('fails once, it is asked for again, and the banner speaks the page’s language', async ({ page, run }) => {
    const errors = consoleErrors(page)
    const failed = await failFirst(page, /\/aufum-consent-lang-de\.js$/)
    await page.goto(fixtureUrl('zero-config.html', run))
    await expect(page.getByRole('region', { name: 'Ihre Datenschutzeinstellungen' })).toBeVisible()
    expect(failed()).toBe(2)
    expect(errors).toEqual([expect.stringMatching(/could not load .*\/aufum-consent-lang-de\.js/)])
  })

  test('never arrives, the banner and the panel speak English, and the visitor can still decide', async ({
    page,
    run,
  }) => {
    await page.route('**/aufum-consent-lang-de.js', (route) => route.abort('failed'))
    await page.goto(fixtureUrl('zero-config.html', run))
    await expect(page.getByRole('region', { name: 'Your privacy choices' })).toBeVisible()
    await page.getByRole('contentinfo').getByRole('link', { name: 'Cookie-Einstellungen' }).click()
    await expect(page.getByRole('dialog', { name: 'Cookie settings' })).toBeVisible()
    await page.getByRole('dialog').getByRole('button', { name: 'Reject all' }).click()
    await expect(page.getByRole('dialog')).toHaveCount(0)
  })
})

test.describe('when the placeholders file', () => {
  test('fails once, it is asked for again and the placeholder shows', async ({ page, run }) => {
    const failed = await failFirst(page, /\/aufum-consent-placeholders\.js$/)
    await page.goto(fixtureUrl('placeholders.html', run))
    await page.evaluate(() => (window as unknown as ApiWindow).AufumConsent.rejectAll())
    await expect(page.frameLocator('#named').getByRole('button', { name: 'Load this content' })).toBeVisible()
    expect(failed()).toBe(2)
  })

  test('never arrives, the embed stays blocked and nothing reaches its provider', async ({ page, run }) => {
    const errors = consoleErrors(page)
    await page.route('**/aufum-consent-placeholders.js', (route) => route.abort('failed'))
    await page.goto(fixtureUrl('placeholders.html', run))
    await page.evaluate(() => (window as unknown as ApiWindow).AufumConsent.rejectAll())
    await page.waitForTimeout(3500)
    expect(await page.locator('#named').getAttribute('src')).toBeNull()
    expect(await page.locator('#named').getAttribute('srcdoc')).toBeNull()
    expect(await trackerHits(run)).toEqual([])
    expect(errors).toEqual([expect.stringMatching(/could not load .*\/aufum-consent-placeholders\.js/)])
  })
})

test('a category the cookie cannot hold is named once in the console and left out; the decision is stored and holds', async ({
  page,
  run,
}) => {
  const errors = consoleErrors(page)
  await page.goto(fixtureUrl('bad-category.html', run))
  await page.getByRole('button', { name: 'Accept all' }).click()
  await expect
    .poll(() => errors)
    .toEqual([
      '[aufum-consent] categories.my video must be named with a letter, then letters, digits, _ or - (at most 32); it is ignored',
    ])
  await page.reload()
  expect(await state(page)).toMatchObject({ status: 'decided', method: 'accept-all' })
  await expect(page.getByRole('region')).toHaveCount(0)
  await page.evaluate(() => (window as unknown as ApiWindow).AufumConsent.showSettings())
  await expect(page.getByRole('switch', { name: 'Course videos' })).toHaveAttribute('aria-checked', 'true')
})
