// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { loadBuiltIn } from './built-in.js'
import { en } from './en.js'
import { chooseLanguage, isRightToLeft, LANGUAGES, loadTexts } from './index.js'

describe('choosing the language', () => {
  test.each<[string, (string | undefined)[], string]>([
    ['the configured language first', ['fr', 'de', 'es'], 'fr'],
    ['a regional tag by its primary language', ['de-AT'], 'de'],
    ['European Portuguese for pt-PT', ['pt-PT'], 'pt'],
    ['Brazilian Portuguese for pt-BR, whatever its case', ['pt-br'], 'pt-br'],
    ['the next preference when one has no texts', ['fa-IR', 'es-MX'], 'es'],
    ['Simplified Chinese for zh and zh-CN', ['zh-CN'], 'zh'],
    ['Traditional Chinese for zh-TW', ['zh-TW'], 'zh-tw'],
    ['Traditional Chinese for zh-Hant-HK', ['zh-Hant-HK'], 'zh-tw'],
    ['Traditional Chinese for zh-HK', ['zh-HK'], 'zh-tw'],
    ['Bokmål for Norwegian', ['no'], 'nb'],
    ['Bokmål for Nynorsk', ['nn-NO'], 'nb'],
    ['English when nothing matches', ['fa', 'sw'], 'en'],
    ['English when nothing is asked', [undefined, ''], 'en'],
  ])('takes %s', (_, wanted, chosen) => {
    expect(chooseLanguage(wanted, LANGUAGES)).toBe(chosen)
  })

  test('takes a language the site supplied texts for', () => {
    expect(chooseLanguage(['fa-IR'], [...LANGUAGES, 'fa'])).toBe('fa')
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
    const { language, texts } = await loadTexts(['fa'], { fa: { acceptAll: 'پذیرش همه' } }, {}, loadBuiltIn, en)
    expect(language).toBe('fa')
    expect(texts.acceptAll).toBe('پذیرش همه')
    expect(texts.rejectAll).toBe('Reject all')
  })
})
