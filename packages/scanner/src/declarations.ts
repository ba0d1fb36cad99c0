import { lifetime } from './lifetime.js'
import { itemsSeen } from './seen.js'
import type { Pass, StoredItem } from './types.js'

/** A cookie described for visitors, as the site's configuration writes it in JSON. */
export interface CookieDetails {
  name: string
  /** A name, or a RegExp written as a string: `"/^_ga_/"`. */
  match?: string
  provider?: string
  purpose?: string
  duration?: string
}

/** One entry of a category's `cookies`, as JSON holds it: a name, `"/…/flags"` for a RegExp, or details. */
export type CookieEntry = string | CookieDetails

/** A consent category as the page configures it. */
export interface Category {
  /** Always granted: the storage it declares is necessary. */
  required: boolean
  cookies: CookieEntry[]
}

/** What the site declares, read from its pages. */
export interface Declarations {
  categories: Record<string, Category>
  /** The consent cookie's name, which is also the SDK's localStorage key. */
  consentCookie: string
  /** Where the SDK sends proof-of-consent records, if it does. */
  recordEndpoint?: string
  /** What could not be read, in words for the report. */
  problems: string[]
}

// The SDK's queue of proof-of-consent records not yet delivered (packages/core/src/record).
const RECORD_QUEUE_KEY = 'aufum_consent_records'

const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value)

const readEntry = (value: unknown): CookieEntry | [] =>
  typeof value === 'string' || (isObject(value) && typeof value.name === 'string') ? (value as CookieEntry) : []

/**
 * Reads the site's declarations the way its script tag reads them: the JSON block `#aufum-consent-config`, with
 * categories merged over the SDK's defaults, and the category names and required ones as `window.AufumConsent`
 * reports them before any decision (a required category is granted then).
 *
 * @param configText The text of `#aufum-consent-config`, or null where the page has none.
 * @param categories `window.AufumConsent.get().categories` on a page without a decision.
 * @returns The declarations, with what could not be read listed in `problems`.
 */
export function readDeclarations(configText: string | null, categories: Record<string, boolean>): Declarations {
  const problems: string[] = []
  let config: Record<string, unknown> = {}
  if (configText !== null) {
    let parsed: unknown
    try {
      parsed = JSON.parse(configText)
    } catch {}
    if (isObject(parsed)) config = parsed
    else
      problems.push(
        '#aufum-consent-config holds no JSON object, so the SDK uses its defaults: no category declares a cookie',
      )
  }
  const configured = isObject(config.categories) ? config.categories : {}
  const cookie = isObject(config.cookie) ? config.cookie : {}
  const record = isObject(config.record) ? config.record : {}
  const result: Declarations = {
    categories: {},
    consentCookie: typeof cookie.name === 'string' ? cookie.name : 'aufum_consent',
    problems,
  }
  if (typeof record.endpoint === 'string') result.recordEndpoint = record.endpoint
  for (const [name, granted] of Object.entries(categories)) {
    const category = Object.hasOwn(configured, name) ? configured[name] : undefined
    const cookies = isObject(category) && Array.isArray(category.cookies) ? category.cookies.flatMap(readEntry) : []
    result.categories[name] = { required: granted, cookies }
  }
  return result
}

// JSON cannot hold a RegExp: the SDK reads a string written "/^_ga/" (flags allowed) as one.
function pattern(value: string): string | RegExp {
  const parts = /^\/(.+)\/([dgimsuy]*)$/.exec(value)
  try {
    return parts ? new RegExp(parts[1]!, parts[2]) : value
  } catch {
    return value
  }
}

/** Whether a cookie or storage key name is one that a `cookies` entry stands for, as the SDK matches it. */
export function entryMatches(name: string, entry: CookieEntry): boolean {
  const test =
    typeof entry === 'string'
      ? pattern(entry)
      : typeof entry.match === 'string' && entry.match
        ? pattern(entry.match)
        : entry.name
  return typeof test === 'string' ? test === name : name.search(test) > -1
}

/** The first entry of a category's `cookies` that stands for this name, if any. */
export const entryFor = (name: string, category: Category): CookieEntry | undefined =>
  category.cookies.find((entry) => entryMatches(name, entry))

/** The categories whose `cookies` declare this name. */
export const declaringCategories = (name: string, declarations: Declarations): string[] =>
  Object.keys(declarations.categories).filter((c) => entryFor(name, declarations.categories[c]!))

/**
 * Whether a name is the SDK's own storage: the consent cookie (`__Host-` prefixed on an https site) and its
 * localStorage copy, or the record queue.
 */
export const isOwn = (name: string, declarations: Declarations): boolean =>
  name === declarations.consentCookie || name === `__Host-${declarations.consentCookie}` || name === RECORD_QUEUE_KEY

/** Who sets a cookie or key, as far as the scan can tell: the host of the script that wrote it, else its domain. */
export const providerOf = (item: StoredItem): string => (item.setBy ? new URL(item.setBy).host : item.domain)

/** The `categories` block of a configuration, each with its `cookies`, ready to paste into the site's config. */
export type SuggestedDeclarations = { categories: Record<string, { cookies: CookieEntry[] }> }

/**
 * Builds each optional category's `cookies` from what the pass that granted it alone saw: the category's
 * declared entries as they are, then an entry for each cookie or key that none of them matches. What is there
 * after "Reject all" comes from no optional category, and what another category declares stays with it.
 *
 * @param passes The scan's passes: `reject-all` and one `only:<category>` for each optional category.
 * @param declarations What the site declares now.
 * @param now The scan's time in milliseconds, to turn expiry dates into durations.
 * @returns The block to paste, one category per `only:` pass.
 */
export function suggestDeclarations(passes: Pass[], declarations: Declarations, now: number): SuggestedDeclarations {
  const rejected = passes.find((pass) => pass.name === 'reject-all')
  const afterReject = new Set(rejected ? itemsSeen(rejected).map(({ first }) => first.name) : [])
  const suggested: SuggestedDeclarations = { categories: {} }
  for (const pass of passes) {
    if (!pass.name.startsWith('only:')) continue
    const name = pass.name.slice('only:'.length)
    const category = declarations.categories[name]
    if (!category) continue
    const added: CookieDetails[] = []
    for (const { first } of itemsSeen(pass)) {
      if (isOwn(first.name, declarations) || afterReject.has(first.name)) continue
      if (declaringCategories(first.name, declarations).length || added.some((e) => e.name === first.name)) continue
      added.push({ name: first.name, provider: providerOf(first), duration: lifetime(first, now) })
    }
    suggested.categories[name] = { cookies: [...category.cookies, ...added] }
  }
  return suggested
}
