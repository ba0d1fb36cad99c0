import type { Counts, Stats, StatsBy, TimeRange } from './index.js'

/** How one database spells what a stats query needs. */
export interface StatsDialect {
  /** The placeholder of the n-th parameter (1-based). */
  param(n: number): string
  /** A record's UTC day, `YYYY-MM-DD`, as in consent_stats.day. */
  day: string
  /** The ISO week, `YYYY-Www`, of a `YYYY-MM-DD` expression. */
  week(day: string): string
  /** The revision column as text. */
  revision: string
}

const DAY_MS = 86_400_000
const EMPTY = ['9999-12-31T23:59:59.999Z', '1970-01-01T00:00:00.000Z']

/**
 * A window's parameters for {@link statsQueries}: the whole UTC days inside it, read from consent_stats, and its
 * parts before the first and after the last whole day, read from the records.
 *
 * @param range From and to, both included.
 * @returns The parameters of `counts`, then those of `visitors` and `everyone`.
 */
export function statsParams(range: TimeRange): { counts: string[]; visitors: string[] } {
  const from = Date.parse(range.from)
  const to = Date.parse(range.to)
  const firstDay = Math.ceil(from / DAY_MS) * DAY_MS
  const afterLastDay = Math.floor((to + 1) / DAY_MS) * DAY_MS
  const iso = (time: number) => new Date(time).toISOString()
  const visitors = [range.from, range.to]
  if (firstDay >= afterLastDay)
    return { counts: ['9999-12-31', '1970-01-01', ...EMPTY, range.from, range.to], visitors }
  return {
    counts: [
      iso(firstDay).slice(0, 10),
      iso(afterLastDay - DAY_MS).slice(0, 10),
      range.from,
      iso(firstDay),
      ...(afterLastDay > to ? EMPTY : [iso(afterLastDay), range.to]),
    ],
    visitors,
  }
}

/**
 * The SQL of `stats` in one database's dialect.
 *
 * @param dialect How the database spells days, weeks and parameters.
 * @param by What to count each entry of the series by; without it, one key for the whole window.
 * @returns `counts` (key, method, categories, n), `visitors` (key, n) and `everyone` (n, the whole window's visitors).
 */
export function statsQueries(dialect: StatsDialect, by: StatsBy | undefined) {
  const p = dialect.param
  const key = (day: string) =>
    ({
      day,
      week: dialect.week(day),
      month: `substr(${day}, 1, 7)`,
      language: 'language',
      page: 'page_url',
      revision: dialect.revision,
      none: "''",
    })[by ?? 'none']
  const window = `received_at >= ${p(1)} AND received_at <= ${p(2)}`
  return {
    counts: `SELECT key, method, categories, sum(n) AS n FROM (
        SELECT ${key('day')} AS key, method, categories, records AS n FROM consent_stats
          WHERE day >= ${p(1)} AND day <= ${p(2)}
        UNION ALL
        SELECT ${key(dialect.day)} AS key, method, categories, 1 AS n FROM consent_records
          WHERE received_at >= ${p(3)} AND received_at < ${p(4)}
        UNION ALL
        SELECT ${key(dialect.day)} AS key, method, categories, 1 AS n FROM consent_records
          WHERE received_at >= ${p(5)} AND received_at <= ${p(6)}
      ) AS counted GROUP BY key, method, categories`,
    visitors: `SELECT ${key(dialect.day)} AS key, count(DISTINCT consent_id) AS n FROM consent_records WHERE ${window}
      GROUP BY 1`,
    everyone: `SELECT count(DISTINCT consent_id) AS n FROM consent_records WHERE ${window}`,
  }
}

const empty = (): Counts => ({ total: 0, visitors: 0, categories: {}, methods: {} })

function add(counts: Counts, method: string, categories: Record<string, boolean>, n: number) {
  counts.total += n
  counts.methods[method] = (Object.hasOwn(counts.methods, method) ? counts.methods[method]! : 0) + n
  for (const [name, granted] of Object.entries(categories)) {
    // A category may be named "constructor": never one of Object's own properties.
    if (!Object.hasOwn(counts.categories, name)) counts.categories[name] = { granted: 0, denied: 0 }
    counts.categories[name]![granted ? 'granted' : 'denied'] += n
  }
}

/**
 * The rows of {@link statsQueries} as the JSON `stats` answers.
 *
 * @param range The window counted.
 * @param by What the series is by, if any.
 * @param rows The rows of `counts`, `visitors` and `everyone` (PostgreSQL gives counts as text).
 */
export function toStats(
  range: TimeRange,
  by: StatsBy | undefined,
  rows: { counts: Record<string, unknown>[]; visitors: Record<string, unknown>[]; everyone: Record<string, unknown>[] },
): Stats {
  const whole = empty()
  const series = new Map<string, Counts>()
  // Each distinct choice is parsed once, not once a row.
  const parsed = new Map<string, Record<string, boolean>>()
  for (const row of rows.counts) {
    const text = row.categories as string
    const categories = parsed.get(text) ?? JSON.parse(text)
    parsed.set(text, categories)
    const n = Number(row.n)
    add(whole, row.method as string, categories, n)
    const key = String(row.key)
    if (!series.has(key)) series.set(key, empty())
    add(series.get(key)!, row.method as string, categories, n)
  }
  for (const row of rows.visitors) {
    const counts = series.get(String(row.key))
    if (counts) counts.visitors = Number(row.n)
  }
  whole.visitors = Number(rows.everyone[0]?.n ?? 0)
  const stats: Stats = { from: range.from, to: range.to, ...whole }
  if (!by) return stats
  const order =
    by === 'revision'
      ? (a: string, b: string) => Number(a) - Number(b)
      : (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  const keys = [...series.keys()].sort(order)
  return { ...stats, by, series: keys.map((key) => ({ key, ...series.get(key)! })) }
}
