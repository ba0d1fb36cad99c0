// The databases the consent log's tests run on, each test file with fresh ones: SQLite in a temporary folder, and
// PostgreSQL in a database of its own on the server AUFUM_TEST_POSTGRES_URL names (.ci/run starts one with
// scripts/postgres.sh). Nothing is mocked: every test talks to a real database.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import { afterAll, beforeAll, describe, test } from 'vitest'

export const KINDS = ['sqlite', 'postgres'] as const
export type Kind = (typeof KINDS)[number]

/** A fresh, empty database, and ways to reach into it as an operator would. */
export interface TestDatabase {
  /** The `--db` URL. */
  url: string
  /** Runs SQL straight on the database, beside the receiver. */
  sql(statement: string): Promise<Record<string, unknown>[]>
  /** Makes the database refuse writes, as an outage does, until the returned function is called. */
  outage(): Promise<() => Promise<void>>
  drop(): Promise<void>
}

const MISSING_POSTGRES = `AUFUM_TEST_POSTGRES_URL is not set, so the PostgreSQL half of the consent log's tests cannot run.
Run the tests with pnpm test:unit, which starts a throwaway PostgreSQL on loopback (installed first when missing, as
root on Debian):
  pnpm test:unit
or set AUFUM_TEST_POSTGRES_URL to a server where the tests may create and drop databases.`

function sqliteDatabase(): TestDatabase {
  const folder = mkdtempSync(join(tmpdir(), 'aufum-log-test-'))
  const file = join(folder, 'log.db')
  const open = () => new Database(file, { timeout: 5000 })
  return {
    url: `sqlite:${file}`,
    async sql(statement) {
      const db = open()
      try {
        const query = db.prepare(statement)
        if (query.reader) return query.all() as Record<string, unknown>[]
        query.run()
        return []
      } finally {
        db.close()
      }
    },
    // Another process holding the write lock: the receiver's writes wait, then fail.
    async outage() {
      const db = open()
      db.exec('BEGIN EXCLUSIVE')
      return async () => {
        db.exec('COMMIT')
        db.close()
      }
    },
    async drop() {
      rmSync(folder, { recursive: true, force: true })
    },
  }
}

async function runOn(url: string, statement: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client(url)
  await client.connect()
  try {
    return (await client.query(statement)).rows
  } finally {
    await client.end()
  }
}

async function postgresDatabase(): Promise<TestDatabase> {
  const server = process.env.AUFUM_TEST_POSTGRES_URL!
  const name = `aufum_test_${randomBytes(6).toString('hex')}`
  const admin = (statement: string) => runOn(server, statement)
  await admin(`CREATE DATABASE ${name}`)
  const url = new URL(server)
  url.pathname = `/${name}`
  return {
    url: url.href,
    sql: (statement) => runOn(url.href, statement),
    // The database refuses connections and drops the open ones, as when its server is down.
    async outage() {
      await admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`)
      await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`)
      return async () => {
        await admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`)
      }
    },
    drop: async () => {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    },
  }
}

/** A fresh database of `kind`. */
export const testDatabase = (kind: Kind): Promise<TestDatabase> =>
  kind === 'sqlite' ? Promise.resolve(sqliteDatabase()) : postgresDatabase()

/**
 * The same suite on each database, given a fresh one (filled in before its first test, dropped after its last).
 * Without AUFUM_TEST_POSTGRES_URL, the PostgreSQL suite is one failing test that says what to do: never a pass, never
 * a skip.
 */
export function eachDatabase(title: string, suite: (db: TestDatabase, kind: Kind) => void): void {
  describe.each(KINDS)(title, (kind) => {
    if (kind === 'postgres' && !process.env.AUFUM_TEST_POSTGRES_URL) {
      test('has a PostgreSQL to run on', () => {
        throw new Error(MISSING_POSTGRES)
      })
      return
    }
    const db = {} as TestDatabase
    beforeAll(async () => {
      Object.assign(db, await testDatabase(kind))
    })
    afterAll(() => db.drop?.())
    suite(db, kind)
  })
}
