import { fail } from '../errors/index.js'

/** Checks one value: `false` or `undefined` when it is right, else what it must be ("be a boolean"). */
export type Check = (value: unknown, key: string, parent: Record<string, unknown>) => string | false | undefined

/** A check, or a check and the rules of the value's own fields. */
export type Rule = Check | readonly [Check, Rules]

/** The rule of each field by name; `*` is the rule of every field not named. */
export type Rules = { readonly [field: string]: Rule }

/** Told of each wrong field: its path, what it must be, and the object holding it (to drop it). */
export type OnProblem = (field: string, must: string, parent: Record<string, unknown>, key: string) => void

export const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value)

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
 * Walks options along their rules and tells `onProblem` of each wrong field. Only own fields are read, so a page
 * that added properties to `Object.prototype` changes nothing; a field without a rule is left alone.
 *
 * @param options The options, or a part of them.
 * @param rules The rules of their fields.
 * @param onProblem Told of each wrong field; may drop it.
 * @param at The path of `options` in the whole, for the messages.
 */
export function checkOptions(options: object, rules: Rules, onProblem: OnProblem, at = ''): void {
  const list = Array.isArray(options)
  const keys = Object.keys(options)
  // Backwards through a list, so that dropping an entry moves none still to be read.
  for (const key of list ? keys.reverse() : keys) {
    const rule = Object.hasOwn(rules, key) ? rules[key] : rules['*']
    if (!rule) continue
    const [check, fields] = typeof rule === 'function' ? [rule] : rule
    const parent = options as Record<string, unknown>
    const field = list ? `${at}[${key}]` : at ? `${at}.${key}` : key
    const must = check(parent[key], key, parent)
    if (must) onProblem(field, must, parent, key)
    else if (fields) checkOptions(parent[key] as object, fields, onProblem, field)
  }
}

/** Logs one configuration problem. */
export const report = (message: string): void => console.error(`[aufum-consent] ${message}`)

/**
 * Throws at the first wrong field: what `createConsent` and the UI do in development builds.
 *
 * @throws {ConsentError} `[aufum-consent] <field> must <what it must be>`.
 */
export const assertOptions = (options: object, rules: Rules): void => checkOptions(options, rules, fail)

/**
 * Reports each wrong field once, by name, and drops it, so that its default applies: what the script tag does,
 * where a page must never break over a typo. A list entry that is wrong leaves the list.
 *
 * @param reported What a field must be whose problem was named already (the production core names each `cookies`
 * entry that is no pattern): such a field is dropped without a second report.
 */
export const dropWrongOptions = (options: object, rules: Rules, reported?: string): void =>
  checkOptions(options, rules, (field, must, parent, key) => {
    if (must !== reported) report(`${field} must ${must}; it is ignored`)
    if (Array.isArray(parent)) parent.splice(+key, 1)
    else delete parent[key]
  })
