import type { Page } from '@playwright/test'
import { expect, fixtureUrl, test } from '../../../scripts/e2e/tracker'

/** The dataLayer as JSON: gtag's arguments objects become arrays, events stay objects. */
const dataLayer = (page: Page) =>
  page.evaluate(() =>
    ((window as unknown as { dataLayer: unknown[] }).dataLayer ?? []).map((entry) =>
      Object.prototype.toString.call(entry) === '[object Arguments]'
        ? [...(entry as unknown[])].map((v) => (v instanceof Date ? 'date' : v))
        : entry,
    ),
  )
const denied = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
}
const granted = Object.fromEntries(Object.keys(denied).map((t) => [t, 'granted']))
const DEFAULT = ['consent', 'default', { ...denied, wait_for_update: 500 }]

test('the consent default comes first, and no Google tag runs before a decision', async ({ page, run }) => {
  await page.goto(fixtureUrl('consent-mode.html', run))
  await expect(page.getByRole('button', { name: 'Accept all' })).toBeVisible()
  expect(await dataLayer(page)).toEqual([DEFAULT])
})

for (const [choice, click, expected] of [
  ['Accept all', 'Accept all', granted],
  ['Reject all', 'Reject all', denied],
] as const)
  test(`"${choice}" sends one update with exactly the mapped values`, async ({ page, run }) => {
    await page.goto(fixtureUrl('consent-mode.html', run))
    await page.getByRole('button', { name: click }).click()
    await expect.poll(async () => (await dataLayer(page)).length).toBeGreaterThan(2)
    const layer = await dataLayer(page)
    expect(layer.slice(0, 3)).toEqual([
      DEFAULT,
      ['consent', 'update', expected],
      expect.objectContaining({ event: 'aufum_consent_update' }),
    ])
    expect(layer.filter((e) => Array.isArray(e) && e[1] === 'update')).toHaveLength(1)
  })

test('a custom choice, then a returning visit: the update comes right after the default, before the tags', async ({
  page,
  run,
}) => {
  await page.goto(fixtureUrl('consent-mode.html', run))
  await page.getByRole('button', { name: 'Customize' }).click()
  await page.getByRole('switch', { name: 'Analytics' }).click()
  await page.getByRole('button', { name: 'Save choices' }).click()
  const analyticsOnly = { ...denied, analytics_storage: 'granted' }
  await expect.poll(async () => (await dataLayer(page)).at(1)).toEqual(['consent', 'update', analyticsOnly])

  await page.reload()
  await expect.poll(async () => (await dataLayer(page)).length).toBe(5)
  expect(await dataLayer(page)).toEqual([
    DEFAULT,
    ['consent', 'update', analyticsOnly],
    expect.objectContaining({ event: 'aufum_consent_update' }),
    ['js', 'date'],
    ['config', 'G-TEST'],
  ])
})

test('an ungated Google tag right after the classic script tag: the default comes before its first command', async ({
  page,
  run,
}) => {
  await page.goto(fixtureUrl('consent-mode-ungated.html', run))
  await expect(page.getByRole('button', { name: 'Accept all' })).toBeVisible()
  expect(await dataLayer(page)).toEqual([DEFAULT, ['js', 'date'], ['config', 'G-TEST']])

  await page.getByRole('button', { name: 'Accept all' }).click()
  await page.reload()
  // A returning visitor's update precedes the tag's commands too.
  expect(await dataLayer(page)).toEqual([
    DEFAULT,
    ['consent', 'update', granted],
    expect.objectContaining({ event: 'aufum_consent_update' }),
    ['js', 'date'],
    ['config', 'G-TEST'],
  ])
})

test('the fastest form (inline snippet, async script tag): one default before the Google tag, the update once the script runs', async ({
  page,
  run,
}) => {
  await page.goto(fixtureUrl('consent-mode-async.html', run))
  await expect(page.getByRole('button', { name: 'Accept all' })).toBeVisible()
  // The script tag kept the page's default: no second one.
  expect(await dataLayer(page)).toEqual([DEFAULT, ['js', 'date'], ['config', 'G-TEST']])

  await page.getByRole('button', { name: 'Accept all' }).click()
  await page.reload()
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { decidedOnLoad?: string }).decidedOnLoad))
    .toBe('decided')
  const layer = await dataLayer(page)
  // The async file may run before or after the tag's inline commands; Google's tags wait for the update
  // (wait_for_update) either way. The default is first, and the only one.
  expect(layer[0]).toEqual(DEFAULT)
  expect(layer.filter((entry) => Array.isArray(entry) && entry[1] === 'default')).toHaveLength(1)
  expect(layer).toEqual(
    expect.arrayContaining([
      ['consent', 'update', granted],
      ['js', 'date'],
      ['config', 'G-TEST'],
    ]),
  )
  expect(layer).toHaveLength(5)
})
