// Layout: the banner never shifts the page, fits a 320 px phone and 200 % text, has targets of at least
// 24×24 px and two equal main choices, and never hides the element that has focus.
import type { Locator, Page } from '@playwright/test'
import { expect, fixtureUrl, test } from '../../../scripts/e2e/tracker'
import { banner, panel, settled, tabTo, textAt200, type UIWindow } from './helpers'

const CHOICES = ['Reject all', 'Accept all', 'Customize']

/** Overflow of the document and of the UI's cards, as `what: scrollWidth > clientWidth` lines ([] if none). */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = []
    const { scrollWidth, clientWidth } = document.documentElement
    if (scrollWidth > clientWidth) found.push(`page: ${scrollWidth} > ${clientWidth}`)
    for (const card of document.querySelector('aufum-consent')!.shadowRoot!.querySelectorAll('.card')) {
      const rect = card.getBoundingClientRect()
      if (card.scrollWidth > card.clientWidth)
        found.push(`${card.className}: ${card.scrollWidth} > ${card.clientWidth}`)
      if (rect.left < 0 || rect.right > document.documentElement.clientWidth)
        found.push(`${card.className}: ${rect.left}…${rect.right} outside 0…${document.documentElement.clientWidth}`)
    }
    return found
  })

/** Buttons whose text does not fit them, as `name: scrollWidth > clientWidth`. */
const clippedButtons = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelector('aufum-consent')!.shadowRoot!.querySelectorAll('button')]
      .filter((b) => b.scrollWidth > b.clientWidth || b.scrollHeight > b.clientHeight)
      .map((b) => `${b.textContent}: ${b.scrollWidth}×${b.scrollHeight} > ${b.clientWidth}×${b.clientHeight}`),
  )

/** Every button, switch and disclosure in the UI smaller than 24×24 CSS px, and how many there are. */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('aufum-consent')!.shadowRoot!
    const targets = [...root.querySelectorAll('button, [role="switch"], summary')]
    const small = targets
      .map((t) => ({ t, r: t.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 24 || r.height < 24)
      .map(({ t, r }) => `${t.getAttribute('aria-labelledby') ?? t.textContent}: ${r.width}×${r.height}`)
    return { count: targets.length, small }
  })

async function expectEqualWeight(reject: Locator, accept: Locator) {
  const [r, a] = [(await reject.boundingBox())!, (await accept.boundingBox())!]
  expect(Math.abs(r.width - a.width) / Math.max(r.width, a.width), 'width').toBeLessThanOrEqual(0.1)
  expect(Math.abs(r.height - a.height) / Math.max(r.height, a.height), 'height').toBeLessThanOrEqual(0.1)
  const look = (el: Element) => {
    const s = getComputedStyle(el)
    return [s.backgroundColor, s.color, s.fontSize, s.fontWeight, s.borderTopColor, s.borderTopWidth]
  }
  expect(await reject.evaluate(look)).toEqual(await accept.evaluate(look))
}

test('the banner and the panel shift nothing on the page (CLS 0)', async ({ page, run }) => {
  await page.addInitScript(() => {
    const w = window as unknown as UIWindow
    w.__cls = 0
    w.__shifts = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number
        hadRecentInput: boolean
        sources?: { node?: Node | null }[]
      })[]) {
        if (entry.hadRecentInput) continue
        w.__cls! += entry.value
        w.__shifts!.push(`${entry.value} ${entry.sources?.map((s) => s.node?.nodeName).join(',')}`)
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await page.goto(fixtureUrl('ui.html', run))
  await expect(banner(page)).toBeVisible()
  await settled(page)
  // Opened by the site's code, so a shift could not be excused as following the visitor's input.
  await page.evaluate(() => (window as unknown as UIWindow).ui.showSettings())
  await expect(panel(page)).toBeVisible()
  await settled(page)
  await page.keyboard.press('Escape')
  await expect(panel(page)).toHaveCount(0)
  await page.evaluate(() => (window as unknown as UIWindow).ui.hide())
  await expect(banner(page)).toHaveCount(0)
  await settled(page)
  const { cls, shifts } = await page.evaluate(() => {
    const w = window as unknown as UIWindow
    return { cls: w.__cls, shifts: w.__shifts }
  })
  expect(cls, `layout shifts:\n${shifts!.join('\n')}`).toBe(0)
})

test.describe('on a 320×640 phone', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  test('the banner fits the width and all three choices can be reached', async ({ page, run }) => {
    await page.goto(fixtureUrl('ui.html', run))
    await expect(banner(page)).toBeVisible()
    expect(await horizontalOverflow(page)).toEqual([])
    for (const name of CHOICES) {
      const button = banner(page).getByRole('button', { name })
      await button.scrollIntoViewIfNeeded()
      await expect(button).toBeInViewport({ ratio: 1 })
    }
    expect(await clippedButtons(page)).toEqual([])
  })

  test('the settings panel, with its cookie table open, fits the width', async ({ page, run }) => {
    await page.goto(fixtureUrl('ui.html', run))
    await page.getByRole('button', { name: 'Customize' }).click()
    await panel(page).getByText('Cookies used').click()
    await expect(panel(page).getByRole('cell', { name: '_trk' })).toBeVisible()
    expect(await horizontalOverflow(page)).toEqual([])
    const save = panel(page).getByRole('button', { name: 'Save choices' })
    await save.scrollIntoViewIfNeeded()
    await expect(save).toBeInViewport({ ratio: 1 })
    expect(await clippedButtons(page)).toEqual([])
  })
})

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the banner takes at most a third of the screen, with its three choices in view, text of 16 px and 44 px targets', async ({
    page,
    run,
  }) => {
    await page.goto(fixtureUrl('ui.html', run))
    await expect(banner(page)).toBeVisible()
    await settled(page)
    const card = (await banner(page).boundingBox())!
    expect(card.height).toBeLessThanOrEqual(844 / 3)
    // In view as the page opens: nothing scrolled, in the page or in the banner.
    for (const name of CHOICES) {
      const box = (await banner(page).getByRole('button', { name }).boundingBox())!
      expect(box.y, name).toBeGreaterThanOrEqual(0)
      expect(box.y + box.height, name).toBeLessThanOrEqual(844)
      expect(box.height, `${name} height`).toBeGreaterThanOrEqual(44)
      expect(box.width, `${name} width`).toBeGreaterThanOrEqual(44)
    }
    expect(await banner(page).evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true)
    const fontSizes = await banner(page).evaluate((el) =>
      [...el.querySelectorAll('p, a, button')].map((node) => Number.parseFloat(getComputedStyle(node).fontSize)),
    )
    expect(Math.min(...fontSizes)).toBeGreaterThanOrEqual(16)
    // The full explanation is one tap away.
    await banner(page).getByRole('button', { name: 'Customize' }).click()
    await expect(panel(page).getByText('Optional purposes stay off until you switch them on.')).toBeVisible()
  })
})

/** Where the panel's close button, title and three choices are, and whether each is wholly in the viewport. */
const panelFrame = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('aufum-consent')!.shadowRoot!
    const dialog = root.querySelector('[role="dialog"]')!
    const parts = [...dialog.querySelectorAll('.head button, .head h2, .actions button')].map((el) => {
      const r = el.getBoundingClientRect()
      const inView = r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth
      return `${el.getAttribute('aria-label') ?? el.textContent}: ${inView ? 'in view' : `out of view (${Math.round(r.top)}…${Math.round(r.bottom)})`}`
    })
    return parts
  })

for (const { viewport, text } of [
  { viewport: { width: 320, height: 640 }, text: '100 %' },
  { viewport: { width: 390, height: 844 }, text: '100 %' },
  { viewport: { width: 320, height: 640 }, text: '200 %' },
  { viewport: { width: 390, height: 844 }, text: '200 %' },
])
  test(`on a ${viewport.width}×${viewport.height} phone, text at ${text}, the panel's title, close button and choices stay in view while the categories scroll`, async ({
    page,
    run,
  }) => {
    await page.setViewportSize(viewport)
    if (text === '200 %') await textAt200(page)
    await page.goto(fixtureUrl('ui.html', run))
    await page.getByRole('button', { name: 'Customize' }).click()
    await panel(page).getByText('Cookies used').click()
    await expect(panel(page).getByRole('cell', { name: '_trk' })).toBeVisible()
    await settled(page)
    const expected = ['Close', 'Cookie settings', 'Reject all', 'Accept all', 'Save choices'].map(
      (name) => `${name}: in view`,
    )
    // Halfway down the categories, then at their end: the list scrolls, its head and its actions do not.
    for (const at of [0.5, 1]) {
      const scrolled = await panel(page).evaluate((dialog, at) => {
        const list = dialog.querySelector('.scroll')!
        list.scrollTop = (list.scrollHeight - list.clientHeight) * at
        return list.scrollTop
      }, at)
      expect(scrolled, 'the categories scroll').toBeGreaterThan(0)
      expect(await panelFrame(page)).toEqual(expected)
    }
    expect(await horizontalOverflow(page)).toEqual([])
  })

test('on a phone, long cookie names break after their separators, not in the middle of a word', async ({
  page,
  run,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(fixtureUrl('ui.html', run, { cookie: '_aufum_analytics_session_identifier_v2' }))
  await page.getByRole('button', { name: 'Customize' }).click()
  await panel(page).getByText('Cookies used').click()
  const cell = panel(page).getByRole('cell', { name: '_aufum_analytics_session_identifier_v2' })
  await expect(cell).toBeVisible()
  // The name is laid out in parts, each ending at a separator: a part on one line is not broken inside.
  const parts = await cell.evaluate((td) =>
    [...td.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => {
        const range = document.createRange()
        range.selectNodeContents(node)
        // A line break after the part adds an empty box at the line's end: only boxes with a width count.
        const lines = [...range.getClientRects()].filter((box) => box.width > 0).length
        return { text: node.textContent, lines, top: range.getBoundingClientRect().top }
      }),
  )
  expect(parts.map(({ text }) => text).join('')).toBe('_aufum_analytics_session_identifier_v2')
  expect(parts.filter(({ lines }) => lines !== 1)).toEqual([])
  expect(new Set(parts.map(({ top }) => Math.round(top))).size, 'lines').toBeGreaterThan(1)
  expect(await horizontalOverflow(page)).toEqual([])

  // At 320 px the names' column is narrower than "identifier_": the part breaks inside rather than widen the panel.
  await page.setViewportSize({ width: 320, height: 640 })
  await expect(cell).toBeVisible()
  expect(
    await cell.evaluate((td) => {
      const table = td.closest('table')!
      return [td.scrollWidth - td.clientWidth, table.offsetWidth <= table.parentElement!.clientWidth]
    }),
    'name overflowing its cell, table within its box',
  ).toEqual([0, true])
  expect(await horizontalOverflow(page)).toEqual([])
})

test('with text at 200 % the banner and the panel need no horizontal scrolling and clip no button text', async ({
  page,
  run,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await textAt200(page)
  await page.goto(fixtureUrl('ui.html', run))
  await expect(banner(page)).toBeVisible()
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px')
  expect(
    await banner(page)
      .getByRole('button', { name: 'Accept all' })
      .evaluate((el) => getComputedStyle(el).fontSize),
  ).toBe('32px')
  expect(await horizontalOverflow(page)).toEqual([])
  expect(await clippedButtons(page)).toEqual([])

  await page.getByRole('button', { name: 'Customize' }).click()
  await panel(page).getByText('Cookies used').click()
  await expect(panel(page).getByRole('cell', { name: '_trk' })).toBeVisible()
  expect(await horizontalOverflow(page)).toEqual([])
  expect(await clippedButtons(page)).toEqual([])
})

test('every button and switch in the banner and the panel is at least 24×24 px', async ({ page, run }) => {
  await page.goto(fixtureUrl('ui.html', run))
  await expect(banner(page)).toBeVisible()
  const inBanner = await smallTargets(page)
  expect(inBanner.count).toBe(3)
  expect(inBanner.small).toEqual([])

  await page.getByRole('button', { name: 'Customize' }).click()
  await expect(panel(page)).toBeVisible()
  const withPanel = await smallTargets(page)
  expect(withPanel.count).toBe(3 + 8) // close, 3 switches, "Cookies used", 3 choices
  expect(withPanel.small).toEqual([])
})

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 320, height: 640 },
]) {
  test(`"Reject all" and "Accept all" look the same: size, colours, font (${viewport.width} px wide)`, async ({
    page,
    run,
  }) => {
    await page.setViewportSize(viewport)
    await page.goto(fixtureUrl('ui.html', run))
    await expect(banner(page)).toBeVisible()
    await expectEqualWeight(
      banner(page).getByRole('button', { name: 'Reject all' }),
      banner(page).getByRole('button', { name: 'Accept all' }),
    )
    await page.getByRole('button', { name: 'Customize' }).click()
    await expect(panel(page)).toBeVisible()
    await expectEqualWeight(
      panel(page).getByRole('button', { name: 'Reject all' }),
      panel(page).getByRole('button', { name: 'Accept all' }),
    )
  })
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 320, height: 640 },
]) {
  test(`links near the end of the page, reached with Tab, are not hidden under the bar banner (${viewport.width}×${viewport.height})`, async ({
    page,
    run,
  }) => {
    await page.setViewportSize(viewport)
    await page.goto(fixtureUrl('ui.html', run))
    await expect(banner(page)).toBeVisible()
    await settled(page)
    const bar = (await banner(page).boundingBox())!
    const bottomLink = (await page.locator('#bottom-link').boundingBox())!
    // The link starts out under the banner, so the test would catch the banner hiding it.
    expect(bottomLink.y + bottomLink.height).toBeGreaterThan(bar.y)
    // #bottom-link, then the footer's two links, the last on the page.
    for (const [name, link] of [
      ['A link near the bottom', page.locator('#bottom-link')],
      ['Cookie settings', page.locator('footer').getByRole('link', { name: 'Cookie settings' })],
      ['Privacy policy', page.locator('footer').getByRole('link', { name: 'Privacy policy' })],
    ] as const) {
      await tabTo(page, `page link "${name}"`)
      const box = (await link.boundingBox())!
      const barNow = (await banner(page).boundingBox())!
      const hidden =
        box.x >= barNow.x &&
        box.y >= barNow.y &&
        box.x + box.width <= barNow.x + barNow.width &&
        box.y + box.height <= barNow.y + barNow.height
      expect(hidden, `"${name}" ${JSON.stringify(box)} lies inside the banner ${JSON.stringify(barNow)}`).toBe(false)
      // Scrolled clear of it entirely, in fact, thanks to scroll-padding-bottom.
      expect(box.y + box.height, `"${name}" bottom vs banner top`).toBeLessThanOrEqual(barNow.y)
    }
    // Once the visitor decides, the page gets its own padding back.
    await page.getByRole('button', { name: 'Reject all' }).click()
    await expect(banner(page)).toHaveCount(0)
    expect(
      await page.evaluate(() => {
        const { paddingBottom, scrollPaddingBottom } = document.documentElement.style
        return { paddingBottom, scrollPaddingBottom }
      }),
    ).toEqual({ paddingBottom: '', scrollPaddingBottom: '' })
  })
}
