import { COOKIE_NAME, type ConsentDecision, decodeDecision } from '../format/index.js'

/** Options of {@link parseConsent}. */
export interface ParseConsentOptions {
  /** Cookie name. Default `aufum_consent`. */
  name?: string
  /** The site's current revision: a decision made under another one is `null`. */
  revision?: number
  /** Epoch milliseconds to judge expiry by. Default: now. */
  now?: number
}

/**
 * Reads the visitor's decision on a server, before rendering, with no DOM.
 *
 * @param input A whole `Cookie` request header, or the consent cookie's value alone.
 * @param options Cookie name, current revision, clock.
 * @returns The decision, or `null` when there is none that counts (missing, malformed,
 *   tampered, expired, other revision): treat `null` as "nothing granted".
 * @example
 * const decision = parseConsent(request.headers.cookie, { revision: 2 })
 * if (decision?.categories.analytics) html += analyticsTag
 */
export function parseConsent(
  input: string | null | undefined,
  { name = COOKIE_NAME, revision, now = Date.now() }: ParseConsentOptions = {},
): ConsentDecision | null {
  if (typeof input !== 'string') return null
  let value: string | undefined = input
  if (input.includes('=')) {
    value = undefined
    for (const pair of input.split(';')) {
      const at = pair.indexOf('=')
      if (pair.slice(0, at).trim() === name) value = pair.slice(at + 1).trim()
    }
  }
  try {
    value = value && decodeURIComponent(value)
  } catch {
    return null
  }
  const decision = decodeDecision(value, now)
  return decision && (revision === undefined || decision.revision === revision) ? decision : null
}
