import type { Page } from '@playwright/test'
import { expect, fixtureUrl, type Hit, SITE, test, trackerHits } from '../../../scripts/e2e/tracker'

type ConsentPage = Window & {
  consent: {
    acceptAll(): void
    rejectAll(): void
    save(choices: Record<string, boolean>): void
  }
  __trackerRuns: string[]
  addTag(name: string): void
}

/** What reached the tracker, as `path` or `path:name`/`path:from`, sorted. */
const summary = (hits: Hit[]) =>
  hits
    .map((hit) => {
      const query = new URLSearchParams(hit.query)
      const label = query.get('name') ?? query.get('from')
      return label ? `${hit.path}:${label}` : hit.path
    })
    .sort()

const runs = (page: Page) => page.evaluate(() => (window as unknown as ConsentPage).__trackerRuns)
const decide = (page: Page, action: string) =>
  page.evaluate((call) => new Function('consent', call)((window as unknown as ConsentPage).consent), action)
const trackerCookies = async (page: Page) =>
  (await page.context().cookies(SITE)).filter((c) => c.name.startsWith('_trk')).map((c) => c.name)

// Every vector of gate.html, once each, after "Accept all".
const EVERYTHING = [
  '/beacon:inline',
  '/beacon:lib',
  '/beacon:loaded',
  '/beacon:multi',
  '/frame.html',
  '/p.gif:pixel',
  '/t.js:lib',
  '/t.js:loaded',
  '/t.js:multi',
]

/** Waits until the tracker has seen `expected`, then a little longer to catch anything extra. */
async function expectHits(run: string, expected: string[]) {
  await expect.poll(async () => summary(await trackerHits(run)), { timeout: 5000 }).toEqual(expected)
  await new Promise((resolve) => setTimeout(resolve, 300))
  expect(summary(await trackerHits(run))).toEqual(expected)
}

async function expectNothingLoaded(page: Page, run: string) {
  await page.waitForLoadState('load')
  await new Promise((resolve) => setTimeout(resolve, 500))
  expect(await trackerHits(run)).toEqual([])
  expect(await trackerCookies(page)).toEqual([])
  expect(await runs(page)).toEqual([])
  expect(await page.locator('iframe').getAttribute('src')).toBeNull()
  expect(await page.locator('img').getAttribute('src')).toBeNull()
  expect(await page.locator('script[src*="name=loaded"]:not([type="text/plain"])').count()).toBe(0)
}

test('before the visitor decides, no script, pixel or iframe reaches the tracker and no tracker cookie is set', async ({
  page,
  run,
}) => {
  await page.goto(fixtureUrl('gate.html', run))
  await expectNothingLoaded(page, run)
})

test('after "Reject all" nothing loads, and nothing loads on the next page either', async ({ page, run }) => {
  await page.goto(fixtureUrl('gate.html', run))
  await decide(page, 'consent.rejectAll()')
  await expectNothingLoaded(page, run)
  await page.reload()
  await expectNothingLoaded(page, run)
})

test('"Accept all" starts every gated script, pixel and iframe at once, each exactly once', async ({ page, run }) => {
  await page.goto(fixtureUrl('gate.html', run))
  await page.waitForLoadState('load')
  await decide(page, 'consent.acceptAll()')
  await expectHits(run, EVERYTHING)
  await expect(page.locator('iframe')).toHaveAttribute('src', /frame\.html/)
  await expect(page.locator('img')).toHaveAttribute('src', /p\.gif/)
  expect((await trackerCookies(page)).sort()).toEqual(['_trk_lib', '_trk_loaded', '_trk_multi'])

  // Deciding again, or differently, never runs anything twice.
  await decide(page, 'consent.acceptAll(); consent.save({ partners: true }); consent.acceptAll()')
  await expectHits(run, EVERYTHING)
  expect((await runs(page)).filter((name) => name === 'lib')).toHaveLength(1)
})

test('granting analytics alone runs analytics tags, and neither partner tags nor tags that need both', async ({
  page,
  run,
}) => {
  await page.goto(fixtureUrl('gate.html', run))
  await page.waitForLoadState('load')
  await decide(page, 'consent.save({ analytics: true })')
  await expectHits(run, ['/beacon:inline', '/beacon:lib', '/beacon:loaded', '/t.js:lib', '/t.js:loaded'])
  expect(await page.locator('iframe').getAttribute('src')).toBeNull()
})

test('a returning visitor’s tags run on the next page load without any click', async ({ page, run }) => {
  await page.goto(fixtureUrl('gate.html', run))
  await decide(page, 'consent.acceptAll()')
  await expectHits(run, EVERYTHING)
  await page.reload()
  await expect.poll(async () => (await runs(page)).includes('multi')).toBe(true)
  await expectHits(run, [...EVERYTHING, ...EVERYTHING].sort())
})

test('scripts run in document order: the inline configuration waits for its slow library', async ({ page, run }) => {
  await page.goto(fixtureUrl('gate.html', run))
  await decide(page, 'consent.acceptAll()')
  await expect.poll(() => runs(page)).toContain('multi')
  const order = (await runs(page)).filter((name) => !['loaded', 'module:object'].includes(name))
  expect(order).toEqual(['lib', 'config-after-lib', 'multi'])
  expect(await runs(page)).toEqual(expect.arrayContaining(['loaded', 'module:object']))
})

test('an activated script keeps the attributes the page gave it', async ({ page, run }) => {
  await page.goto(fixtureUrl('gate.html', run))
  await decide(page, 'consent.acceptAll()')
  const lib = page.locator('script#lib')
  await expect(lib).toHaveAttribute('class', 'tag')
  await expect(lib).toHaveAttribute('data-extra', 'kept')
  await expect(lib).not.toHaveAttribute('type', 'text/plain')
  await expect(page.locator('script#loaded')).toHaveAttribute('src', /name=loaded/)
})

test('a tag that a single-page app adds later is gated too, and runs at once once granted', async ({ page, run }) => {
  await page.goto(fixtureUrl('gate-spa.html', run))
  await page.waitForLoadState('load')
  await page.evaluate(() => (window as unknown as ConsentPage).addTag('before'))
  await decide(page, 'consent.rejectAll()')
  await new Promise((resolve) => setTimeout(resolve, 300))
  expect(await trackerHits(run)).toEqual([])
  await decide(page, 'consent.acceptAll()')
  await expectHits(run, ['/beacon:before', '/t.js:before'])
  await page.evaluate(() => (window as unknown as ConsentPage).addTag('after'))
  await expectHits(run, ['/beacon:after', '/beacon:before', '/t.js:after', '/t.js:before'])
})

test('a decision made in one tab runs the gated tags of another open tab without a reload', async ({ page, run }) => {
  await page.goto(fixtureUrl('gate.html', run))
  const otherTab = await page.context().newPage()
  await otherTab.goto(fixtureUrl('gate-spa.html', run))
  await otherTab.evaluate(() => (window as unknown as ConsentPage).addTag('other-tab'))
  await page.waitForLoadState('load')
  await decide(page, 'consent.save({ analytics: true })')
  await expect.poll(() => runs(otherTab)).toEqual(['other-tab'])
})

test('withdrawing analytics deletes its cookies and reloads the page once, and nothing runs after', async ({
  page,
  run,
}) => {
  await page.goto(fixtureUrl('gate.html', run))
  await decide(page, 'consent.save({ analytics: true })')
  await expect.poll(() => trackerCookies(page)).toContain('_trk_lib')
  // Every analytics script has run (a script still loading at withdrawal may set its cookie after the deletion).
  await expect.poll(() => runs(page)).toEqual(expect.arrayContaining(['config-after-lib', 'loaded']))
  await expect.poll(() => trackerCookies(page)).toContain('_trk_loaded')
  const hitsBefore = (await trackerHits(run)).length

  let loads = 0
  page.on('load', () => loads++)
  await Promise.all([page.waitForEvent('load'), decide(page, 'consent.save({ analytics: false })')])
  await new Promise((resolve) => setTimeout(resolve, 500))
  expect(loads).toBe(1)
  expect(await trackerCookies(page)).toEqual([])
  expect(await runs(page)).toEqual([])
  expect(await trackerHits(run)).toHaveLength(hitsBefore)
})

test('under a strict Content-Security-Policy, gated scripts run with the page’s nonce and violate nothing', async ({
  page,
  run,
}) => {
  await page.goto(fixtureUrl('gate.csp.html', run))
  await page.waitForLoadState('load')
  await page.evaluate(() => (window as unknown as ConsentPage).consent.acceptAll())
  await expect.poll(() => runs(page)).toEqual(['csp', 'inline-with-nonce'])
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([])
  // The browser hides the nonce from getAttribute(); a policy without 'strict-dynamic' needs it carried over.
  expect(await page.evaluate(() => (document.getElementById('inline') as HTMLScriptElement).nonce)).toBe('aufum-test')
})
