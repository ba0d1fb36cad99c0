import type { Counts, Stats } from '../store/index.js'
import { barChart, lineChart } from './chart.js'
import { escapeHtml } from './html.js'
import { textsFor } from './texts.js'

/** What a report shows: four answers of `Store.stats` over one window. */
export interface ReportInput {
  /** Without `by`: the counts over the whole window. */
  overall: Stats
  /** By `day`, `week` or `month`. */
  overTime: Stats
  byLanguage: Stats
  byRevision: Stats
}

/** Options of {@link renderReport}. */
export interface ReportOptions {
  /** The report's language: `de` (or `de-AT`, …) for German, English otherwise. */
  lang?: string
  /** When the report was made, as it should read on the page. */
  generatedAt: string
}

/** The most bars a chart draws; the table beside it lists every entry. */
const MAX_BARS = 12

const CSS = `
:root{color:#1a1a1a;background:#fff;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
body{margin:0 auto;max-width:70rem;padding:1.5rem}
h1{font-size:1.75rem;margin:0 0 .5rem}h2{font-size:1.3rem;margin:2rem 0 .75rem}
p{margin:.25rem 0}.note{color:#4a4a4a;font-size:.9rem}
dl{display:flex;gap:2rem;margin:1rem 0}dt{font-size:.9rem;color:#4a4a4a}dd{margin:0;font-size:1.5rem;font-weight:600}
.pair{display:grid;gap:1.5rem}
figure{margin:0;max-width:46rem}figcaption{font-size:.9rem;color:#4a4a4a;margin-top:.25rem}
.chart{width:100%;height:auto;font-size:14px;fill:#1a1a1a}.chart .grid{stroke:#d9d9d9}.chart .axis{stroke:#1a1a1a}
.chart .axis-title{font-weight:600}
table{border-collapse:collapse;width:100%;font-size:.9rem}caption{text-align:left;font-weight:600;padding-bottom:.25rem}
th,td{border-bottom:1px solid #d9d9d9;padding:.25rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
tbody th{overflow-wrap:anywhere}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}thead th{border-bottom:2px solid #1a1a1a}
@page{margin:15mm}
@media print{:root{font-size:11pt}body{max-width:none;padding:0}section,figure,table{break-inside:avoid}}
`

/** An ISO 8601 UTC time as a reader writes it: `2026-09-01` at midnight, else `2026-09-01 12:30:05 UTC`. */
const when = (iso: string) => {
  const [date, time = ''] = iso.split('T')
  const clock = time.replace(/(\.000)?Z$/, '')
  return clock === '00:00:00' ? date! : `${date} ${clock} UTC`
}

/** Granted ÷ (granted + denied), or `undefined` when the category had no decision. */
const rate = (counts: Counts, category: string): number | undefined => {
  const entry = Object.hasOwn(counts.categories, category) ? counts.categories[category] : undefined
  return entry && entry.granted + entry.denied > 0 ? entry.granted / (entry.granted + entry.denied) : undefined
}

/**
 * The report as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched from elsewhere (its
 * Content-Security-Policy forbids it), printable. Every string from the records is escaped.
 *
 * @param input The counts to show, as `Store.stats` answers them.
 * @param options The language and the time the report was made.
 * @returns The HTML document.
 */
export function renderReport(input: ReportInput, options: ReportOptions): string {
  const { lang, texts: t } = textsFor(options.lang)
  const count = new Intl.NumberFormat(lang).format
  const percentFormat = new Intl.NumberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  })
  const percent = (value: number | undefined) => (value === undefined ? '–' : percentFormat.format(value))
  const { overall } = input
  const categories = Object.keys(overall.categories).sort()
  const cell = (text: string, numeric = false) => `<td${numeric ? ' class="n"' : ''}>${escapeHtml(text)}</td>`
  const header = (names: string[], numericFrom: number) =>
    `<thead><tr>${names.map((name, i) => `<th scope="col"${i >= numericFrom ? ' class="n"' : ''}>${escapeHtml(name)}</th>`).join('')}</tr></thead>`
  const rowHeader = (text: string) => `<th scope="row">${escapeHtml(text)}</th>`
  const table = (caption: string, head: string, rows: string[]) =>
    `<table><caption>${escapeHtml(caption)}</caption>${head}<tbody>${rows.join('')}</tbody></table>`
  const figure = (svg: string, caption: string) =>
    `<figure>${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>`
  const section = (id: string, title: string, body: string) =>
    `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(title)}</h2>${body}</section>`

  const summary = section(
    'summary',
    t.summary,
    `<dl><div><dt>${escapeHtml(t.decisions)}</dt><dd>${count(overall.total)}</dd></div>` +
      `<div><dt>${escapeHtml(t.visitors)}</dt><dd>${count(overall.visitors)}</dd></div></dl>` +
      table(
        t.summaryCaption,
        header([t.category, t.granted, t.denied, t.optInRate], 1),
        categories.map((name) => {
          const { granted, denied } = overall.categories[name]!
          return `<tr>${rowHeader(name)}${cell(count(granted), true)}${cell(count(denied), true)}${cell(percent(rate(overall, name)), true)}</tr>`
        }),
      ),
  )

  const periods = input.overTime.series ?? []
  const by = input.overTime.by === 'week' || input.overTime.by === 'month' ? input.overTime.by : 'day'
  const overTime = section(
    'over-time',
    t.overTime,
    `<div class="pair">${figure(
      lineChart({
        id: 'chart-over-time',
        title: t.overTime,
        xTitle: t.period[by],
        yTitle: t.optInRate,
        x: periods.map((period) => period.key),
        lines: categories.map((name) => ({ name, values: periods.map((period) => rate(period, name)) })),
        percent,
      }),
      t.overTimeDesc,
    )}${table(
      t.overTimeCaption,
      header([t.period[by], t.decisions, ...categories], 1),
      periods.map(
        (period) =>
          `<tr>${rowHeader(period.key)}${cell(count(period.total), true)}${categories.map((name) => cell(percent(rate(period, name)), true)).join('')}</tr>`,
      ),
    )}</div><p class="note">${escapeHtml(t.rateNote)}</p>`,
  )

  const methods = Object.entries(overall.methods).sort(([a], [b]) => a.localeCompare(b))
  const share = (n: number) => (overall.total > 0 ? n / overall.total : undefined)
  const methodsSection = section(
    'methods',
    t.methods,
    `<div class="pair">${figure(
      barChart({
        id: 'chart-methods',
        title: t.methods,
        bars: methods.map(([name, n]) => ({ name, value: n, text: percent(share(n)) })),
      }),
      t.methodsDesc,
    )}${table(
      t.methodsCaption,
      header([t.method, t.decisions, t.share], 1),
      methods.map(([name, n]) => `<tr>${rowHeader(name)}${cell(count(n), true)}${cell(percent(share(n)), true)}</tr>`),
    )}</div>`,
  )

  const grouped = (id: string, title: string, desc: string, caption: string, keyName: string, stats: Stats) => {
    const series = stats.series ?? []
    const largest = [...series].sort((a, b) => b.total - a.total).slice(0, MAX_BARS)
    return section(
      id,
      title,
      `<div class="pair">${figure(
        barChart({
          id: `chart-${id}`,
          title,
          bars: largest.map((entry) => ({ name: entry.key, value: entry.total, text: count(entry.total) })),
        }),
        series.length > MAX_BARS ? `${desc} ${t.largest(MAX_BARS)}` : desc,
      )}${table(
        caption,
        header([keyName, t.decisions, t.visitors, ...categories], 1),
        series.map(
          (entry) =>
            `<tr>${rowHeader(entry.key)}${cell(count(entry.total), true)}${cell(count(entry.visitors), true)}${categories.map((name) => cell(percent(rate(entry, name)), true)).join('')}</tr>`,
        ),
      )}</div>`,
    )
  }

  const body =
    overall.total === 0
      ? `<p>${escapeHtml(t.empty)}</p>`
      : summary +
        overTime +
        methodsSection +
        grouped('languages', t.languages, t.languagesDesc, t.languagesCaption, t.language, input.byLanguage) +
        grouped(
          'revisions',
          t.revisions,
          t.revisionsDesc,
          t.revisionsCaption,
          t.revision,
          byRevisionOrder(input.byRevision),
        )

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.window(when(overall.from), when(overall.to)))}</p></header>
<main>${body}</main>
<footer><p class="note">${escapeHtml(t.generated(when(options.generatedAt)))}</p></footer>
</body>
</html>
`
}

/** Revisions in numeric order (2 before 10), where `stats` sorts their keys as text. */
const byRevisionOrder = (stats: Stats): Stats => ({
  ...stats,
  series: [...(stats.series ?? [])].sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true })),
})
