// @vitest-environment node
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { eachDatabase, type TestDatabase, testDatabase } from '../test/databases.js'
import { post, raw, rawAnswer, sdkRecord } from '../test/http.js'
import { type AppOptions, createApp } from './app.js'
import { openStore, type Store } from './store/index.js'

const TOKEN = 'a-token-of-the-dpo-that-is-long-enough-to-guess-never'
const SITE = 'https://www.aufum.com'

/** The app on a free loopback port, over `store`. */
async function listen(store: Store, options: Partial<AppOptions> = {}) {
  const app = await createApp({ store, token: TOKEN, origins: [SITE], rateLimit: 0, logLevel: 'silent', ...options })
  const origin = await app.listen({ port: 0, host: '127.0.0.1' })
  return { app, origin, port: Number(new URL(origin).port) }
}

const read = (origin: string, id: string, authorization = `Bearer ${TOKEN}`, headers: Record<string, string> = {}) =>
  fetch(`${origin}/consent/${id}`, { headers: { Authorization: authorization, ...headers } })

eachDatabase('the consent log on %s', (db, kind) => {
  let store: Store
  let app: FastifyInstance
  let origin: string
  beforeAll(async () => {
    store = await openStore(db.url)
    ;({ app, origin } = await listen(store))
  })
  afterAll(async () => {
    await app?.close()
    await store?.close()
  })

  test('stores a decision once: 201, then 200 for a retry, a beacon sent as text/plain, or no content type', async () => {
    const record = sdkRecord()
    expect(await post(origin, record)).toMatchObject({ status: 201, body: { stored: true } })
    expect(await post(origin, record)).toMatchObject({ status: 200, body: { stored: false, duplicate: true } })
    expect((await post(origin, record, { 'Content-Type': 'text/plain;charset=UTF-8' })).status).toBe(200)
    expect((await post(origin, JSON.stringify(record), {})).status).toBe(200)
    // The same choices listed in another order are the same decision.
    const reordered = { ...record, categories: Object.fromEntries(Object.entries(record.categories).reverse()) }
    expect((await post(origin, reordered)).status).toBe(200)
    expect(await (await read(origin, record.id)).json()).toHaveLength(1)
  })

  test('refuses with 409 a record that differs from a stored one under the same key, and keeps the first', async () => {
    const record = sdkRecord()
    expect((await post(origin, record)).status).toBe(201)
    for (const changes of [{ revision: 2 }, { policyUrl: '/privacy-v2.html' }, { language: 'de' }]) {
      const answer = await post(origin, { ...record, ...changes })
      expect(answer).toMatchObject({
        status: 409,
        body: { error: 'a different record with this consent id, decidedAt, method and categories is stored already' },
      })
      expect(answer.body).not.toHaveProperty('duplicate')
    }
    expect((await post(origin, record)).body).toEqual({ stored: false, duplicate: true })
    expect(await (await read(origin, record.id)).json()).toEqual([{ ...record, receivedAt: expect.any(String) }])
  })

  test('refuses with 400 a lone surrogate in a text field, and stores a well-formed emoji as sent', async () => {
    const record = sdkRecord()
    for (const changes of [{ policyUrl: '/privacy\ud800.html' }, { pageUrl: 'https://www.aufum.com/\udc00x' }]) {
      const answer = await post(origin, { ...record, ...changes })
      expect(answer).toMatchObject({ status: 400, body: { error: expect.stringContaining('lone surrogate') } })
    }
    expect((await read(origin, record.id)).status).toBe(404)
    expect((await post(origin, { ...record, policyUrl: '/privacy-\u{1F36A}.html' })).status).toBe(201)
    const [stored] = (await (await read(origin, record.id)).json()) as { policyUrl: string }[]
    expect(stored!.policyUrl).toBe('/privacy-\u{1F36A}.html')
  })

  test('answers the DPO with every record of a consent id, newest decision first, with the time it arrived', async () => {
    const first = sdkRecord({ method: 'accept-all', decidedAt: new Date(Date.now() - 60_000).toISOString() })
    const second = { ...first, method: 'custom', categories: { necessary: true, analytics: false } }
    const before = Date.now()
    await post(origin, first)
    await post(origin, second)
    const response = await read(origin, first.id)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const records = (await response.json()) as Record<string, string>[]
    expect(records.map((r) => r.method)).toEqual(['custom', 'accept-all'])
    expect(records[1]).toEqual({ ...first, receivedAt: expect.any(String) })
    expect(Date.parse(records[1]!.receivedAt!)).toBeGreaterThanOrEqual(before - 1000)
    expect((await read(origin, sdkRecord().id)).status).toBe(404)
  })

  test('keeps the page URL without its query or fragment, which can hold personal data', async () => {
    const record = sdkRecord({ pageUrl: 'https://ann:secret@www.aufum.com/courses/intro?email=ann@example.com#x' })
    await post(origin, record)
    const [stored] = (await (await read(origin, record.id)).json()) as { pageUrl: string }[]
    expect(stored!.pageUrl).toBe('https://www.aufum.com/courses/intro')
  })

  test('lets no one read a record without the token: 401 for none, a wrong one, or another scheme', async () => {
    const record = sdkRecord()
    await post(origin, record)
    for (const authorization of ['', `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, `Basic ${TOKEN}`, 'Bearer']) {
      const response = await read(origin, record.id, authorization)
      expect(response.status).toBe(401)
      expect(response.headers.get('www-authenticate')).toBe('Bearer')
      expect(await response.text()).not.toContain(record.id)
    }
  })

  test('refuses malformed records with 400 and the reason, and stores nothing', async () => {
    const record = sdkRecord()
    const refusals: [unknown, string][] = [
      ['not json', 'the body must be JSON'],
      ['', 'the body must be JSON'],
      ['[1, 2]', 'the body must be a JSON object'],
      [
        { ...record, ip: '203.0.113.7' },
        'a record holds only the fields id, decidedAt, revision, categories, method, language, policyUrl, pageUrl',
      ],
      [{ ...record, revision: '1' }, 'revision must be a whole number of 0 or more'],
      [{ ...record, decidedAt: '1Z' }, 'decidedAt must be a UTC time such as 2026-11-25T09:30:15.000Z'],
      [{ ...record, decidedAt: '9999-12-31T23:59:59.999Z' }, expect.stringContaining('decidedAt must lie between')],
      [{ ...record, categories: { analytics: 'yes' } }, 'categories.analytics must be true or false'],
    ]
    for (const [body, error] of refusals)
      expect(await post(origin, body)).toMatchObject({ status: 400, body: { error } })
    expect((await read(origin, record.id)).status).toBe(404)
  })

  test('refuses a body over 4 KB with 413, whether it states its length or streams it', async () => {
    const big = JSON.stringify(sdkRecord({ policyUrl: 'x'.repeat(5000) }))
    expect(await post(origin, big)).toMatchObject({
      status: 413,
      body: { error: 'the body must be at most 4096 bytes' },
    })
    const streamed = await fetch(`${origin}/consent`, {
      method: 'POST',
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(413)
  })

  test('accepts posts only from the configured site origins, and lets only them read the answer', async () => {
    const allowed = await post(origin, sdkRecord(), { 'Content-Type': 'application/json', Origin: SITE })
    expect(allowed.status).toBe(201)
    expect(allowed.headers.get('access-control-allow-origin')).toBe(SITE)
    // A refusal is readable too, or the SDK could not tell it from a network error and would retry it for ever.
    const refused = await post(origin, '{}', { Origin: SITE })
    expect([refused.status, refused.headers.get('access-control-allow-origin')]).toEqual([400, SITE])

    const record = sdkRecord()
    const foreign = await post(origin, record, { 'Content-Type': 'application/json', Origin: 'https://evil.example' })
    expect(foreign).toMatchObject({ status: 403, body: { error: 'pages of this origin may not post records here' } })
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
    expect((await read(origin, record.id)).status).toBe(404)

    const preflight = (from: string) =>
      fetch(`${origin}/consent`, {
        method: 'OPTIONS',
        headers: {
          Origin: from,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type',
        },
      })
    const ok = await preflight(SITE)
    expect([
      ok.status,
      ok.headers.get('access-control-allow-origin'),
      ok.headers.get('access-control-allow-headers'),
    ]).toEqual([204, SITE, 'Content-Type'])
    expect((await preflight('https://evil.example')).status).toBe(403)
  })

  test('never lets a page read records: no CORS headers on GET, no preflight for it', async () => {
    const record = sdkRecord()
    await post(origin, record)
    const response = await read(origin, record.id, `Bearer ${TOKEN}`, { Origin: SITE })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    const preflight = await fetch(`${origin}/consent/${record.id}`, {
      method: 'OPTIONS',
      headers: {
        Origin: SITE,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    })
    expect(preflight.status).toBe(404)
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
  })

  test('while the database is down, answers 503 with no database error, and stores the retry once it is back', async () => {
    const record = sdkRecord()
    const restore = await db.outage()
    try {
      const refused = await post(origin, record)
      expect(refused).toEqual({
        status: 503,
        body: { error: 'the consent log cannot reach its database; retry later' },
        headers: expect.anything(),
      })
      if (kind === 'postgres') {
        expect((await fetch(`${origin}/health`)).status).toBe(503)
        expect((await read(origin, record.id)).status).toBe(503)
      }
    } finally {
      await restore()
    }
    expect(await fetch(`${origin}/health`).then((r) => r.status)).toBe(200)
    expect((await post(origin, record)).status).toBe(201)
    expect(await (await read(origin, record.id)).json()).toHaveLength(1)
  })
})

describe('limits', () => {
  let db: TestDatabase
  let store: Store
  beforeAll(async () => {
    db = await testDatabase('sqlite')
    store = await openStore(db.url)
  })
  afterAll(async () => {
    await store?.close()
    await db?.drop()
  })

  test("answers Fastify's own refusals with a fixed sentence and the usual headers, never an echo of the request", async () => {
    const { app, origin, port } = await listen(store)
    const hostile = '<script>alert(1)</script>'
    try {
      const answers: [string, number][] = [
        [`/consent/${'a'.repeat(200)}${hostile}`, 414],
        [`/consent/%zz${hostile}`, 400],
        [`/nowhere/${hostile}`, 404],
      ]
      for (const [path, status] of answers) {
        const response = await fetch(`${origin}${path}`)
        const text = await response.text()
        expect([response.status, response.headers.get('x-content-type-options')]).toEqual([status, 'nosniff'])
        expect(response.headers.get('cache-control')).toBe('no-store')
        expect(Object.keys(JSON.parse(text))).toEqual(['error'])
        expect(text).not.toMatch(/script|aaaa|zz|nowhere/)
      }
      const malformed = await rawAnswer(port, `GET /${hostile} HTTP/1.1\r\nHost: [${hostile}\r\nX: \u0000\r\n\r\n`)
      expect(malformed).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/)
      expect(malformed).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/i)
      expect(malformed).toMatch(/\r\nCache-Control: no-store\r\n/i)
      expect(malformed).toMatch(/\r\n\r\n\{"error":"bad request"\}$/)
    } finally {
      await app.close()
    }
  })

  test('answers 429 to a client past its records a minute, and stores nothing more from it', async () => {
    const { app, origin } = await listen(store, { rateLimit: 3 })
    try {
      const statuses = []
      for (let i = 0; i < 5; i++) statuses.push((await post(origin, sdkRecord())).status)
      expect(statuses).toEqual([201, 201, 201, 429, 429])
      const limited = await post(origin, sdkRecord(), { Origin: SITE })
      expect(limited).toMatchObject({
        status: 429,
        body: { error: 'too many records from this client; retry in a minute' },
      })
      expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
      // Reads and health are not counted.
      expect((await fetch(`${origin}/health`)).status).toBe(200)
    } finally {
      await app.close()
    }
  })

  test('behind a trusted load balancer, counts each visitor by X-Forwarded-For, and only when the balancer says it', async () => {
    const { app, origin } = await listen(store, { rateLimit: 1, trustProxy: '127.0.0.1' })
    try {
      const from = (address: string) => post(origin, sdkRecord(), { 'X-Forwarded-For': address })
      expect([(await from('198.51.100.1')).status, (await from('198.51.100.2')).status]).toEqual([201, 201])
      expect((await from('198.51.100.1')).status).toBe(429)
    } finally {
      await app.close()
    }
    const direct = await listen(store, { rateLimit: 1 })
    try {
      const from = (address: string) => post(direct.origin, sdkRecord(), { 'X-Forwarded-For': address })
      expect([(await from('198.51.100.1')).status, (await from('198.51.100.2')).status]).toEqual([201, 429])
    } finally {
      await direct.app.close()
    }
  })

  test('cuts off a client that sends its headers or its body too slowly, and keeps answering others', async () => {
    const { app, origin, port } = await listen(store, { headersTimeout: 300, requestTimeout: 600 })
    try {
      const started = Date.now()
      const [slowHeaders, slowBody] = await Promise.all([
        raw(port, 'POST /consent HTTP/1.1\r\nHost: log\r\n'),
        raw(port, 'POST /consent HTTP/1.1\r\nHost: log\r\nContent-Length: 400\r\n\r\n{"id":'),
      ])
      expect(slowHeaders).toBe('HTTP/1.1 408 Request Timeout')
      expect(slowBody).toBe('HTTP/1.1 408 Request Timeout')
      expect(Date.now() - started).toBeLessThan(4000)
      expect((await post(origin, sdkRecord())).status).toBe(201)
    } finally {
      await app.close()
    }
  })
})
