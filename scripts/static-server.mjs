// The one static file server of the scripts: the end-to-end fixtures and the demo (e2e-server.mjs), the benchmark
// (bench/run.mjs) and the pack test (pack-test.mjs). It listens on the loopback interface only.
import { statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import { extname, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

export const HOST = '127.0.0.1'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

/**
 * The file `rest` inside `base`, or null when it would leave `base`, has a `node_modules` segment, or is no file.
 *
 * @param {string} base
 * @param {string} rest a URL path below `base`, already decoded
 */
export function fileIn(base, rest) {
  if (rest.includes('\0') || rest.includes('\\') || rest.split('/').includes('node_modules')) return null
  const file = resolve(base, `.${sep}${rest}`)
  try {
    return file.startsWith(base + sep) && statSync(file).isFile() ? file : null
  } catch {
    return null
  }
}

/**
 * @typedef {object} StaticOptions
 * @property {number} port
 * @property {(url: URL) => string | null} file The file a request asks for, or null (404).
 * @property {Record<string, (url: URL, req: import('node:http').IncomingMessage) => [number, Record<string, string>, string]>} [routes]
 *   Answers by path, tried before files: status, headers, body.
 * @property {(html: string, url: URL, file: string) => string} [html] Rewrites an HTML file before it is sent.
 * @property {(file: string) => Record<string, string>} [headers] More headers for a file.
 * @property {boolean} [gzip] Sends every file gzip-compressed, as a production server would.
 * @property {{ key: string | Buffer, cert: string | Buffer }} [tls] Serves https with this key and certificate.
 */

/**
 * Starts a static server. Every answer has `Cache-Control: no-store`; only GET and HEAD are answered.
 *
 * @param {StaticOptions} options
 * @returns {Promise<import('node:http').Server>} once it listens (on `port`, or a free one when `port` is 0)
 */
export function serveStatic({ port, file, routes = {}, html, headers, gzip = false, tls }) {
  const send = (res, status, head, body, method) => {
    res.writeHead(status, { 'Cache-Control': 'no-store', ...head })
    res.end(method === 'HEAD' ? '' : body)
  }
  /** @type {import('node:http').RequestListener} */
  const answer = async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${HOST}:${port}`)
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { Allow: 'GET, HEAD' }, '')
    const route = Object.hasOwn(routes, url.pathname) && routes[url.pathname]
    if (route) return send(res, ...route(url, req), req.method)
    let path
    try {
      path = file(url)
    } catch {
      path = null
    }
    let body = path && (await readFile(path).catch(() => null))
    if (!body) return send(res, 404, { 'Content-Type': TYPES['.txt'] }, 'not found', req.method)
    if (html && path.endsWith('.html')) body = Buffer.from(html(body.toString('utf8'), url, path))
    if (gzip) body = gzipSync(body, { level: 9 })
    send(
      res,
      200,
      {
        'Content-Type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': String(body.length),
        ...(gzip && { 'Content-Encoding': 'gzip' }),
        ...headers?.(path),
      },
      body,
      req.method,
    )
  }
  const server = tls ? createTlsServer(tls, answer) : createServer(answer)
  return new Promise((ok, fail) => {
    server.once('error', (err) => fail(new Error(`cannot listen on ${HOST}:${port}: ${err.message}`)))
    server.listen(port, HOST, () => ok(server))
  })
}
