// Shared by the UI's end-to-end specs: reading the consent state, what has focus (inside the UI's open shadow
// root), and waiting for the UI to settle. The fixture pages put the manager on `window.consent` and the UI
// on `window.ui` (packages/ui/e2e/fixtures/ui.html).
import type { Page } from '@playwright/test'
import { expect } from '../../../scripts/e2e/tracker'

export interface ConsentState {
  status: 'pending' | 'decided'
  categories: Record<string, boolean>
  method: string | null
}

export type UIWindow = Window & {
  consent: { store: { get(): ConsentState }; acceptAll(): void; rejectAll(): void; reset(): void }
  ui: { showBanner(): void; showSettings(): void; hide(): void }
  __violations?: string[]
  __cls?: number
  __shifts?: string[]
}

/** What the consent manager holds now. */
export const consentState = (page: Page) => page.evaluate(() => (window as unknown as UIWindow).consent.store.get())

/** The banner: a region while it does not block the page, a dialog when it does. */
export const banner = (page: Page) =>
  page
    .getByRole('region', { name: 'Your privacy choices' })
    .or(page.getByRole('dialog', { name: 'Your privacy choices' }))

/** The settings panel. */
export const panel = (page: Page) => page.getByRole('dialog', { name: 'Cookie settings' })

/**
 * In the browser: the focused element, looking inside shadow roots, as `<where> <role> "<name>"`: where is
 * `page`, `banner` or `dialog "<its name>"`, e.g. `banner button "Reject all"`,
 * `dialog "Cookie settings" switch "Analytics"`. `nothing` when focus is on the body or nowhere.
 */
function describeFocus(): string {
  let el = document.activeElement
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
  if (!el || el === document.body || el === document.documentElement) return 'nothing'
  const root = el.getRootNode() as Document | ShadowRoot
  const nameOf = (node: Element) => {
    const label = node.getAttribute('aria-label')
    if (label) return label
    const labelledBy = node.getAttribute('aria-labelledby')
    if (labelledBy) return root.getElementById(labelledBy)?.textContent?.trim() ?? ''
    return node.textContent?.trim() ?? ''
  }
  const tag = el.tagName.toLowerCase()
  const role =
    el.getAttribute('role') ?? ({ a: 'link', h1: 'heading', h2: 'heading', h3: 'heading' }[tag] as string) ?? tag
  const dialog = el.closest('[role="dialog"]')
  const where = root === document ? 'page' : dialog ? `dialog "${nameOf(dialog)}"` : 'banner'
  return `${where} ${role} "${nameOf(el)}"`
}

/** What has focus now, described as {@link describeFocus} does. */
export const whatHasFocus = (page: Page): Promise<string> => page.evaluate(describeFocus)

/**
 * Presses `key` `times` times and returns every element that received focus meanwhile, in order (recorded in
 * the page, so even a focus that leaves for a moment and is pulled back shows).
 */
export async function focusTrail(page: Page, key: string, times: number): Promise<string[]> {
  await page.evaluate((source) => {
    const w = window as unknown as { __trail: string[]; __describeFocus?: () => string }
    w.__trail = []
    if (w.__describeFocus) return
    w.__describeFocus = new Function(`return (${source})`)()
    const record = () => w.__trail.push(w.__describeFocus!())
    // A move inside the UI's shadow tree does not reach the document; the shadow root's listener records it.
    const host = document.querySelector('aufum-consent')!
    host.shadowRoot!.addEventListener('focusin', record, true)
    document.addEventListener('focusin', (event) => event.target !== host && record(), true)
  }, describeFocus.toString())
  for (let i = 0; i < times; i++) await page.keyboard.press(key)
  return page.evaluate(() => (window as unknown as { __trail: string[] }).__trail)
}

/**
 * Waits until focus is on `target` (or, given a RegExp, on something matching it). A dialog moves focus in an
 * effect that runs just after it paints, so "visible" comes a frame before "focused".
 */
export async function expectFocus(page: Page, target: string | RegExp): Promise<void> {
  const poll = expect.poll(() => whatHasFocus(page), { timeout: 2000 })
  await (typeof target === 'string' ? poll.toBe(target) : poll.toMatch(target))
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails listing where focus went. */
export async function tabTo(page: Page, target: string, { max = 15, back = false } = {}): Promise<void> {
  const visited: string[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    const now = await whatHasFocus(page)
    visited.push(now)
    if (now === target) return
  }
  throw new Error(`${back ? 'Shift+Tab' : 'Tab'} never reached ${target}; focus went to:\n  ${visited.join('\n  ')}`)
}

/** Text at 200 % (WCAG 1.4.4): the next pages load with the root font size doubled. */
export async function textAt200(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      document.documentElement.style.fontSize = '200%'
    })
  })
}

/** Waits until the UI's entrance animations have finished, so styles and colours are the final ones. */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('aufum-consent .ui')).toBeAttached()
  await page.evaluate(async () => {
    const root = document.querySelector('aufum-consent')!.shadowRoot!
    await Promise.all(root.getAnimations().map((animation) => animation.finished))
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  })
}

/** A returning visitor: decides with "Accept all", then comes back (the banner no longer shows). */
export async function asReturningVisitor(page: Page): Promise<void> {
  await expect(banner(page)).toBeVisible()
  await page.evaluate(() => (window as unknown as UIWindow).consent.acceptAll())
  await page.reload()
  await expect(page.locator('aufum-consent .ui')).toBeAttached()
  expect(await consentState(page)).toMatchObject({ status: 'decided', method: 'accept-all' })
  await expect(banner(page)).toHaveCount(0)
}
