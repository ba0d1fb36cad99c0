// Fixture servers for the Playwright end-to-end tests (started by playwright.config.ts `webServer`).
//
//   site     http://127.0.0.1:$E2E_SITE_PORT (4173)     the first-party site under test
//     GET /__health            200 "ok" (only answers once both servers listen)
//     GET /fixtures/<file>     packages/*/e2e/fixtures/<file>, first package that has it wins; in .html files
//                              {{tracker}} becomes the tracker origin and {{run}} the page URL's run parameter;
//                              *.csp.html files come with a strict CSP header (nonce aufum-test);
//                              {{integrity}} is the SRI hash of aufum-consent.js; {{endpoint}} the endpoint parameter
//     GET /aufum-consent*.js, /integrity.json, and the same under /static/consent/: packages/embed/dist
//     GET /npm-app/..., /react-app/...  examples/npm-app, examples/react-app
//     GET anything else        examples/aufum-site (its pages include consent-config.json as {{consent-config}})
//   --demo prints the URLs and every tracker hit as it happens (pnpm demo)
//     GET /dist/<pkg>/<file>   packages/<pkg>/dist/<file>, so fixture pages can load built bundles
//     anything else (and any path with a node_modules segment) is a 404
//
//   tracker  http://127.0.0.1:$E2E_TRACKER_PORT (4174)  a third-party origin that records every request
//     GET /t.js[?name=xyz][&run=id]  script: sets cookie _trk (or _trk_xyz), pushes 't.js' (or 'xyz') onto
//                                    window.__trackerRuns, fires a beacon /beacon?from=t.js (or xyz)[&run=id]
//         [&every=ms]                and again every ms (50 to 5000), cookie and beacon, as a running tool does,
//                                    until window.__trackerStops[name]() (the tool's own opt-out) is called
//     GET /p.gif                     1x1 transparent GIF
//     GET /frame.html                tiny HTML page
//     GET /beacon                    204
//     ?delay=ms on any of these      answer that much later (the hit is recorded on arrival)
//   Every request above, and any unknown path, is recorded as a hit { path, query, time }.
//   Control endpoints, not recorded:
//     GET  /__hits[?run=id]          JSON array of hits (only those whose query has run=id, when given)
//     POST /__reset[?run=id]         forget the hits (only those of run=id, when given), 204
//
// No dependencies beyond node:* builtins. Stops cleanly on SIGTERM/SIGINT.
import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fileIn, HOST, serveStatic } from './static-server.mjs'

const SITE_PORT = Number(process.env.E2E_SITE_PORT || 4173)
const TRACKER_PORT = Number(process.env.E2E_TRACKER_PORT || 4174)
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const PACKAGES = join(ROOT, 'packages')
const EXAMPLE_SITE = join(ROOT, 'examples', 'aufum-site')
const DEMO = process.argv.includes('--demo')
// pnpm demo runs a consent log beside these servers (scripts/with-consent-log.mjs): the example site records to it.
const RECORD_ENDPOINT = process.env.AUFUM_DEMO_RECORD_ENDPOINT
const MAX_DELAY_MS = 30_000
const STRICT_CSP =
  "script-src 'nonce-aufum-test' 'strict-dynamic'; style-src 'self' 'nonce-aufum-test'; object-src 'none'; base-uri 'none'"

/** @param {import('node:http').ServerResponse} res @param {number} status @param {Record<string, string>} [headers] @param {string | Buffer} [body] */
function send(res, status, headers = {}, body = '') {
  res.writeHead(status, { 'Cache-Control': 'no-store', ...headers })
  res.end(body)
}

// ---------------------------------------------------------------------------------------------- site

const packageDirs = () =>
  readdirSync(PACKAGES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()

/** Maps a request to a file on disk, or null. @param {URL} url */
function siteFile(url) {
  const path = decodeURIComponent(url.pathname)
  if (path.split('/').includes('..')) return null
  if (path.startsWith('/fixtures/')) {
    const rest = path.slice('/fixtures/'.length)
    for (const pkg of packageDirs()) {
      const file = fileIn(join(PACKAGES, pkg, 'e2e', 'fixtures'), rest)
      if (file) return file
    }
    return null
  }
  const dist = /^\/dist\/([^/]+)\/(.+)$/.exec(path)
  if (dist) return packageDirs().includes(dist[1]) ? fileIn(join(PACKAGES, dist[1], 'dist'), dist[2]) : null
  // The script tag's files, at the root as the example site loads them and under a sub-path.
  const embed = /^(?:\/static\/consent)?\/((?:aufum-consent|integrity)[^/]*)$/.exec(path)
  if (embed) return fileIn(join(PACKAGES, 'embed', 'dist'), embed[1])
  const app = /^\/(npm-app|react-app)\/(.*)$/.exec(path)
  if (app) return fileIn(join(ROOT, 'examples', app[1]), app[2] || 'index.html')
  // Everything else is the example Aufum site.
  return fileIn(EXAMPLE_SITE, path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1))
}

/** Fixture pages name their tracker URLs with {{tracker}} and {{run}} (see scripts/e2e/tracker.ts); the example
 * site's pages share their consent configuration: {{consent-config}} includes it. @param {string} html @param {URL} url */
const template = (html, url) =>
  html
    .replaceAll('{{tracker}}', `http://${HOST}:${TRACKER_PORT}`)
    .replaceAll('{{run}}', encodeURIComponent(url.searchParams.get('run') ?? ''))
    .replaceAll('{{endpoint}}', encodeURI(url.searchParams.get('endpoint') ?? ''))
    .replaceAll('{{consent-config}}', () => {
      const config = readFileSync(join(EXAMPLE_SITE, 'consent-config.json'), 'utf8')
      return RECORD_ENDPOINT ? JSON.stringify({ ...JSON.parse(config), record: { endpoint: RECORD_ENDPOINT } }) : config
    })
    .replaceAll(
      '{{integrity}}',
      () => JSON.parse(readFileSync(join(PACKAGES, 'embed', 'dist', 'integrity.json'), 'utf8'))['aufum-consent.js'],
    )

const startSite = () =>
  serveStatic({
    port: SITE_PORT,
    file: siteFile,
    html: template,
    // *.csp.html pages get a strict Content-Security-Policy header, as a hardened site sends it.
    headers: (file) => (file.endsWith('.csp.html') ? { 'Content-Security-Policy': STRICT_CSP } : {}),
    routes: { '/__health': () => [200, { 'Content-Type': 'text/plain; charset=utf-8' }, 'ok'] },
  })

// ------------------------------------------------------------------------------------------- tracker

/** @type {{ path: string, query: string, time: number }[]} */
let hits = []
/** @type {Set<NodeJS.Timeout>} */
const pending = new Set()

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')
const FRAME =
  '<!doctype html><html><head><meta charset="utf-8"><title>tracker frame</title></head><body>tracker frame</body></html>'
const NAME = /^[A-Za-z0-9_-]{1,64}$/

/** @param {{ query: string }} hit @param {string | null} run */
const ofRun = (hit, run) => run === null || new URLSearchParams(hit.query).get('run') === run

/** @param {URL} url @param {string} origin */
function trackerScript(url, origin) {
  const name = url.searchParams.get('name')
  if (name !== null && !NAME.test(name)) return null
  const label = name ?? 't.js'
  const cookie = name === null ? '_trk' : `_trk_${name}`
  const beacon = new URLSearchParams({ from: label })
  const run = url.searchParams.get('run')
  if (run !== null) beacon.set('run', run)
  const every = Number(url.searchParams.get('every'))
  const repeat =
    every >= 50 && every <= 5000
      ? `var timer = setInterval(track, ${every})
  ;(window.__trackerStops = window.__trackerStops || {})[${JSON.stringify(label)}] = function () { clearInterval(timer) }`
      : ''
  return `;(function () {
  function track() {
    document.cookie = ${JSON.stringify(`${cookie}=1; path=/`)}
    new Image().src = ${JSON.stringify(`${origin}/beacon?${beacon}`)}
  }
  ;(window.__trackerRuns = window.__trackerRuns || []).push(${JSON.stringify(label)})
  track()
  ${repeat}
})()
`
}

/** @param {URL} url @param {string} origin @returns {[number, Record<string, string>, string | Buffer]} */
function trackerResponse(url, origin) {
  switch (url.pathname) {
    case '/t.js': {
      const js = trackerScript(url, origin)
      if (js === null) return [400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'bad name']
      return [200, { 'Content-Type': 'text/javascript; charset=utf-8' }, js]
    }
    case '/p.gif':
      return [200, { 'Content-Type': 'image/gif', 'Content-Length': String(GIF.length) }, GIF]
    case '/frame.html':
      return [200, { 'Content-Type': 'text/html; charset=utf-8' }, FRAME]
    case '/beacon':
      return [204, {}, '']
    default:
      return [404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'not found']
  }
}

const tracker = createServer((req, res) => {
  const origin = `http://${req.headers.host ?? `${HOST}:${TRACKER_PORT}`}`
  const url = new URL(req.url ?? '/', origin)
  const cors = { 'Access-Control-Allow-Origin': '*' }

  if (url.pathname === '/__hits' && req.method === 'GET') {
    const run = url.searchParams.get('run')
    const body = JSON.stringify(hits.filter((hit) => ofRun(hit, run)))
    return send(res, 200, { ...cors, 'Content-Type': 'application/json; charset=utf-8' }, body)
  }
  if (url.pathname === '/__reset' && req.method === 'POST') {
    const run = url.searchParams.get('run')
    hits = run === null ? [] : hits.filter((hit) => !ofRun(hit, run))
    req.resume()
    return send(res, 204, cors)
  }
  if (url.pathname === '/__hits' || url.pathname === '/__reset') return send(res, 405, cors)

  hits.push({ path: url.pathname, query: url.search.slice(1), time: Date.now() })
  if (DEMO) console.log(`${new Date().toLocaleTimeString()}  tracker hit: ${url.pathname}${url.search}`)
  req.resume()
  const [status, headers, body] = trackerResponse(url, origin)
  const delay = Math.min(Math.max(Number(url.searchParams.get('delay')) || 0, 0), MAX_DELAY_MS)
  if (delay === 0) return send(res, status, headers, req.method === 'HEAD' ? '' : body)
  const timer = setTimeout(() => {
    pending.delete(timer)
    send(res, status, headers, req.method === 'HEAD' ? '' : body)
  }, delay)
  pending.add(timer)
  res.on('close', () => {
    clearTimeout(timer)
    pending.delete(timer)
  })
})

// ------------------------------------------------------------------------------------------- startup

let stopping = false
/** @type {import('node:http').Server[]} */
const servers = []
function stop() {
  if (stopping) return
  stopping = true
  for (const timer of pending) clearTimeout(timer)
  for (const server of servers) {
    server.close()
    server.closeAllConnections()
  }
  // Exit even if something still holds the event loop open.
  setTimeout(() => process.exit(0), 1000).unref()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)

try {
  // The tracker first: /__health on the site means both are up.
  await new Promise((ok, fail) => {
    tracker.once('error', (err) =>
      fail(new Error(`the tracker cannot listen on ${HOST}:${TRACKER_PORT}: ${err.message}`)),
    )
    tracker.listen(TRACKER_PORT, HOST, ok)
  })
  servers.push(tracker, await startSite())
} catch (err) {
  console.error(err instanceof Error ? err.message : err)
  stop()
  process.exitCode = 1
}
if (stopping) {
  // stopped before it started
} else if (DEMO)
  console.log(`
  Aufum demo: http://${HOST}:${SITE_PORT}/   (apps: http://${HOST}:${SITE_PORT}/npm-app/ and /react-app/)
  A stand-in tracker listens on http://${HOST}:${TRACKER_PORT}/; every request it receives is printed below.
  Nothing reaches it until you accept. Ctrl+C stops.
`)
else console.log(`e2e fixtures: site http://${HOST}:${SITE_PORT}  tracker http://${HOST}:${TRACKER_PORT}`)
