// Withdrawal stops what started on the grant (GDPR Art. 7(3)): through the stop function that the start returned,
// or, where there is none, by reloading the page once. The tool sets its cookie and beacons every 300 ms.
import type { Page } from '@playwright/test'
import { expect, fixtureUrl, test, trackerHits } from '../../../scripts/e2e/tracker'

const beacons = async (run: string) => (await trackerHits(run)).filter((hit) => hit.path === '/beacon').length

/** Accepts all, waits for the tool to beacon, withdraws analytics in the panel; resolves to the page's reloads. */
async function acceptThenWithdraw(page: Page, run: string, url: string) {
  await page.goto(url)
  await page.getByRole('button', { name: 'Accept all' }).click()
  await expect.poll(() => beacons(run)).toBeGreaterThan(2)
  let reloads = 0
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) reloads++
  })
  await page.getByRole('button', { name: 'Cookie settings' }).click()
  await page.getByRole('switch', { name: 'Analytics' }).click()
  await page.getByRole('button', { name: 'Save choices' }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  return () => reloads
}

/** After the page settles, 1.5 s without a beacon or the tool's cookie. */
async function nothingTracks(page: Page, run: string, cookie: string) {
  await page.waitForLoadState('load')
  await page.waitForTimeout(400)
  const settled = await beacons(run)
  await page.waitForTimeout(1500)
  expect(await beacons(run)).toBe(settled)
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain(cookie)
}

for (const [how, query, reloads] of [
  ['the stop function its start returned', { stop: 1 }, 0],
  ['a reload, where its start returned none', {}, 1],
] as const)
  test(`the README's npm example: withdrawing stops what whenGranted started, by ${how}`, async ({ page, run }) => {
    const reloaded = await acceptThenWithdraw(page, run, fixtureUrl('withdraw.html', run, query))
    await expect.poll(reloaded).toBe(reloads)
    await nothingTracks(page, run, '_trk_tool')
    expect(reloaded()).toBe(reloads)
  })

for (const [via, reloads] of [
  ['whenGranted', 0],
  ['load', 1],
] as const)
  test(`the script tag: withdrawing stops what AufumConsent.${via}() started`, async ({ page, run }) => {
    const reloaded = await acceptThenWithdraw(page, run, fixtureUrl('withdraw-tag.html', run, { via }))
    await expect.poll(reloaded).toBe(reloads)
    await nothingTracks(page, run, '_trk_tag')
    expect(reloaded()).toBe(reloads)
  })
