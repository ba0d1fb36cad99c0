import { expect, requestsTo, SITE, test, trackerHits } from '../../../scripts/e2e/tracker'

test.use({ userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' })

test('a crawler sees the page without a banner, downloads no UI, and is granted nothing', async ({ page, run }) => {
  const uiRequests = requestsTo(page, 'aufum-consent-')
  await page.goto(`${SITE}/course.html?run=${run}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Introduction to data science')
  await page.waitForTimeout(500)
  expect(uiRequests).toEqual([])
  await expect(page.locator('aufum-consent')).toHaveCount(0)
  expect(
    await page.evaluate(() => (window as unknown as { AufumConsent: { get(): unknown } }).AufumConsent.get()),
  ).toMatchObject({
    status: 'pending',
    categories: { analytics: false, partners: false },
  })
  expect(await trackerHits(run)).toEqual([])
})

test('a crawler gets no placeholder in a blocked embed, and no placeholder module', async ({ page, run }) => {
  const modules = requestsTo(page, 'aufum-consent-')
  await page.goto(`${SITE}/video.html?run=${run}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/lesson 1/)
  await page.waitForTimeout(500)
  expect(modules).toEqual([])
  expect(await page.locator('iframe').getAttribute('srcdoc')).toBeNull()
  expect(await trackerHits(run)).toEqual([])
})
