import { expect, SITE, test } from '../../../scripts/e2e/tracker'

test('a React app reads the consent store, gates a component on it, and keeps the decision across loads', async ({
  page,
}) => {
  await page.goto(`${SITE}/react-app/`)
  await expect(page.locator('#status')).toHaveText('Consent: pending; analytics not granted')
  await expect(page.locator('#analytics-widget')).toHaveCount(0)
  await page.getByRole('button', { name: 'Allow analytics' }).click()
  await expect(page.locator('#status')).toHaveText('Consent: decided; analytics granted')
  await expect(page.locator('#analytics-widget')).toBeVisible()
  await page.reload()
  await expect(page.locator('#analytics-widget')).toBeVisible()
  await page.getByRole('button', { name: 'Withdraw analytics' }).click()
  await expect(page.locator('#analytics-widget')).toHaveCount(0)
})
