import type { Counts, Stats, StatsBy, TimeRange } from './index.js'

/** How one database spells what a stats query needs. */
export interface StatsDialect {
  /** The placeholder of the n-th parameter (1-based). */
  param(n: number): string
  /** A record's UTC day, `YYYY-MM-DD`, as in consent_stats.day. */
  day: string
  /** The revision column as text. */
  revision: string
}

const DAY_MS = 86_400_000
const NOTHING = ['9999-12-31T23:59:59.999Z', '1970-01-01T00:00:00.000Z']

/**
 * A window's parameters for {@link statsQuery}: the whole UTC days inside it, read from consent_stats, and its parts
 * before the first and after the last whole day, read from the records.
 *
 * @param range From (included) to (excluded).
 * @returns The query's parameters: first and last whole day, then the two ragged parts, each from and to (excluded).
 */
export function statsParams(range: TimeRange): string[] {
  const from = Date.parse(range.from)
  const to = Date.parse(range.to)
  const firstDay = Math.ceil(from / DAY_MS) * DAY_MS
  const afterLastDay = Math.floor(to / DAY_MS) * DAY_MS
  const iso = (time: number) => new Date(time).toISOString()
  // No whole day inside: the window is one ragged part.
  if (firstDay >= afterLastDay) return ['9999-12-31', '1970-01-01', range.from, range.to, ...NOTHING]
  return [
    iso(firstDay).slice(0, 10),
    iso(afterLastDay - DAY_MS).slice(0, 10),
    range.from,
    iso(firstDay),
    iso(afterLastDay),
    range.to,
  ]
}

/**
 * The SQL of `stats` in one database's dialect: sums of consent_stats over the window's whole days, and the records
 * of its ragged edges counted one by one (a record is a visitor when consent_visitors names it as its consent id's
 * decision in force).
 *
 * @param dialect How the database spells days, revisions and parameters.
 * @param by What to count each entry of the series by; without it, one key for the whole window.
 * @returns The query, of rows (key, method, categories, records, visitors).
 */
export function statsQuery(dialect: StatsDialect, by: StatsBy | undefined): string {
  const p = dialect.param
  // Weeks and months are counted by day here, and the days summed into them by toStats: a function of the UTC day in
  // one language, not in two dialects, and a cheaper GROUP BY.
  const key = (day: string) =>
    ({
      day,
      week: day,
      month: day,
      language: 'language',
      page: 'page_url',
      revision: dialect.revision,
      none: "''",
    })[by ?? 'none']
  const edge = (from: number, to: number) => `
        SELECT ${key(dialect.day)} AS key, method, categories, 1 AS records,
          CASE WHEN EXISTS (SELECT 1 FROM consent_visitors AS v WHERE v.consent_id = r.consent_id AND v.seq = r.seq)
            THEN 1 ELSE 0 END AS visitors
        FROM consent_records AS r WHERE received_at >= ${p(from)} AND received_at < ${p(to)}`
  return `SELECT key, method, categories, sum(records) AS records, sum(visitors) AS visitors FROM (
        SELECT ${key('day')} AS key, method, categories, records, visitors FROM consent_stats
          WHERE day >= ${p(1)} AND day <= ${p(2)}
        UNION ALL${edge(3, 4)}
        UNION ALL${edge(5, 6)}
      ) AS counted GROUP BY key, method, categories`
}

/** The ISO 8601 week of a UTC day: `2026-W53` for 2027-01-01, whose Thursday is in 2026. */
export function isoWeek(day: string): string {
  const thursday = new Date(`${day}T00:00:00.000Z`)
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7))
  const year = thursday.getUTCFullYear()
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}

const PERIOD: Partial<Record<StatsBy, (day: string) => string>> = {
  week: isoWeek,
  month: (day) => day.slice(0, 7),
}

const empty = (): Counts => ({ total: 0, visitors: 0, categories: {}, methods: {} })

function add(counts: Counts, method: string, categories: Record<string, boolean>, n: number, visitors: number) {
  counts.total += n
  counts.visitors += visitors
  counts.methods[method] = (Object.hasOwn(counts.methods, method) ? counts.methods[method]! : 0) + n
  for (const [name, granted] of Object.entries(categories)) {
    // A category may be named "constructor": never one of Object's own properties.
    if (!Object.hasOwn(counts.categories, name)) counts.categories[name] = { granted: 0, denied: 0 }
    counts.categories[name]![granted ? 'granted' : 'denied'] += n
  }
}

/**
 * The rows of {@link statsQuery} as the JSON `stats` answers.
 *
 * @param range The window counted.
 * @param by What the series is by, if any.
 * @param rows The query's rows (PostgreSQL gives sums as text).
 */
export function toStats(range: TimeRange, by: StatsBy | undefined, rows: Record<string, unknown>[]): Stats {
  const whole = empty()
  const series = new Map<string, Counts>()
  // Each distinct choice is parsed once, not once a row.
  const parsed = new Map<string, Record<string, boolean>>()
  for (const row of rows) {
    const text = row.categories as string
    const categories = parsed.get(text) ?? JSON.parse(text)
    parsed.set(text, categories)
    const counted = [row.method as string, categories, Number(row.records), Number(row.visitors)] as const
    add(whole, ...counted)
    const key = PERIOD[by!]?.(String(row.key)) ?? String(row.key)
    if (!series.has(key)) series.set(key, empty())
    add(series.get(key)!, ...counted)
  }
  const stats: Stats = { from: range.from, to: range.to, ...whole }
  if (!by) return stats
  const order =
    by === 'revision'
      ? (a: string, b: string) => Number(a) - Number(b)
      : (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  const keys = [...series.keys()].sort(order)
  return { ...stats, by, series: keys.map((key) => ({ key, ...series.get(key)! })) }
}
