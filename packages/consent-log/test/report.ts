// What the report is tested with: known answers of `Store.stats`, as the unit tests and the browser test render them.
import type { ReportInput } from '../src/report/render.js'
import type { Counts, Stats } from '../src/store/index.js'

const FROM = '2026-11-29T00:00:00.000Z'
const TO = '2026-12-01T00:00:00.000Z'

/** Counts as `stats` answers them. */
export const counts = (
  total: number,
  visitors: number,
  categories: Counts['categories'],
  methods: Counts['methods'] = {},
): Counts => ({ total, visitors, categories, methods })

/** A `stats` answer over the fixture's window. */
export const stats = (overall: Counts, by?: Stats['by'], series?: (Counts & { key: string })[]): Stats => ({
  ...overall,
  from: FROM,
  to: TO,
  ...(by && { by, series }),
})

/** Ten decisions over two days, in two languages and two revisions. */
export const KNOWN: ReportInput = {
  overall: stats(
    counts(
      10,
      8,
      { analytics: { granted: 6, denied: 4 }, marketing: { granted: 3, denied: 7 } },
      { 'accept-all': 5, 'reject-all': 3, custom: 2 },
    ),
  ),
  overTime: stats(counts(10, 8, {}), 'day', [
    {
      key: '2026-11-29',
      ...counts(4, 4, { analytics: { granted: 3, denied: 1 }, marketing: { granted: 2, denied: 2 } }),
    },
    {
      key: '2026-11-30',
      ...counts(6, 5, { analytics: { granted: 3, denied: 3 }, marketing: { granted: 1, denied: 5 } }),
    },
  ]),
  byLanguage: stats(counts(10, 8, {}), 'language', [
    { key: 'de', ...counts(7, 6, { analytics: { granted: 5, denied: 2 }, marketing: { granted: 2, denied: 5 } }) },
    { key: 'en', ...counts(3, 2, { analytics: { granted: 1, denied: 2 } }) },
  ]),
  byRevision: stats(counts(10, 8, {}), 'revision', [
    { key: '10', ...counts(4, 4, { analytics: { granted: 1, denied: 3 }, marketing: { granted: 0, denied: 4 } }) },
    { key: '9', ...counts(6, 5, { analytics: { granted: 5, denied: 1 }, marketing: { granted: 3, denied: 3 } }) },
  ]),
}

/** A rendered report as a document (in a DOM environment). */
export const page = (html: string) => new DOMParser().parseFromString(html, 'text/html')

/** The table with this caption, as rows of cell texts, its header row first. */
export function table(html: string, caption: string): string[][] {
  const found = [...page(html).querySelectorAll('table')].find((t) => t.caption?.textContent === caption)
  if (!found) throw new Error(`no table captioned "${caption}"`)
  return [...found.querySelectorAll('tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''),
  )
}
