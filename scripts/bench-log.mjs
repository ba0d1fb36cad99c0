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

/** The most records a second, then the latency at the issue's goal of 1,000 records a second. */
async function bench(name, db) {
  const { origin, child } = await receiver(db)
  try {
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

/** Fills a migrated database with `RECORDS` records through its own triggers, as if each had been posted. */
async function fill(db) {
  await (await openStore(db)).close()
  if (db.startsWith('sqlite:')) {
    const sqlite = new Database(db.slice('sqlite:'.length))
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

/** The median of 5 timed GET /stats (after one untimed) for each query, in ms, on a receiver over `db`. */
async function benchStats(name, db) {
  const started = performance.now()
  await fill(db)
  const filled = Math.round((performance.now() - started) / 1000)
  const { origin, child } = await receiver(db)
  try {
    const times = []
    for (const [, query] of STATS_QUERIES) {
      const runs = []
      for (let run = 0; run < 6; run++) {
        const start = performance.now()
        const answer = await fetch(`${origin}/stats${query}`, { headers: { Authorization: `Bearer ${TOKEN}` } })
        const stats = await answer.json()
        if (query === '' && stats.total !== RECORDS) throw new Error(`stats counted ${stats.total} records`)
        if (run) runs.push(performance.now() - start)
      }
      times.push(Math.round(runs.sort((a, b) => a - b)[2]))
    }
    return { name, filled, times }
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
try {
  const postgres = new URL(server)
  postgres.pathname = `/${database}`
  const rows = [
    await bench('SQLite (better-sqlite3, WAL, synchronous=FULL)', `sqlite:${join(folder, 'log.db')}`),
    await bench('PostgreSQL (pg, pool of 10, synchronous_commit=on)', postgres.href),
  ]
  postgres.pathname = `/${database}_stats`
  const stats = [
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
  console.log(`\nGET /stats over ${RECORDS.toLocaleString('en-US')} records, median of 5, in ms\n`)
  console.log(`| database (filled in) | ${STATS_QUERIES.map(([name]) => name).join(' | ')} |`)
  console.log(`| --- |${' ---: |'.repeat(STATS_QUERIES.length)}`)
  for (const { name, filled, times } of stats) console.log(`| ${name} (${filled} s) | ${times.join(' | ')} |`)
} finally {
  await admin.query(`DROP DATABASE ${database} WITH (FORCE)`)
  await admin.query(`DROP DATABASE ${database}_stats WITH (FORCE)`)
  await admin.end()
  rmSync(folder, { recursive: true, force: true })
}
