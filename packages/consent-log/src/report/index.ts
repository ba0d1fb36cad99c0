import type { StatsBy, Store, TimeRange } from '../store/index.js'
import { type ReportOptions, renderReport } from './render.js'

const DAY = 86_400_000

/**
 * The period the report's chart over time counts by: a day up to 62 days (two months of points, about 60), a week up
 * to 732 days (two years, about 105 points), a month beyond, so that the chart keeps points a reader can tell apart.
 *
 * @param range The report's window.
 * @returns `day`, `week` or `month`.
 */
export function periodFor(range: TimeRange): Extract<StatsBy, 'day' | 'week' | 'month'> {
  const days = (Date.parse(range.to) - Date.parse(range.from)) / DAY
  return days <= 62 ? 'day' : days <= 732 ? 'week' : 'month'
}

/**
 * Counts the records received within `range` and renders them as the HTML report.
 *
 * @param store Where the records are.
 * @param range The receipt times to count.
 * @param options The report's language and the time it was made.
 * @returns The HTML document.
 */
export async function report(store: Store, range: TimeRange, options: ReportOptions): Promise<string> {
  const [overall, overTime, byLanguage, byRevision] = await Promise.all([
    store.stats(range),
    store.stats(range, periodFor(range)),
    store.stats(range, 'language'),
    store.stats(range, 'revision'),
  ])
  return renderReport({ overall, overTime, byLanguage, byRevision }, options)
}
