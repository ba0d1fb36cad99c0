import { describe, expect, test } from 'vitest'
import { loadBuiltIn } from './built-in.js'
import { en } from './en.js'
import { chooseLanguage, isRightToLeft, loadTexts } from './index.js'

const BUILT_IN = ['en', 'de', 'es', 'fr', 'zh']

describe('choosing the language', () => {
  test.each<[string, (string | undefined)[], string]>([
    ['the configured language first', ['fr', 'de', 'es'], 'fr'],
    ['a regional tag by its primary language', ['de-AT'], 'de'],
    ['the next preference when one has no texts', ['pt-BR', 'es-MX'], 'es'],
    ['Simplified Chinese for zh-CN', ['zh-CN'], 'zh'],
    ['not Simplified Chinese for Traditional tags', ['zh-TW', 'zh-Hant-HK'], 'en'],
    ['English when nothing matches', ['pt', 'ja'], 'en'],
    ['English when nothing is asked', [undefined, ''], 'en'],
  ])('takes %s', (_, wanted, chosen) => {
    expect(chooseLanguage(wanted, BUILT_IN)).toBe(chosen)
  })

  test('takes a language the site supplied texts for', () => {
    expect(chooseLanguage(['ar-EG'], [...BUILT_IN, 'ar'])).toBe('ar')
  })

  test('knows which languages run right to left', () => {
    expect(['ar', 'he-IL', 'fa', 'en', 'de'].map(isRightToLeft)).toEqual([true, true, true, false, false])
  })
})

describe('loading the texts', () => {
  test('loads a built-in language on demand, with every text', async () => {
    const { language, texts } = await loadTexts(['de'], {}, { necessary: {}, analytics: {} }, loadBuiltIn, en)
    expect(language).toBe('de')
    expect(texts.acceptAll).toBe('Alle akzeptieren')
    expect(texts.categories.analytics?.label).toBe('Analyse')
  })

  test.each(['de', 'es', 'fr', 'zh'])('%s has every text of English, none left empty', async (tag) => {
    const categories = { necessary: {}, preferences: {}, analytics: {}, partners: {} }
    const [{ texts: english }, { texts }] = await Promise.all([
      loadTexts(['en'], {}, categories, loadBuiltIn, en),
      loadTexts([tag], {}, categories, loadBuiltIn, en),
    ])
    const shape = (t: object): unknown =>
      JSON.parse(JSON.stringify(t, (_, v) => (typeof v === 'string' ? typeof v : v)))
    expect(shape(texts)).toEqual(shape(english))
    expect(JSON.stringify(texts)).not.toMatch(/:""/)
    expect(texts.bannerText).toContain(texts.reopen)
    expect(texts.acceptAll).not.toBe(english.acceptAll)
  })

  test('puts the site’s category texts over the built-in ones, and its overrides over both', async () => {
    const { texts } = await loadTexts(
      ['en'],
      { en: { acceptAll: 'Allow all', categories: { video: { description: 'Course videos by our partners' } } } },
      { analytics: { label: 'Statistics' }, video: { label: 'Video' } },
      loadBuiltIn,
      en,
    )
    expect(texts.acceptAll).toBe('Allow all')
    expect(texts.rejectAll).toBe('Reject all')
    expect(texts.categories.analytics).toMatchObject({ label: 'Statistics' })
    expect(texts.categories.analytics?.description).toMatch(/understand how visitors use/)
    expect(texts.categories.video).toEqual({ label: 'Video', description: 'Course videos by our partners' })
  })

  test('fills a site language’s missing texts with English', async () => {
    const { language, texts } = await loadTexts(['ar'], { ar: { acceptAll: 'قبول الكل' } }, {}, loadBuiltIn, en)
    expect(language).toBe('ar')
    expect(texts.acceptAll).toBe('قبول الكل')
    expect(texts.rejectAll).toBe('Reject all')
  })
})
