import type { ConsentConfig, ConsentModeOptions, GateOptions, RecordOptions } from '@aufum/consent'
import {
  CONFIG_RULES,
  CONSENT_MODE_RULES,
  dropWrongOptions,
  GATE_RULES,
  isObject,
  patternFromJson,
  RECORD_RULES,
  type Rules,
  report,
  type,
  whenParsed,
} from '@aufum/consent/internal'
import type { UIOptions } from '@aufum/consent-ui'
import { UI_RULES } from '@aufum/consent-ui/internal'

/** Everything the script tag can be told: the core's options, its features' and the UI's, in one object. */
export type EmbedOptions = ConsentConfig &
  GateOptions &
  UIOptions & {
    googleConsentMode?: true | ConsentModeOptions
    record?: Pick<RecordOptions, 'endpoint'>
    /** Placeholders in blocked iframes (loaded only where one is blocked). Default true. */
    placeholders?: boolean
    /** Audit the page in the console (loads `aufum-consent-debug.js`). Default false; true in the development build. */
    debug?: boolean
  }

const BOOLEAN = type('boolean')

/**
 * The rules of the script tag's features and its own options: the gate's, Consent Mode's, the records', the UI's
 * (placeholders' among them). Each feature reads its options through its own rules.
 */
const FEATURE_RULES: Rules = {
  ...GATE_RULES,
  ...UI_RULES,
  googleConsentMode: [(v) => !(v === true || isObject(v)) && 'be true or an object', CONSENT_MODE_RULES],
  record: [(v) => !isObject(v) && 'be { "endpoint": "<URL>" }', { endpoint: RECORD_RULES.endpoint! }],
  placeholders: BOOLEAN,
  debug: BOOLEAN,
}

/** The rules of everything the script tag can be told: the core's, and its features'. */
export const SCRIPT_TAG_RULES: Rules = { ...CONFIG_RULES, ...FEATURE_RULES }

/** Turns the "/…/" strings of every category's `cookies` (entries, and their `match`) into RegExps, in place. */
function regExps(categories: unknown): void {
  if (isObject(categories))
    for (const category of Object.values(categories))
      if (isObject(category) && Array.isArray(category.cookies))
        category.cookies = category.cookies.map((c) => {
          if (isObject(c) && c.match !== undefined) c.match = patternFromJson(c.match)
          return patternFromJson(c)
        })
}

/**
 * Reports each wrong option, and each name that is no option (a typo), once by name, and leaves it out, so that its
 * default applies. The development build checks every option at once, before anything reads them. The production
 * script tag (aufum-consent-check.js, once a first visit's visitor has decided) checks all but the core's: the core
 * named those as it read them, and every feature read its own fail closed.
 *
 * @param options The script tag's options.
 * @param all Whether to check the core's options too.
 * @returns The options without the wrong ones.
 */
export function checkOptions(options: Record<string, unknown>, all = true): Record<string, unknown> {
  for (const key of Object.keys(options))
    if (!Object.hasOwn(SCRIPT_TAG_RULES, key)) report(`${key} is not an option; it is ignored`)
  // Without the core's: the core names its own wrong options as it reads them, in every build.
  const rules = all
    ? SCRIPT_TAG_RULES
    : Object.fromEntries(Object.entries(FEATURE_RULES).filter(([name]) => !Object.hasOwn(CONFIG_RULES, name)))
  return dropWrongOptions(options, rules)
}

/**
 * Reads the script tag's configuration: the JSON block `#aufum-consent-config` (which must come before the
 * script tag), then the tag's own `data-policy-url`, `data-lang`, `data-layout`, `data-revision` and
 * `data-cookie-domain`, which win. Nothing here throws: each wrong option, and each name that is no option (a typo),
 * is reported once by name and left out, so its default applies, which never grants anything. The development
 * build also reports, once the page is parsed, a block that came after the script tag: it was not read.
 *
 * @param script The script tag of aufum-consent.js.
 * @returns The options for the core and every feature.
 */
export function readOptions(script: HTMLScriptElement | null): EmbedOptions {
  let options: Record<string, unknown> = {}
  const block = document.getElementById('aufum-consent-config')
  if (process.env.NODE_ENV !== 'production') {
    // A block the parser had not reached when the tag ran (placed after it, or added later) is read by nobody.
    // Counted, so that a second block after a first one is named too.
    const blocks = () => document.querySelectorAll('#aufum-consent-config').length
    const read = blocks()
    whenParsed(() => {
      if (blocks() > read)
        report('#aufum-consent-config came after the script tag and is ignored; move it before the script tag')
    })
  }
  if (block) {
    let parsed: unknown
    try {
      parsed = JSON.parse(block.textContent || '')
    } catch {}
    if (isObject(parsed)) options = parsed
    else report('#aufum-consent-config must hold a valid JSON object; using the defaults')
  }
  const data = script?.dataset ?? {}
  for (const key of ['policyUrl', 'lang', 'layout']) if (data[key]) options[key] = data[key]
  if (data.revision) options.revision = Number(data.revision)
  if (data.cookieDomain) options.cookie = { ...(options.cookie as object), domain: data.cookieDomain }
  regExps(options.categories)
  if (process.env.NODE_ENV !== 'production') options = checkOptions(options)
  if (script?.nonce) options.nonce = script.nonce
  return options
}
