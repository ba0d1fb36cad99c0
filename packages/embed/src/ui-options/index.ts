import type { UIOptions } from '@aufum/consent-ui'
import { CORE_RULES } from '../options/index.js'
import { enforce, type Rule, report } from '../options/rules.js'

const webUrl = (v: unknown) => {
  try {
    return /^https?:$/.test(new URL(v as string, location.href).protocol)
  } catch {
    return false
  }
}

const UI_RULES: Record<string, Rule> = {
  policyUrl: [webUrl, 'be an http:, https: or relative URL'],
  lang: 'string',
  texts: 'object',
  layout: ['bar', 'box', 'modal'],
  blocking: 'boolean',
  theme: ['auto', 'light', 'dark'],
  floatingButton: 'boolean',
  nonce: 'string',
  // Read by the loader, where a wrong value only loads a module or does not: checked here, off the critical path.
  placeholders: 'boolean',
  debug: 'boolean',
}

/**
 * Checks the UI's options when the UI loads: reports and drops each wrong one, and reports names that are no
 * option at all (a typo in the JSON block).
 *
 * @param options The script tag's options, changed in place.
 * @returns The same options.
 */
export function checkUIOptions<T extends UIOptions>(options: T): T {
  enforce(options as Record<string, unknown>, UI_RULES)
  for (const key in options) if (!(key in UI_RULES || key in CORE_RULES)) report(key, 'is not an option; it is ignored')
  return options
}
