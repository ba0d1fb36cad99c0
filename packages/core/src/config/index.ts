import { fail } from '../errors/index.js'
import { COOKIE_NAME, MAX_DAYS } from '../format/index.js'
import { assertOptions, dropWrongOptions, isObject } from '../options/index.js'
import { CONFIG_RULES } from './rules.js'

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
  /**
   * When a category is withdrawn and something that started on its grant cannot be stopped (a `whenGranted` start
   * that returned no stop function, a script the gate ran): `reload` the page once so that it stops (the default),
   * or `none`.
   */
  onWithdraw?: WithdrawAction
}

/** What to do on withdrawal with something running that cannot be stopped. */
export type WithdrawAction = 'reload' | 'none'

/** A configuration with every default filled in. */
export interface ResolvedConfig {
  categories: Record<string, CategoryConfig>
  revision: number
  expiresAfterDays: number
  respectGpc: boolean
  onWithdraw: WithdrawAction
  cookie: Required<Omit<CookieConfig, 'domain'>> & Pick<CookieConfig, 'domain'>
}

// CNIL: a choice is kept 6 months (trackers, the consent cookie included, live at most 13 months: MAX_DAYS).
const DEFAULT_DAYS = 182

/**
 * Reads the configuration through its rules ({@link CONFIG_RULES}), in every build: development builds throw at the
 * first wrong field, production builds name each in the console and leave it out, so its default applies. Either
 * way a wrong value is never read: a `"required": "false"` grants nothing. Then fills in the defaults.
 *
 * @param config What the site passed to `createConsent`; left unchanged.
 * @returns The complete configuration.
 * @throws {ConsentError} in development, naming the first wrong field.
 */
export function resolveConfig(config: ConsentConfig = {}): ResolvedConfig {
  if (process.env.NODE_ENV !== 'production' && !isObject(config)) fail('config', 'be an object')
  const {
    categories,
    revision = 0,
    expiresAfterDays = DEFAULT_DAYS,
    cookie,
    respectGpc = true,
    onWithdraw = 'reload',
  }: ConsentConfig = isObject(config)
    ? process.env.NODE_ENV !== 'production'
      ? assertOptions(config, CONFIG_RULES)
      : dropWrongOptions(config, CONFIG_RULES)
    : {}
  // Without a prototype, so that what a page added to Object.prototype is never read as a category.
  const defaults: Record<string, CategoryConfig> = Object.assign(Object.create(null), {
    necessary: {},
    preferences: {},
    analytics: {},
    partners: { gpc: true },
  })
  const resolved: Record<string, CategoryConfig> = Object.create(null)
  for (const [name, category] of Object.entries({ ...defaults, ...categories }))
    if (category)
      resolved[name] = {
        ...defaults[name],
        ...category,
        cookies: category.cookies ?? [],
        required: name === 'necessary' || !!category.required,
      }
  return {
    categories: resolved,
    revision,
    expiresAfterDays: Math.min(expiresAfterDays, MAX_DAYS),
    respectGpc,
    onWithdraw,
    cookie: {
      name: COOKIE_NAME,
      path: '/',
      sameSite: 'Lax',
      secure: globalThis.location?.protocol === 'https:',
      ...cookie,
    },
  }
}
