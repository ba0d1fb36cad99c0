import { expect, SITE, test, trackerHits } from '../../../scripts/e2e/tracker'

const paths = async (run: string) => (await trackerHits(run)).map((hit) => hit.path).sort()

test('with Global Privacy Control, the banner says so and "Accept all" shares nothing with partners', async ({
  page,
  run,
}) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'globalPrivacyControl', { value: true }))
  await page.goto(`${SITE}/course.html?run=${run}`)
  await expect(page.getByRole('region')).toContainText('Global Privacy Control signal, and we honour it')
  await page.getByRole('button', { name: 'Accept all' }).click()
  await expect.poll(() => paths(run)).toEqual(['/beacon', '/t.js'])
  await page.waitForTimeout(300)
  expect(await paths(run)).toEqual(['/beacon', '/t.js'])
  expect(
    await page.evaluate(() => (window as unknown as { AufumConsent: { get(): unknown } }).AufumConsent.get()),
  ).toMatchObject({
    method: 'gpc',
    categories: { analytics: true, partners: false },
  })
})

test('without the signal, "Accept all" loads the partner pixel too', async ({ page, run }) => {
  await page.goto(`${SITE}/course.html?run=${run}`)
  await expect(page.getByRole('region')).not.toContainText('Global Privacy Control')
  await page.getByRole('button', { name: 'Accept all' }).click()
  await expect.poll(() => paths(run)).toEqual(['/beacon', '/p.gif', '/t.js'])
})
