// Proves the end-to-end harness itself (fixture servers, tracker hit counting, run attribution), not the SDK.
import { expect, fixtureUrl, SITE, test, trackerHits } from '../../../scripts/e2e/tracker'

test('a tracker script that has not been loaded yet leaves no trace on the tracker', async ({ page, run }) => {
  await page.goto(fixtureUrl('harness.html', run))
  await expect(page.getByRole('button', { name: 'Load tracker' })).toBeVisible()

  expect(await trackerHits(run)).toEqual([])
  expect(await page.evaluate(() => (window as { __trackerRuns?: string[] }).__trackerRuns)).toBeUndefined()
})

test('once loaded, the tracker script is counted, sends its beacon and sets its first-party cookie', async ({
  page,
  run,
}) => {
  await page.goto(fixtureUrl('harness.html', run))
  expect(await trackerHits(run)).toEqual([])

  await page.getByRole('button', { name: 'Load tracker' }).click()

  await expect
    .poll(async () => (await trackerHits(run)).map((hit) => hit.path).sort(), { intervals: [50, 100, 250] })
    .toEqual(['/beacon', '/t.js'])
  const beacon = (await trackerHits(run)).find((hit) => hit.path === '/beacon')!
  expect(new URLSearchParams(beacon.query).get('from')).toBe('t.js')
  expect(await page.evaluate(() => (window as { __trackerRuns?: string[] }).__trackerRuns)).toEqual(['t.js'])

  const cookies = await page.context().cookies(SITE)
  expect(cookies.find((cookie) => cookie.name === '_trk')?.value).toBe('1')
})
