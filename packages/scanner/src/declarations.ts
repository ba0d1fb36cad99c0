import { CATEGORY_NAME, type CookiePattern, matches, patternToJson } from '@aufum/consent/schema'
import { lifetime } from './lifetime.js'
import { itemsSeen } from './seen.js'
import type { Pass, StoredItem } from './types.js'

/** A cookie described for visitors: a `cookies` entry that is neither a name nor a RegExp. */
export type CookieDetails = Exclude<CookiePattern, string | RegExp>

/** A consent category as the page runs it. */
export interface Category {
  /** Always granted: the storage it declares is necessary. */
  required: boolean
  cookies: CookiePattern[]
}

/** What the site declares, read from its pages. */
export interface Declarations {
  categories: Record<string, Category>
  /** Every cookie and localStorage key the SDK itself writes: the decision, its copy, the queue of records. */
  own: string[]
  /** Where the SDK sends proof-of-consent records, if it does. */
  recordEndpoint?: string
  /** What could not be read, in words for the report. */
  problems: string[]
}

const VIEW = 'window.AufumConsent.config'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value)

// The SDK always writes at least its consent cookie.
const isNames = (value: unknown): value is string[] =>
  Array.isArray(value) && !!value.length && value.every((name) => typeof name === 'string')

// Only the fields the page sent, never inherited ones.
const field = (record: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(record, key) ? record[key] : undefined

// A RegExp as the page sends it (see probe.ts): its source and flags.
function regExp(value: unknown): RegExp | undefined {
  if (!isRecord(value)) return undefined
  const source = field(value, 'source')
  const flags = field(value, 'flags')
  if (typeof source !== 'string' || typeof flags !== 'string') return undefined
  try {
    return new RegExp(source, flags)
  } catch {
    return undefined
  }
}

function readPattern(value: unknown): CookiePattern | undefined {
  if (typeof value === 'string') return value
  if (!isRecord(value)) return undefined
  const name = field(value, 'name')
  if (typeof name !== 'string') return regExp(value)
  const details: CookieDetails = { name }
  const match = field(value, 'match')
  if (match !== undefined) {
    const pattern = regExp(match)
    if (!pattern) return undefined
    details.match = pattern
  }
  for (const key of ['provider', 'purpose', 'duration'] as const) {
    const text = field(value, key)
    if (typeof text === 'string') details[key] = text
  }
  return details
}

function readCategory(name: string, value: unknown, problems: string[]): Category | undefined {
  const where = `${VIEW}.categories.${name}`
  const required = isRecord(value) ? field(value, 'required') : undefined
  const cookies = isRecord(value) ? field(value, 'cookies') : undefined
  if (typeof required !== 'boolean' || !Array.isArray(cookies)) {
    problems.push(`${where} is not { required, cookies }, so the scan leaves the category out`)
    return undefined
  }
  return {
    required,
    cookies: cookies.flatMap((entry, i) => {
      const pattern = readPattern(entry)
      if (pattern !== undefined) return [pattern]
      problems.push(`${where}.cookies[${i}] is not a name, a RegExp or { name, … }, so the scan leaves it out`)
      return []
    }),
  }
}

/**
 * Reads the site's declarations from the configuration its script tag runs with, `window.AufumConsent.config`,
 * as the page handed it over: every field is checked, since a page may send anything.
 *
 * @param view What the page sent for `window.AufumConsent.config`, each RegExp as `{ source, flags }`; `undefined`
 *   where it has none.
 * @returns The declarations, with what could not be read listed in `problems`; none at all, and one problem,
 *   where the page has no such view (a script tag older than the scanner) or sends one of the wrong shape.
 */
export function readDeclarations(view: unknown): Declarations {
  const none = (problem: string): Declarations => ({ categories: {}, own: [], problems: [problem] })
  if (view === undefined || view === null)
    return none(
      `${VIEW} is missing: the script tag is older than this scanner, so the scan cannot tell what the site declares; update aufum-consent.js`,
    )
  const categories = isRecord(view) ? field(view, 'categories') : undefined
  const own = isRecord(view) ? field(view, 'own') : undefined
  if (!isRecord(view) || !isRecord(categories) || !isNames(own))
    return none(
      `${VIEW} is not { categories, own, … }, so the scan cannot tell what the site declares; check that aufum-consent.js is the SDK's own file`,
    )
  const problems: string[] = []
  const read: [string, Category][] = []
  for (const [name, value] of Object.entries(categories)) {
    if (!CATEGORY_NAME.test(name)) {
      problems.push(`${VIEW}.categories holds "${name}", which is no category name, so the scan leaves it out`)
      continue
    }
    const category = readCategory(name, value, problems)
    if (category) read.push([name, category])
  }
  const result: Declarations = { categories: Object.fromEntries(read), own, problems }
  const record = field(view, 'record')
  const endpoint = isRecord(record) ? field(record, 'endpoint') : undefined
  if (typeof endpoint === 'string') result.recordEndpoint = endpoint
  else if (record !== null)
    problems.push(`${VIEW}.record is neither null nor { endpoint }, so the scan counts no consent log as necessary`)
  return result
}

/** The first entry of a category's `cookies` that stands for this name, if any. */
export const entryFor = (name: string, category: Category): CookiePattern | undefined =>
  category.cookies.find((entry) => matches(name, [entry]))

/** The categories whose `cookies` declare this name. */
export const declaringCategories = (name: string, declarations: Declarations): string[] =>
  Object.keys(declarations.categories).filter((c) => matches(name, declarations.categories[c]!.cookies))

/** Whether a name is one of the cookies and localStorage keys the SDK itself writes. */
export const isOwn = (name: string, declarations: Declarations): boolean => declarations.own.includes(name)

/** Who sets a cookie or key, as far as the scan can tell: the host of the script that wrote it, else its domain. */
export const providerOf = (item: StoredItem): string => (item.setBy ? new URL(item.setBy).host : item.domain)

/** A `cookies` entry as JSON holds it: a name, `"/…/flags"` for a RegExp, or details whose `match` is written so. */
export type CookieEntry = string | (Omit<CookieDetails, 'match'> & { match?: string })

// JSON cannot hold a RegExp: the script tag reads a string written "/^_ga/i" as one.
/**
 * Writes a `cookies` entry as a JSON configuration holds it.
 *
 * @param pattern The entry.
 * @returns The entry with each RegExp written `"/source/flags"`.
 */
export function entryJson(pattern: CookiePattern): CookieEntry {
  if (typeof pattern === 'string') return pattern
  if (pattern instanceof RegExp) return patternToJson(pattern)
  const { match, ...details } = pattern
  return match ? { ...pattern, match: patternToJson(match) } : details
}

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
    const added: Exclude<CookieEntry, string>[] = []
    for (const { first } of itemsSeen(pass)) {
      if (isOwn(first.name, declarations) || afterReject.has(first.name)) continue
      if (declaringCategories(first.name, declarations).length || added.some((e) => e.name === first.name)) continue
      added.push({ name: first.name, provider: providerOf(first), duration: lifetime(first, now) })
    }
    suggested.categories[name] = { cookies: [...category.cookies.map(entryJson), ...added] }
  }
  return suggested
}
