import { expect, SITE, TRACKER, test, trackerHits } from '../../../scripts/e2e/tracker'

const app = (run: string) => `${SITE}/npm-app/?run=${run}&tracker=${encodeURIComponent(TRACKER)}`
const loads = async (run: string) => (await trackerHits(run)).filter((hit) => hit.path === '/t.js').length

test('the npm app shows the store’s state, and loads its analytics module only once granted', async ({ page, run }) => {
  await page.goto(app(run))
  await expect(page.locator('#status')).toHaveText('Consent: pending')
  await expect(page.getByText('analytics: not granted')).toBeVisible()
  await expect(page.locator('#partner-content')).toHaveCount(0)
  await page.waitForTimeout(300)
  expect(await loads(run)).toBe(0)

  await page.getByRole('button', { name: 'Accept all' }).click()
  await expect(page.locator('#status')).toHaveText('Consent: decided')
  await expect(page.getByText('analytics: granted')).toBeVisible()
  await expect(page.locator('#partner-content')).toBeVisible()
  await expect.poll(() => loads(run)).toBe(1)

  await page.reload()
  await expect.poll(() => loads(run)).toBe(2)
  await expect(page.getByRole('region', { name: 'Your privacy choices' })).toHaveCount(0)
})

test('withdrawing partners in the app’s settings hides the partner component at once', async ({ page, run }) => {
  await page.goto(app(run))
  await page.getByRole('button', { name: 'Accept all' }).click()
  await expect(page.locator('#partner-content')).toBeVisible()
  await page.getByRole('button', { name: 'Cookie settings' }).click()
  await page.getByRole('switch', { name: 'Partners' }).click()
  await page.getByRole('button', { name: 'Save choices' }).click()
  await expect(page.locator('#partner-content')).toHaveCount(0)
  await expect(page.getByText('partners: not granted')).toBeVisible()
})

test('a partner video the app renders shows a placeholder, and loads once from it without granting', async ({
  page,
  run,
}) => {
  await page.goto(app(run))
  const video = page.frameLocator('iframe[title="Lesson video"]')
  await expect(video.getByRole('heading', { name: 'Content from PartnerTube' })).toBeVisible()
  expect(await trackerHits(run)).toEqual([])
  await video.getByRole('button', { name: 'Load this content' }).click()
  await expect(video.locator('body')).toHaveText('tracker frame')
  await expect(page.getByText('partners: not granted')).toBeVisible()
  expect((await trackerHits(run)).map((hit) => hit.path)).toEqual(['/frame.html'])
})
