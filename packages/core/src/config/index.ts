import { fail } from '../errors/index.js'
import { CATEGORY_NAME, COOKIE_NAME, MAX_DAYS } from '../format/index.js'
import { assertOptions, isObject, report } from '../options/index.js'
import { CONFIG_RULES, COOKIE_ENTRY, isCookiePattern } from './rules.js'

/** A cookie (or localStorage key) described for visitors, as the settings panel lists it (GDPR Art. 13). */
export interface CookieDetails {
  /** The name shown, and matched exactly unless `match` is given. */
  name: string
  /** Matches the names this entry stands for, e.g. `/^_ga_/` for `_ga_<container>`. */
  match?: RegExp
  /** Who sets it, e.g. `Aufum` or `Google Analytics`. */
  provider?: string
  purpose?: string
  /** How long it lives, e.g. `13 months`. */
  duration?: string
}

/**
 * A cookie name or localStorage key that a category's tools set: an exact name, a pattern, or details
 * for the settings panel.
 */
export type CookiePattern = string | RegExp | CookieDetails

/** One consent category, such as `analytics`. */
export interface CategoryConfig {
  /** Always granted and never switchable. Only for strictly necessary storage. */
  required?: boolean
  /**
   * Sale or sharing of personal data: while the browser sends Global Privacy Control, "Accept all" leaves it off
   * (the visitor may still switch it on). Default: true for `partners`.
   */
  gpc?: boolean
  /** Short name shown to visitors. */
  label?: string
  /** What the category is for, shown to visitors. */
  description?: string
  /** First-party cookies and localStorage keys to delete when the category is withdrawn. */
  cookies?: CookiePattern[]
}

/** Where and how the decision is stored. */
export interface CookieConfig {
  /** Cookie name, also the localStorage key. Default `aufum_consent`. */
  name?: string
  /** e.g. `.aufum.com` to share one decision across subdomains. Default: this host only. */
  domain?: string
  /** Default `/`. */
  path?: string
  /** Default `Lax`. */
  sameSite?: 'Lax' | 'Strict' | 'None'
  /** Default: true on https pages. */
  secure?: boolean
}

/** Options of {@link createConsent}; every field is optional. */
export interface ConsentConfig {
  /**
   * Merged over the defaults `necessary`, `preferences`, `analytics`, `partners`.
   * Give `false` to drop a default category.
   */
  categories?: Record<string, CategoryConfig | false>
  /** Bump it when the policy changes: decisions made under another revision no longer count. Default 0. */
  revision?: number
  /** How long a decision counts, in days. Default 182, capped at 395. */
  expiresAfterDays?: number
  cookie?: CookieConfig
  /** Honour the browser's Global Privacy Control signal (`navigator.globalPrivacyControl`). Default true. */
  respectGpc?: boolean
}

/** A configuration with every default filled in. */
export interface ResolvedConfig {
  categories: Record<string, CategoryConfig>
  revision: number
  expiresAfterDays: number
  respectGpc: boolean
  cookie: Required<Omit<CookieConfig, 'domain'>> & Pick<CookieConfig, 'domain'>
}

const whole = (value: unknown, min: number) =>
  Number.isInteger(value) && (value as number) >= min ? (value as number) : undefined

// CNIL: a choice is kept 6 months (trackers, the consent cookie included, live at most 13 months: MAX_DAYS).
const DEFAULT_DAYS = 182

/**
 * Fills in the defaults. In development builds it first validates the configuration, so a mistake is an error that
 * names the field. Production builds skip that to save bytes, and read what they can, failing closed: a category
 * the cookie cannot hold or given as no object is left out, and a revision or a lifetime that is not a whole number
 * takes its default. A `cookies` entry that is no pattern is left out too, but named with `console.error`: a
 * cookie it was meant to declare would otherwise outlive a withdrawal unnoticed.
 *
 * @param config What the site passed to `createConsent`.
 * @returns The complete configuration.
 * @throws {ConsentError} in development, naming the first wrong field.
 */
export function resolveConfig(config: ConsentConfig = {}): ResolvedConfig {
  if (process.env.NODE_ENV !== 'production') {
    if (!isObject(config)) fail('config', 'be an object')
    assertOptions(config, CONFIG_RULES)
  }
  const { categories, revision, expiresAfterDays, cookie, respectGpc = true } = config
  // Without a prototype, so that what a page added to Object.prototype is never read as a category.
  const defaults: Record<string, CategoryConfig> = Object.assign(Object.create(null), {
    necessary: {},
    preferences: {},
    analytics: {},
    partners: { gpc: true },
  })
  const all: Record<string, CategoryConfig | false> = { ...defaults, ...categories }
  const resolved: Record<string, CategoryConfig> = Object.create(null)
  for (const [name, category] of Object.entries(all))
    if (isObject(category) && CATEGORY_NAME.test(name)) {
      const { cookies } = category as CategoryConfig
      resolved[name] = {
        ...defaults[name],
        ...category,
        // Reported and left out, never thrown over (development builds threw above): the category's other entries
        // are still deleted on withdrawal.
        cookies: Array.isArray(cookies)
          ? cookies.filter(
              (c, i) =>
                isCookiePattern(c) || report(`categories.${name}.cookies[${i}] must ${COOKIE_ENTRY}; it is ignored`),
            )
          : [],
        required: name === 'necessary' || !!category.required,
      }
    }
  return {
    categories: resolved,
    revision: whole(revision, 0) ?? 0,
    expiresAfterDays: Math.min(whole(expiresAfterDays, 1) ?? DEFAULT_DAYS, MAX_DAYS),
    respectGpc,
    cookie: {
      name: COOKIE_NAME,
      path: '/',
      sameSite: 'Lax',
      secure: globalThis.location?.protocol === 'https:',
      ...cookie,
    },
  }
}
