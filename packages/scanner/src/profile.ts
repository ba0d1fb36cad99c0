// Every browser profile the scan opens is made here: the one place that decides what the scanner adds to the
// site's traffic (its headers, to its own origins only) and what it keeps from the network (the consent log).
import type { Browser, BrowserContext, BrowserContextOptions, Route } from 'playwright-core'
import { installRecordAnswer, RECORD_BINDING } from './probe.js'
import { requestName } from './seen.js'

/** What each profile sends to the site, and what it answers itself. */
export interface Access {
  /**
   * Headers by origin, each by lower-case name, e.g. `authorization`: sent with every request to that origin and
   * to no other.
   */
  headers: Record<string, Record<string, string>>
  /**
   * The consent log's endpoint, once the scan has read it: the scanner answers what is sent there, so that no
   * synthetic decision reaches the site's proof of consent.
   */
  record?: { endpoint: string; answered: () => void }
}

// The record module posts across origins: without these, the browser would refuse the answer and the SDK send
// the same records again on every page.
const cors = (route: Route) => {
  const asked = route.request().headers()
  return {
    'access-control-allow-origin': asked.origin ?? '*',
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': 'POST, PUT, OPTIONS',
    'access-control-allow-headers': asked['access-control-request-headers'] ?? 'content-type',
  }
}

/**
 * Opens a fresh browser profile for the scan.
 *
 * @param browser The browser.
 * @param access The site's headers, and the consent log to answer.
 * @param storageState What the profile starts with: a decision, for the passes that make one.
 * @returns The profile.
 */
export async function openProfile(
  browser: Browser,
  access: Access,
  storageState?: BrowserContextOptions['storageState'],
): Promise<BrowserContext> {
  const context = await browser.newContext(storageState ? { storageState } : {})
  const { headers } = access
  if (Object.keys(headers).length)
    await context.route(
      (url) => Object.hasOwn(headers, url.origin),
      (route) =>
        route.continue({
          headers: { ...route.request().headers(), ...headers[new URL(route.request().url()).origin] },
        }),
    )
  const record = access.record
  if (record) {
    // The SDK's records are answered in the page; the route answers any other way a request gets there. Routes
    // registered last are asked first: the endpoint is answered even on the site's own origin.
    const endpoint = requestName(record.endpoint)
    await context.exposeBinding(RECORD_BINDING, () => record.answered())
    await context.addInitScript(installRecordAnswer, { binding: RECORD_BINDING, endpoint })
    await context.route(
      (url) => requestName(url.href) === endpoint,
      (route) => {
        if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors(route) })
        record.answered()
        return route.fulfill({ status: 201, headers: cors(route), body: '' })
      },
    )
  }
  return context
}

// How long a page has to leave, and the requests it sends as it goes (the SDK's queue of records) to be answered.
const LEAVE_TIMEOUT = 2_000

/**
 * Closes a profile the scan opened. Its pages first leave for a blank one while the profile's routes still answer:
 * a page sends its last records as it goes, and a request still waiting on a route when the profile closes would go
 * out to the network.
 *
 * @param context The profile.
 */
export async function closeProfile(context: BrowserContext): Promise<void> {
  await Promise.all(
    context.pages().map((page) => page.goto('about:blank', { timeout: LEAVE_TIMEOUT }).catch(() => undefined)),
  )
  await context.close().catch(() => undefined)
}
