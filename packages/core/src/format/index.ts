import { CONSENT_METHODS, type ConsentMethod } from '../consent-record/index.js'

/** The consent cookie's name (and the localStorage key of its copy), unless the site names it otherwise. */
export const COOKIE_NAME = 'aufum_consent'

/**
 * The consent cookie's name in the browser: `__Host-<name>` where the cookie can carry that prefix (Secure, no
 * Domain, Path=/), so that no other subdomain can set or shadow it (RFC 6265bis §4.1.3.2); else `<name>` itself.
 *
 * @param cookie The resolved `cookie` configuration (or its server-side equivalent).
 */
export const cookieName = ({
  name,
  domain,
  path,
  secure,
}: {
  name: string
  domain?: string
  path: string
  secure: boolean
}): string => (secure && !domain && path === '/' ? `__Host-${name}` : name)

/** A category name the format can hold: a letter, then letters, digits, `_` or `-`, at most 32 in all. */
export const CATEGORY_NAME = /^[A-Za-z][\w-]{0,31}$/

/** A day in milliseconds. */
export const DAY = 864e5
/** The longest a decision may count: 13 months, the CNIL's limit for trackers, the consent cookie included. */
export const MAX_DAYS = 395

/** One stored decision: what the cookie `aufum_consent` holds, decoded. */
export interface ConsentDecision {
  /** Random consent id (32 hex digits), kept across later changes until the decision is reset. */
  id: string
  /** Epoch milliseconds, whole seconds. */
  decidedAt: number
  /** Epoch milliseconds after which the decision no longer counts. */
  expiresAt: number
  revision: number
  method: ConsentMethod
  /** Every category the site had when the visitor decided, granted or not. */
  categories: Record<string, boolean>
}

/** Format version 1: `1.revision.decidedAt.days.id.method.categories.checksum`, see docs/storage-format.md. */
// Lengths are bounded by the value's, and checked where they matter (time window, revision, checksum).
const FORMAT =
  /^1\.(\d+)\.([\da-z]+)\.([\da-z]+)\.([\da-f]{32})\.([arcpg])\.([A-Za-z][\w-]*:[01](?:\|[A-Za-z][\w-]*:[01])*)\.([\da-z]+)$/
// The code of each of CONSENT_METHODS, in its order.
const CODES = 'arcpg'

/** FNV-1a, 32 bits: catches truncated, mangled and hand-edited values (it is no signature). */
function checksum(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619)
  return (hash >>> 0).toString(36)
}

/**
 * Writes a decision in format version 1.
 *
 * @param decision The decision; `decidedAt` and `expiresAt` are kept to the second and the day.
 * @returns The cookie value, about 100 bytes for the default categories.
 */
export function encodeDecision(decision: ConsentDecision): string {
  const { revision, decidedAt, expiresAt, id, method, categories } = decision
  const body = [
    1,
    revision,
    Math.floor(decidedAt / 1e3).toString(36),
    Math.round((expiresAt - decidedAt) / DAY).toString(36),
    id,
    CODES[CONSENT_METHODS.indexOf(method)],
    Object.keys(categories)
      .map((name) => `${name}:${+!!categories[name]}`)
      .join('|'),
  ].join('.')
  return `${body}.${checksum(body)}`
}

/**
 * Reads a value written by {@link encodeDecision}. Anything else — malformed, truncated, tampered,
 * another format version, decided in the future, expired — is no decision at all.
 *
 * @param value The cookie or localStorage value.
 * @param now Epoch milliseconds.
 * @returns The decision, or `null`.
 */
export function decodeDecision(value: unknown, now: number): ConsentDecision | null {
  // No catastrophic backtracking in FORMAT: a value of any length is read in linear time.
  const match = typeof value === 'string' && FORMAT.exec(value)
  if (!match) return null
  const [, revision, decided, days, id, method, list, sum] = match as unknown as string[]
  if (checksum(value.slice(0, -sum!.length - 1)) !== sum) return null
  const decidedAt = parseInt(decided!, 36) * 1e3
  const expiresAt = decidedAt + parseInt(days!, 36) * DAY
  if (decidedAt > now || expiresAt <= now || expiresAt - decidedAt > MAX_DAYS * DAY) return null
  const entries = list!.split('|')
  const categories = Object.fromEntries(entries.map((entry) => [entry.slice(0, -2), entry.endsWith('1')]))
  // A name written twice is ambiguous.
  return Object.keys(categories).length < entries.length
    ? null
    : {
        id: id!,
        decidedAt,
        expiresAt,
        revision: +revision!,
        method: CONSENT_METHODS[CODES.indexOf(method!)]!,
        categories,
      }
}
