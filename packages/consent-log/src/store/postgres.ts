import pg from 'pg'
import { collision, key, type Store, statements, toEntry, toRecord, values } from './index.js'
import { migrate, POSTGRES } from './migrations.js'
import { type StatsDialect, statsParams, statsQuery, toStats } from './stats.js'

// Any number of receivers may start at once against one database: the one holding this lock migrates, the others
// wait for it and find nothing left to do.
const MIGRATION_LOCK = 0x61756675
/** The client's limit on one migration query, in ms: the longest timer Node keeps (24 days), as good as none. */
const MIGRATION_TIMEOUT = 2 ** 31 - 1

/**
 * PostgreSQL: one database behind any number of stateless receivers, with its own replication and backups.
 *
 * @param url `postgres://user:password@host:port/database`.
 * @returns The store, its schema migrated.
 */
export async function openPostgres(url: string): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // A database that does not answer turns into a 503 within seconds, not a request that hangs.
    connectionTimeoutMillis: 3000,
    query_timeout: 5000,
    statement_timeout: 5000,
    // A 2xx promises a committed record: insist on it even where the server's default says otherwise.
    options: '-c synchronous_commit=on',
    application_name: 'aufum-consent-log',
  })
  // A pooled connection the database drops (a restart, a fail-over) must not end the process: the next query
  // opens a new one, and until the database is back the answers are 503.
  pool.on('error', () => {})

  try {
    const client = await pool.connect()
    try {
      await client.query('BEGIN')
      // A step may count a large log's records (version 2 took about a minute over a million): no 5 s limit here,
      // on the server or in the client. Receivers starting meanwhile wait on the lock below.
      await client.query('SET LOCAL statement_timeout = 0')
      const unlimited = { query_timeout: MIGRATION_TIMEOUT }
      await client.query({ text: `SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`, ...unlimited })
      await migrate(async (sql) => (await client.query({ text: sql, ...unlimited })).rows, 'postgres')
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {})
      throw error
    } finally {
      client.release()
    }
  } catch (error) {
    await pool.end()
    throw error
  }

  const sql = statements((n) => `$${n}`)
  const dialect: StatsDialect = {
    param: (n) => `$${n}`,
    day: POSTGRES.day(''),
    revision: 'revision::text',
  }
  const { host, pathname } = new URL(url)
  return {
    name: `postgres://${host}${pathname}`,
    add: async (record) => {
      if ((await pool.query(sql.insert, values(record))).rowCount === 1) return 'stored'
      return collision((await pool.query(sql.byKey, key(record))).rows[0], record)
    },
    byConsentId: async (id) => (await pool.query(sql.byConsentId, [id])).rows.map(toRecord),
    page: async (range, after, limit) =>
      (await pool.query(sql.page, [range.from, range.to, after, limit])).rows.map(toEntry),
    // One statement, so one snapshot, whatever receivers write meanwhile.
    stats: async (range, by) =>
      toStats(range, by, (await pool.query(statsQuery(dialect, by), statsParams(range))).rows),
    prune: async (before, limit) => (await pool.query(sql.prune, [before, limit])).rowCount ?? 0,
    ping: async () => {
      await pool.query('SELECT 1')
    },
    close: () => pool.end(),
  }
}
