import type { Page } from '@playwright/test'
import { expect, fixtureUrl, SITE, test, trackerHits } from '../../../scripts/e2e/tracker'

type Api = Window & {
  AufumConsent: {
    acceptAll(): void
    rejectAll(): void
    save(c: Record<string, boolean>): void
    reset(): void
    has(c: string): boolean
    get(): { status: string; categories: Record<string, boolean>; method: string | null }
    onChange(fn: (state: { status: string }) => void): () => void
    showBanner(): void
    showSettings(): void
  }
  __trackerRuns?: string[]
  __changes?: string[]
}

/** Records the requests for the banner and the UI modules, and console errors, from the page's first request on. */
function watch(page: Page) {
  const uiRequests: string[] = []
  const errors: string[] = []
  page.on('request', (request) => {
    if (/aufum-consent-(banner|ui)\.js/.test(request.url())) uiRequests.push(new URL(request.url()).pathname)
  })
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  return { uiRequests, errors }
}

const site = (path: string, run: string) => `${SITE}${path}?run=${run}`
const api = (page: Page) => page.evaluate(() => (window as unknown as Api).AufumConsent.get())

test('zero configuration: one script tag gives a banner in the page’s language and gates the page', async ({
  page,
  run,
}) => {
  await page.goto(fixtureUrl('zero-config.html', run))
  await expect(page.getByRole('region', { name: 'Ihre Datenschutzeinstellungen' })).toBeVisible()
  expect(await trackerHits(run)).toEqual([])
  await page.getByRole('button', { name: 'Alle akzeptieren' }).click()
  await expect.poll(async () => (await trackerHits(run)).map((h) => h.path).sort()).toEqual(['/beacon', '/t.js'])
  expect(await api(page)).toMatchObject({ status: 'decided', method: 'accept-all' })
})

test('the example site’s JSON configuration applies: policy link, cookie table, tags in order', async ({
  page,
  run,
}) => {
  await page.goto(site('/course.html', run))
  await expect(page.getByRole('region').getByRole('link', { name: 'Privacy policy' })).toHaveAttribute(
    'href',
    '/privacy.html',
  )
  await page.getByRole('button', { name: 'Customize' }).click()
  await expect(page.getByRole('dialog', { name: 'Cookie settings' })).toBeVisible()
  for (const summary of await page.getByText('Cookies used').all()) await summary.click()
  await expect(page.getByRole('cell', { name: 'Aufum Analytics' })).toBeVisible()
  await expect(page.getByRole('cell', { name: 'aufum_lang' })).toBeVisible()
  await page.getByRole('dialog').getByRole('button', { name: 'Accept all' }).click()
  await expect
    .poll(() => page.evaluate(() => (window as unknown as Api).__trackerRuns))
    .toEqual(['analytics', 'analytics-config'])
  await expect
    .poll(async () => (await trackerHits(run)).map((h) => h.path).sort())
    .toEqual(['/beacon', '/p.gif', '/t.js'])
})

test('configuration that is not JSON is reported, and the banner still asks with nothing granted', async ({
  page,
  run,
}) => {
  const { errors } = watch(page)
  await page.goto(fixtureUrl('bad-json.html', run))
  await expect(page.getByRole('region', { name: 'Your privacy choices' })).toBeVisible()
  expect(errors).toEqual([
    expect.stringContaining('[aufum-consent] #aufum-consent-config must hold a valid JSON object'),
  ])
  expect(await api(page)).toMatchObject({ status: 'pending', categories: { analytics: false, partners: false } })
  expect(await trackerHits(run)).toEqual([])
})

test('each wrong option is reported once by name and left at its default; nothing is granted', async ({
  page,
  run,
}) => {
  const { errors } = watch(page)
  await page.goto(fixtureUrl('bad-fields.html', run))
  const banner = page.getByRole('region', { name: 'Your privacy choices' })
  await expect(banner).toBeVisible()
  // A layout that is no layout: the bar, along the bottom edge.
  const box = (await banner.boundingBox())!
  expect([box.x, Math.round(box.y + box.height), box.width]).toEqual([0, 720, 1280])
  await expect(banner.getByRole('link')).toHaveCount(0)
  expect(await api(page)).toMatchObject({ status: 'pending' })
  // The core names its own as it reads them; the production build names the rest once the visitor has decided, off
  // the way of the page and of the banner.
  expect(errors).toEqual(['[aufum-consent] revision must be a whole number of 0 or more; it is ignored'])
  await page.getByRole('button', { name: 'Reject all' }).click()
  await expect.poll(() => errors.length).toBe(4)
  expect(errors.slice(1)).toEqual(
    expect.arrayContaining([
      expect.stringContaining('[aufum-consent] layout must be'),
      expect.stringContaining('[aufum-consent] policyUrl must be an http:, https: or relative URL'),
      expect.stringContaining('[aufum-consent] polcyUrl is not an option'),
    ]),
  )
  // The valid option still applies, and a decision under the default revision is remembered.
  await page.reload()
  expect(await api(page)).toMatchObject({ status: 'decided', method: 'reject-all' })
  expect(await trackerHits(run)).toEqual([])
})

test('a decision the page makes before the banner arrives shows no banner', async ({ page, run }) => {
  const banner = page.waitForResponse(/aufum-consent-banner\.js/)
  await page.goto(fixtureUrl('decided-by-page.html', run))
  // The banner's module was asked for at once; once it has run, there is still nothing to show.
  const url = (await banner).url()
  await page.evaluate((src) => import(src).then(() => new Promise((done) => setTimeout(done))), url)
  expect(await api(page)).toMatchObject({ status: 'decided', method: 'reject-all' })
  await expect(page.locator('aufum-consent')).toHaveCount(0)
})

test('window.AufumConsent works before the UI loads, and loads it only when asked to show', async ({ page, run }) => {
  await page.goto(site('/index.html', run))
  await page.evaluate(() => (window as unknown as Api).AufumConsent.rejectAll())
  const { uiRequests } = watch(page)
  await page.reload()
  const result = await page.evaluate(() => {
    const { AufumConsent } = window as unknown as Api
    const changes: string[] = []
    AufumConsent.onChange((state) => changes.push(state.status))
    // Partners run nothing on this page, so withdrawing them does not reload it.
    const before = AufumConsent.has('partners')
    AufumConsent.save({ partners: true })
    const after = AufumConsent.has('partners')
    AufumConsent.reset()
    AufumConsent.rejectAll()
    return { before, after, changes, ui: document.querySelector('aufum-consent') !== null }
  })
  expect(result).toEqual({ before: false, after: true, changes: ['decided', 'pending', 'decided'], ui: false })
  expect(uiRequests).toEqual([])
  await page.evaluate(() => (window as unknown as Api).AufumConsent.showSettings())
  await expect(page.getByRole('dialog', { name: 'Cookie settings' })).toBeVisible()
  expect(uiRequests).toEqual(['/aufum-consent-ui.js'])
})

test('a first visit downloads the banner without Preact; a returning visitor neither; the panel the UI', async ({
  page,
  run,
}) => {
  const { uiRequests } = watch(page)
  await page.goto(site('/index.html', run))
  await expect(page.getByRole('button', { name: 'Accept all' })).toBeVisible()
  expect(uiRequests).toEqual(['/aufum-consent-banner.js'])
  await page.getByRole('button', { name: 'Accept all' }).click()
  uiRequests.length = 0
  await page.goto(site('/course.html', run))
  await page.goto(site('/video.html', run))
  await expect(page.locator('iframe')).toHaveAttribute('src', /frame\.html/)
  expect(uiRequests).toEqual([])
  // Their "Cookie settings" link still opens the panel, loading the UI then.
  await page.getByRole('contentinfo').getByRole('link', { name: 'Cookie settings' }).click()
  await expect(page.getByRole('dialog', { name: 'Cookie settings' })).toBeVisible()
  expect(uiRequests).toEqual(['/aufum-consent-ui.js'])
})

test('served from a sub-path, the script tag loads its banner from beside itself', async ({ page, run }) => {
  const { uiRequests } = watch(page)
  await page.goto(fixtureUrl('sub-path.html', run))
  await expect(page.getByRole('region', { name: 'Your privacy choices' })).toBeVisible()
  expect(uiRequests).toEqual(['/static/consent/aufum-consent-banner.js'])
})

test('the script tag with its integrity hash loads; with a wrong hash the browser refuses it', async ({
  page,
  run,
}) => {
  await page.goto(fixtureUrl('sri.html', run))
  await expect(page.getByRole('region', { name: 'Your privacy choices' })).toBeVisible()
  await page.goto(fixtureUrl('sri-tampered.html', run))
  expect(await page.evaluate(() => typeof (window as unknown as Api).AufumConsent)).toBe('undefined')
})

test('the demo site keeps course content usable after "Reject all"', async ({ page, run }) => {
  await page.goto(site('/course.html', run))
  await page.getByRole('button', { name: 'Reject all' }).click()
  await page.getByRole('button', { name: 'Enrol for free' }).click()
  await page.getByRole('link', { name: 'Watch a lesson' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/lesson 1/)
  await expect(page.getByRole('region')).toHaveCount(0)
  expect(await trackerHits(run)).toEqual([])
})

test('under a strict CSP the script tag needs only its nonce: UI module, styles, gated scripts, no violation', async ({
  page,
  run,
}) => {
  await page.goto(fixtureUrl('strict.csp.html', run))
  const accept = page.getByRole('button', { name: 'Tout accepter' })
  await expect(accept).toBeVisible()
  expect(await accept.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgb(29, 78, 216)')
  await accept.click()
  await expect
    .poll(() => page.evaluate(() => (window as unknown as Api).__trackerRuns))
    .toEqual(['csp', 'inline-after-csp'])
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([])
})
