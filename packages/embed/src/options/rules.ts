/** What an option must be: one of some values, a `typeof` type (`object` meaning a plain object), or a check and its wording. */
export type Rule = string[] | string | [(value: unknown) => boolean, string]

export const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)

/** Logs one configuration problem, naming the field. */
export const report = (field: string, problem: string): void => console.error(`[aufum-consent] ${field} ${problem}`)

function problem(rule: Rule, value: unknown): string | undefined {
  if (typeof rule === 'string')
    return (rule === 'object' ? isObject(value) : typeof value === rule) ? undefined : `must be a ${rule}`
  if (typeof rule[0] === 'function') return rule[0](value) ? undefined : `must ${rule[1]}`
  return rule.includes(value as string) ? undefined : `must be one of '${rule.join("', '")}'`
}

/**
 * Reports each option that breaks its rule, once, and drops it, so that its safe default applies.
 *
 * @param options The options, changed in place.
 * @param rules The rule of each option to check.
 */
export function enforce(options: Record<string, unknown>, rules: Record<string, Rule>): void {
  for (const key in rules) {
    const wrong = key in options && problem(rules[key]!, options[key])
    if (wrong) {
      report(key, `${wrong}; using the default`)
      delete options[key]
    }
  }
}
