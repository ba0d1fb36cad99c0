#!/usr/bin/env node
import { once } from 'node:events'
import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { DAY } from '@aufum/consent/schema'
import { pruneAll, type Retention, retain } from './retention.js'
import { openStore, STATS_BY, type StatsBy, type Store, type TimeRange } from './store/index.js'
import { EARLIEST, instant, LATEST } from './window.js'

const USAGE = `Usage:
  aufum-consent-log serve [--port 8787] [--host 127.0.0.1] [--db <url>] [--origins <origin>,…]
                          [--rate-limit 600] [--trust-proxy <address or CIDR>,…] [--retain-days <N>]
  aufum-consent-log export [--db <url>] [--from <time>] [--to <time>]   NDJSON on stdout, in the order received
  aufum-consent-log prune [--db <url>] --older-than-days <N>
  aufum-consent-log stats [--db <url>] [--from <time>] [--to <time>] [--by day|week|month|language|page|revision]
                          JSON on stdout: decisions and visitors, counted over the records received from --from
                          (included) to --to (excluded), per period, language, page or revision with --by
  aufum-consent-log report --html <file> [--db <url>] [--from <time>] [--to <time>] [--lang en|de]

  --db        sqlite:<file> (default sqlite:./consent-log.db) or postgres://user:password@host:port/database;
              or the environment's AUFUM_CONSENT_LOG_DB
  --origins   the site origins whose pages may post records, comma-separated; or AUFUM_CONSENT_LOG_ORIGINS
  --retain-days  deletes the records received more than N days ago, at start and then daily
  The token that reads records and stats (GET /consent/:id, GET /stats) is only read from the environment:
  AUFUM_CONSENT_LOG_TOKEN.
  Docs: https://github.com/aufum/consent/blob/main/docs/consent-log.md
`
const PAGE = 1000

/** A mistake on the command line: exit code 2 and the usage. */
class UsageError extends Error {
  override readonly name = 'UsageError' as const
}

function wholeNumber(name: string, text: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(text)
  if (!/^\d+$/.test(text) || value < min || value > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${text}"`)
  return value
}

/** The most `--older-than-days` takes: a century, already past any record this log holds. */
const MAX_DAYS_AGO = 36_500

function time(name: string, text: string | undefined, fallback: string): string {
  if (text === undefined) return fallback
  const iso = instant(text)
  if (iso === undefined)
    throw new UsageError(`--${name} must be a date or time from 1970 to 9999, such as 2026-01-31, not "${text}"`)
  return iso
}

/** The `--db` URL, refused when it names a database that keeps nothing past the process: a 2xx must mean kept. */
function keptDatabase(db: string): string {
  const file = db.startsWith('sqlite:') ? db.slice('sqlite:'.length) : undefined
  // better-sqlite3 opens "" as a temporary file and ":memory:" in memory; SQLite URIs can ask for memory too.
  if (file !== undefined && (!file.trim() || /:memory:|[?&]mode=memory\b/i.test(file)))
    throw new UsageError(`--db "${db}" keeps nothing once the process ends: name a file, e.g. sqlite:./consent-log.db`)
  return db
}

/** The `--origins` list as origins (`https://www.aufum.com/` is `https://www.aufum.com`); anything else is refused. */
function siteOrigins(list: string): string[] {
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const url = URL.canParse(entry) ? new URL(entry) : undefined
      const origin =
        url &&
        (url.protocol === 'https:' || url.protocol === 'http:') &&
        !url.username &&
        !url.password &&
        url.pathname === '/' &&
        !/[?#]/.test(entry)
      if (!origin)
        throw new UsageError(
          `--origins: "${entry}" is not an origin; write scheme, host and port only, e.g. https://www.aufum.com`,
        )
      return url.origin
    })
}

async function serve(options: Record<string, string | undefined>, db: string) {
  const token = process.env.AUFUM_CONSENT_LOG_TOKEN || undefined
  if (token !== undefined && token.length < 32)
    throw new UsageError('AUFUM_CONSENT_LOG_TOKEN must be at least 32 characters: try `openssl rand -hex 32`')
  const origins = siteOrigins(options.origins ?? process.env.AUFUM_CONSENT_LOG_ORIGINS ?? '')
  const retainDays =
    options['retain-days'] === undefined
      ? undefined
      : wholeNumber('retain-days', options['retain-days'], 1, MAX_DAYS_AGO)
  const store = await openStore(db)
  // Loaded by the command that needs it: `stats` or `export` starts without Fastify.
  const { createApp } = await import('./app.js')
  const app = await createApp({
    store,
    token,
    origins,
    rateLimit: wholeNumber('rate-limit', options['rate-limit'] ?? '600', 0),
    trustProxy: options['trust-proxy'],
  })
  let retention: Retention | undefined
  // After the requests in flight are answered; the line tells an operator the signal reached this process.
  const stop = async (signal: NodeJS.Signals) => {
    await retention?.stop()
    await app.close()
    await store.close()
    console.log(`aufum-consent-log: stopped on ${signal}`)
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
  const address = await app.listen({
    port: wholeNumber('port', options.port ?? '8787', 0, 65535),
    host: options.host ?? '127.0.0.1',
  })
  console.log(`aufum-consent-log: ${address}/consent, storing into ${store.name}`)
  if (!token)
    console.warn(
      'aufum-consent-log: no AUFUM_CONSENT_LOG_TOKEN, so GET /consent/:id and GET /stats refuse every request',
    )
  if (!origins.length) console.warn('aufum-consent-log: no --origins, so no web page may post records')
  // Once listening: the line above, which says where, comes first.
  if (retainDays !== undefined) retention = retain(store, { days: retainDays, log: console.log })
}

async function exportRecords(range: TimeRange, store: Store) {
  for (let after = 0; ; ) {
    const entries = await store.page(range, after, PAGE)
    for (const { record } of entries)
      if (!process.stdout.write(`${JSON.stringify(record)}\n`)) await once(process.stdout, 'drain')
    if (entries.length < PAGE) return
    after = entries.at(-1)!.seq
  }
}

function pruneBefore(options: Record<string, string | undefined>): string {
  if (options['older-than-days'] === undefined) throw new UsageError('prune needs --older-than-days <N>')
  const days = wholeNumber('older-than-days', options['older-than-days'], 1, MAX_DAYS_AGO)
  return new Date(Date.now() - days * DAY).toISOString()
}

async function prune(before: string, store: Store) {
  console.log(`aufum-consent-log: deleted ${await pruneAll(store, before)} record(s) received before ${before}`)
}

async function writeReport(
  file: string,
  range: TimeRange,
  lang: string | undefined,
  generatedAt: string,
  store: Store,
) {
  const { report } = await import('./report/index.js')
  await writeFile(file, await report(store, range, { lang, generatedAt }))
  console.log(`aufum-consent-log: wrote the report of ${range.from} to ${range.to} into ${file}`)
}

function reportOptions(options: Record<string, string | undefined>) {
  if (!options.html) throw new UsageError('report needs --html <file>')
  const generatedAt = new Date().toISOString()
  // Up to now, not 9999: the page then says which records it counted.
  const range = { from: time('from', options.from, EARLIEST), to: time('to', options.to, generatedAt) }
  return writeReport.bind(null, options.html, range, options.lang, generatedAt)
}

function statsBy(text: string | undefined): StatsBy | undefined {
  if (text === undefined || STATS_BY.includes(text as StatsBy)) return text as StatsBy | undefined
  throw new UsageError(`--by must be one of ${STATS_BY.join(', ')}, not "${text}"`)
}

async function printStats(range: TimeRange, by: StatsBy | undefined, store: Store) {
  console.log(JSON.stringify(await store.stats(range, by), null, 2))
}

async function main(argv: string[]) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: 'boolean' },
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      origins: { type: 'string' },
      'rate-limit': { type: 'string' },
      'trust-proxy': { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'older-than-days': { type: 'string' },
      'retain-days': { type: 'string' },
      html: { type: 'string' },
      lang: { type: 'string' },
      by: { type: 'string' },
    },
  })
  const { help, ...options } = values
  if (help) return console.log(USAGE)
  const [command, ...extra] = positionals
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`)
  const db = keptDatabase(options.db ?? process.env.AUFUM_CONSENT_LOG_DB ?? 'sqlite:./consent-log.db')
  if (command === 'serve') return serve(options, db)
  if (command !== 'export' && command !== 'prune' && command !== 'report' && command !== 'stats')
    throw new UsageError(`unknown command "${command ?? ''}"`)
  // Checked before the database is opened (or, for SQLite, created).
  const range = () => ({ from: time('from', options.from, EARLIEST), to: time('to', options.to, LATEST) })
  const run =
    command === 'export'
      ? exportRecords.bind(null, range())
      : command === 'stats'
        ? printStats.bind(null, range(), statsBy(options.by))
        : command === 'prune'
          ? prune.bind(null, pruneBefore(options))
          : reportOptions(options)
  const store = await openStore(db)
  try {
    await run(store)
  } finally {
    await store.close()
  }
}

main(process.argv.slice(2)).catch((error: Error & { code?: string }) => {
  const usage = error instanceof UsageError || error.code?.startsWith('ERR_PARSE_ARGS')
  console.error(`aufum-consent-log: ${error.message}${usage ? `\n\n${USAGE}` : ''}`)
  process.exitCode = usage ? 2 : 1
})
