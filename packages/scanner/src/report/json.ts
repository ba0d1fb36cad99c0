import { entryJson } from '../declarations.js'
import type { ScanResult } from '../scan.js'

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
  return `${JSON.stringify(
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
  )}\n`
}
