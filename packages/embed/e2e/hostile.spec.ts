// A hostile world: markup that passed a sanitizer, the script tag included twice, a tampered module, a page that
// patched Object.prototype, mistakes in the configuration, a script tag of type module, a UI file that hangs.
import type { Page } from '@playwright/test'
import { consoleErrors, expect, fixtureUrl, test, trackerHits } from '../../../scripts/e2e/tracker'
import { decodeDecision, encodeDecision } from '../../core/src/format/index.js'

type ApiWindow = Window & {
  AufumConsent: {
    get(): { status: string; method: string | null; categories: Record<string, boolean> }
    acceptAll(): void
    showSettings(): void
  }
  __ran?: number
  __trackerRuns?: string[]
  __placeholderRan?: boolean
}

const api = (page: Page) => page.evaluate(() => (window as unknown as ApiWindow).AufumConsent.get())
const hitsFrom = async (run: string) =>
  (await trackerHits(run)).map((hit) => `${hit.path}:${new URLSearchParams(hit.query).get('from') ?? ''}`).sort()

test('a javascript: or data: URL in gated markup never becomes live, even after consent', async ({ page, run }) => {
  await page.goto(fixtureUrl('hostile-markup.html', run))
  await page.getByRole('button', { name: 'Accept all' }).click()
  await expect(page.locator('#pixel')).toHaveAttribute('src', /from=pixel/)
  await page.waitForTimeout(300)
  expect(await page.evaluate(() => (window as unknown as ApiWindow).__ran)).toBeUndefined()
  for (const id of ['#js', '#tab']) expect(await page.locator(id).getAttribute('src')).toBeNull()
  expect(await page.locator('#srcset').getAttribute('srcset')).toBeNull()
  expect(await hitsFrom(run)).toEqual(['/p.gif:pixel'])
})

test('included twice, the script tag runs each gated tag once and shows one banner', async ({ page, run }) => {
  await page.goto(fixtureUrl('twice.html', run))
  await expect(page.getByRole('region', { name: 'Your privacy choices' })).toHaveCount(1)
  expect(await page.locator('aufum-consent').count()).toBe(1)
  await page.getByRole('button', { name: 'Accept all' }).click()
  await expect.poll(() => page.evaluate(() => (window as unknown as ApiWindow).__trackerRuns)).toEqual(['twice'])
  await page.waitForTimeout(500)
  expect(await page.evaluate(() => (window as unknown as ApiWindow).__trackerRuns)).toEqual(['twice'])
  expect((await trackerHits(run)).filter((hit) => hit.path === '/t.js')).toHaveLength(1)
})

test('loaded with Subresource Integrity, the script tag runs no tampered module: no banner, nothing granted', async ({
  page,
  run,
}) => {
  const errors = consoleErrors(page)
  await page.route('**/aufum-consent-banner.js', async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, body: `window.__ran = 1;\n${await response.text()}` })
  })
  await page.goto(fixtureUrl('sri.html', run))
  await expect.poll(() => errors).toEqual([expect.stringMatching(/could not load .*aufum-consent-banner\.js/)])
  expect(await page.evaluate(() => (window as unknown as ApiWindow).__ran)).toBeUndefined()
  await expect(page.locator('aufum-consent')).toHaveCount(0)
  expect(await api(page)).toMatchObject({ status: 'pending' })
  // The loader asks again later: that request may come after the test, when the route can no longer fetch.
  await page.unrouteAll({ behavior: 'ignoreErrors' })
})

test('loaded with Subresource Integrity, the untampered module and language file load, each checked', async ({
  page,
  run,
}) => {
  await page.goto(fixtureUrl('sri.html', run, { lang: 'fr' }))
  await expect(page.getByRole('region', { name: 'Vos choix en matière de confidentialité' })).toBeVisible()
  const map = JSON.parse((await page.locator('script[type="importmap"]').textContent()) ?? '{}')
  expect(Object.keys(map.integrity).map((url) => new URL(url).pathname)).toEqual(
    expect.arrayContaining(['/aufum-consent-banner.js', '/aufum-consent-ui.js', '/aufum-consent-lang-fr.js']),
  )
})

test('the site’s own markup inside a gated iframe runs no script and requests nothing before consent', async ({
  page,
  run,
}) => {
  await page.goto(fixtureUrl('placeholders.html', run))
  await expect(page.frameLocator('#fallback').getByRole('button', { name: 'Play this episode' })).toBeVisible()
  await page.waitForTimeout(300)
  expect(await page.evaluate(() => (window as unknown as ApiWindow).__placeholderRan)).toBeUndefined()
  expect(await trackerHits(run)).toEqual([])
  // Its button still works: the content loads, and only then the provider is asked.
  await page.frameLocator('#fallback').getByRole('button', { name: 'Play this episode' }).click()
  await expect(page.locator('#fallback')).toHaveAttribute('src', /video=4/)
})

test('a page that added a property to Object.prototype still gets its banner and settings, and grants nothing', async ({
  page,
  run,
}) => {
  await page.goto(fixtureUrl('configured.html', run, { proto: 'video' }))
  await expect(page.getByRole('region', { name: 'Your privacy choices' })).toBeVisible()
  expect(await api(page)).toMatchObject({ status: 'pending', categories: { analytics: false } })
  await page.getByRole('button', { name: 'Reject all' }).click()
  await page.getByRole('link', { name: 'Cookie settings' }).click()
  await expect(page.getByRole('dialog', { name: 'Cookie settings' })).toBeVisible()
  await page.getByRole('dialog').getByRole('button', { name: 'Accept all' }).click()
  await expect.poll(() => hitsFrom(run)).toContain('/t.js:')
  // "video" is no configured category, whatever Object.prototype says.
  expect(await page.locator('#video').getAttribute('src')).toBeNull()
  expect(await hitsFrom(run)).not.toContain('/p.gif:video')
})

for (const name of ['toString', 'constructor', 'valueOf'])
  test(`a category named ${name}, added to the configuration, asks the visitor again`, async ({ page, run }) => {
    await page.goto(fixtureUrl('configured.html', run))
    await page.getByRole('button', { name: 'Accept all' }).click()
    await page.goto(fixtureUrl('configured.html', run, { config: JSON.stringify({ categories: { [name]: {} } }) }))
    await expect(page.getByRole('region', { name: 'Your privacy choices' })).toBeVisible()
    expect(await api(page)).toMatchObject({ status: 'pending' })
  })

test('cookie and localStorage disagreeing (two tabs in one second): one copy wins, the other is rewritten', async ({
  page,
  run,
}) => {
  await page.goto(fixtureUrl('configured.html', run))
  await page.getByRole('button', { name: 'Accept all' }).click()
  // The other tab's decision, in the same second, reached localStorage last.
  const accepted = decodeDecision(await page.evaluate(() => localStorage.getItem('aufum_consent')), Date.now())!
  const rejected = encodeDecision({
    ...accepted,
    method: 'reject-all',
    categories: { necessary: true, preferences: false, analytics: false, partners: false },
  })
  await page.evaluate((value) => localStorage.setItem('aufum_consent', value), rejected)
  await page.reload()
  expect(await api(page)).toMatchObject({ method: 'accept-all' })
  // Safari drops a script-written cookie after 7 days: what comes back must be what was in force.
  await page.context().clearCookies()
  await page.reload()
  expect(await api(page)).toMatchObject({ status: 'decided', method: 'accept-all', categories: { analytics: true } })
})

test('wrong values for the UI are each named once and left out; the banner and the panel still show', async ({
  page,
  run,
}) => {
  const errors = consoleErrors(page)
  const config = {
    lang: 'constructor',
    texts: { en: { categories: null, acceptAll: 'Allow all' }, fr: 'oui' },
    categories: { analytics: { cookies: [null, '_ga'] } },
  }
  await page.goto(fixtureUrl('configured.html', run, { config: JSON.stringify(config) }))
  await expect(page.getByRole('button', { name: 'Allow all' })).toBeVisible()
  await page.getByRole('link', { name: 'Cookie settings' }).click()
  await expect(page.getByRole('dialog', { name: 'Cookie settings' })).toBeVisible()
  await page.getByRole('button', { name: 'Save choices' }).click()
  await expect
    .poll(() => errors.map((message) => message.split(' must ')[0]).sort())
    .toEqual([
      '[aufum-consent] categories.analytics.cookies[0]',
      '[aufum-consent] texts.en.categories',
      '[aufum-consent] texts.fr',
    ])
})

test('a script tag of type="module" reads its own attributes and loads its UI from beside itself', async ({
  page,
  run,
}) => {
  const ui: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('aufum-consent-banner')) ui.push(new URL(request.url()).pathname)
  })
  await page.goto(fixtureUrl('module-tag.html', run))
  await expect(page.getByRole('region').getByRole('link', { name: 'Privacy policy' })).toHaveAttribute(
    'href',
    '/privacy.html',
  )
  expect(ui).toEqual(['/static/consent/aufum-consent-banner.js'])
})

test('a first visit whose UI file hangs does not hold up the page’s load event', async ({ page, run }) => {
  await page.route('**/aufum-consent-banner.js', () => {
    // Never answered.
  })
  await page.goto(fixtureUrl('configured.html', run), { waitUntil: 'load', timeout: 5000 })
  expect(
    await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.toJSON().loadEventEnd),
  ).toBeGreaterThan(0)
  expect(await trackerHits(run)).toEqual([])
})

test('"required" written as a string grants nothing in the production build, and the field is named', async ({
  page,
  run,
}) => {
  const errors = consoleErrors(page)
  await page.goto(fixtureUrl('required-string.html', run))
  await expect(page.getByRole('region', { name: 'Your privacy choices' })).toBeVisible()
  expect(await api(page)).toMatchObject({
    status: 'pending',
    categories: { necessary: true, analytics: false, partners: false },
  })
  expect(errors).toEqual([
    '[aufum-consent] categories.analytics.required must be a boolean; it is ignored',
    '[aufum-consent] categories.partners.required must be a boolean; it is ignored',
  ])
  await page.getByRole('button', { name: 'Reject all' }).click()
  await page.waitForTimeout(300)
  expect(await trackerHits(run)).toEqual([])
  // Each field was named once: the report after the decision leaves the core's options to the core.
  expect(errors).toHaveLength(2)
})

test('a queued call of the page that throws costs the visitor nothing: banner, later calls, gated tags', async ({
  page,
  run,
}) => {
  const thrown: string[] = []
  page.on('pageerror', (error) => thrown.push(error.message))
  await page.goto(fixtureUrl('queued-throws.html', run))
  await expect(page.getByRole('region', { name: 'Your privacy choices' })).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { __nextCall?: string }).__nextCall)).toBe('pending')
  await page.getByRole('button', { name: 'Accept all' }).click()
  await expect.poll(() => hitsFrom(run)).toEqual(['/beacon:queued', '/t.js:'])
  expect(thrown).toEqual(['the page’s own bug'])
})
