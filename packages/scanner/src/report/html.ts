import type { ScanResult } from '../scan.js'
import { requestName, requestsSeen } from '../seen.js'
import { type Finding, passLabel } from '../types.js'
import { catalogue } from './catalogue.js'
import { withoutCredentials } from './credentials.js'

// Every name, URL and text below comes from the scanned site: escape all of it.
const esc = (value: unknown) =>
  String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

const link = (url: string, text = url) =>
  /^https?:\/\//.test(url) ? `<a href="${esc(url)}">${esc(text)}</a>` : esc(url)

// A page of the scanned site, named by its path: the report's title names the site.
const pageLink = (url: string) => link(url, new URL(url).pathname + new URL(url).search)

const table = (head: string[], rows: string[][]) =>
  `<table><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`

const KIND: Record<Finding['kind'], string> = {
  cookie: 'cookie',
  localStorage: 'localStorage key',
  sessionStorage: 'sessionStorage key',
  request: 'request',
}

const byCell = (by: string | undefined) => (by ? link(by) : '<small>not known</small>')

const pagesCell = (finding: Finding) =>
  `${pageLink(finding.page)}${finding.pages.length > 1 ? ` <small>and ${finding.pages.length - 1} more</small>` : ''}`

function findings(title: string, list: Finding[], none: string) {
  if (!list.length) return `<h2>${esc(title)}</h2><p class="ok">${esc(none)}</p>`
  return `<h2>${esc(title)} (${list.length})</h2>${table(
    ['What', 'Name', 'Why', 'Pass', 'Page', 'Set or made by'],
    list.map((f) => [
      esc(KIND[f.kind]),
      `<code>${esc(f.name)}</code>`,
      esc(f.reason),
      esc(passLabel(f.pass)),
      pagesCell(f),
      byCell(f.setBy ?? f.initiator),
    ]),
  )}`
}

function categories(result: ScanResult) {
  return catalogue(result)
    .filter((group) => group.category !== 'undeclared' || group.entries.length)
    .map(
      ({ category, required, entries }) =>
        `<h3>${esc(category)}${required ? ' <small>necessary, always on</small>' : ''}</h3>${
          entries.length
            ? table(
                ['Name', 'Kind', 'Provider', 'Purpose', 'Duration', 'Party', 'Seen in'],
                entries.map((e) => [
                  `<code>${esc(e.item.name)}</code>`,
                  esc(KIND[e.item.kind]),
                  esc(e.provider),
                  e.purpose ? esc(e.purpose) : '<em class="todo">say what it is for</em>',
                  `${esc(e.duration)}${e.durationDeclared ? '' : ' <small>(seen)</small>'}`,
                  e.item.firstParty ? 'first' : `third (<code>${esc(e.item.domain)}</code>)`,
                  esc(e.passes.map(passLabel).join(', ')),
                ]),
              )
            : '<p>Nothing seen.</p>'
        }`,
    )
    .join('')
}

function requests(result: ScanResult) {
  const rows = result.passes.flatMap((pass) =>
    requestsSeen(pass).map((seen) => [
      esc(passLabel(pass.name)),
      `<code>${esc(requestName(seen.first.url))}</code>`,
      esc(seen.first.resourceType),
      pageLink(seen.page),
      byCell(seen.first.initiator),
    ]),
  )
  return rows.length
    ? table(['Pass', 'Request', 'Type', 'First page', 'Made by'], rows)
    : '<p>No page requested anything from another origin.</p>'
}

// Each page once, with what is worth knowing about it.
function pages(result: ScanResult) {
  const notes = (page: string) => {
    const ended = result.elsewhere.find((e) => e.url === page)
    return [
      ...(result.withoutSdk.includes(page) ? ['has no Aufum Consent script tag'] : []),
      ...(ended ? [`ended on another host: ${ended.finalUrl}`] : []),
    ]
  }
  const scanned = result.pages.map((p) => {
    const more = notes(p)
    return `<li>${link(p)}${more.length ? ` <small class="bad">${esc(more.join('; '))}</small>` : ''}</li>`
  })
  const items = [
    ...scanned,
    ...result.failed.map(
      (f) =>
        `<li>${link(f.url)} <small class="bad">not scanned (${esc(passLabel(f.pass))}): ${esc(f.error)}</small></li>`,
    ),
    ...result.skipped.map((s) => `<li>${link(s.url)} <small>not visited: ${esc(s.reason)}</small></li>`),
  ]
  return `<ul>${items.join('')}</ul>`
}

const recordNote = (result: ScanResult) =>
  result.record
    ? `<p>Consent log: the scanner answered the ${result.record.answered} requests sent to <code>${esc(
        result.record.endpoint,
      )}</code> itself; none reached it.</p>`
    : ''

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1f}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top;word-break:normal;overflow-wrap:break-word}
th{background:#f1f1f4;white-space:nowrap}td code,td a{overflow-wrap:anywhere}.verdict{font-size:1.2rem;font-weight:600}.bad{color:#a4161a}.ok{color:#1e6b34}.todo{color:#6b4e00}
small{color:#555}code{font-size:.9em}`

/**
 * The report for a person: the verdict, the leaks first, then what no category declares, then every cookie and
 * key by category with provider, purpose, duration and party, then the requests to other origins and the pages.
 *
 * @param result The scan's result.
 * @returns A standalone HTML page (no script; a Content-Security-Policy forbids any).
 */
export function htmlReport(result: ScanResult): string {
  const { leaks, undeclared } = result
  const problems = leaks.length + undeclared.length
  const site = [...new Set(result.startUrls.map((url) => new URL(url).origin))].join(', ')
  return withoutCredentials(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cookie scan of ${esc(site)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Cookie scan of ${esc(site)}</h1>
<p>${esc(new Date(result.startedAt).toUTCString())} · ${result.pages.length} pages · ${result.passes.length} passes: ${esc(
    result.passes.map((p) => passLabel(p.name)).join(', '),
  )}</p>
<p class="verdict ${problems ? 'bad' : 'ok'}">${
    problems
      ? `${leaks.length} leaks, ${undeclared.length} undeclared`
      : 'Clean: nothing leaks before a decision or after “Reject all”, and every cookie is declared.'
  }</p>
${result.declarations.problems.map((p) => `<p class="bad">${esc(p)}</p>`).join('')}
${result.elsewhere.map((e) => `<p class="bad">${link(e.url)} ended on another host, ${link(e.finalUrl)}: what it set and sent is not the site’s.</p>`).join('')}
${recordNote(result)}
${findings('Leaks', leaks, 'Nothing is set or sent before a decision or after “Reject all” but what is necessary.')}
${findings('Undeclared', undeclared, 'Every cookie and key present after “Accept all” is declared by a category.')}
<h2>Cookies and storage by category</h2>
${categories(result)}
<h2>Requests to other origins</h2>
${requests(result)}
<h2>Pages</h2>
${pages(result)}
</body>
</html>
`)
}
