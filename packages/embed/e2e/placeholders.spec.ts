// Placeholders in blocked iframes, through the script tag: what the visitor sees in the embed's box, that nothing
// reaches the provider before a click, "Load this content" (one embed, this page view, nothing granted) and
// "Always allow" (the category granted), keyboard, axe, a strict CSP, languages, and the opt-outs.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, fixtureUrl, requestsTo, SITE, TRACKER, test, trackerHits } from '../../../scripts/e2e/tracker'

type ApiWindow = Window & { AufumConsent: { get(): { categories: Record<string, boolean> }; rejectAll(): void } }

const partners = (page: Page) =>
  page.evaluate(() => (window as unknown as ApiWindow).AufumConsent.get().categories.partners)

/** Opens the page as a visitor who has already refused everything: no banner in the way, the embeds blocked. */
async function openRefused(page: Page, url: string) {
  await page.goto(url)
  await page.evaluate(() => (window as unknown as ApiWindow).AufumConsent.rejectAll())
  await page.reload()
}

const videos = (hits: { path: string; query: string }[]) =>
  hits.filter((hit) => hit.path === '/frame.html').map((hit) => new URLSearchParams(hit.query).get('video'))

test('a blocked iframe shows, in its own box, who provides it, why it is blocked and two choices, with no request to the provider', async ({
  page,
  run,
}) => {
  // Every request of the page or its frames to the embed's provider (the tracker's origin).
  const requests = requestsTo(page, TRACKER)
  await page.goto(fixtureUrl('placeholders.html', run))
  const named = page.frameLocator('#named')
  await expect(named.getByRole('heading', { name: 'Content from PartnerTube' })).toBeVisible()
  await expect(
    named.getByText(
      'It stays blocked until you allow Partners, because loading it shares data about your visit with PartnerTube.',
    ),
  ).toBeVisible()
  await expect(named.getByRole('button', { name: 'Load this content' })).toBeVisible()
  await expect(named.getByRole('button', { name: 'Always allow Partners' })).toBeVisible()
  // Without data-consent-provider, the host of data-src names it.
  await expect(page.frameLocator('#unnamed').getByRole('heading', { name: 'Content from 127.0.0.1' })).toBeVisible()
  // A site's own placeholder: a srcdoc is kept, and markup inside the iframe shown.
  await expect(page.frameLocator('#own').getByText('Our own note: this map loads with Partners.')).toBeVisible()
  await expect(page.frameLocator('#fallback').getByText('Our podcast player comes from a partner.')).toBeVisible()
  // The iframe's box, at its own size: the placeholder fills it and moves nothing.
  expect(await page.locator('#named').boundingBox()).toMatchObject({ width: 480, height: 270 })
  const body = await named.locator('body').boundingBox()
  expect(body).toMatchObject({ width: 480, height: 270 })
  // The first visit's banner is there too; the placeholder does not replace it.
  await expect(page.getByRole('region', { name: 'Your privacy choices' })).toBeVisible()
  await page.waitForTimeout(300)
  expect(requests).toEqual([])
  expect(await trackerHits(run)).toEqual([])
})

test('a placeholder survives its iframe being moved in the page, as single-page apps do', async ({ page, run }) => {
  await openRefused(page, fixtureUrl('placeholders.html', run))
  await expect(page.frameLocator('#named').getByRole('button', { name: 'Load this content' })).toBeVisible()
  await page.evaluate(() => document.body.append(document.getElementById('named')!))
  await expect(page.frameLocator('#named').getByRole('button', { name: 'Load this content' })).toBeVisible()
  expect(await trackerHits(run)).toEqual([])
})

// A 16:9 video at the width of a phone, of a large phone and of a tablet column; German has the longest texts.
for (const [lang, load, allow] of [
  ['en', 'Load this content', 'Always allow Partners'],
  ['de', 'Diesen Inhalt laden', 'Partner immer erlauben'],
] as const)
  for (const [width, height] of [
    [280, 158],
    [350, 197],
    [480, 270],
  ] as const)
    test(`a ${width}×${height} embed in ${lang}: the placeholder fits, both actions in view without scrolling`, async ({
      page,
      run,
    }) => {
      await openRefused(page, fixtureUrl('placeholders.html', run, { config: JSON.stringify({ lang }) }))
      const frame = page.locator('#named')
      await frame.evaluate(
        (el, [w, h]) => Object.assign(el.style, { width: `${w}px`, height: `${h}px` }),
        [width, height],
      )
      const named = page.frameLocator('#named')
      const box = (await frame.boundingBox())!
      for (const name of [load, allow]) {
        const button = named.getByRole('button', { name })
        await expect(button).toBeVisible()
        const { x, y, width: w, height: h } = (await button.boundingBox())!
        expect([x >= box.x, y >= box.y, x + w <= box.x + box.width, y + h <= box.y + box.height]).toEqual([
          true,
          true,
          true,
          true,
        ])
        await button.click({ trial: true })
      }
      // Nothing clipped and nothing to scroll inside the embed's box.
      expect(
        await frame.evaluate((el) => {
          const root = (el as HTMLIFrameElement).contentDocument!.documentElement
          return [root.scrollHeight - root.clientHeight, root.scrollWidth - root.clientWidth]
        }),
      ).toEqual([0, 0])
      await expect(named.getByRole('heading')).toBeVisible()
      await named.getByRole('button', { name: allow }).click()
      expect(await partners(page)).toBe(true)
    })

test('"Load this content" loads that one embed on this page view and grants nothing; after a reload it is blocked again', async ({
  page,
  run,
}) => {
  await openRefused(page, fixtureUrl('placeholders.html', run))
  await page.frameLocator('#named').getByRole('button', { name: 'Load this content' }).click()
  await expect.poll(async () => videos(await trackerHits(run))).toEqual(['1'])
  await expect(page.frameLocator('#named').locator('body')).toHaveText('tracker frame')
  await expect(page.frameLocator('#unnamed').getByRole('button', { name: 'Load this content' })).toBeVisible()
  expect(await partners(page)).toBe(false)
  await page.reload()
  await expect(page.frameLocator('#named').getByRole('button', { name: 'Load this content' })).toBeVisible()
  await page.waitForTimeout(300)
  expect(videos(await trackerHits(run))).toEqual(['1'])
})

test('a site’s own placeholder markup, inside the iframe, gets the behaviour of its data-consent-load button', async ({
  page,
  run,
}) => {
  await openRefused(page, fixtureUrl('placeholders.html', run))
  await page.frameLocator('#fallback').getByRole('button', { name: 'Play this episode' }).click()
  await expect.poll(async () => videos(await trackerHits(run))).toEqual(['4'])
  expect(await partners(page)).toBe(false)
})

test('"Always allow Partners" grants the category: every partner embed loads, now and on the next page', async ({
  page,
  run,
}) => {
  await openRefused(page, fixtureUrl('placeholders.html', run))
  await page.frameLocator('#unnamed').getByRole('button', { name: 'Always allow Partners' }).click()
  await expect.poll(async () => videos(await trackerHits(run)).sort()).toEqual(['1', '2', '3', '4'])
  expect(await partners(page)).toBe(true)
  const modules = requestsTo(page, 'aufum-consent-placeholders')
  await page.reload()
  await expect.poll(async () => videos(await trackerHits(run)).length).toBe(8)
  expect(modules).toEqual([])
})

test('the placeholder works from the keyboard', async ({ page, run }) => {
  await openRefused(page, fixtureUrl('placeholders.html', run))
  const named = page.frameLocator('#named')
  await expect(named.getByRole('button', { name: 'Load this content' })).toBeVisible()
  // Tab from the page's heading into the first embed: its two buttons come first.
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab')
    if (await named.getByRole('button', { name: 'Load this content' }).evaluate((b) => b === document.activeElement))
      break
  }
  await expect(named.getByRole('button', { name: 'Load this content' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(named.getByRole('button', { name: 'Always allow Partners' })).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Enter')
  await expect.poll(async () => videos(await trackerHits(run))).toEqual(['1'])
  expect(await partners(page)).toBe(false)
  await page.frameLocator('#unnamed').getByRole('button', { name: 'Always allow Partners' }).focus()
  await page.keyboard.press('Space')
  await expect.poll(() => partners(page)).toBe(true)
})

for (const colorScheme of ['light', 'dark'] as const)
  test(`the placeholder passes axe (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA) in ${colorScheme}`, async ({ page, run }) => {
    await page.emulateMedia({ colorScheme })
    await openRefused(page, fixtureUrl('placeholders.html', run))
    await expect(page.frameLocator('#named').getByRole('button', { name: 'Load this content' })).toBeVisible()
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .include('#named')
      .analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([])
  })

test('under a strict CSP the placeholder is styled, speaks the page’s language, and causes no violation', async ({
  page,
  run,
}) => {
  await page.goto(fixtureUrl('placeholders.csp.html', run))
  const named = page.frameLocator('#named')
  await expect(named.getByRole('heading', { name: 'Inhalt von PartnerTube' })).toBeVisible()
  const load = named.getByRole('button', { name: 'Diesen Inhalt laden' })
  await expect(named.getByRole('button', { name: 'Partner immer erlauben' })).toBeVisible()
  // Styled: the stylesheet applied (a browser's default button is not 2.75rem tall with a coloured fill).
  expect(await load.evaluate((b) => getComputedStyle(b).minHeight)).toBe('44px')
  await load.click()
  await expect.poll(async () => videos(await trackerHits(run))).toEqual(['1'])
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([])
})

test('texts can be overridden per language, and "placeholders": false shows none and loads no module', async ({
  page,
  run,
}) => {
  const withConfig = (config: object) => fixtureUrl('placeholders.html', run, { config: JSON.stringify(config) })
  await page.goto(withConfig({ texts: { en: { loadOnce: 'Play this video once' } } }))
  await expect(page.frameLocator('#named').getByRole('button', { name: 'Play this video once' })).toBeVisible()

  const modules = requestsTo(page, 'aufum-consent-placeholders')
  await page.goto(withConfig({ placeholders: false }))
  await expect(page.getByRole('region', { name: 'Your privacy choices' })).toBeVisible()
  await page.waitForTimeout(300)
  expect(modules).toEqual([])
  expect(await page.locator('#named').getAttribute('srcdoc')).toBeNull()
  expect(await trackerHits(run)).toEqual([])
})

test('a page without a blocked iframe downloads no placeholders', async ({ page, run }) => {
  const modules = requestsTo(page, 'aufum-consent-', { paths: true })
  await page.goto(`${SITE}/course.html?run=${run}`)
  await expect(page.getByRole('region', { name: 'Your privacy choices' })).toBeVisible()
  await page.waitForTimeout(300)
  expect(modules).toEqual(['/aufum-consent-banner.js'])
})
