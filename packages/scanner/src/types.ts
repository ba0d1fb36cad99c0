/** Where a visitor's browser keeps something: a cookie, or a key in one of the page's storages. */
export type StorageKind = 'cookie' | 'localStorage' | 'sessionStorage'

/** A cookie or storage key as one page visit left it. */
export interface StoredItem {
  kind: StorageKind
  name: string
  /** Cookies: the domain the cookie belongs to. Storage keys: the host of the origin that holds the key. */
  domain: string
  /** Cookies only: the path the cookie belongs to. */
  path?: string
  /** Cookies only: when it expires, in seconds since 1970; -1 for a session cookie. */
  expires?: number
  /** Whether it belongs to the scanned site's host, rather than to another site. */
  firstParty: boolean
  /** The script (or, for a cookie sent in a `Set-Cookie` header, the response) that wrote it, where the browser tells. */
  setBy?: string
}

/** A request the page (or one of its frames) made to an origin other than its own. */
export interface OtherOriginRequest {
  url: string
  /** Playwright's resource type: `script`, `image`, `document` (an iframe), `ping`, `fetch`… */
  resourceType: string
  /** The script or document that made it: a script's URL where the browser tells, else the frame's URL. */
  initiator?: string
}

/** What one page showed in one pass. */
export interface Visit {
  page: string
  /** Where the page ended after redirects, when that is not `page`. */
  finalUrl?: string
  /**
   * Set when the page ended on another host than `page`'s: its cookies and requests are then judged against the
   * host asked for, so that another site's cookies are never the scanned site's own.
   */
  otherHost?: true
  /** The HTTP status of the page, or null when it did not load at all. */
  status: number | null
  /** Why the page could not be scanned, when it could not. */
  error?: string
  /** Whether the script tag's `window.AufumConsent` was on the page. */
  sdk: boolean
  /** Cookies and storage keys that this page set (new, or written again, during the visit). */
  items: StoredItem[]
  requests: OtherOriginRequest[]
  /** The URLs of the iframes on the page once it settled. */
  iframes: string[]
}

/** `no-decision`, `reject-all`, `accept-all`, or `only:<category>`. */
export type PassName = 'no-decision' | 'reject-all' | 'accept-all' | `only:${string}`

/** A pass's name in words: `no decision`, `reject all`, `accept all`, `analytics alone`. */
export const passLabel = (pass: PassName): string =>
  pass.startsWith('only:') ? `${pass.slice('only:'.length)} alone` : pass.replace('-', ' ')

/** One pass over the site's pages, in a fresh browser profile. */
export interface Pass {
  name: PassName
  /** The categories `window.AufumConsent.get()` reported granted during the pass (required ones included). */
  granted: string[]
  visits: Visit[]
}

/** A problem the scan found: something leaked, or something no category declares. */
export interface Finding {
  kind: StorageKind | 'request'
  /** A cookie or key name; for a request, its origin and path without the query. */
  name: string
  pass: PassName
  /** The first page of the pass where it was seen. */
  page: string
  /** Every page of the pass where it was set or sent. */
  pages: string[]
  /** What is wrong, in words: "set before any decision", "no category declares it"… */
  reason: string
  /** Cookies: their domain; storage keys: the host of their origin. */
  domain?: string
  setBy?: string
  /** Requests: the first full URL. */
  url?: string
  /** Requests: the script or document that made it. */
  initiator?: string
}
