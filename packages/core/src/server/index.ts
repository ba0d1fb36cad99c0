import { COOKIE_NAME, type ConsentDecision, cookieName, decodeDecision } from '../format/index.js'

/** Options of {@link parseConsent}: the site's `cookie` settings, as the browser side has them. */
export interface ParseConsentOptions {
  /** Cookie name. Default `aufum_consent`. */
  name?: string
  /**
   * Whether the site is served over https. Default true: the cookie is then `__Host-aufum_consent`, which no other
   * subdomain can set. Pass false for a site (or a development server) on plain http.
   */
  secure?: boolean
  /** The site's `cookie.domain`, when it shares one decision across subdomains (and so trusts every one of them). */
  domain?: string
  /** The site's `cookie.path`. Default `/`. */
  path?: string
  /** The site's current revision: a decision made under another one is `null`. */
  revision?: number
  /** Epoch milliseconds to judge expiry by. Default: now. */
  now?: number
}

/**
 * Reads the visitor's decision on a server, before rendering, with no DOM.
 *
 * @param input A whole `Cookie` request header, or the consent cookie's value alone.
 * @param options The site's cookie settings, current revision, clock.
 * @returns The decision, or `null` when there is none that counts (missing, malformed,
 *   tampered, expired, other revision): treat `null` as "nothing granted". Of several cookies with the name, the
 *   first is read, as browsers read it.
 * @example
 * const decision = parseConsent(request.headers.cookie, { revision: 2 })
 * if (decision?.categories.analytics) html += analyticsTag
 */
export function parseConsent(
  input: string | null | undefined,
  { name = COOKIE_NAME, secure = true, domain, path = '/', revision, now = Date.now() }: ParseConsentOptions = {},
): ConsentDecision | null {
  if (typeof input !== 'string') return null
  const cookie = cookieName({ name, secure, domain, path })
  let value: string | undefined = input
  if (input.includes('=')) {
    value = input
      .split(';')
      .map((pair) => pair.split('='))
      .find(([key]) => key!.trim() === cookie)?.[1]
      ?.trim()
  }
  try {
    value = value && decodeURIComponent(value)
  } catch {
    return null
  }
  const decision = decodeDecision(value, now)
  return decision && (revision === undefined || decision.revision === revision) ? decision : null
}
