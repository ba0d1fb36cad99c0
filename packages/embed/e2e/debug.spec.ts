// The consent audit in Chromium: "debug": true loads it into the production script tag, the development build
// runs it by default, each mistake is named, the clean example site gets no warning, and the production files
// carry none of it. The development build also names a configuration block placed after the script tag.
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { consoleErrors, expect, fixtureUrl, requestsTo, SITE, test, trackerHits } from '../../../scripts/e2e/tracker'

const DIST = new URL('../dist/', import.meta.url)

/** The audit's console warnings, and the element each names (its tag), as they arrive. */
function auditWarnings(page: Page): { text: string; element?: string }[] {
  const warnings: { text: string; element?: string }[] = []
  page.on('console', async (message) => {
    if (message.type() !== 'warning' || !message.text().startsWith('[aufum-consent] debug:')) return
    const element = message.args()[1]
    const entry: { text: string; element?: string } = { text: message.text() }
    if (element) entry.element = await element.evaluate((el) => (el as Element).localName)
    warnings.push(entry)
  })
  return warnings
}

/** The page with every mistake, and "debug": true. */
const withDebugOption = (run: string) => fixtureUrl('debug.html', run, { config: '{"debug":true}' })

/** Serves the development build in place of aufum-consent.js. */
const developmentBuild = (page: Page) =>
  page.route(/\/aufum-consent\.js(\?|$)/, (route) =>
    route.fulfill({ path: new URL('aufum-consent.dev.js', DIST).pathname, contentType: 'text/javascript' }),
  )

const EVERY_MISTAKE = [
  {
    text: expect.stringMatching(
      /this data-consent="analytics" script runs without consent: give it type="text\/plain"/,
    ),
    element: 'script',
  },
  {
    text: expect.stringMatching(/this data-consent="partners" element loads without consent: move its src/),
    element: 'img',
  },
  { text: expect.stringMatching(/data-consent="video" names no configured category \("video"\)/), element: 'iframe' },
  { text: expect.stringMatching(/"session_hint" is set, but no category declares it/) },
  { text: expect.stringMatching(/"cart" is set, but no category declares it/) },
  { text: expect.stringMatching(/"_trk_leak" is set while analytics is not granted/) },
]

test('with "debug": true the script tag loads the audit, which names each mistake once', async ({ page, run }) => {
  const warnings = auditWarnings(page)
  const modules = requestsTo(page, 'aufum-consent-debug', { paths: true })
  await page.goto(withDebugOption(run))
  await expect.poll(() => warnings.length, { timeout: 5000 }).toBe(EVERY_MISTAKE.length)
  expect(warnings).toEqual(expect.arrayContaining(EVERY_MISTAKE))
  expect(modules).toEqual(['/aufum-consent-debug.js'])
  await page.waitForTimeout(1500)
  expect(warnings).toHaveLength(EVERY_MISTAKE.length)
})

test('without "debug" the production script tag audits nothing and loads no audit; its files carry none of it', async ({
  page,
  run,
}) => {
  const warnings = auditWarnings(page)
  const modules = requestsTo(page, 'aufum-consent-debug')
  await page.goto(fixtureUrl('debug.html', run))
  await expect(page.getByRole('region', { name: 'Your privacy choices' })).toBeVisible()
  await page.waitForTimeout(1500)
  expect(warnings).toEqual([])
  expect(modules).toEqual([])
  for (const file of [
    'aufum-consent.js',
    'aufum-consent-banner.js',
    'aufum-consent-ui.js',
    'aufum-consent-placeholders.js',
  ])
    expect(readFileSync(new URL(file, DIST), 'utf8')).not.toContain('names no configured category')
  expect(readFileSync(new URL('aufum-consent-debug.js', DIST), 'utf8')).toContain('names no configured category')
})

test('the development build, aufum-consent.dev.js, audits by default', async ({ page, run }) => {
  await developmentBuild(page)
  const warnings = auditWarnings(page)
  await page.goto(fixtureUrl('debug.html', run))
  await expect.poll(() => warnings.length, { timeout: 5000 }).toBe(EVERY_MISTAKE.length)
  expect(warnings).toEqual(expect.arrayContaining(EVERY_MISTAKE))
})

test('the example site, audited by the development build, gets no warning: first visit, accepted, refused', async ({
  page,
  run,
}) => {
  // Twelve page loads, each waited for until the network is idle, and three looks at the cookies.
  test.setTimeout(45_000)
  await developmentBuild(page)
  const warnings = auditWarnings(page)
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  const visitAll = async () => {
    for (const path of ['/index.html', '/course.html', '/video.html', '/privacy.html']) {
      await page.goto(`${SITE}${path}?run=${run}`)
      await page.waitForLoadState('networkidle')
    }
    await page.waitForTimeout(1200)
  }
  await visitAll()
  await page.getByRole('button', { name: 'Accept all' }).click()
  await visitAll()
  // The analytics tool has set its cookie, declared under analytics.
  expect((await page.context().cookies()).map((c) => c.name)).toContain('_trk_analytics')
  await page.getByRole('contentinfo').getByRole('link', { name: 'Cookie settings' }).click()
  await page.getByRole('dialog', { name: 'Cookie settings' }).getByRole('button', { name: 'Reject all' }).click()
  await visitAll()
  expect(warnings).toEqual([])
  expect(errors).toEqual([])
  // The audit was listening all along: a cookie that no category declares is named.
  await page.evaluate(() => {
    document.cookie = 'forgotten=1; path=/'
  })
  await expect.poll(() => warnings.map((w) => w.text)).toEqual([expect.stringContaining('"forgotten" is set')])
})

const LATE_BLOCK =
  '[aufum-consent] #aufum-consent-config came after the script tag and is ignored; move it before the script tag'

for (const [title, build, reported] of [
  ['the development build names a configuration block after the script tag once', 'development', [LATE_BLOCK]],
  ['the production build says nothing of a configuration block after the script tag', 'production', []],
] as const)
  test(`${title}; nothing of the block applies, the same in both builds`, async ({ page, run }) => {
    if (build === 'development') await developmentBuild(page)
    const errors = consoleErrors(page)
    await page.goto(fixtureUrl('config-after-tag.html', run))
    await expect.poll(() => errors).toEqual(reported)
    // The default categories (no video, analytics kept) under revision 0, nothing granted before a decision.
    const state = () =>
      page.evaluate(() => {
        const { status, revision, categories } = (
          window as unknown as { AufumConsent: { get(): { status: string; revision: number; categories: object } } }
        ).AufumConsent.get()
        return { status, revision, categories }
      })
    expect(await state()).toEqual({
      status: 'pending',
      revision: 0,
      categories: { necessary: true, preferences: false, analytics: false, partners: false },
    })
    expect(await trackerHits(run)).toEqual([])
    await page.getByRole('button', { name: 'Accept all' }).click()
    await expect.poll(async () => (await trackerHits(run)).map((h) => h.path).sort()).toEqual(['/beacon', '/t.js'])
    expect(await state()).toEqual({
      status: 'decided',
      revision: 0,
      categories: { necessary: true, preferences: true, analytics: true, partners: true },
    })
    // Once, whatever follows (the production build's report of the options after a first decision included); the
    // video category the block names never existed, so its pixel never loads.
    await page.waitForTimeout(1000)
    expect(errors).toEqual(reported)
    expect((await trackerHits(run)).map((h) => h.path).sort()).toEqual(['/beacon', '/t.js'])
  })

test('the production script tag carries nothing of the late block’s report', () => {
  expect(readFileSync(new URL('aufum-consent.js', DIST), 'utf8')).not.toContain('came after the script tag')
  expect(readFileSync(new URL('aufum-consent.dev.js', DIST), 'utf8')).toContain('came after the script tag')
})
