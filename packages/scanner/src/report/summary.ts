import type { ScanResult } from '../scan.js'
import { type Finding, type PassName, passLabel, type Visit } from '../types.js'
import { withoutCredentials } from './credentials.js'
import { forTerminal } from './terminal.js'

// Every line the console shows holds names and URLs from the site.
const printable = (line: string) => forTerminal(withoutCredentials(line))

const passes = (result: ScanResult) => result.passes.map((p) => passLabel(p.name)).join(', ')

const line = (f: Finding) => {
  const by = f.setBy ?? f.initiator
  const more = f.pages.length > 1 ? ` and ${f.pages.length - 1} more` : ''
  const source = by
    ? `, ${f.kind === 'request' ? 'made' : 'set'} by ${f.kind === 'request' && URL.canParse(by) ? new URL(by).origin : by}`
    : ''
  return `  ${f.kind} ${f.name}: ${f.reason} (${passLabel(f.pass)}, on ${f.page}${more}${source})`
}

/** One progress line for a page a pass has finished. */
export function progressLine(pass: PassName, visit: Visit, done: number, total?: number): string {
  const what = visit.error
    ? `did not load: ${visit.error}`
    : `${visit.items.length} set, ${visit.requests.length} to other origins`
  const ended = visit.finalUrl ? `  ended on ${visit.finalUrl}` : ''
  return printable(
    `${passLabel(pass).padEnd(18)} ${String(done).padStart(3)}${total ? `/${total}` : ''}  ${visit.page}${ended}  ${what}`,
  )
}

/**
 * The console's summary of a scan: what was scanned, then each leak and each undeclared name.
 *
 * @param result The scan's result.
 * @returns The text, several lines.
 */
export function summary(result: ScanResult): string {
  const { leaks, undeclared } = result
  const out = [
    `Scanned ${result.pages.length} pages in ${result.passes.length} passes (${passes(result)}) in ${(result.durationMs / 1000).toFixed(1)} s.`,
  ]
  for (const problem of result.declarations.problems) out.push(`Warning: ${problem}`)
  for (const page of result.withoutSdk) out.push(`Warning: ${page} has no Aufum Consent script tag`)
  for (const { url, finalUrl } of result.elsewhere)
    out.push(`Warning: ${url} ended on ${finalUrl}, another host: what it set and sent is not the site's`)
  for (const { url, error, pass } of result.failed) out.push(`Not scanned: ${url} (${passLabel(pass)}: ${error})`)
  if (result.record)
    out.push(
      `Consent log: the scanner answered the ${result.record.answered} requests sent to ${result.record.endpoint} itself; none reached it.`,
    )
  const robots = result.skipped.filter((s) => s.reason === 'robots.txt')
  if (robots.length) out.push(`Not visited, as robots.txt asks: ${robots.map((s) => s.url).join(', ')}`)
  const over = result.skipped.length - robots.length
  if (over) out.push(`Not visited: ${over} more pages over the --pages limit`)
  out.push(leaks.length ? `Leaks (${leaks.length}):` : 'No leaks.', ...leaks.map(line))
  out.push(undeclared.length ? `Undeclared (${undeclared.length}):` : 'Nothing undeclared.', ...undeclared.map(line))
  return out.map(printable).join('\n')
}
