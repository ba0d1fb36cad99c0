// Functions that run inside the scanned pages (Playwright sends their source): each stands alone, using nothing
// from this module's scope.
import type { PassName } from './types.js'

/** The script tag's API, as far as the scanner uses it. */
interface AufumConsentApi {
  acceptAll(): void
  rejectAll(): void
  save(choices: Record<string, boolean>): void
  get(): { categories: Record<string, boolean> }
  config?: unknown
}

type WithApi = { AufumConsent?: AufumConsentApi }

/** The name of the function the scanner exposes to every frame, through which the hooks report writes. */
export const WRITE_BINDING = '__aufumScanWrite'

/**
 * Runs in every frame before the page's own scripts: reports each write to `document.cookie` and each
 * `Storage.setItem` through the binding, with the URL of the script that made it (the first http(s) frame of
 * the stack). Both still do what they did.
 *
 * @param binding The exposed function's name.
 */
export function installWriteHooks(binding: string): void {
  const report = (kind: string, name: string) => {
    let by = ''
    for (const line of (new Error().stack ?? '').split('\n').slice(1)) {
      const url = /(https?:\/\/[^\s()]+):\d+:\d+\)?$/.exec(line)?.[1]
      if (url) {
        by = url
        break
      }
    }
    try {
      ;(window as unknown as Record<string, (...args: string[]) => unknown>)[binding]?.(kind, name, by)
    } catch {}
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')
  if (cookie?.get && cookie.set) {
    const { get, set } = cookie
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookie.enumerable ?? true,
      get() {
        return get.call(this)
      },
      set(value) {
        set.call(this, value)
        report('cookie', String(value).split(';')[0]!.split('=')[0]!.trim())
      },
    })
  }
  const setItem = Storage.prototype.setItem
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    setItem.call(this, key, value)
    let kind = 'sessionStorage'
    try {
      if (this === window.localStorage) kind = 'localStorage'
    } catch {}
    report(kind, String(key))
  }
}

/** What the scanner reads from a page once it has settled. */
export interface PageFacts {
  /** `window.AufumConsent.get().categories`, where the script tag is on the page. */
  categories?: Record<string, boolean>
  /**
   * `window.AufumConsent.config` as plain data, each RegExp in it as `{ source, flags }`; absent where the page
   * has none. Unchecked: the page may send anything.
   */
  config?: unknown
  /** The page's links, resolved (not those marked `download`). */
  links: string[]
  /** The `src` of each script tag named like the SDK's (`aufum-consent….js`): where its files come from. */
  sdkScripts?: string[]
}

/** Reads the page's consent state, the configuration its script tag runs with, and its links. */
export function readPage(): PageFacts {
  const api = (window as unknown as WithApi).AufumConsent
  let categories: Record<string, boolean> | undefined
  try {
    categories = api?.get().categories
  } catch {}
  // Each RegExp goes as its source and flags, for the scanner to rebuild and check: Playwright would rebuild it
  // too, but one that does not compile (a page can fake one) fails the whole read. A field whose getter throws goes
  // as nothing; the depth (enough for categories.<name>.cookies[i].match) stops a view that holds itself.
  const plain = (value: unknown, depth: number): unknown => {
    if (value instanceof RegExp) return { source: value.source, flags: value.flags }
    if (typeof value !== 'object' || value === null) return value
    if (!depth) return undefined
    const copy = (Array.isArray(value) ? [] : {}) as Record<string, unknown>
    for (const key of Object.keys(value))
      try {
        copy[key] = plain((value as Record<string, unknown>)[key], depth - 1)
      } catch {}
    return copy
  }
  let config: unknown
  try {
    config = plain(api?.config, 6)
  } catch {}
  return {
    ...(categories ? { categories } : {}),
    ...(config === undefined ? {} : { config }),
    links: Array.from(document.links).flatMap((a) => (a.hasAttribute('download') ? [] : [a.href])),
    sdkScripts: Array.from(document.scripts).flatMap((s) =>
      /\/aufum-consent[\w.-]*\.js$/.test(s.src.split(/[?#]/)[0]!) ? [s.src] : [],
    ),
  }
}

/** The keys in a frame's localStorage and sessionStorage (none where the browser refuses storage). */
export function readStorage(): { origin: string; localStorage: string[]; sessionStorage: string[] } {
  const keys = (area: () => Storage) => {
    try {
      const storage = area()
      return Array.from({ length: storage.length }, (_, i) => storage.key(i)!)
    } catch {
      return []
    }
  }
  return {
    origin: location.origin,
    localStorage: keys(() => localStorage),
    sessionStorage: keys(() => sessionStorage),
  }
}

/** Whether the script tag has defined `window.AufumConsent`. */
export const hasApi = (): boolean => typeof (window as unknown as WithApi).AufumConsent === 'object'

/** Decides as a visitor would, through `window.AufumConsent`: reject all, accept all, or one category alone. */
export function decide(pass: PassName): void {
  const api = (window as unknown as WithApi).AufumConsent!
  if (pass === 'reject-all') api.rejectAll()
  else if (pass === 'accept-all') api.acceptAll()
  else api.save({ [pass.slice('only:'.length)]: true })
}

/** The name of the function the scanner exposes where it answers the consent log: told of each record answered. */
export const RECORD_BINDING = '__aufumScanRecord'

/**
 * Runs in every frame before the page's own scripts: answers the SDK's `fetch` and `sendBeacon` to the consent
 * log in the page itself, and tells the scanner through the binding. A record sent as the page goes (`keepalive`,
 * a beacon on `visibilitychange`) outlives the page, and with it the scanner's interception of the page's network.
 *
 * @param options The binding's name, and the endpoint's origin and path.
 */
export function installRecordAnswer({ binding, endpoint }: { binding: string; endpoint: string }): void {
  const isLog = (target: unknown) => {
    try {
      const url = new URL(target instanceof Request ? target.url : String(target), location.href)
      return url.origin + url.pathname === endpoint
    } catch {
      return false
    }
  }
  const answered = () => {
    try {
      ;(window as unknown as Record<string, () => unknown>)[binding]?.()
    } catch {}
  }
  const send = window.fetch
  window.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    if (!isLog(input)) return send.call(this, input, init)
    answered()
    return Promise.resolve(new Response(null, { status: 201 }))
  }
  const beacon = navigator.sendBeacon
  if (beacon)
    navigator.sendBeacon = function (this: Navigator, url: string | URL, data?: BodyInit | null) {
      if (!isLog(url)) return beacon.call(this, url, data)
      answered()
      return true
    }
}
