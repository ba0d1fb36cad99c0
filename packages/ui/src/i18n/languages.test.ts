// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { loadBuiltIn } from './built-in.js'
import { en } from './en.js'
import { LANGUAGES } from './index.js'

/** Every text as `[path, text]`: `acceptAll`, `categories.analytics.label`… */
const flatten = (texts: object, prefix = ''): [string, string][] =>
  Object.entries(texts).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value]] : flatten(value, `${prefix}${key}.`),
  )

const english = new Map(flatten(en))
const placeholders = (text = '') => (text.match(/\{\w+\}/g) ?? []).sort()

// Texts that are the same word in English and in the language, not English left in place.
const SAME_AS_ENGLISH: Record<string, string[]> = {
  de: ['cookieName'], // Name
  lv: ['categories.preferences.label'], // Preferences
  nl: ['categories.partners.label'], // Partners
}

describe.each(LANGUAGES.filter((language) => language !== 'en'))('%s', (language) => {
  test('has every text English has, and no other', async () => {
    const texts = flatten(await loadBuiltIn(language))
    expect(texts.map(([path]) => path).sort()).toEqual([...english.keys()].sort())
  })

  test('leaves no text empty and none in English, and keeps {provider} and {category}', async () => {
    for (const [path, text] of flatten(await loadBuiltIn(language))) {
      expect(text.trim(), path).not.toBe('')
      if (!SAME_AS_ENGLISH[language]?.includes(path)) expect(text, path).not.toBe(english.get(path))
      expect(placeholders(text), path).toEqual(placeholders(english.get(path)))
    }
  })

  test('tells where the choice can be changed, by the name of the button that reopens it', async () => {
    const texts = await loadBuiltIn(language)
    expect(texts.bannerText).toContain(texts.reopen)
    expect(texts.settingsText).toContain(texts.reopen)
  })
})
