import type { ConsentConfig, ConsentModeOptions, GateOptions, RecordOptions } from '@aufum/consent'
import {
  CONFIG_RULES,
  COOKIE_ENTRY,
  dropWrongOptions,
  GATE_RULES,
  isObject,
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

/** The rules of everything the script tag can be told: the core's, the gate's, the UI's, and its own options. */
export const SCRIPT_TAG_RULES: Rules = {
  ...CONFIG_RULES,
  ...GATE_RULES,
  ...UI_RULES,
  hideFromBots: BOOLEAN,
  googleConsentMode: (v) => !(v === true || isObject(v)) && 'be true or an object',
  record: (v) => !(isObject(v) && typeof v.endpoint === 'string') && 'be { "endpoint": "<URL>" }',
  placeholders: BOOLEAN,
  debug: BOOLEAN,
}

// JSON cannot hold a RegExp: a string written "/^_ga/" (flags allowed) stands for one.
function pattern(value: unknown): unknown {
  const parts = typeof value === 'string' ? /^\/(.+)\/([dgimsuy]*)$/.exec(value) : null
  try {
    return parts ? new RegExp(parts[1]!, parts[2]) : value
  } catch {
    return value
  }
}

/** Turns the "/…/" strings of every category's `cookies` (entries, and their `match`) into RegExps, in place. */
function regExps(categories: unknown): void {
  if (isObject(categories))
    for (const category of Object.values(categories))
      if (isObject(category) && Array.isArray(category.cookies))
        category.cookies = category.cookies.map((c) => {
          if (isObject(c) && c.match !== undefined) c.match = pattern(c.match)
          return pattern(c)
        })
}

/**
 * Reports each wrong option, and each name that is no option (a typo), once by name, and leaves it out, so that its
 * default applies: the same rules in every build. The production script tag runs it once a first visit's visitor has
 * decided (aufum-consent-check.js; what the core reads was made safe before); the development build at once.
 *
 * @param options The script tag's options, changed in place.
 */
export function checkOptions(options: Record<string, unknown>): void {
  // The production core named each `cookies` entry that is no pattern as it left it out (resolveConfig); the
  // development build drops them here, before the core reads the options.
  dropWrongOptions(options, SCRIPT_TAG_RULES, process.env.NODE_ENV === 'production' ? COOKIE_ENTRY : undefined)
  for (const key of Object.keys(options))
    if (!Object.hasOwn(SCRIPT_TAG_RULES, key)) report(`${key} is not an option; it is ignored`)
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
  if (process.env.NODE_ENV !== 'production') checkOptions(options)
  if (script?.nonce) options.nonce = script.nonce
  return options
}
