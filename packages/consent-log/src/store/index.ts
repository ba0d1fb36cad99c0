import type { StoredRecord } from '../validate.js'

/** Receipt times from `from` (included) to `to` (excluded), as ISO 8601 UTC. */
export interface TimeRange {
  from: string
  to: string
}

/** What {@link Store.stats} counts each entry of its series by: a UTC day, an ISO week, a month, or a record's field. */
export type StatsBy = 'day' | 'week' | 'month' | 'language' | 'page' | 'revision'

/** The StatsBy values, for checking what a user asked. */
export const STATS_BY: readonly StatsBy[] = ['day', 'week', 'month', 'language', 'page', 'revision']

/**
 * What a set of records holds: decisions (each record), and visitors (each consent id once, where its decision in
 * force is: the newest it made). docs/consent-log.md says why.
 */
export interface Counts {
  /** Decisions: the records received in the window. */
  total: number
  /** The consent ids whose decision in force (their newest) is among them: each consent id counts once, in one entry. */
  visitors: number
  /** Per category, the decisions that granted it and those that denied it. */
  categories: Record<string, { granted: number; denied: number }>
  /** Per method (`accept-all`, `reject-all`, `custom`…), the decisions made with it. */
  methods: Record<string, number>
}

/** The counts of the records received in a window, and per period, language, page or revision when asked. */
export interface Stats extends Counts {
  /** The window's start, ISO 8601 UTC, included. */
  from: string
  /** The window's end, ISO 8601 UTC, excluded. */
  to: string
  by?: StatsBy
  /**
   * One entry a key: `2026-11-30` (day, UTC), `2026-W48` (ISO week), `2026-11` (month), a language tag, a page URL or
   * a revision as text; periods and revisions ascending, languages and pages in code-point order.
   */
  series?: (Counts & { key: string })[]
}

/** What {@link Store.add} did with a record. */
export type Added = 'stored' | 'duplicate' | 'conflict'

/** Where the records are kept. A rejected promise means the database did not answer: the receiver says 503. */
export interface Store {
  /** Which database, without its password: for logs. */
  readonly name: string
  /**
   * Stores a record, committed before the promise resolves, unless one with its key (consent id, `decidedAt`,
   * method, categories) is stored already.
   *
   * @returns `stored` when it was stored now; `duplicate` when the stored one is the same record (its receipt time
   *   aside); `conflict` when it differs, and the stored one is kept.
   */
  add(record: StoredRecord): Promise<Added>
  /** Every record of one consent id, newest decision first. */
  byConsentId(id: string): Promise<StoredRecord[]>
  /** Up to `limit` records received within `range`, in the order they were stored, after the one numbered `after`. */
  page(range: TimeRange, after: number, limit: number): Promise<{ seq: number; record: StoredRecord }[]>
  /**
   * Counts the records received within `range`, from a summary the database keeps: never a scan of every record.
   *
   * @param by When given, the same counts per day, week, month, language, page or revision as `series`.
   */
  stats(range: TimeRange, by?: StatsBy): Promise<Stats>
  /** Deletes up to `limit` records received before `before`; resolves to how many. */
  prune(before: string, limit: number): Promise<number>
  /** Resolves when the database answers. */
  ping(): Promise<void>
  close(): Promise<void>
}

const COLUMNS = [
  'consent_id',
  'decided_at',
  'received_at',
  'revision',
  'method',
  'categories',
  'language',
  'policy_url',
  'page_url',
]
const FIELDS = ['id', 'decidedAt', 'receivedAt', 'revision', 'method', 'categories', 'language', 'policyUrl', 'pageUrl']
const SELECT = COLUMNS.map((column, i) => `${column} AS "${FIELDS[i]}"`).join(', ')

/**
 * The statements of a store, in one SQL for both databases but for the placeholders.
 *
 * @param param The placeholder of the n-th parameter (1-based) in the database's dialect.
 */
export const statements = (param: (n: number) => string) => ({
  // The unique key decides what is new: with several receivers on one database, exactly one of them stores it.
  insert: `INSERT INTO consent_records (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((_, i) => param(i + 1)).join(', ')})
    ON CONFLICT DO NOTHING`,
  // The stored record a refused insert collided with: the same key, the other fields to compare.
  byKey: `SELECT ${SELECT} FROM consent_records
    WHERE consent_id = ${param(1)} AND decided_at = ${param(2)} AND method = ${param(3)} AND categories = ${param(4)}`,
  byConsentId: `SELECT ${SELECT} FROM consent_records WHERE consent_id = ${param(1)} ORDER BY decided_at DESC, seq DESC`,
  page: `SELECT seq, ${SELECT} FROM consent_records
    WHERE received_at >= ${param(1)} AND received_at < ${param(2)} AND seq > ${param(3)} ORDER BY seq LIMIT ${param(4)}`,
  prune: `DELETE FROM consent_records WHERE seq IN
    (SELECT seq FROM consent_records WHERE received_at < ${param(1)} ORDER BY seq LIMIT ${param(2)})`,
})

/** A record's values in the order of the insert's columns. */
export const values = (record: StoredRecord) => [
  record.id,
  record.decidedAt,
  record.receivedAt,
  record.revision,
  record.method,
  JSON.stringify(record.categories),
  record.language,
  record.policyUrl,
  record.pageUrl,
]

/** A record's values in the order of `byKey`'s parameters. */
export const key = (record: StoredRecord) => [
  record.id,
  record.decidedAt,
  record.method,
  JSON.stringify(record.categories),
]

/**
 * What an insert that stored nothing met: the same record, or another under its key (or none, pruned meanwhile).
 *
 * @param row The row `byKey` found, if any.
 * @param record The record that was not stored.
 */
export function collision(row: Record<string, unknown> | undefined, record: StoredRecord): Added {
  if (!row) return 'conflict'
  const stored = toRecord(row)
  const same = (['revision', 'language', 'policyUrl', 'pageUrl'] as const).every(
    (field) => stored[field] === record[field],
  )
  return same ? 'duplicate' : 'conflict'
}

/** A row of `byConsentId` or `page` as a record (PostgreSQL gives times as Date objects, SQLite as text). */
export function toRecord(row: Record<string, unknown>): StoredRecord {
  const time = (value: unknown) => new Date(value as string | Date).toISOString()
  return {
    id: row.id as string,
    decidedAt: time(row.decidedAt),
    revision: Number(row.revision),
    categories: JSON.parse(row.categories as string),
    method: row.method as StoredRecord['method'],
    language: row.language as string,
    policyUrl: row.policyUrl as string | null,
    pageUrl: row.pageUrl as string,
    receivedAt: time(row.receivedAt),
  }
}

/** A row of `page`: its number, for the next page, and its record. */
export const toEntry = (row: Record<string, unknown>) => ({ seq: Number(row.seq), record: toRecord(row) })

/**
 * Opens the database a `--db` URL names, creating or migrating its schema.
 *
 * @param url `sqlite:<file>` or `postgres://user:password@host:port/database`.
 * @returns The store, ready.
 */
export async function openStore(url: string): Promise<Store> {
  if (url.startsWith('sqlite:')) return (await import('./sqlite.js')).openSqlite(url.slice('sqlite:'.length))
  if (/^postgres(?:ql)?:\/\//.test(url)) return (await import('./postgres.js')).openPostgres(url)
  throw new Error(
    `--db must be sqlite:<file> or postgres://user:password@host:port/database, not "${url.split(':')[0]}:…"`,
  )
}
