import { setTimeout as delay } from 'node:timers/promises'
import type { Browser, BrowserContext, BrowserContextOptions, Cookie, Request } from 'playwright-core'
import { installWriteHooks, type PageFacts, readPage, readStorage, WRITE_BINDING } from './probe.js'
import type { OtherOriginRequest, StoredItem, Visit } from './types.js'

/** How long the scanner waits for a page's late tags once it has loaded. */
export interface Timing {
  /** How long the network must stay quiet (no request in flight) before the scanner looks, in ms. */
  settle: number
}

/** A browser tab in a fresh profile of its own, that visits pages one after the other. */
export interface Tab {
  /**
   * Visits a page, waits until it settles, and records what it set and sent.
   *
   * @returns The visit, and what the page says about itself (absent when it did not load as a page).
   */
  visit(url: string): Promise<{ visit: Visit; facts?: PageFacts }>
  /** Closes the tab and its profile. */
  close(): Promise<void>
}

const LOAD_TIMEOUT = 30_000
// Sites that poll or stream are never quiet: look after this long anyway.
const QUIET_TIMEOUT = 10_000
const QUIET_POLL = 50

const message = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error))
const cookieKey = (c: Cookie) => `${c.name} ${c.domain} ${c.path}`
const isWeb = (url: string) => /^https?:/.test(url)

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
      for (const name of storage[kind]) {
        const key = storageKey(kind, storage.origin, name)
        const by = writes.get(`${kind} ${name}`)
        if (items.has(key) || (before.has(key) && by === undefined)) continue
        items.set(key, { kind, name, domain, firstParty: sameParty(host, domain), ...(by ? { setBy: by } : {}) })
      }
  }
  return [...items.values()]
}

/**
 * Opens a tab in a fresh browser profile whose every frame reports its cookie and storage writes.
 *
 * @param browser The browser.
 * @param timing How long to let each page settle.
 * @param storageState What the profile starts with: a decision, for the passes that make one.
 * @returns The tab.
 */
export async function openTab(
  browser: Browser,
  timing: Timing,
  storageState?: BrowserContextOptions['storageState'],
): Promise<Tab> {
  const context: BrowserContext = await browser.newContext(storageState ? { storageState } : {})
  // Per visit: `kind name` → the URL that wrote it ('' when the browser does not tell).
  let writes = new Map<string, string>()
  const wrote = (kind: string, name: string, by: string) => {
    const key = `${kind} ${name}`
    if (!writes.get(key)) writes.set(key, by)
  }
  await context.exposeBinding(WRITE_BINDING, (_source, kind: string, name: string, by: string) => wrote(kind, name, by))
  await context.addInitScript(installWriteHooks, WRITE_BINDING)
  const page = await context.newPage()

  // The network is quiet when no request is in flight: then the page has `settle` ms to set anything more.
  const inFlight = new Set<Request>()
  let lastActivity = Date.now()
  const done = (request: Request) => {
    inFlight.delete(request)
    lastActivity = Date.now()
  }
  page.on('requestfinished', done)
  page.on('requestfailed', done)
  const quiet = async () => {
    const end = Date.now() + QUIET_TIMEOUT
    while (Date.now() < end && (inFlight.size || Date.now() - lastActivity < timing.settle)) await delay(QUIET_POLL)
  }

  let requests: { url: string; resourceType: string; frame: string }[] = []
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
  const initiators = new Map<string, string>()
  try {
    const cdp = await context.newCDPSession(page)
    cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
      const by = initiatorOf(initiator)
      if (by && !initiators.has(request.url)) initiators.set(request.url, by)
    })
    await cdp.send('Network.enable')
  } catch {
    // Without the DevTools protocol, requests are attributed to their frame.
  }

  // What the profile starts with (a decision) counts as set on the first page, where a visitor would find it.
  let cookiesBefore = new Set<string>()
  let storageBefore = new Set<string>()

  const visit = async (url: string): Promise<{ visit: Visit; facts?: PageFacts }> => {
    writes = new Map()
    requests = []
    inFlight.clear()
    initiators.clear()
    let status: number | null = null
    let error: string | undefined
    try {
      const response = await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT })
      status = response?.status() ?? null
      const type = (await response?.headerValue('content-type')) ?? ''
      if (status !== null && status >= 400) error = `HTTP ${status}`
      else if (!/html/i.test(type)) error = `not an HTML page (${type || 'no Content-Type'})`
    } catch (e) {
      error = message(e)
    }
    if (error) return { visit: { page: url, status, error, sdk: false, items: [], requests: [], iframes: [] } }
    await quiet()

    // A page that navigates itself while settling is read once its next document has loaded.
    const facts = await page
      .evaluate(readPage)
      .catch(() => page.waitForLoadState('load').then(() => page.evaluate(readPage)))
      .catch((): PageFacts => ({ links: [] }))
    const { origin, hostname } = new URL(page.url())
    const cookies = await context.cookies()
    const frames = page.frames()
    const storages = await Promise.all(frames.map((frame) => frame.evaluate(readStorage).catch(() => undefined)))
    const storageNow = new Set(storages.flatMap((storage) => (storage ? storageKeys(storage) : [])))
    const items = [
      ...setCookies(cookies, cookiesBefore, writes, hostname),
      ...setStorage(storages, storageBefore, writes, hostname),
    ]
    cookiesBefore = new Set(cookies.map(cookieKey))
    storageBefore = storageNow

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
    const iframes = frames.filter((frame) => frame !== page.mainFrame() && isWeb(frame.url())).map((f) => f.url())
    return {
      visit: { page: url, status, sdk: !!facts.categories, items, requests: otherOrigins, iframes },
      facts,
    }
  }
  return { visit, close: () => context.close() }
}
