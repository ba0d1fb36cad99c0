// axe-core on the consent UI (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA): the banner in every layout, the settings panel
// with a cookie list open, in light and dark mode. Colour contrast is checked here.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, fixtureUrl, test } from '../../../scripts/e2e/tracker'
import { banner, panel, settled } from './helpers'

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
  { mode: 'dark mode (prefers-color-scheme: dark)', colorScheme: 'dark', params: {} },
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
