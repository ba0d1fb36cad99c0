import type { CategoryConfig, ConsentConfig, CookiePattern } from '@aufum/consent'
import type { UIOptions } from '@aufum/consent-ui'

/** Everything the script tag can be told: the core's options and the UI's, in one object. */
export type EmbedOptions = ConsentConfig & UIOptions

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)
const webUrl = (v: unknown) => {
  try {
    return /^https?:$/.test(new URL(v as string, location.href).protocol)
  } catch {
    return false
  }
}

// Top-level options, each with what it must be: a list of values, a type, or a check and its wording.
// A wrong one is reported and dropped, so its safe default applies.
const OPTIONS: Record<string, string[] | string | [(v: unknown) => boolean, string]> = {
  categories: 'object',
  cookie: 'object',
  texts: 'object',
  revision: [(v) => Number.isInteger(v) && (v as number) >= 0, 'be a whole number of 0 or more'],
  expiresAfterDays: [(v) => Number.isInteger(v) && (v as number) > 0, 'be a whole number of days'],
  policyUrl: [webUrl, 'be an http:, https: or relative URL'],
  lang: 'string',
  blocking: 'boolean',
  floatingButton: 'boolean',
  onWithdraw: ['reload', 'none'],
  layout: ['bar', 'box', 'modal'],
  theme: ['auto', 'light', 'dark'],
}

function problem(key: string, value: unknown): string | undefined {
  const rule = OPTIONS[key]
  if (!rule) return 'is not an option; it is ignored'
  if (typeof rule === 'string')
    return (rule === 'object' ? isObject(value) : typeof value === rule)
      ? undefined
      : `must be a ${rule}; using the default`
  if (typeof rule[0] === 'function') return rule[0](value) ? undefined : `must ${rule[1]}; using the default`
  return rule.includes(value as string) ? undefined : `must be one of '${rule.join("', '")}'; using the default`
}

const report = (field: string, problem: string) => console.error(`[aufum-consent] ${field} ${problem}`)

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
    else if (!isObject(category)) report(`categories.${name}`, 'must be an object, or false; the category is left out')
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
      else report('#aufum-consent-config', 'must hold a JSON object; using the defaults')
    } catch {
      report('#aufum-consent-config', 'must hold valid JSON; using the defaults')
    }
  const data = script?.dataset ?? {}
  if (data.policyUrl) options.policyUrl = data.policyUrl
  if (data.lang) options.lang = data.lang
  if (data.layout) options.layout = data.layout
  if (data.revision) options.revision = Number(data.revision)
  if (data.cookieDomain) options.cookie = { ...(options.cookie as object), domain: data.cookieDomain }
  for (const key in options) {
    const wrong = problem(key, options[key])
    if (wrong) {
      report(key, wrong)
      delete options[key]
    }
  }
  if (options.categories) options.categories = categories(options.categories as Record<string, unknown>)
  return { ...options, nonce: script?.nonce || undefined }
}
