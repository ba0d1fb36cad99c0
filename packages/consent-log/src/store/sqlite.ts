import { closeSync, openSync } from 'node:fs'
import Database from 'better-sqlite3'
import type { StoredRecord } from '../validate.js'
import {
  type Added,
  collision,
  key,
  type StatsBy,
  type Store,
  statements,
  type TimeRange,
  toEntry,
  toRecord,
  values,
} from './index.js'
import { migrate, SQLITE } from './migrations.js'
import { type StatsDialect, statsParams, statsQuery, toStats } from './stats.js'

interface Pending {
  record: StoredRecord
  resolve(added: Added): void
  reject(error: unknown): void
}

/**
 * The embedded database: one file, nothing to install, one receiver.
 *
 * @param file The database file, created when missing.
 * @returns The store, its schema migrated.
 */
export async function openSqlite(file: string): Promise<Store> {
  // Created readable by its owner only, before it holds anything: SQLite gives the -wal and -shm files the
  // database's own mode. A file that exists keeps the mode its owner chose.
  closeSync(openSync(file, 'a', 0o600))
  const db = new Database(file)
  // WAL lets GET and export read while a record is written. FULL makes a commit wait for the WAL's fsync, so an
  // acknowledged record survives a power cut, not only a killed process.
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  // Another process writing (a prune) holds the lock for a moment; past this the write fails and the receiver says 503.
  db.pragma('busy_timeout = 2000')
  db.exec('BEGIN IMMEDIATE')
  try {
    await migrate((sql) => {
      if (sql.startsWith('SELECT')) return db.prepare(sql).all() as { version: number | null }[]
      db.exec(sql)
      return []
    }, 'sqlite')
    db.exec('COMMIT')
  } catch (error) {
    db.exec('ROLLBACK')
    db.close()
    throw error
  }

  const sql = statements(() => '?')
  const insert = db.prepare(sql.insert)
  const byKey = db.prepare(sql.byKey)
  const insertAll = db.transaction((records: StoredRecord[]) =>
    records.map((record) =>
      insert.run(values(record)).changes === 1
        ? 'stored'
        : collision(byKey.get(key(record)) as Record<string, unknown> | undefined, record),
    ),
  )
  const byConsentId = db.prepare(sql.byConsentId)
  const page = db.prepare(sql.page)
  const prune = db.prepare(sql.prune)
  const ping = db.prepare('SELECT 1')
  const dialect: StatsDialect = {
    param: () => '?',
    day: SQLITE.day(''),
    revision: 'CAST(revision AS TEXT)',
  }
  const prepared = new Map<StatsBy | undefined, Database.Statement>()
  const stats = (range: TimeRange, by: StatsBy | undefined) => {
    if (!prepared.has(by)) prepared.set(by, db.prepare(statsQuery(dialect, by)))
    return toStats(range, by, prepared.get(by)!.all(statsParams(range)) as Record<string, unknown>[])
  }

  // Group commit: the records that arrive in one turn of the event loop share one transaction and so one fsync,
  // which is what lets one receiver acknowledge thousands a second; each is still answered only once committed.
  let queue: Pending[] = []
  const flush = () => {
    const batch = queue
    queue = []
    try {
      const stored = insertAll(batch.map((pending) => pending.record))
      for (const [i, pending] of batch.entries()) pending.resolve(stored[i]!)
    } catch (error) {
      for (const pending of batch) pending.reject(error)
    }
  }

  return {
    name: `sqlite:${file}`,
    add: (record) =>
      new Promise((resolve, reject) => {
        if (queue.push({ record, resolve, reject }) === 1) setImmediate(flush)
      }),
    byConsentId: async (id) => byConsentId.all(id).map((row) => toRecord(row as Record<string, unknown>)),
    page: async (range, after, limit) =>
      page.all(range.from, range.to, after, limit).map((row) => toEntry(row as Record<string, unknown>)),
    stats: async (range, by) => stats(range, by),
    prune: async (before, limit) => prune.run(before, limit).changes,
    ping: async () => {
      ping.get()
    },
    close: async () => {
      db.close()
    },
  }
}
