import { entryJson, type SuggestedDeclarations } from '../declarations.js'
import type { ScanResult } from '../scan.js'
import { withoutCredentials } from './credentials.js'

/**
 * The machine-readable report: the verdict (`leaks`, `undeclared`) first, then what the scan read and saw, the
 * declared RegExps written `"/source/flags"` as in a JSON configuration.
 *
 * @param result The scan's result.
 * @param version The scanner's version.
 * @returns The report's JSON text.
 */
export function jsonReport(result: ScanResult, version: string): string {
  const { leaks, undeclared, suggested, passes, ...scanned } = result
  return withoutCredentials(
    `${JSON.stringify(
      {
        scanner: { name: '@aufum/consent-scanner', version },
        clean: !leaks.length && !undeclared.length,
        leaks,
        undeclared,
        ...scanned,
        suggested,
        passes,
      },
      (_key, value: unknown) => (value instanceof RegExp ? entryJson(value) : value),
      2,
    )}\n`,
  )
}

// Where a script element would end or a comment open (HTML §4.12.1.3), and the two line ends that JavaScript
// before ES2019 does not allow in a string.
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g

/**
 * The `--declarations` output: the `categories` block, safe to paste into the site's
 * `<script type="application/json">` whatever the names hold (`</script>` included).
 *
 * @param suggested The suggested declarations.
 * @returns JSON text with `<`, `>`, `&`, U+2028 and U+2029 written as `\u` escapes.
 */
export const declarationsJson = (suggested: SuggestedDeclarations): string =>
  `${JSON.stringify(suggested, null, 2).replace(UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`
