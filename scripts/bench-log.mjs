// pnpm bench:log: how many records a second one aufum-consent-log stores, and how long each POST takes, on loopback,
// on SQLite and on PostgreSQL (AUFUM_TEST_POSTGRES_URL: pnpm bench:log starts a throwaway cluster with
// scripts/postgres.sh). Each database: the built CLI in its own process; after a 2 s warm-up, 40 connections posting
// new records for 10 s as fast as they are answered (autocannon, at most 200,000 requests), then 10,000 records at
// an even 1,000 a second (the issue's goal); every record must be acknowledged. Then, on fresh databases holding
// 1,000,000 records, how long GET /stats takes to answer, for each `by` and for a window with ragged edges. Prints
// Markdown tables.
import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { Agent, request as httpRequest } from 'node:http'
import { createRequire } from 'node:module'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import autocannon from 'autocannon'

const PACKAGE = join(import.meta.dirname, '..', 'packages', 'consent-log')
const CLI = join(PACKAGE, 'dist', 'cli.js')
const pg = createRequire(join(PACKAGE, 'package.json'))('pg')
const Database = createRequire(join(PACKAGE, 'package.json'))('better-sqlite3')
const { openStore } = await import(join(PACKAGE, 'dist', 'store', 'index.js'))
const { MIGRATIONS, SCHEMA_TABLE } = await import(join(PACKAGE, 'dist', 'store', 'migrations.js'))
const CONNECTIONS = 40
const SECONDS = 10
const GOAL = 1000
const TOKEN = randomBytes(32).toString('hex')
const RECORDS = 1_000_000

// The record the consent log's tests send, with a new consent id decided now.
const sample = JSON.parse(readFileSync(join(PACKAGE, 'test', 'record.json'), 'utf8'))
const record = () =>
  JSON.stringify({ id: randomBytes(16).toString('hex'), decidedAt: new Date().toISOString(), ...sample })

/** Starts the receiver on a free port; resolves to its origin and process. */
async function receiver(db) {
  const args = ['serve', '--port', '0', '--rate-limit', '0', '--origins', 'https://www.aufum.com', '--db', db]
  const child = spawn(process.execPath, [CLI, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, AUFUM_CONSENT_LOG_TOKEN: TOKEN },
  })
  const line = await new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk) => resolve(String(chunk)))
    child.once('exit', (code) => reject(new Error(`aufum-consent-log exited with ${code}`)))
  })
  return { origin: /http:\/\/[\d.]+:\d+/.exec(line)[0], child }
}

/** Posts new records from `CONNECTIONS` connections for `SECONDS` s, each as soon as the last is answered. */
async function saturate(origin, duration = SECONDS) {
  const result = await autocannon({
    url: `${origin}/consent`,
    connections: CONNECTIONS,
    duration,
    maxOverallRequests: 200_000,
    timeout: 10,
    requests: [{ method: 'POST', setupRequest: (request) => ({ ...request, body: record() }) }],
  })
  if (result.non2xx || result.errors || result.timeouts)
    throw new Error(`${result.non2xx} answers not 2xx, ${result.errors} errors, ${result.timeouts} timeouts`)
  return { perSecond: Math.round(result['2xx'] / duration), p50: result.latency.p50, p99: result.latency.p99 }
}

/**
 * Posts `GOAL` new records a second, evenly, for `SECONDS` s (autocannon's own rate sends each second's quota in one
 * burst). Each latency counts from when its request was due, so a client that falls behind counts against the
 * server, not for it.
 */
async function steady(origin) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS })
  const total = GOAL * SECONDS
  const latencies = []
  const started = performance.now()
  const post = (due) =>
    new Promise((resolve, reject) => {
      const body = record()
      const request = httpRequest(`${origin}/consent`, { method: 'POST', agent, timeout: 10_000 }, (response) => {
        response.resume()
        response.on('end', () => {
          if (response.statusCode !== 201) reject(new Error(`answered ${response.statusCode}`))
          latencies.push(performance.now() - due)
          resolve()
        })
      })
      request.on('timeout', () => request.destroy(new Error('timed out')))
      request.on('error', reject)
      request.end(body)
    })
  const sent = []
  while (sent.length < total) {
    const now = performance.now()
    while (sent.length < total && started + (sent.length * 1000) / GOAL <= now)
      sent.push(post(started + (sent.length * 1000) / GOAL))
    await sleep(1)
  }
  await Promise.all(sent)
  agent.destroy()
  latencies.sort((a, b) => a - b)
  const at = (share) => Math.round(latencies[Math.floor(latencies.length * share)])
  return { perSecond: Math.round(total / ((performance.now() - started) / 1000)), p50: at(0.5), p99: at(0.99) }
}

/** Drops the triggers that keep `stats`'s summary, once the receiver has migrated `db`: inserts as before version 2. */
async function dropSummary(db) {
  if (db.startsWith('sqlite:')) {
    const sqlite = new Database(db.slice('sqlite:'.length), { timeout: 5000 })
    sqlite.exec('DROP TRIGGER consent_stats_insert; DROP TRIGGER consent_stats_delete')
    sqlite.close()
    return
  }
  const client = new pg.Client(db)
  await client.connect()
  await client.query('DROP TRIGGER consent_stats_count ON consent_records')
  await client.end()
}

/**
 * The most records a second, then the latency at the issue's goal of 1,000 records a second; `withoutSummary`, with
 * the summary's triggers dropped, to show what keeping it costs.
 */
async function bench(name, db, withoutSummary = false) {
  const { origin, child } = await receiver(db)
  try {
    if (withoutSummary) await dropSummary(db)
    await saturate(origin, 2)
    return { name, most: await saturate(origin), goal: await steady(origin) }
  } finally {
    child.kill()
  }
}

// The records of the stats benchmark, the same on both databases: one a 31.5 s over 2026, 700,000 visitors (some
// decide twice), three methods, four choices, five languages, fifty pages, four revisions.
const CHOICES = [
  { analytics: true, necessary: true, partners: true },
  { analytics: false, necessary: true, partners: false },
  { analytics: true, necessary: true, partners: false },
  { analytics: false, necessary: true, partners: true },
].map((choice) => JSON.stringify(choice))
const METHODS = ['accept-all', 'reject-all', 'custom']
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it']

/**
 * Fills a database of schema version 1 with `RECORDS` records, as a log kept before `stats` holds them; the receiver
 * then migrates it, counting them into the summary as its triggers would have (the insert benchmark measures those).
 */
async function fill(db) {
  const version1 = (dialect) =>
    `${SCHEMA_TABLE}; ${MIGRATIONS[0][dialect]}; INSERT INTO aufum_schema VALUES (1, '${new Date().toISOString()}')`
  if (db.startsWith('sqlite:')) {
    const sqlite = new Database(db.slice('sqlite:'.length))
    sqlite.exec(version1('sqlite'))
    const insert = sqlite.prepare(`INSERT INTO consent_records (consent_id, decided_at, received_at, revision, method,
      categories, language, policy_url, page_url) VALUES (?, ?, ?, ?, ?, ?, ?, '/privacy.html', ?)`)
    sqlite.transaction(() => {
      for (let i = 0; i < RECORDS; i++) {
        const at = new Date(Date.UTC(2026, 0, 1) + i * 31_536).toISOString()
        const id = createHash('md5')
          .update(String(i % 700_000))
          .digest('hex')
        insert.run(
          id,
          at,
          at,
          1 + Math.floor(i / 250_000),
          METHODS[i % 3],
          CHOICES[i % 4],
          LANGUAGES[i % 5],
          `https://www.aufum.com/p${i % 50}`,
        )
      }
    })()
    sqlite.close()
    return
  }
  const client = new pg.Client(db)
  await client.connect()
  await client.query(version1('postgres'))
  const at = `'2026-01-01T00:00:00Z'::timestamptz + i * interval '31536 milliseconds'`
  const pick = (list, i) => `(ARRAY[${list.map((item) => `'${item}'`).join(', ')}])[${i} + 1]`
  await client.query(`INSERT INTO consent_records (consent_id, decided_at, received_at, revision, method, categories,
      language, policy_url, page_url)
    SELECT md5((i % 700000)::text), ${at}, ${at}, 1 + i / 250000, ${pick(METHODS, 'i % 3')},
      ${pick(CHOICES, 'i % 4')}, ${pick(LANGUAGES, 'i % 5')}, '/privacy.html', 'https://www.aufum.com/p' || (i % 50)
    FROM generate_series(0, ${RECORDS - 1}) AS i`)
  // What autovacuum does on its own after a bulk insert; until then PostgreSQL cannot count from the index alone.
  await client.query('VACUUM (ANALYZE) consent_records')
  await client.end()
}

const STATS_QUERIES = [
  ['whole log', ''],
  ...['day', 'week', 'month', 'language', 'page', 'revision'].map((by) => [`by ${by}`, `?by=${by}`]),
  ['a month, ragged edges, by day', '?from=2026-03-14T12:00:00Z&to=2026-04-14T11:59:59Z&by=day'],
]

/** The median of `runs` timings of `measure` (after one untimed), in ms. */
async function median(measure, runs) {
  const times = []
  for (let run = 0; run <= runs; run++) {
    const start = performance.now()
    await measure()
    if (run) times.push(performance.now() - start)
  }
  return Math.round(times.sort((a, b) => a - b)[Math.floor(runs / 2)])
}

/** What `stats` printed on the command line, started as a user would: a new process, which opens the database. */
function statsCommand(db, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'stats', '--db', db, ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
    })
    child.once('exit', (code) => (code ? reject(new Error(`stats exited with ${code}`)) : resolve(JSON.parse(out))))
  })
}

/**
 * For each query, the median of 5 timed GET /stats on a receiver over `db` and of 3 timed `aufum-consent-log stats`
 * (each a new process), in ms.
 */
async function benchStats(name, db) {
  let started = performance.now()
  await fill(db)
  const filled = Math.round((performance.now() - started) / 1000)
  started = performance.now()
  await (await openStore(db)).close()
  const migrated = Math.round((performance.now() - started) / 1000)
  const { origin, child } = await receiver(db)
  const check = (query, stats) => {
    if (query === '' && stats.total !== RECORDS) throw new Error(`stats counted ${stats.total} records`)
  }
  try {
    const times = []
    for (const [, query] of STATS_QUERIES) {
      const http = await median(async () => {
        const answer = await fetch(`${origin}/stats${query}`, { headers: { Authorization: `Bearer ${TOKEN}` } })
        check(query, await answer.json())
      }, 5)
      const args = [...new URLSearchParams(query)].flatMap(([key, value]) => [`--${key}`, value])
      const cli = await median(async () => check(query, await statsCommand(db, args)), 3)
      times.push(`${http} / ${cli}`)
    }
    // Printed at once: the second database takes minutes more.
    console.log(`stats on ${name}: filled in ${filled} s, migrated in ${migrated} s; ${times.join(', ')} ms`)
    return { name, filled, migrated, times }
  } finally {
    child.kill()
  }
}

const server = process.env.AUFUM_TEST_POSTGRES_URL
if (!server) throw new Error('AUFUM_TEST_POSTGRES_URL is not set: run `pnpm bench:log`, which starts a PostgreSQL')
const folder = mkdtempSync(join(tmpdir(), 'aufum-bench-log-'))
// PostgreSQL: a database of its own on the server, dropped after.
const admin = new pg.Client(server)
await admin.connect()
const database = `aufum_bench_${randomBytes(4).toString('hex')}`
await admin.query(`CREATE DATABASE ${database}`)
await admin.query(`CREATE DATABASE ${database}_stats`)
await admin.query(`CREATE DATABASE ${database}_bare`)
try {
  const postgres = new URL(server)
  postgres.pathname = `/${database}`
  // AUFUM_BENCH_LOG=inserts or =stats runs only that half.
  const only = process.env.AUFUM_BENCH_LOG
  const rows = []
  if (only !== 'stats') {
    const sqlite = 'SQLite (better-sqlite3, WAL, synchronous=FULL)'
    const postgresql = 'PostgreSQL (pg, pool of 10, synchronous_commit=on)'
    rows.push(await bench(sqlite, `sqlite:${join(folder, 'log.db')}`))
    rows.push(await bench(`${sqlite}, without the summary`, `sqlite:${join(folder, 'bare.db')}`, true))
    rows.push(await bench(postgresql, postgres.href))
    postgres.pathname = `/${database}_bare`
    rows.push(await bench(`${postgresql}, without the summary`, postgres.href, true))
  }
  postgres.pathname = `/${database}_stats`
  const stats =
    only === 'inserts'
      ? []
      : [
          await benchStats('SQLite', `sqlite:${join(folder, 'stats.db')}`),
          await benchStats('PostgreSQL', postgres.href),
        ]
  const version = (await admin.query('SHOW server_version')).rows[0].server_version
  console.log(
    `\n${cpus().length} cores, Node ${process.version}, PostgreSQL ${version}; ` +
      `${CONNECTIONS} connections, ${SECONDS} s a run, on loopback\n`,
  )
  console.log('| database | most records/s (p50, p99) | at 1,000 records/s: p50 | p99 |')
  console.log('| --- | ---: | ---: | ---: |')
  for (const { name, most, goal } of rows)
    console.log(
      `| ${name} | ${most.perSecond.toLocaleString('en-US')} (${most.p50} ms, ${most.p99} ms) | ` +
        `${goal.p50} ms | ${goal.p99} ms |`,
    )
  if (stats.length) {
    console.log(
      `\nstats over ${RECORDS.toLocaleString('en-US')} records, in ms: GET /stats (median of 5) / ` +
        '`aufum-consent-log stats`, a new process (median of 3)\n',
    )
    console.log(`| database (filled in, migrated in) | ${STATS_QUERIES.map(([name]) => name).join(' | ')} |`)
    console.log(`| --- |${' ---: |'.repeat(STATS_QUERIES.length)}`)
    for (const { name, filled, migrated, times } of stats)
      console.log(`| ${name} (${filled} s, ${migrated} s) | ${times.join(' | ')} |`)
  }
} finally {
  await admin.query(`DROP DATABASE ${database} WITH (FORCE)`)
  await admin.query(`DROP DATABASE ${database}_stats WITH (FORCE)`)
  await admin.query(`DROP DATABASE ${database}_bare WITH (FORCE)`)
  await admin.end()
  rmSync(folder, { recursive: true, force: true })
}
