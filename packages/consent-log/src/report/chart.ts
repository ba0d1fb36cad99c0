import { escapeHtml } from './html.js'

// Told apart by dash and marker as well as by colour, so that a line reads in print and without colour vision
// (WCAG 1.4.1); each colour has at least 4.5:1 on white.
const COLOURS = ['#1f5fa8', '#b3471b', '#2e7d32', '#6a3d9a', '#7a5c00', '#00695c', '#ad1457', '#37474f']
const DASHES = ['', '7 4', '2 4', '10 4 2 4']
const WIDTH = 720
/** Room for the figure written after the longest bar. */
const AFTER_BAR = 120

/** A chart's name, its `<title>`, under an id of its own. */
export interface Titled {
  /** Unique in the page; made of the report's own words, never of data. */
  id: string
  title: string
}

/** Cut to `max` characters: a label posted by a page may be a whole URL, which the table beside shows in full. */
const label = (text: string, max: number) => escapeHtml(text.length > max ? `${text.slice(0, max - 1)}…` : text)

const svg = ({ id, title }: Titled, height: number, body: string) =>
  `<svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${id}-title" class="chart"><title id="${id}-title">${escapeHtml(title)}</title>${body}</svg>`

/** Options of {@link lineChart}. */
export interface LineChart extends Titled {
  xTitle: string
  yTitle: string
  /** The periods, left to right. */
  x: string[]
  /** One line each; `undefined` where there is no value, which breaks the line. Values from 0 to 1. */
  lines: { name: string; values: (number | undefined)[] }[]
  /** A value from 0 to 1 as the y axis writes it, e.g. `50 %`. */
  percent: (value: number) => string
}

/**
 * A line chart of rates from 0 to 1 over periods, as inline SVG: axes with their titles, a marker on every point and
 * a legend.
 *
 * @returns The `<svg>` element, `role="img"` and labelled by its title.
 */
export function lineChart(chart: LineChart): string {
  const left = 88
  const top = 16
  const plotWidth = WIDTH - left - 56
  const plotHeight = 220
  const legendTop = top + plotHeight + 64
  const legendRows = Math.ceil(chart.lines.length / 3)
  const height = legendTop + legendRows * 22 + 8
  const xAt = (i: number) => left + (chart.x.length > 1 ? (i * plotWidth) / (chart.x.length - 1) : plotWidth / 2)
  const yAt = (value: number) => top + plotHeight * (1 - value)
  const parts: string[] = []
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    const y = yAt(tick)
    parts.push(
      `<line x1="${left}" x2="${left + plotWidth}" y1="${y}" y2="${y}" class="grid"/>`,
      `<text x="${left - 8}" y="${y + 4}" text-anchor="end">${escapeHtml(chart.percent(tick))}</text>`,
    )
  }
  const step = Math.ceil(chart.x.length / 8)
  chart.x.forEach((key, i) => {
    if (i % step === 0)
      parts.push(`<text x="${xAt(i)}" y="${top + plotHeight + 20}" text-anchor="middle">${label(key, 12)}</text>`)
  })
  parts.push(
    `<line x1="${left}" x2="${left + plotWidth}" y1="${yAt(0)}" y2="${yAt(0)}" class="axis"/>`,
    `<line x1="${left}" x2="${left}" y1="${top}" y2="${yAt(0)}" class="axis"/>`,
    `<text x="${left + plotWidth / 2}" y="${top + plotHeight + 44}" text-anchor="middle" class="axis-title">${escapeHtml(chart.xTitle)}</text>`,
    `<text transform="translate(20 ${top + plotHeight / 2}) rotate(-90)" text-anchor="middle" class="axis-title">${escapeHtml(chart.yTitle)}</text>`,
  )
  chart.lines.forEach((line, n) => {
    const colour = COLOURS[n % COLOURS.length]!
    const dash = DASHES[n % DASHES.length] ? ` stroke-dasharray="${DASHES[n % DASHES.length]}"` : ''
    const segments: string[][] = [[]]
    line.values.forEach((value, i) => {
      if (value === undefined) segments.push([])
      else segments.at(-1)!.push(`${xAt(i)},${yAt(value)}`)
    })
    for (const points of segments)
      if (points.length > 1)
        parts.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"${dash}/>`)
    line.values.forEach((value, i) => {
      if (value !== undefined) parts.push(marker(n, xAt(i), yAt(value), colour))
    })
    const x = left + (n % 3) * 220
    const y = legendTop + Math.floor(n / 3) * 22
    parts.push(
      `<line x1="${x}" x2="${x + 32}" y1="${y}" y2="${y}" stroke="${colour}" stroke-width="2"${dash}/>`,
      marker(n, x + 16, y, colour),
      `<text x="${x + 40}" y="${y + 4}">${label(line.name, 24)}</text>`,
    )
  })
  return svg(chart, height, parts.join(''))
}

/** A circle, square or triangle by line: a second cue beside colour. */
function marker(n: number, x: number, y: number, colour: string): string {
  const shape = n % 3
  if (shape === 0) return `<circle cx="${x}" cy="${y}" r="4" fill="${colour}"/>`
  if (shape === 1) return `<rect x="${x - 4}" y="${y - 4}" width="8" height="8" fill="${colour}"/>`
  return `<path d="M${x} ${y - 5}L${x + 5} ${y + 4}L${x - 5} ${y + 4}Z" fill="${colour}"/>`
}

/** Options of {@link barChart}. */
export interface BarChart extends Titled {
  /** One bar each, in the order drawn; `text` is written after the bar. */
  bars: { name: string; value: number; text: string }[]
}

/**
 * A horizontal bar chart, as inline SVG: a label before each bar and its figure after it.
 *
 * @returns The `<svg>` element, `role="img"` and labelled by its title.
 */
export function barChart(chart: BarChart): string {
  const left = 200
  const barArea = WIDTH - left - AFTER_BAR
  const max = Math.max(1, ...chart.bars.map((bar) => bar.value))
  const parts = chart.bars.map((bar, i) => {
    const y = 8 + i * 28
    const width = Math.max(1, (bar.value / max) * barArea)
    return [
      `<text x="${left - 8}" y="${y + 15}" text-anchor="end">${label(bar.name, 28)}</text>`,
      `<rect x="${left}" y="${y}" width="${width}" height="20" fill="${COLOURS[0]}"/>`,
      `<text x="${left + width + 8}" y="${y + 15}">${escapeHtml(bar.text)}</text>`,
    ].join('')
  })
  return svg(chart, 16 + chart.bars.length * 28, parts.join(''))
}
