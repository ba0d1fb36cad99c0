import type { CategoryConfig } from '@aufum/consent'
import { report } from '@aufum/consent/internal'
import type { PlaceholderTexts } from '../placeholder/texts.js'

/** A category's name and purpose as visitors read them. */
export interface CategoryTexts {
  label: string
  description: string
}

/** Every text the banner, the settings panel and the placeholders show, in one language. */
export interface Texts extends PlaceholderTexts {
  bannerTitle: string
  bannerText: string
  policyLink: string
  acceptAll: string
  rejectAll: string
  customize: string
  settingsTitle: string
  settingsText: string
  save: string
  close: string
  alwaysOn: string
  cookies: string
  cookieName: string
  cookieProvider: string
  cookiePurpose: string
  cookieDuration: string
  consentId: string
  decidedAt: string
  reopen: string
  /** Shown while the browser's Global Privacy Control signal is honoured. */
  gpc: string
  categories: Record<string, CategoryTexts>
}

/** The texts the banner shows. */
export type BannerTexts = Pick<
  Texts,
  'bannerTitle' | 'bannerText' | 'policyLink' | 'acceptAll' | 'rejectAll' | 'customize' | 'gpc'
>

/** A site's texts for one language: any text (the placeholders' too), and any category's label or description. */
export type TextOverrides = Partial<Omit<Texts, 'categories'> & PlaceholderTexts> & {
  categories?: Record<string, Partial<CategoryTexts>>
}

/**
 * The built-in languages, as lower-case tags: the 24 official languages of the EU and the others Aufum's learners
 * read most. English ships with the banner and the UI; each other one is a file of its own, loaded on demand.
 */
export const LANGUAGES: readonly string[] =
  'ar bg cs da de el en es et fi fr ga he hi hr hu id it ja ko lt lv mt nb nl pl pt pt-br ro ru sk sl sv th tr uk vi zh zh-tw'.split(
    ' ',
  )

/** Loads a built-in language's texts (not English): a bundler's chunk, or one of the script tag's files. */
export type LoadLanguage = (language: string) => Promise<Texts>

// Tags whose texts are another tag's: Norwegian (`no`) and Nynorsk read Bokmål.
const ALIASES: Record<string, string> = { no: 'nb', nn: 'nb' }

/**
 * Picks the first language of `wanted` that has texts: an exact tag, else its primary language (`de-AT` → `de`,
 * `pt-PT` → `pt`). Traditional Chinese tags (`zh-TW`, `zh-HK`, `zh-Hant-HK`…) take `zh-tw`, never Simplified `zh`.
 *
 * @param wanted Language tags in order of preference: configuration, `<html lang>`, `navigator.languages`.
 * @param available Languages with texts, as lower-case tags.
 * @returns One of `available`, or `en`.
 */
export function chooseLanguage(wanted: readonly (string | null | undefined)[], available: readonly string[]): string {
  for (const tag of wanted) {
    const lower = tag?.toLowerCase()
    if (!lower) continue
    const primary = lower.split('-')[0]!
    const fallback = /^zh-(hant|tw|hk|mo)/.test(lower) ? 'zh-tw' : (ALIASES[primary] ?? primary)
    for (const candidate of [lower, fallback]) if (available.includes(candidate)) return candidate
  }
  return 'en'
}

/**
 * A site's texts keyed by lower-case language tag, as {@link chooseLanguage} compares them; without a prototype, so
 * that a tag such as `constructor` finds nothing it was not given.
 */
export const byLowerTag = (overrides: Record<string, TextOverrides> = {}): Record<string, TextOverrides> =>
  Object.assign(
    Object.create(null),
    Object.fromEntries(Object.entries(overrides).map(([tag, texts]) => [tag.toLowerCase(), texts])),
  )

/** Languages whose script runs right to left. */
export const isRightToLeft = (language: string): boolean => /^(ar|dv|fa|he|ps|ur|yi)\b/.test(language)

/**
 * The texts for the visitor's language: built in (English at once, the others loaded on demand), with the
 * site's category labels and descriptions, then the site's overrides for that language, on top.
 *
 * @param wanted Language tags in order of preference.
 * @param overrides The site's texts, by language tag.
 * @param categories The consent manager's categories, for their labels and descriptions.
 * @param load Loads a built-in language other than English.
 * @param english The English texts: all of them (`en`), or those of the one thing shown (`enBanner`, `enPlaceholders`).
 * @returns The language chosen and its texts.
 * @throws when the file of a built-in language does not arrive (reported in the console).
 */
export async function loadTexts(
  wanted: readonly (string | null | undefined)[],
  overrides: Record<string, TextOverrides> | undefined,
  categories: Record<string, CategoryConfig>,
  load: LoadLanguage,
  english: Partial<Texts>,
): Promise<{ language: string; texts: Texts }> {
  const own = byLowerTag(overrides)
  const language = chooseLanguage(wanted, [...LANGUAGES, ...Object.keys(own)])
  const base =
    language !== 'en' && LANGUAGES.includes(language)
      ? await load(language).catch((error) => {
          report(`could not load the ${language} texts: ${error}`)
          throw error
        })
      : (english as Texts)
  const { categories: ownCategories, ...ownTexts } = own[language] ?? {}
  const texts: Texts = { ...(english as Texts), ...base, ...ownTexts, categories: {} }
  for (const name of new Set([...Object.keys(categories), ...Object.keys(ownCategories ?? {})])) {
    const { label, description } = categories[name] ?? {}
    texts.categories[name] = {
      label: name,
      description: '',
      ...base.categories?.[name],
      ...(label && { label }),
      ...(description && { description }),
      ...ownCategories?.[name],
    } as CategoryTexts
  }
  return { language, texts }
}
