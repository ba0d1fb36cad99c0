// Every built-in language through the script tag: its file, as built, holds its texts under the hash the script tag
// checks; a page in a sample of languages (one for each way a page's tag is read, right to left for Arabic and Hebrew)
// shows the banner in it; a sample passes axe with the panel open; long languages fit a 320 px phone with equal main
// choices; and the language's file is fetched beside the module that shows it, never after.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, fixtureUrl, SITE, test, trackerHits } from '../../../scripts/e2e/tracker'
import type { Texts } from '../../ui/src/i18n/index'

type ApiWindow = Window & { AufumConsent: { rejectAll(): void; showSettings(): void } }

const LANGUAGES = readdirSync(new URL('../../ui/src/i18n/', import.meta.url))
  .map((file) => /^([a-z]{2}(?:-[a-z]{2})?)\.ts$/.exec(file)?.[1])
  .filter((language): language is string => !!language)

/** A built-in language's texts, from its source file. */
const textsOf = async (language: string): Promise<Texts> =>
  (await import(`../../ui/src/i18n/${language}.ts`))[language.replace('-', '')]

/** The tag a page in `language` would carry in `<html lang>`. */
const TAGS: Record<string, string> = { 'pt-br': 'pt-BR', 'zh-tw': 'zh-Hant-TW' }

const open = (page: Page, run: string, lang: string) => page.goto(fixtureUrl('sri.html', run, { lang }))

test('the built-in languages are the 24 official languages of the EU and the 15 others', () => {
  expect(LANGUAGES).toHaveLength(39)
})

const DIST = new URL('../dist/', import.meta.url)

const HASHES = new URL('aufum-consent-modules.json', DIST)

// What the browser adds for one language over another is the file it loads: each file, as the script tag would load
// it, is checked without a page (a page for each of the 39 cost the suite about 40 s); the pages below show the
// banner for a sample. English ships in the banner's and the UI's own files.
for (let first = 0; first < LANGUAGES.length; first += 8) {
  const languages = LANGUAGES.slice(first, first + 8).filter((language) => language !== 'en')
  test(`the files of ${languages.join(', ')} hold their texts, under the hashes the script tag checks them by`, async () => {
    const hashes: Record<string, string> = JSON.parse(readFileSync(HASHES, 'utf8'))
    for (const language of languages) {
      const file = new URL(`aufum-consent-lang-${language}.js`, DIST)
      const hash = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`
      expect(hashes[`aufum-consent-lang-${language}.js`], language).toBe(hash)
      expect((await import(file.href)).default, language).toEqual(await textsOf(language))
    }
  })
}

// English (in the banner's own file), a plain tag, a regional tag (pt-BR), a tag read as another (zh-Hant-TW), and
// both right-to-left languages; one page each in turn.
const SAMPLE = ['ar', 'de', 'en', 'he', 'pt-br', 'zh-tw']

test(`pages in ${SAMPLE.join(', ')} show the banner in their language`, async ({ page, run }) => {
  for (const language of SAMPLE)
    await test.step(`a page in ${TAGS[language] ?? language}`, async () => {
      const texts = await textsOf(language)
      await open(page, run, TAGS[language] ?? language)
      const banner = page.getByRole('region', { name: texts.bannerTitle })
      await expect(banner).toBeVisible()
      await expect(banner).toContainText(texts.bannerText)
      for (const name of [texts.rejectAll, texts.acceptAll, texts.customize])
        await expect(banner.getByRole('button', { name, exact: true })).toBeVisible()
      const { lang, direction } = await banner.evaluate((element) => ({
        lang: element.closest('[lang]')?.getAttribute('lang'),
        direction: getComputedStyle(element).direction,
      }))
      expect(lang).toBe(language)
      expect(direction).toBe(['ar', 'he'].includes(language) ? 'rtl' : 'ltr')
    })
})

test('Norwegian and Nynorsk pages read Bokmål; a language without texts reads English', async ({ page, run }) => {
  const nb = await textsOf('nb')
  for (const lang of ['no', 'nn-NO']) {
    await open(page, run, lang)
    await expect(page.getByRole('region', { name: nb.bannerTitle })).toBeVisible()
  }
  await open(page, run, 'sw')
  await expect(page.getByRole('region', { name: 'Your privacy choices' })).toBeVisible()
})

test('the example site’s German page shows the banner in German, and refusing in German loads no tracker', async ({
  page,
  run,
}) => {
  const de = await textsOf('de')
  await page.goto(`${SITE}/kurs.html?run=${run}`)
  const banner = page.getByRole('region', { name: de.bannerTitle })
  await banner.getByRole('button', { name: de.rejectAll, exact: true }).click()
  await expect(banner).toHaveCount(0)
  await page.reload()
  await page.waitForTimeout(300)
  expect(await trackerHits(run)).toEqual([])
})

for (const language of ['de', 'fi', 'ar', 'zh', 'ja'])
  test(`in ${language}, the banner and the settings panel have no WCAG 2.2 AA violations`, async ({ page, run }) => {
    const texts = await textsOf(language)
    await open(page, run, language)
    await expect(page.getByRole('region', { name: texts.bannerTitle })).toBeVisible()
    const axe = () =>
      new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
        .include('aufum-consent')
        .analyze()
        .then(({ violations }) => violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`))
    expect(await axe()).toEqual([])
    await page.getByRole('button', { name: texts.customize, exact: true }).click()
    const panel = page.getByRole('dialog', { name: texts.settingsTitle })
    await expect(panel).toBeVisible()
    await expect(panel.getByRole('button', { name: texts.save, exact: true })).toBeVisible()
    expect(await panel.evaluate((element) => getComputedStyle(element).direction)).toBe(
      language === 'ar' ? 'rtl' : 'ltr',
    )
    await page.waitForTimeout(300)
    expect(await axe()).toEqual([])
  })

for (const language of ['de', 'fi', 'hu', 'el'])
  test(`in ${language}, the banner fits a 320 px phone and "Reject all" and "Accept all" keep the same size`, async ({
    page,
    run,
  }) => {
    const texts = await textsOf(language)
    await page.setViewportSize({ width: 320, height: 640 })
    await open(page, run, language)
    const banner = page.getByRole('region', { name: texts.bannerTitle })
    await expect(banner).toBeVisible()
    const overflow = await banner.evaluate((element) =>
      [element, ...element.querySelectorAll('button')]
        .filter((e) => e.scrollWidth > e.clientWidth || e.getBoundingClientRect().right > innerWidth)
        .map((e) => `${e.textContent?.slice(0, 30)}: ${e.scrollWidth} > ${e.clientWidth}`),
    )
    expect(overflow).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320)
    const reject = (await banner.getByRole('button', { name: texts.rejectAll, exact: true }).boundingBox())!
    const accept = (await banner.getByRole('button', { name: texts.acceptAll, exact: true }).boundingBox())!
    expect(Math.abs(reject.width - accept.width), 'width').toBeLessThanOrEqual(1)
    expect(Math.abs(reject.height - accept.height), 'height').toBeLessThanOrEqual(1)
    expect(reject.height).toBeGreaterThanOrEqual(44)
  })

/** When each file of the script tag was asked for and when its answer was complete, in ms since the first. */
function timeline(page: Page) {
  const start = Date.now()
  const asked = new Map<string, number>()
  const done = new Map<string, number>()
  const name = (url: string) => new URL(url).pathname.split('/').at(-1)!
  page.on('request', (request) => asked.set(name(request.url()), Date.now() - start))
  page.on('requestfinished', (request) => done.set(name(request.url()), Date.now() - start))
  return { asked, done }
}

const slow = (page: Page, file: string) =>
  page.route(`**/${file}`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500))
    await route.continue()
  })

test('on a first visit, the language file is asked for beside the banner’s, not after it', async ({ page, run }) => {
  await slow(page, 'aufum-consent-banner.js')
  const { asked, done } = timeline(page)
  await open(page, run, 'de')
  await expect(page.getByRole('region', { name: (await textsOf('de')).bannerTitle })).toBeVisible()
  expect(asked.get('aufum-consent-lang-de.js')).toBeLessThan(done.get('aufum-consent-banner.js')!)
})

test('when a returning visitor opens the settings, the language file is asked for beside the UI’s, not after it', async ({
  page,
  run,
}) => {
  await open(page, run, 'de')
  await page.evaluate(() => (window as unknown as ApiWindow).AufumConsent.rejectAll())
  await page.reload()
  await slow(page, 'aufum-consent-ui.js')
  const { asked, done } = timeline(page)
  await page.evaluate(() => (window as unknown as ApiWindow).AufumConsent.showSettings())
  await expect(page.getByRole('dialog', { name: (await textsOf('de')).settingsTitle })).toBeVisible()
  expect(asked.get('aufum-consent-lang-de.js')).toBeLessThan(done.get('aufum-consent-ui.js')!)
})
