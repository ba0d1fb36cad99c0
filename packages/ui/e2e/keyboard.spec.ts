// Keyboard only (no mouse): every decision can be made with Tab, Enter and Space, and the settings panel is a
// modal dialog as the WAI-ARIA APG describes it: focus moves in, stays in, Escape leaves, focus returns.
import { expect, fixtureUrl, test } from '../../../scripts/e2e/tracker'
import {
  asReturningVisitor,
  banner,
  consentState,
  expectFocus,
  focusTrail,
  panel,
  tabTo,
  whatHasFocus,
} from './helpers'

const IN_PANEL = 'dialog "Cookie settings"'
const PANEL_HEADING = `${IN_PANEL} heading "Cookie settings"`

test.describe('with the keyboard alone', () => {
  test.beforeEach(async ({ page, run }) => {
    await page.goto(fixtureUrl('ui.html', run))
    await expect(banner(page)).toBeVisible()
  })

  test('Tab reaches the banner before anything on the page, in the order Reject all, Accept all, Customize', async ({
    page,
  }) => {
    expect(await focusTrail(page, 'Tab', 5)).toEqual([
      'banner link "Privacy policy"',
      'banner button "Reject all"',
      'banner button "Accept all"',
      'banner button "Customize"',
      'page link "Aufum"',
    ])
  })

  for (const [button, effect, method, optional] of [
    ['Reject all', 'refuses every optional category', 'reject-all', false],
    ['Accept all', 'grants every category', 'accept-all', true],
  ] as const)
    test(`Enter on "${button}" ${effect} and closes the banner`, async ({ page }) => {
      await tabTo(page, `banner button "${button}"`)
      await page.keyboard.press('Enter')
      await expect(banner(page)).toHaveCount(0)
      expect(await consentState(page)).toMatchObject({
        status: 'decided',
        method,
        categories: { necessary: true, preferences: optional, analytics: optional, partners: optional },
      })
    })

  test('a visitor can switch on analytics alone and save, with Tab, Space and Enter', async ({ page }) => {
    await tabTo(page, 'banner button "Customize"')
    await page.keyboard.press('Enter')
    await expect(panel(page)).toBeVisible()
    await expectFocus(page, PANEL_HEADING)
    await tabTo(page, `${IN_PANEL} switch "Analytics"`)
    await page.keyboard.press('Space')
    await expect(panel(page).getByRole('switch', { name: 'Analytics' })).toHaveAttribute('aria-checked', 'true')
    await tabTo(page, `${IN_PANEL} button "Save choices"`)
    await page.keyboard.press('Enter')
    await expect(panel(page)).toHaveCount(0)
    await expect(banner(page)).toHaveCount(0)
    expect(await consentState(page)).toMatchObject({
      status: 'decided',
      method: 'custom',
      categories: { necessary: true, preferences: false, analytics: true, partners: false },
    })
  })
})

test('a returning visitor withdraws consent from the footer link with two key presses: open, then "Reject all"', async ({
  page,
  run,
}) => {
  await page.goto(fixtureUrl('ui.html', run))
  await asReturningVisitor(page)
  await tabTo(page, 'page link "Cookie settings"')
  await page.keyboard.press('Enter')
  await expect(panel(page)).toBeVisible()
  await expectFocus(page, PANEL_HEADING)
  await tabTo(page, `${IN_PANEL} button "Reject all"`)
  await page.keyboard.press('Enter')
  await expect(panel(page)).toHaveCount(0)
  expect(await consentState(page)).toMatchObject({
    status: 'decided',
    method: 'reject-all',
    categories: { analytics: false, preferences: false, partners: false },
  })
  expect(page.url()).toContain('/fixtures/ui.html')
  expect(await whatHasFocus(page)).toBe('page link "Cookie settings"')
})

test.describe('the settings panel, as a modal dialog', () => {
  test.beforeEach(async ({ page, run }) => {
    await page.goto(fixtureUrl('ui.html', run))
    await expect(banner(page)).toBeVisible()
  })

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 320, height: 640 },
  ])
    test(`opening it moves focus into it, and Tab and Shift+Tab cycle through it and never leave it (${viewport.width}×${viewport.height})`, async ({
      page,
    }) => {
      // On a phone the categories scroll between the panel's fixed head and actions: the cycle is the same.
      await page.setViewportSize(viewport)
      await tabTo(page, 'banner button "Customize"')
      await page.keyboard.press('Enter')
      await expect(panel(page)).toBeVisible()
      await expectFocus(page, PANEL_HEADING)
      const forward = await focusTrail(page, 'Tab', 20)
      const backward = await focusTrail(page, 'Shift+Tab', 20)
      const outside = [...forward, ...backward].filter((where) => !where.startsWith(IN_PANEL))
      expect(outside, `focus left the panel:\n${forward.join('\n')}\n--\n${backward.join('\n')}`).toEqual([])
      // Each press moved focus once: it never got stuck.
      expect([forward.length, backward.length]).toEqual([20, 20])
      // Every control of the panel in document order, as a cycle (focus starts on the heading, after "Close"),
      // and the same cycle backwards: so focus did move, wrapped around both ends and skipped nothing.
      const controls = [
        `${IN_PANEL} button "Close"`,
        `${IN_PANEL} switch "Preferences"`,
        `${IN_PANEL} switch "Analytics"`,
        `${IN_PANEL} summary "Cookies used"`,
        `${IN_PANEL} switch "Partners"`,
        `${IN_PANEL} button "Reject all"`,
        `${IN_PANEL} button "Accept all"`,
        `${IN_PANEL} button "Save choices"`,
      ]
      const cycle = (from: number, step: number) =>
        controls.map((_, i) => controls[(((from + i * step) % controls.length) + controls.length) % controls.length])
      expect(forward.slice(0, controls.length)).toEqual(cycle(controls.indexOf(forward[0]!), 1))
      expect(backward.slice(0, controls.length)).toEqual(cycle(controls.indexOf(backward[0]!), -1))
    })

  test('Escape closes it, decides nothing, and puts focus back on "Customize" in the banner', async ({ page }) => {
    await tabTo(page, 'banner button "Customize"')
    await page.keyboard.press('Enter')
    await expect(panel(page)).toBeVisible()
    await expectFocus(page, PANEL_HEADING)
    await tabTo(page, `${IN_PANEL} switch "Analytics"`)
    await page.keyboard.press('Space')
    await page.keyboard.press('Escape')
    await expect(panel(page)).toHaveCount(0)
    await expect(banner(page)).toBeVisible()
    expect(await consentState(page)).toMatchObject({ status: 'pending', method: null })
    expect(await whatHasFocus(page)).toBe('banner button "Customize"')
  })

  test('the page behind it cannot be reached while it is open, and can again once it closes', async ({ page }) => {
    const enrol = page.locator('#enrol')
    await page.getByRole('button', { name: 'Customize' }).click()
    await expect(panel(page)).toBeVisible()
    for (const part of ['header', 'main', 'footer'])
      expect(await page.evaluate((p) => document.querySelector<HTMLElement>(p)!.inert, part), `${part} inert`).toBe(
        true,
      )
    await enrol.focus()
    await expect(enrol).not.toBeFocused()
    // A click on "Enrol for free" lands on the consent UI's backdrop, not on the button.
    const box = (await enrol.boundingBox())!
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName.toLowerCase(), {
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
    })
    expect(hit).toBe('aufum-consent')

    await page.keyboard.press('Escape')
    await expect(panel(page)).toHaveCount(0)
    expect(await page.evaluate(() => document.querySelector('main')!.inert)).toBe(false)
    await enrol.focus()
    await expect(enrol).toBeFocused()
  })
})

test('Escape on the panel opened from the footer link puts focus back on the link', async ({ page, run }) => {
  await page.goto(fixtureUrl('ui.html', run))
  await asReturningVisitor(page)
  await tabTo(page, 'page link "Cookie settings"')
  await page.keyboard.press('Enter')
  await expect(panel(page)).toBeVisible()
  await expectFocus(page, PANEL_HEADING)
  await page.keyboard.press('Escape')
  await expect(panel(page)).toHaveCount(0)
  expect(await consentState(page)).toMatchObject({ status: 'decided', method: 'accept-all' })
  expect(await whatHasFocus(page)).toBe('page link "Cookie settings"')
})

test('a blocking banner takes focus and keeps it until the visitor decides', async ({ page, run }) => {
  await page.goto(fixtureUrl('ui.html', run, { blocking: 1 }))
  const dialog = page.getByRole('dialog', { name: 'Your privacy choices' })
  await expect(dialog).toBeVisible()
  await expectFocus(page, 'dialog "Your privacy choices" heading "Your privacy choices"')
  const trail = [...(await focusTrail(page, 'Tab', 10)), ...(await focusTrail(page, 'Shift+Tab', 10))]
  expect(trail.filter((where) => !where.startsWith('dialog "Your privacy choices"'))).toEqual([])
  expect(trail).toHaveLength(20)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeVisible()
  await tabTo(page, 'dialog "Your privacy choices" button "Reject all"')
  await page.keyboard.press('Enter')
  await expect(dialog).toHaveCount(0)
  expect(await consentState(page)).toMatchObject({ status: 'decided', method: 'reject-all' })
  expect(await page.evaluate(() => document.querySelector('main')!.inert)).toBe(false)
})

test('a blocking banner on a page still loading takes focus, and what loads after it is inert too', async ({
  page,
  run,
}) => {
  // The page goes on loading after the UI starts in <head>: a slow script near the end of the body holds the
  // parser back, and a button comes after it.
  await page.route('**/fixtures/ui.html?*', async (route) => {
    const response = await route.fetch()
    const html = (await response.text()).replace(
      '</footer>',
      '</footer><script src="/fixtures/slow.js"></script><p><button type="button" id="late">Late</button></p>',
    )
    await route.fulfill({ response, body: html })
  })
  await page.route('**/fixtures/slow.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500))
    await route.fulfill({ contentType: 'text/javascript', body: '' })
  })
  await page.goto(fixtureUrl('ui.html', run, { blocking: 1 }))
  await expect(page.getByRole('dialog', { name: 'Your privacy choices' })).toBeVisible()
  await expectFocus(page, 'dialog "Your privacy choices" heading "Your privacy choices"')
  expect(await page.evaluate(() => document.getElementById('late')!.closest<HTMLElement>('[inert]')?.tagName)).toBe('P')
})
