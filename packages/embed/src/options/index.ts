import type { CategoryConfig, ConsentConfig, CookiePattern } from '@aufum/consent'
import type { UIOptions } from '@aufum/consent-ui'

/** Everything the script tag can be told: the core's options and the UI's, in one object. */
export type EmbedOptions = ConsentConfig & UIOptions

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)
const oneOf =
  (...values: unknown[]) =>
  (v: unknown) =>
    values.includes(v)
const ofType = (type: string) => (v: unknown) => typeof v === type
const wholeNumber = (min: number) => (v: unknown) => Number.isInteger(v) && (v as number) >= min
const webUrl = (v: unknown) => {
  try {
    return /^https?:$/.test(new URL(v as string, location.href).protocol)
  } catch {
    return false
  }
}

// Top-level options: a wrong one is reported and dropped, so its safe default applies.
const CHECKS: Record<string, [(v: unknown) => boolean, string]> = {
  categories: [isObject, 'be an object of category name to settings'],
  revision: [wholeNumber(0), 'be a whole number of 0 or more'],
  expiresAfterDays: [wholeNumber(1), 'be a whole number of days'],
  cookie: [isObject, 'be an object'],
  onWithdraw: [oneOf('reload', 'none'), "be 'reload' or 'none'"],
  policyUrl: [webUrl, 'be an http:, https: or relative URL'],
  lang: [ofType('string'), 'be a language tag'],
  texts: [isObject, 'be an object of language tag to texts'],
  layout: [oneOf('bar', 'box', 'modal'), "be 'bar', 'box' or 'modal'"],
  blocking: [ofType('boolean'), 'be true or false'],
  theme: [oneOf('auto', 'light', 'dark'), "be 'auto', 'light' or 'dark'"],
  floatingButton: [ofType('boolean'), 'be true or false'],
}

const report = (field: string, must: string) =>
  console.error(`[aufum-consent] ${field} must ${must}; using the default instead`)

// JSON cannot hold a RegExp: a string written "/^_ga/" (flags allowed) stands for one.
function pattern(value: CookiePattern): CookiePattern {
  const parts = typeof value === 'string' ? /^\/(.+)\/([dgimsuy]*)$/.exec(value) : null
  try {
    return parts ? new RegExp(parts[1]!, parts[2]) : value
  } catch {
    return value
  }
}

function categories(given: Record<string, unknown>): Record<string, CategoryConfig | false> {
  const result: Record<string, CategoryConfig | false> = {}
  for (const name in given) {
    const category = given[name]
    if (category === false) result[name] = false
    else if (!isObject(category)) report(`categories.${name}`, 'be an object, or false')
    else
      result[name] = {
        ...category,
        cookies: Array.isArray(category.cookies)
          ? category.cookies.map((c) =>
              isObject(c) ? { ...c, match: c.match && pattern(c.match as string) } : pattern(c),
            )
          : [],
      } as CategoryConfig
  }
  return result
}

/**
 * Reads the script tag's configuration: the JSON block `#aufum-consent-config` (which must come before the
 * script tag), then the tag's own `data-policy-url`, `data-lang`, `data-layout`, `data-revision` and
 * `data-cookie-domain`, which win. Nothing here throws: what is wrong is reported once in the console and
 * left to its default, which never grants anything.
 *
 * @param script The script tag of aufum-consent.js.
 * @returns The options for `createConsent` and `mountConsentUI`.
 */
export function readOptions(script: HTMLScriptElement | null): EmbedOptions {
  let options: Record<string, unknown> = {}
  const block = document.getElementById('aufum-consent-config')
  if (block)
    try {
      const parsed = JSON.parse(block.textContent || '')
      if (isObject(parsed)) options = parsed
      else report('#aufum-consent-config', 'hold a JSON object')
    } catch {
      report('#aufum-consent-config', 'hold valid JSON')
    }
  const data = script?.dataset ?? {}
  if (data.policyUrl) options.policyUrl = data.policyUrl
  if (data.lang) options.lang = data.lang
  if (data.layout) options.layout = data.layout
  if (data.revision) options.revision = Number(data.revision)
  if (data.cookieDomain) options.cookie = { ...(options.cookie as object), domain: data.cookieDomain }
  for (const key in options) {
    const [valid, must] = CHECKS[key] ?? []
    if (valid?.(options[key])) continue
    if (must) report(key, must)
    else console.error(`[aufum-consent] ${key} is not an option; it is ignored`)
    delete options[key]
  }
  if (options.categories) options.categories = categories(options.categories as Record<string, unknown>)
  return { ...options, nonce: script?.nonce || undefined }
}
