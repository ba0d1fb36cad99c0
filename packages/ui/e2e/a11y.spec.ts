// axe-core on the consent UI (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA): the banner in every layout, the settings panel
// with a cookie list open, in light and dark mode. Colour contrast is checked here.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, fixtureUrl, test } from '../../../scripts/e2e/tracker'
import { banner, panel, settled, textAt200 } from './helpers'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']

/** axe's violations inside `<aufum-consent>`, one readable block each ([] when there are none). */
async function violations(page: Page): Promise<string[]> {
  await settled(page)
  const results = await new AxeBuilder({ page }).withTags(TAGS).include('aufum-consent').analyze()
  return results.violations.map((v) =>
    [
      `${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`,
      ...v.nodes.map((n) => `  at ${JSON.stringify(n.target)}\n    ${n.failureSummary?.replaceAll('\n', '\n    ')}`),
    ].join('\n'),
  )
}

/** Checks with axe; soft, so that the banner's and the panel's violations both show in one run. */
async function expectNoViolations(page: Page, what: string) {
  const found = await violations(page)
  expect.soft(found, `axe found ${found.length} violation(s) in ${what}:\n\n${found.join('\n\n')}`).toEqual([])
}

/** Opens the panel with "Customize" and expands the analytics cookie list. */
async function openPanelWithCookies(page: Page) {
  await page.getByRole('button', { name: 'Customize' }).click()
  await expect(panel(page)).toBeVisible()
  await panel(page).getByText('Cookies used').click()
  await expect(panel(page).getByRole('cell', { name: '_trk' })).toBeVisible()
}

const MODES = [
  { mode: 'light mode', colorScheme: 'light', params: {} },
  {
    mode: 'dark mode (a page with a dark mode, prefers-color-scheme: dark)',
    colorScheme: 'dark',
    params: { scheme: 'light dark' },
  },
  { mode: 'dark mode (theme: dark)', colorScheme: 'light', params: { theme: 'dark' } },
] as const

for (const { mode, colorScheme, params } of MODES) {
  test(`the banner and the settings panel (a cookie list open) have no WCAG 2.2 AA violations in ${mode}`, async ({
    page,
    run,
  }) => {
    await page.emulateMedia({ colorScheme })
    await page.goto(fixtureUrl('ui.html', run, params))
    await expect(banner(page)).toBeVisible()
    await expectNoViolations(page, 'the banner')
    await openPanelWithCookies(page)
    await expectNoViolations(page, 'the settings panel')
  })
}

test('on a 320×640 phone, text at 200 %, the banner and the panel, its categories scrolling, have no WCAG 2.2 AA violations', async ({
  page,
  run,
}) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await textAt200(page)
  await page.goto(fixtureUrl('ui.html', run))
  await expect(banner(page)).toBeVisible()
  await expectNoViolations(page, 'the banner on a phone')
  await openPanelWithCookies(page)
  await expectNoViolations(page, 'the settings panel on a phone')
})

test('the box banner has no WCAG 2.2 AA violations', async ({ page, run }) => {
  await page.goto(fixtureUrl('ui.html', run, { layout: 'box' }))
  await expect(banner(page)).toBeVisible()
  await expectNoViolations(page, 'the box banner')
})

test('the blocking banner has no WCAG 2.2 AA violations', async ({ page, run }) => {
  await page.goto(fixtureUrl('ui.html', run, { blocking: 1 }))
  await expect(page.getByRole('dialog', { name: 'Your privacy choices' })).toBeVisible()
  await expectNoViolations(page, 'the blocking banner')
})

test('the centred modal banner has no WCAG 2.2 AA violations', async ({ page, run }) => {
  await page.goto(fixtureUrl('ui.html', run, { layout: 'modal' }))
  await expect(page.getByRole('dialog', { name: 'Your privacy choices' })).toBeVisible()
  await expectNoViolations(page, 'the modal banner')
})

/** The banner card's background: its relative luminance, 0 (black) to 255 (white). */
const bannerLuminance = (page: Page) =>
  banner(page).evaluate((card) => {
    const [r = 0, g = 0, b = 0] = (getComputedStyle(card).backgroundColor.match(/[\d.]+/g) ?? []).map(Number)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  })

for (const { page: kind, params, dark } of [
  { page: 'a page without a dark mode', params: {}, dark: false },
  { page: 'a page with color-scheme: light dark', params: { scheme: 'light dark' }, dark: true },
  { page: 'a page with <meta name="color-scheme" content="light dark">', params: { meta: 'light dark' }, dark: true },
  { page: 'a page with color-scheme: dark', params: { scheme: 'dark' }, dark: true },
  { page: 'a page with color-scheme: light', params: { scheme: 'light' }, dark: false },
  { page: 'a page with a dark background', params: { bg: 'rgb(17, 24, 39)' }, dark: true },
  { page: 'a page without a dark mode, theme: "dark"', params: { theme: 'dark' }, dark: true },
  {
    page: 'a page with color-scheme: light dark, theme: "light"',
    params: { scheme: 'light dark', theme: 'light' },
    dark: false,
  },
])
  test(`theme "auto" follows the page: on ${kind}, with the system in dark mode, the banner is ${dark ? 'dark' : 'light'}`, async ({
    page,
    run,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto(fixtureUrl('ui.html', run, params))
    await expect(banner(page)).toBeVisible()
    await settled(page)
    const luminance = await bannerLuminance(page)
    if (dark) expect(luminance).toBeLessThan(80)
    else expect(luminance).toBeGreaterThan(200)
  })
