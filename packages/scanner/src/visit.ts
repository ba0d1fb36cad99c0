import { setTimeout as delay } from 'node:timers/promises'
import type { Browser, BrowserContext, BrowserContextOptions, Cookie, Page, Request } from 'playwright-core'
import { installWriteHooks, type PageFacts, readPage, readStorage, WRITE_BINDING } from './probe.js'
import { type Access, closeProfile, openProfile } from './profile.js'
import type { OtherOriginRequest, StoredItem, Visit } from './types.js'

/** How long the scanner waits for a page, and how long it lets a page and the whole scan take. */
export interface Timing {
  /** How long the network must stay quiet (no request in flight) before the scanner looks, in ms. */
  settle: number
  /** How long one page may take, from navigation to the last read, in ms (`--page-timeout`). */
  page: number
  /** When the whole scan must be over, in ms since 1970 (`--timeout`): no page starts after it or runs past it. */
  deadline: number
}

/** A browser tab in a fresh profile of its own, that visits pages one after the other. */
export interface Tab {
  /**
   * Visits a page, waits until it settles, and records what it set and sent. A page that takes longer than its
   * time limit is closed and returned as failed, and the next visit starts in a new tab of the same profile.
   *
   * @returns The visit, and what the page says about itself (absent when it did not load as a page).
   */
  visit(url: string): Promise<{ visit: Visit; facts?: PageFacts }>
  /** Closes the tab and its profile. */
  close(): Promise<void>
}

// Sites that poll or stream are never quiet: look after this long anyway.
const QUIET_TIMEOUT = 10_000
const QUIET_POLL = 50
// A page that spins in a script may not even close: then the whole profile goes.
const CLOSE_TIMEOUT = 5_000

const message = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error))
const cookieKey = (c: Cookie) => `${c.name} ${c.domain} ${c.path}`
const isWeb = (url: unknown): url is string => typeof url === 'string' && /^https?:/.test(url) && URL.canParse(url)

/** Whether a cookie's domain (or a storage origin's host) is the page's host or a domain above it. */
const sameParty = (host: string, domain: string) => {
  const bare = domain.replace(/^\./, '')
  return host === bare || host.endsWith(`.${bare}`)
}

// The parts of the DevTools protocol's Network.Initiator that the scanner reads.
interface StackTrace {
  callFrames: { url: string }[]
  parent?: StackTrace
}
interface Initiator {
  url?: string
  stack?: StackTrace
}

// The script that made a request, where Chromium tells: the innermost http(s) frame of its stack, else the
// document or stylesheet that the parser found it in.
function initiatorOf(initiator: Initiator): string | undefined {
  for (let stack = initiator.stack; stack; stack = stack.parent)
    for (const frame of stack.callFrames) if (isWeb(frame.url)) return frame.url
  return initiator.url || undefined
}

type Storages = (ReturnType<typeof readStorage> | undefined)[]

const STORAGES = ['localStorage', 'sessionStorage'] as const
const storageKey = (kind: string, origin: string, name: string) => `${kind} ${origin} ${name}`
const storageKeys = (storage: ReturnType<typeof readStorage>) =>
  STORAGES.flatMap((kind) => storage[kind].map((name) => storageKey(kind, storage.origin, name)))

// The cookies a visit set: new since the last visit, or written during it (a tag that sets its cookie on every page).
const setCookies = (cookies: Cookie[], before: Set<string>, writes: Map<string, string>, host: string) =>
  cookies.flatMap((c): StoredItem[] => {
    const by = writes.get(`cookie ${c.name}`)
    if (before.has(cookieKey(c)) && by === undefined) return []
    const { name, domain, path, expires } = c
    return [
      {
        kind: 'cookie',
        name,
        domain,
        path,
        expires,
        firstParty: sameParty(host, domain),
        ...(by ? { setBy: by } : {}),
      },
    ]
  })

// The storage keys a visit set, in any of the page's frames, on the same terms.
function setStorage(storages: Storages, before: Set<string>, writes: Map<string, string>, host: string) {
  const items = new Map<string, StoredItem>()
  for (const storage of storages) {
    if (!storage || !isWeb(storage.origin)) continue
    const domain = new URL(storage.origin).hostname
    for (const kind of STORAGES)
      for (const name of storage[kind].map(String)) {
        const key = storageKey(kind, storage.origin, name)
        const by = writes.get(`${kind} ${name}`)
        if (items.has(key) || (before.has(key) && by === undefined)) continue
        items.set(key, { kind, name, domain, firstParty: sameParty(host, domain), ...(by ? { setBy: by } : {}) })
      }
  }
  return [...items.values()]
}

const KINDS = new Set(['cookie', ...STORAGES])

const failure = (page: string, status: number | null, error: string): { visit: Visit } => ({
  visit: { page, status, error, sdk: false, items: [], requests: [], iframes: [] },
})

/**
 * Opens a tab in a fresh browser profile whose every frame reports its cookie and storage writes.
 *
 * @param browser The browser.
 * @param timing How long to let each page settle, and take.
 * @param access The site's headers, and the consent log to answer.
 * @param storageState What the profile starts with: a decision, for the passes that make one.
 * @returns The tab.
 */
export async function openTab(
  browser: Browser,
  timing: Timing,
  access: Access,
  storageState?: BrowserContextOptions['storageState'],
): Promise<Tab> {
  let context: BrowserContext = await openProfile(browser, access, storageState)
  // Per visit: `kind name` → the URL that wrote it ('' when the browser does not tell).
  let writes = new Map<string, string>()
  const wrote = (kind: string, name: string, by: string) => {
    const key = `${kind} ${name}`
    if (!writes.get(key)) writes.set(key, by)
  }
  // The page can call the binding itself, with anything: a known kind, a string name and an http(s) URL (or '',
  // where the stack told nothing) count; anything else is ignored.
  const hook = (_source: unknown, kind: unknown, name: unknown, by: unknown) => {
    if (typeof kind === 'string' && KINDS.has(kind) && typeof name === 'string' && (by === '' || isWeb(by)))
      wrote(kind, name, by)
  }

  // The network is quiet when no request is in flight: then the page has `settle` ms to set anything more.
  const inFlight = new Set<Request>()
  let lastActivity = Date.now()
  const quiet = async (end: number) => {
    while (Date.now() < end && (inFlight.size || Date.now() - lastActivity < timing.settle)) await delay(QUIET_POLL)
  }
  let requests: { url: string; resourceType: string; frame: string }[] = []
  const initiators = new Map<string, string>()

  // Each tab listens to its own page; a page that ran out of time is replaced by a new one.
  const watch = async (page: Page) => {
    const done = (request: Request) => {
      inFlight.delete(request)
      lastActivity = Date.now()
    }
    page.on('requestfinished', done)
    page.on('requestfailed', done)
    page.on('request', (request) => {
      inFlight.add(request)
      lastActivity = Date.now()
      if (!isWeb(request.url())) return
      let frame = ''
      try {
        frame = request.frame().url()
      } catch {
        // A service worker's request has no frame.
      }
      requests.push({ url: request.url(), resourceType: request.resourceType(), frame })
    })
    page.on('response', (response) => {
      response
        .headerValue('set-cookie')
        .then((header) => {
          for (const line of header?.split('\n') ?? [])
            wrote('cookie', line.split(';')[0]!.split('=')[0]!.trim(), response.url())
        })
        .catch(() => {})
    })
    try {
      const cdp = await page.context().newCDPSession(page)
      cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
        const by = initiatorOf(initiator)
        if (by && !initiators.has(request.url)) initiators.set(request.url, by)
      })
      await cdp.send('Network.enable')
    } catch {
      // Without the DevTools protocol, requests are attributed to their frame.
    }
    return page
  }
  const prepare = async (profile: BrowserContext) => {
    await profile.exposeBinding(WRITE_BINDING, hook)
    await profile.addInitScript(installWriteHooks, WRITE_BINDING)
    return watch(await profile.newPage())
  }
  let page = await prepare(context)

  // What the profile starts with (a decision) counts as set on the first page, where a visitor would find it.
  let cookiesBefore = new Set<string>()
  let storageBefore = new Set<string>()

  // Everything a visit reads from the page; what it leaves for the next visit to compare with is returned, and
  // kept only when the visit finished in time.
  const look = async (url: string, limit: number) => {
    const tab = page
    let status: number | null = null
    let error: string | undefined
    try {
      const response = await tab.goto(url, { waitUntil: 'load', timeout: limit })
      status = response?.status() ?? null
      const type = (await response?.headerValue('content-type')) ?? ''
      if (status !== null && status >= 400) error = `HTTP ${status}`
      else if (!/html/i.test(type)) error = `not an HTML page (${type || 'no Content-Type'})`
    } catch (e) {
      error = message(e)
    }
    if (error) return failure(url, status, error)
    await quiet(Math.min(Date.now() + QUIET_TIMEOUT, timing.deadline))

    // A page that navigates itself while settling is read once its next document has loaded.
    const facts = await tab
      .evaluate(readPage)
      .catch(() => tab.waitForLoadState('load').then(() => tab.evaluate(readPage)))
      .catch((): PageFacts => ({ links: [] }))
    // Cookies and requests are judged against the host asked for: a page that ended on another host is flagged,
    // and that host's cookies are not the site's own.
    const { origin, hostname, host } = new URL(url)
    const final = tab.url()
    const cookies = await tab.context().cookies()
    const frames = tab.frames()
    const storages = await Promise.all(frames.map((frame) => frame.evaluate(readStorage).catch(() => undefined)))
    const storageNow = new Set(storages.flatMap((storage) => (storage ? storageKeys(storage) : [])))
    const items = [
      ...setCookies(cookies, cookiesBefore, writes, hostname),
      ...setStorage(storages, storageBefore, writes, hostname),
    ]

    const urls = new Set<string>()
    const otherOrigins: OtherOriginRequest[] = []
    for (const request of requests)
      if (new URL(request.url).origin !== origin && !urls.has(request.url)) {
        urls.add(request.url)
        const initiator = initiators.get(request.url) || request.frame
        otherOrigins.push({
          url: request.url,
          resourceType: request.resourceType,
          ...(initiator ? { initiator } : {}),
        })
      }
    const iframes = frames.filter((frame) => frame !== tab.mainFrame() && isWeb(frame.url())).map((f) => f.url())
    const moved = isWeb(final) && final !== url ? final : undefined
    const visit: Visit = {
      page: url,
      ...(moved ? { finalUrl: moved } : {}),
      ...(moved && new URL(moved).host !== host ? { otherHost: true as const } : {}),
      status,
      sdk: !!facts.categories,
      items,
      requests: otherOrigins,
      iframes,
    }
    return { visit, facts, next: { cookies: new Set(cookies.map(cookieKey)), storage: storageNow } }
  }

  // The old page may spin forever in a script: it is closed without waiting on it, else its whole profile is.
  const replacePage = async () => {
    const old = page
    const closed = await Promise.race([
      old.close({ runBeforeUnload: false }).then(() => true),
      delay(CLOSE_TIMEOUT).then(() => false),
    ]).catch(() => false)
    if (closed) page = await watch(await context.newPage())
    else {
      const state = await context.storageState().catch(() => storageState)
      void closeProfile(context)
      context = await openProfile(browser, access, state)
      page = await prepare(context)
    }
  }

  const visit = async (url: string): Promise<{ visit: Visit; facts?: PageFacts }> => {
    writes = new Map()
    requests = []
    inFlight.clear()
    initiators.clear()
    const left = timing.deadline - Date.now()
    if (left <= 0) return failure(url, null, 'not visited: the scan ran out of time (--timeout)')
    const limit = Math.min(timing.page, left)
    const finished = new AbortController()
    const late = delay(limit, undefined, { signal: finished.signal }).catch(() => undefined)
    const seen = await Promise.race([look(url, limit), late]).finally(() => finished.abort())
    if (!seen) {
      await replacePage()
      const why = limit < timing.page ? 'the scan ran out of time (--timeout)' : '--page-timeout'
      return failure(url, null, `did not finish within ${Math.round(limit / 100) / 10} s (${why})`)
    }
    if ('next' in seen) {
      cookiesBefore = seen.next.cookies
      storageBefore = seen.next.storage
      return { visit: seen.visit, facts: seen.facts }
    }
    return seen
  }
  return { visit, close: () => closeProfile(context) }
}
