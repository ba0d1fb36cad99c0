import type { CategoryConfig, ConsentConfig, ConsentModeOptions, CookiePattern, RecordOptions } from '@aufum/consent'
import type { UIOptions } from '@aufum/consent-ui'
import { enforce, isObject, type Rule, report } from './rules.js'

/** Everything the script tag can be told: the core's options, its features' and the UI's, in one object. */
export type EmbedOptions = ConsentConfig &
  UIOptions & {
    googleConsentMode?: true | ConsentModeOptions
    record?: Pick<RecordOptions, 'endpoint'>
    /** Placeholders in blocked iframes (loaded only where one is blocked). Default true. */
    placeholders?: boolean
  }

/** The core's options: checked at once, since they decide what is granted on every page. */
export const CORE_RULES: Record<string, Rule> = {
  categories: 'object',
  cookie: 'object',
  revision: [(v) => Number.isInteger(v) && (v as number) >= 0, 'be a whole number of 0 or more'],
  expiresAfterDays: [(v) => Number.isInteger(v) && (v as number) > 0, 'be a whole number of days'],
  onWithdraw: ['reload', 'none'],
  respectGpc: 'boolean',
  hideFromBots: 'boolean',
  googleConsentMode: [(v) => v === true || isObject(v), 'be true or an object of options'],
  record: [(v) => isObject(v) && typeof v.endpoint === 'string', 'be { "endpoint": "<URL>" }'],
}

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
 * `data-cookie-domain`, which win. Nothing here throws: a wrong core option is reported once in the console
 * and left to its default, which never grants anything. The UI's options are checked by the UI module, which
 * returning visitors never download.
 *
 * @param script The script tag of aufum-consent.js.
 * @returns The options for `createConsent` and `mountConsentUI`.
 */
export function readOptions(script: HTMLScriptElement | null): EmbedOptions {
  let options: Record<string, unknown> = {}
  const block = document.getElementById('aufum-consent-config')
  if (block) {
    let parsed: unknown
    try {
      parsed = JSON.parse(block.textContent || '')
    } catch {}
    if (isObject(parsed)) options = parsed
    else report('#aufum-consent-config', 'must hold a valid JSON object; using the defaults')
  }
  const data = script?.dataset ?? {}
  for (const key of ['policyUrl', 'lang', 'layout']) if (data[key]) options[key] = data[key]
  if (data.revision) options.revision = Number(data.revision)
  if (data.cookieDomain) options.cookie = { ...(options.cookie as object), domain: data.cookieDomain }
  enforce(options, CORE_RULES)
  if (options.categories) options.categories = categories(options.categories as Record<string, unknown>)
  if (script?.nonce) options.nonce = script.nonce
  return options
}
