// Coming back to the choice later (the footer link, the floating button) and the banner's motion.
import { expect, fixtureUrl, test } from '../../../scripts/e2e/tracker'
import { asReturningVisitor, banner, consentState, expectFocus, panel, whatHasFocus } from './helpers'

test('the footer link "Cookie settings" opens the settings panel, showing the stored choice', async ({ page, run }) => {
  await page.goto(fixtureUrl('ui.html', run))
  await asReturningVisitor(page)
  await page.getByRole('link', { name: 'Cookie settings' }).click()
  await expect(panel(page)).toBeVisible()
  expect(page.url()).toContain('/fixtures/ui.html')
  await expect(panel(page).getByRole('switch', { name: 'Analytics' })).toHaveAttribute('aria-checked', 'true')
  await expect(panel(page).getByText('Your consent ID')).toBeVisible()
  await panel(page).getByRole('button', { name: 'Close' }).click()
  await expect(panel(page)).toHaveCount(0)
  await expect(banner(page)).toHaveCount(0)
})

test('the floating "Cookie settings" button appears once the visitor has decided, and opens the panel', async ({
  page,
  run,
}) => {
  await page.goto(fixtureUrl('ui.html', run, { floating: 1 }))
  const floating = page.getByRole('button', { name: 'Cookie settings' })
  await expect(banner(page)).toBeVisible()
  await expect(floating).toHaveCount(0)
  await banner(page).getByRole('button', { name: 'Reject all' }).click()
  await expect(banner(page)).toHaveCount(0)
  await expect(floating).toBeVisible()
  await floating.click()
  await expect(panel(page)).toBeVisible()
  await panel(page).getByRole('switch', { name: 'Analytics' }).click()
  await panel(page).getByRole('button', { name: 'Save choices' }).click()
  await expect(panel(page)).toHaveCount(0)
  expect(await consentState(page)).toMatchObject({ method: 'custom', categories: { analytics: true } })
  await expect(floating).toBeVisible()
})

test('closing the panel opened from the floating button puts focus back on that button', async ({ page, run }) => {
  await page.goto(fixtureUrl('ui.html', run, { floating: 1 }))
  await asReturningVisitor(page)
  const floating = page.getByRole('button', { name: 'Cookie settings' })
  await floating.focus()
  await page.keyboard.press('Enter')
  await expect(panel(page)).toBeVisible()
  await expectFocus(page, 'dialog "Cookie settings" heading "Cookie settings"')
  await page.keyboard.press('Escape')
  await expect(panel(page)).toHaveCount(0)
  expect(await whatHasFocus(page)).toBe('banner button "Cookie settings"')
})

test('with reduced motion the banner appears without animation', async ({ page, run }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(fixtureUrl('ui.html', run))
  await expect(banner(page)).toBeVisible()
  expect(await page.locator('aufum-consent .card').evaluate((el) => getComputedStyle(el).animationName)).toBe('none')
})

test('without a reduced-motion preference the banner fades in', async ({ page, run }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await page.goto(fixtureUrl('ui.html', run))
  await expect(banner(page)).toBeVisible()
  expect(await page.locator('aufum-consent .card').evaluate((el) => getComputedStyle(el).animationName)).toBe(
    'aufum-in',
  )
})
