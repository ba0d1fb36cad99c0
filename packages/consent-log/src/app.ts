import { createHash, timingSafeEqual } from 'node:crypto'
import { createServer, STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import rateLimit from '@fastify/rate-limit'
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import { STATS_BY, type StatsBy, type Store } from './store/index.js'
import { validateRecord } from './validate.js'
import { EARLIEST, instant, LATEST } from './window.js'

/** The largest body `POST /consent` reads, in bytes (a record is about 300). */
export const MAX_BODY = 4096

/** Options of {@link createApp}. */
export interface AppOptions {
  store: Store
  /** The bearer token that reads records and stats (`GET /consent/:id`, `GET /stats`); without one, every read is refused. */
  token?: string
  /** The site origins whose pages may post records, e.g. `https://www.aufum.com`. */
  origins: string[]
  /** Records one client (address) may post a minute; 0 for no limit. */
  rateLimit: number
  /** The proxies whose `X-Forwarded-For` to believe for the client's address: addresses or CIDR ranges, comma-separated. */
  trustProxy?: string
  /** How long a client may take to send its headers, in ms. Default 10 s. */
  headersTimeout?: number
  /** How long a client may take to send its whole request, body included, in ms. Default 20 s. */
  requestTimeout?: number
  /** Pino's level for the receiver's own log (errors only by default; never a client's address). */
  logLevel?: string
}

/** The database did not answer: 503, which the SDK retries. */
class DatabaseUnavailable extends Error {
  override readonly name = 'DatabaseUnavailable' as const
  readonly statusCode = 503
}
const unavailable = (cause: unknown): never => {
  throw new DatabaseUnavailable('the database did not answer', { cause })
}

// What an error answers: a fixed sentence by status, never the error's own text, stack or database message.
const MESSAGES: Record<number, string> = {
  404: 'not found',
  409: 'a different record with this consent id, decidedAt, method and categories is stored already',
  413: `the body must be at most ${MAX_BODY} bytes`,
  414: 'the URL is too long',
  429: 'too many records from this client; retry in a minute',
  500: 'the consent log failed; retry later',
  503: 'the consent log cannot reach its database; retry later',
}
const HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }

const statusOf = (error: { statusCode?: number }) =>
  error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500
const sentence = (status: number) => MESSAGES[status] ?? STATUS_CODES[status]?.toLowerCase() ?? 'error'

/** Answers an error with its status's fixed sentence and the headers every answer carries. */
const fail = (reply: FastifyReply, status: number) =>
  reply
    .code(status)
    .headers(HEADERS)
    .send({ error: sentence(status) })

// Errors met before Fastify has a request (a malformed request line or headers, a timeout) get the same fixed JSON
// and headers on the raw socket, as Node's own handler would answer, and the connection is closed.
function clientError(error: Error & { code?: string }, socket: Duplex) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400
  const body = JSON.stringify({ error: sentence(status) })
  const headers = Object.entries({ ...HEADERS, 'Content-Type': 'application/json', 'Content-Length': body.length })
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}Connection: close\r\n\r\n${body}`,
    )
  socket.destroy()
}

const digest = (text: string) => createHash('sha256').update(text).digest()

/**
 * The consent log's HTTP API: `POST /consent`, `GET /consent/:id`, `GET /stats`, `GET /health`.
 *
 * @param options The store, the reading token, the site origins, the rate limit and timeouts.
 * @returns The Fastify app, ready to `listen`.
 */
export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const { store, token, origins } = options
  const headersTimeout = options.headersTimeout ?? 10_000
  const requestTimeout = options.requestTimeout ?? 20_000
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'warn',
      // No client address in the log either (GDPR Art. 5(1)(c)).
      serializers: { req: (request) => ({ method: request.method, url: request.url }) },
    },
    bodyLimit: MAX_BODY,
    // Node checks these timeouts only every connectionsCheckingInterval (30 s by default).
    serverFactory: (handler) =>
      createServer(
        { headersTimeout, requestTimeout, connectionsCheckingInterval: Math.min(1000, headersTimeout) },
        handler,
      ),
    trustProxy: options.trustProxy ?? false,
    // The router's own refusals (an undecodable URL, a path segment over maxParamLength) would echo the path.
    frameworkErrors: (error, _request, reply) => fail(reply, statusOf(error)),
    clientErrorHandler: clientError,
  })

  // The body is JSON whatever the Content-Type says: sendBeacon sends text/plain, fetch application/json.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body))

  app.addHook('onRequest', async (request, reply) => {
    reply.header('Cache-Control', 'no-store').header('X-Content-Type-Options', 'nosniff')
    // Only POST /consent (and its preflight) is ever cross-origin: reads and health never carry CORS headers.
    if (request.routeOptions.url !== '/consent') return
    request.headers['content-type'] = 'text/plain'
    const origin = request.headers.origin
    // Browsers always send Origin with a cross-origin POST; a request without one comes from a server or a tool.
    if (origin === undefined) return
    if (!origins.includes(origin))
      return reply.code(403).send({ error: 'pages of this origin may not post records here' })
    // On every answer, errors included: the SDK must be able to read a 4xx to stop retrying.
    reply.header('Access-Control-Allow-Origin', origin).header('Vary', 'Origin')
  })

  app.setErrorHandler((error: { statusCode?: number; cause?: unknown }, request, reply) => {
    const status = statusOf(error)
    if (status >= 500) request.log.error({ err: error.cause ?? error }, 'request failed')
    fail(reply, status)
  })
  app.setNotFoundHandler((_request, reply) => fail(reply, 404))

  if (options.rateLimit > 0)
    await app.register(rateLimit, { global: false, max: options.rateLimit, timeWindow: 60_000 })

  app.options('/consent', (_request, reply) =>
    reply
      .code(204)
      .header('Access-Control-Allow-Methods', 'POST')
      .header('Access-Control-Allow-Headers', 'Content-Type')
      .header('Access-Control-Max-Age', '86400')
      .send(),
  )

  // Counted against the client's limit (when there is one): only posts are, not reads or health checks.
  app.post('/consent', { config: { rateLimit: {} } }, async (request, reply) => {
    let body: unknown
    try {
      body = JSON.parse(request.body as string)
    } catch {
      return reply.code(400).send({ error: 'the body must be JSON' })
    }
    const checked = validateRecord(body, new Date())
    if ('error' in checked) return reply.code(400).send(checked)
    const added = await store.add(checked.record).catch(unavailable)
    if (added === 'conflict') return fail(reply, 409)
    return added === 'stored' ? reply.code(201).send({ stored: true }) : { stored: false, duplicate: true }
  })

  const expected = token === undefined ? undefined : digest(token)
  // Runs before a read's handler: without the token, nothing of the request is looked at.
  const authorized = async (request: FastifyRequest, reply: FastifyReply) => {
    const given = /^Bearer +(\S+) *$/i.exec(request.headers.authorization ?? '')?.[1]
    // Digests have one length whatever was sent, so the comparison takes the same time for every wrong token.
    if (expected === undefined || given === undefined || !timingSafeEqual(digest(given), expected))
      return reply.code(401).header('WWW-Authenticate', 'Bearer').send({ error: 'a valid bearer token is required' })
  }

  app.get<{ Params: { id: string } }>('/consent/:id', { onRequest: authorized }, async (request, reply) => {
    const records = /^[\da-f]{32}$/.test(request.params.id)
      ? await store.byConsentId(request.params.id).catch(unavailable)
      : []
    return records.length ? records : reply.code(404).send({ error: 'no record of this consent id' })
  })

  app.get<{ Querystring: Record<string, string | string[] | undefined> }>(
    '/stats',
    { onRequest: authorized },
    async (request, reply) => {
      const query = request.query
      const time = (name: 'from' | 'to', fallback: string) => {
        const text = query[name]
        if (text === undefined) return fallback
        return typeof text === 'string' ? instant(text) : undefined
      }
      const from = time('from', EARLIEST)
      const to = time('to', LATEST)
      const by = query.by
      if (from === undefined || to === undefined)
        return reply
          .code(400)
          .send({ error: 'from and to must be dates or times from 1970 to 9999, such as 2026-01-31' })
      if (by !== undefined && !STATS_BY.includes(by as StatsBy))
        return reply.code(400).send({ error: `by must be one of ${STATS_BY.join(', ')}` })
      return store.stats({ from, to }, by as StatsBy | undefined).catch(unavailable)
    },
  )

  app.get('/health', async (_request, reply) => {
    try {
      await store.ping()
      return { status: 'ok' }
    } catch {
      return reply.code(503).send({ status: 'the database does not answer' })
    }
  })

  return app
}
