import { fail } from '../errors/index.js'

/** Checks one value: `false` or `undefined` when it is right, else what it must be ("be a boolean"). */
export type Check = (value: unknown, key: string, parent: Record<string, unknown>) => string | false | undefined

/** A check, or a check and the rules of the value's own fields. */
export type Rule = Check | readonly [Check, Rules]

/** The rule of each field by name; `*` is the rule of every field not named. */
export type Rules = { readonly [field: string]: Rule }

/** Told of each wrong field: its path and what it must be. */
export type OnProblem = (field: string, must: string) => void

export const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value)

// An object or list read field by field; a RegExp (a cookie pattern) is a value.
const isPlain = (value: unknown): value is object =>
  Array.isArray(value) || (isObject(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value)))

/** A value of this `typeof`. */
export const type =
  (name: 'boolean' | 'string'): Check =>
  (value) =>
    typeof value !== name && `be a ${name}`

/** One of these strings. */
export const oneOf =
  (...values: string[]): Check =>
  (value) =>
    !values.includes(value as string) && `be one of '${values.join("', '")}'`

/** A plain object. */
export const object: Check = (value) => !isObject(value) && 'be an object'

/**
 * Reads options along their rules: a copy without the wrong fields, each told to `onProblem`. Only own fields are
 * read, so a page that added properties to `Object.prototype` changes nothing; a field without a rule is kept as it
 * is. The one reader of every rule table: development builds throw at the first wrong field, the script tag reports
 * each and leaves it out, the production core leaves it out and names it.
 *
 * @param options The options, or a part of them.
 * @param rules The rules of their fields.
 * @param onProblem Told of each wrong field, which the copy leaves out.
 * @param at The path of `options` in the whole, for the messages.
 * @returns The options without their wrong fields (a list without its wrong entries).
 */
export function checkOptions<T extends object>(options: T, rules: Rules, onProblem: OnProblem, at = ''): T {
  const list = Array.isArray(options)
  const copy = (list ? [] : {}) as Record<string, unknown>
  const parent = options as Record<string, unknown>
  for (const key of Object.keys(options)) {
    // JSON.parse makes an own "__proto__"; copied, it would become the copy's prototype.
    if (key === '__proto__') continue
    const rule = Object.hasOwn(rules, key) ? rules[key] : rules['*']
    const [check, fields] = typeof rule === 'function' ? [rule] : (rule ?? [])
    const field = list ? `${at}[${key}]` : at ? `${at}.${key}` : key
    let value = parent[key]
    const must = check?.(value, key, parent)
    if (must) onProblem(field, must)
    else {
      if (fields && isPlain(value)) value = checkOptions(value, fields, onProblem, field)
      if (list) (copy as unknown as unknown[]).push(value)
      else copy[key] = value
    }
  }
  return copy as T
}

/** Logs one configuration problem. */
export const report = (message: string): void => console.error(`[aufum-consent] ${message}`)

/**
 * Reads a feature function's options: development builds throw at the first wrong field; production builds leave each
 * wrong one out, so its default applies (the script tag names them).
 *
 * @throws {ConsentError} in development, naming the first wrong field.
 */
export const readOptions = <T extends object>(options: T, rules: Rules): T =>
  checkOptions(options, rules, process.env.NODE_ENV !== 'production' ? fail : () => {})

/**
 * Throws at the first wrong field: what the npm packages do in development builds.
 *
 * @throws {ConsentError} `[aufum-consent] <field> must <what it must be>`.
 */
export const assertOptions = <T extends object>(options: T, rules: Rules): T => checkOptions(options, rules, fail)

/**
 * Reports each wrong field once, by name, and leaves it out, so that its default applies: what the script tag and
 * the production core do, where a page must never break over a typo. A list entry that is wrong leaves the list.
 *
 * @returns The options without their wrong fields.
 */
export const dropWrongOptions = <T extends object>(options: T, rules: Rules): T =>
  checkOptions(options, rules, (field, must) => report(`${field} must ${must}; it is ignored`))
