/**
 * Helpers for end-to-end specs (packages/<pkg>/e2e/*.spec.ts) talking to the fixture servers of
 * scripts/e2e-server.mjs: the site (first party) and the tracker (a third-party origin that records every request).
 *
 * Hit attribution — the convention every spec and fixture page follows:
 *
 *   Playwright runs specs in several worker processes at once, all against ONE tracker server, so a global
 *   "reset, then count" would let one test see (or wipe) another test's hits. Instead every test gets its own
 *   run id, and every tracker request it causes carries that id as a `run` query parameter:
 *
 *   1. The `run` fixture (automatic, one per test, also per retry) is a fresh random id.
 *   2. The spec opens its fixture page with the id in the page URL: `page.goto(fixtureUrl('x.html', run))`
 *      → http://127.0.0.1:4173/fixtures/x.html?tracker=http%3A%2F%2F127.0.0.1%3A4174&run=<id>
 *      (`tracker` is the tracker origin, so pages follow E2E_TRACKER_PORT).
 *   3. The fixture page reads `run` (and `tracker`) from `new URLSearchParams(location.search)` and appends
 *      `run=<id>` to every tracker URL it uses: `t.js?run=<id>`, `p.gif?run=<id>`, `frame.html?run=<id>`
 *      (specs can build them with trackerUrl()). The tracker's t.js forwards it to its own beacon
 *      (`/beacon?from=t.js&run=<id>`).
 *   4. The spec asserts on `trackerHits(run)`: only hits whose query has exactly `run=<id>`.
 *
 *   A tracker request without the run id belongs to no test and is invisible to every spec — so a page that
 *   forgets to forward it makes "no hits" assertions pass vacuously. Pair each "nothing was loaded" assertion
 *   with a positive one (e.g. after consent the hit does appear), as harness.spec.ts does.
 *
 *   No test resets the tracker globally. After each test the fixture forgets that test's own hits
 *   (`POST /__reset?run=<id>`) to keep the server's memory small; a bare `POST /__reset` clears everything and
 *   is only for manual use against a server no tests are running on.
 *
 * The fixture also blocks every page request that is not to 127.0.0.1, localhost or a name under .localhost, and fails
 * the test if there was one: nothing in the end-to-end tests may reach the internet.
 */
import { randomUUID } from 'node:crypto'
import { test as base, expect, type Page } from '@playwright/test'

export const SITE = `http://127.0.0.1:${process.env.E2E_SITE_PORT || 4173}`
export const TRACKER = `http://127.0.0.1:${process.env.E2E_TRACKER_PORT || 4174}`

/** One request the tracker received. `query` is the raw query string without `?`, e.g. `from=t.js&run=…`. */
export interface Hit {
  path: string
  query: string
  time: number
}

type Params = Record<string, string | number>

function withParams(url: string, run: string | undefined, params: Params = {}): string {
  const u = new URL(url)
  for (const [key, value] of Object.entries(params)) u.searchParams.set(key, String(value))
  if (run !== undefined) u.searchParams.set('run', run)
  return u.href
}

const runOf = (hit: Hit) => new URLSearchParams(hit.query).get('run')

/** The hits of one test (`run`), oldest first. Without `run`: every hit of every test — avoid in specs. */
export async function trackerHits(run?: string): Promise<Hit[]> {
  const res = await fetch(withParams(`${TRACKER}/__hits`, run))
  if (!res.ok) throw new Error(`GET ${TRACKER}/__hits answered ${res.status}`)
  const hits = (await res.json()) as Hit[]
  return run === undefined ? hits : hits.filter((hit) => runOf(hit) === run)
}

/** Forgets the hits of one test (`run`); without `run` forgets ALL hits, which breaks tests running in parallel. */
export async function resetTracker(run?: string): Promise<void> {
  const res = await fetch(withParams(`${TRACKER}/__reset`, run), { method: 'POST' })
  if (!res.ok) throw new Error(`POST ${TRACKER}/__reset answered ${res.status}`)
}

/**
 * Records the page's requests (its frames' included) whose URL contains `part`, from now on. A request that a
 * Content-Security-Policy stopped in the browser never left it, and is not counted.
 *
 * @returns The URLs, or their paths with `{ paths: true }`, in the order requested; the array fills as the page runs.
 */
export function requestsTo(page: Page, part: string, { paths = false } = {}): string[] {
  const seen: string[] = []
  const key = (url: string) => (paths ? new URL(url).pathname : url)
  page.on('request', (request) => {
    if (request.url().includes(part)) seen.push(key(request.url()))
  })
  page.on('requestfailed', (request) => {
    const at = seen.indexOf(key(request.url()))
    if (request.failure()?.errorText === 'csp' && at > -1) seen.splice(at, 1)
  })
  return seen
}

/** The SDK's console errors (`[aufum-consent] …`) of the page, from now on; the array fills as the page runs. */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith('[aufum-consent]')) errors.push(message.text())
  })
  return errors
}

/** A fixture page on the site: `fixtureUrl('harness.html', run)` → `${SITE}/fixtures/harness.html?tracker=…&run=…`. */
export function fixtureUrl(file: string, run: string, params?: Params): string {
  return withParams(`${SITE}/fixtures/${file.replace(/^\/+/, '')}`, run, { tracker: TRACKER, ...params })
}

/** A tracker URL carrying the run id, e.g. `trackerUrl('/t.js', run, { name: 'ads' })`. */
export function trackerUrl(path: string, run: string, params?: Params): string {
  return withParams(`${TRACKER}/${path.replace(/^\/+/, '')}`, run, params)
}

// *.localhost names (the https tests' subdomains) resolve to the loopback interface in Chromium.
const isLocal = (url: URL) =>
  ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) || url.hostname.endsWith('.localhost')

export const test = base.extend<{ run: string }>({
  run: [
    async ({ context }, use) => {
      const run = randomUUID()
      const blocked: string[] = []
      await context.route(
        (url) => !isLocal(url),
        (route) => {
          blocked.push(route.request().url())
          return route.abort('blockedbyclient')
        },
      )
      await use(run)
      await resetTracker(run).catch(() => {})
      if (blocked.length > 0) throw new Error(`The page tried to reach the internet:\n  ${blocked.join('\n  ')}`)
    },
    { auto: true },
  ],
})

export { expect }
