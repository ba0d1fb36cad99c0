// A reference receiver for Aufum Consent's proof-of-consent records (recordConsent / the "record" option).
//
//   POST /consent        a record as JSON → 201 stored, 200 already stored (same record), 400 { error } refused
//   GET  /consent/:id    every record of that consent id → 200 [records], 404 when there is none
//
// Records are appended, one JSON line each, to an append-only file and fsynced before the answer, so an
// acknowledged record survives a crash. A line cut short by a crash mid-write is skipped when the file is read back.
// Usage: node server.mjs [--port 4175] [--file consent-log.jsonl] [--fail-first N]  (--fail-first answers the
// first N POSTs with 500, to try the SDK's retries). No dependencies beyond Node.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs'
import { createServer } from 'node:http'

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`)
  return at > -1 ? process.argv[at + 1] : fallback
}
const PORT = Number(arg('port', process.env.PORT || 4175))
const FILE = arg('file', process.env.CONSENT_LOG || 'consent-log.jsonl')
let failFirst = Number(arg('fail-first', 0))
const MAX_BODY = 4096
const METHODS = ['accept-all', 'reject-all', 'custom', 'api', 'gpc']
const FIELDS = ['id', 'decidedAt', 'revision', 'categories', 'method', 'language', 'policyUrl', 'pageUrl']

/** The reason a record is refused, or undefined when it is well-formed. */
function invalid(record) {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return 'the body must be a JSON object'
  const extra = Object.keys(record).filter((key) => !FIELDS.includes(key))
  if (extra.length) return `unknown field(s): ${extra.join(', ')}`
  const { id, decidedAt, revision, categories, method, language, policyUrl, pageUrl } = record
  if (typeof id !== 'string' || !/^[\da-f]{32}$/.test(id)) return 'id must be 32 hex digits'
  if (typeof decidedAt !== 'string' || Number.isNaN(Date.parse(decidedAt)) || !decidedAt.endsWith('Z'))
    return 'decidedAt must be an ISO 8601 UTC time'
  if (!Number.isInteger(revision) || revision < 0) return 'revision must be a whole number of 0 or more'
  if (!categories || typeof categories !== 'object' || Array.isArray(categories)) return 'categories must be an object'
  const names = Object.keys(categories)
  if (!names.length || names.length > 32) return 'categories must have 1 to 32 entries'
  for (const name of names) {
    if (!/^[A-Za-z][\w-]{0,31}$/.test(name)) return `categories: "${name.slice(0, 40)}" is not a category name`
    if (typeof categories[name] !== 'boolean') return `categories.${name} must be true or false`
  }
  if (!METHODS.includes(method)) return `method must be one of ${METHODS.join(', ')}`
  if (typeof language !== 'string' || language.length > 35) return 'language must be a language tag'
  if (policyUrl !== null && (typeof policyUrl !== 'string' || policyUrl.length > 2000))
    return 'policyUrl must be a URL or null'
  if (typeof pageUrl !== 'string' || pageUrl.length > 2000) return 'pageUrl must be a URL'
}

// The same decision sent twice (a retry, a beacon then a fetch) is one record.
const keyOf = (r) => JSON.stringify([r.id, r.decidedAt, r.method, Object.entries(r.categories).sort()])

/** @type {Map<string, object[]>} consent id → records */
const byId = new Map()
const keys = new Set()
function remember(record) {
  keys.add(keyOf(record))
  byId.set(record.id, [...(byId.get(record.id) ?? []), record])
}
const existing = existsSync(FILE) ? readFileSync(FILE, 'utf8') : ''
for (const line of existing.split('\n')) {
  try {
    const record = JSON.parse(line)
    if (!invalid(record)) remember(record)
  } catch {
    // a line cut short by a crash: never acknowledged, so the SDK sends it again
  }
}
const log = openSync(FILE, 'a')
// End a line cut short by a crash, so that the next record does not join it.
if (existing && !existing.endsWith('\n')) writeSync(log, '\n')

const send = (res, status, body) => {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type',
  })
  res.end(body === undefined ? '' : JSON.stringify(body))
}

const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost')
  if (req.method === 'OPTIONS') return send(res, 204)
  const lookup = /^\/consent\/([\da-f]{32})$/.exec(pathname)
  if (req.method === 'GET' && lookup) {
    const records = byId.get(lookup[1])
    return records ? send(res, 200, records) : send(res, 404, { error: 'no record of this consent id' })
  }
  if (req.method !== 'POST' || pathname !== '/consent') return send(res, 404, { error: 'not found' })
  const chunks = []
  let size = 0
  req.on('data', (chunk) => {
    size += chunk.length
    if (size <= MAX_BODY) chunks.push(chunk)
  })
  req.on('end', () => {
    if (failFirst > 0) {
      failFirst--
      return send(res, 500, { error: 'failing on purpose (--fail-first)' })
    }
    if (size > MAX_BODY) return send(res, 400, { error: `the body must be at most ${MAX_BODY} bytes` })
    let record
    try {
      // Any content type: sendBeacon sends text/plain.
      record = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    } catch {
      return send(res, 400, { error: 'the body must be JSON' })
    }
    const reason = invalid(record)
    if (reason) return send(res, 400, { error: reason })
    if (keys.has(keyOf(record))) return send(res, 200, { stored: false, duplicate: true })
    writeSync(log, `${JSON.stringify(record)}\n`)
    fsyncSync(log)
    remember(record)
    send(res, 201, { stored: true })
  })
})

const stop = () => server.close(() => closeSync(log))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
server.listen(PORT, '127.0.0.1', () => console.log(`consent log: http://127.0.0.1:${PORT}/consent (file ${FILE})`))
