import { CATEGORY_NAME, CONSENT_METHODS, type ConsentRecord, DAY, MAX_DAYS, RECORD_FIELDS } from '@aufum/consent/schema'

/** A record as the log keeps it: the SDK's `ConsentRecord`, with the receiver's own receipt time added. */
export interface StoredRecord extends ConsentRecord {
  /** When the receiver got the record, by its own clock: ISO 8601, UTC. */
  receivedAt: string
}

/** How far `decidedAt` may lie ahead of the receipt: a day covers devices set to a wrong time zone. */
export const MAX_AHEAD_DAYS = 1
const MAX_URL = 2000
const UTC_TIME = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,3}))?Z$/

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
// Control characters (C0, DEL, C1) are never part of a URL the SDK sends.
const hasControl = (text: string) => /\p{Cc}/u.test(text)
// With the u flag a pair is one code point, so only a lone surrogate matches: one the databases cannot store as is
// (SQLite writes U+FFFD for each of its UTF-8 bytes, PostgreSQL one), and URL() would rewrite to U+FFFD.
const hasLoneSurrogate = (text: string) => /\p{Cs}/u.test(text)

/** The time `text` names when it is a real UTC time (no 30 February, no hour 24), else undefined. */
function utcTime(text: string): Date | undefined {
  const parts = UTC_TIME.exec(text)
  if (!parts) return undefined
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map(Number) as number[]
  const time = new Date(Date.UTC(year!, month! - 1, day, hour, minute, second, Number((parts[7] ?? '').padEnd(3, '0'))))
  const same =
    time.getUTCFullYear() === year &&
    time.getUTCMonth() === month! - 1 &&
    time.getUTCDate() === day &&
    time.getUTCHours() === hour &&
    time.getUTCMinutes() === minute &&
    time.getUTCSeconds() === second
  return same ? time : undefined
}

/** The page URL without its query, fragment and credentials, which can hold personal data; undefined if not http(s). */
function pageWithoutQuery(text: string): string | undefined {
  try {
    const url = new URL(text)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin + url.pathname : undefined
  } catch {
    return undefined
  }
}

/**
 * Checks a record the SDK sent and puts it in the form the log keeps: `decidedAt` as `toISOString()` writes it,
 * categories in name order (so the same decision is the same key however it was serialised), the page URL without
 * query or fragment.
 *
 * @param body The parsed JSON body.
 * @param receivedAt The receiver's time: `decidedAt` must lie at most `MAX_DAYS` (395) before it, the longest a
 *   decision stands (the SDK keeps an undelivered record queued until the visitor comes back), and at most
 *   {@link MAX_AHEAD_DAYS} after it.
 * @returns The record to store, or the reason it is refused, naming the field.
 */
export function validateRecord(body: unknown, receivedAt: Date): { record: StoredRecord } | { error: string } {
  if (!isObject(body)) return { error: 'the body must be a JSON object' }
  // Named by the rule, not by the request: an answer never echoes what was sent.
  if (Object.keys(body).some((key) => !(RECORD_FIELDS as readonly string[]).includes(key)))
    return { error: `a record holds only the fields ${RECORD_FIELDS.join(', ')}` }
  const malformed = Object.entries(body).find(([, value]) => typeof value === 'string' && hasLoneSurrogate(value))
  if (malformed) return { error: `${malformed[0]} must be well-formed Unicode: it holds a lone surrogate` }
  const { id, decidedAt, revision, categories, method, language, policyUrl, pageUrl } = body
  if (typeof id !== 'string' || !/^[\da-f]{32}$/.test(id)) return { error: 'id must be 32 hex digits' }
  const decided = typeof decidedAt === 'string' ? utcTime(decidedAt) : undefined
  if (!decided) return { error: 'decidedAt must be a UTC time such as 2026-11-25T09:30:15.000Z' }
  const age = receivedAt.getTime() - decided.getTime()
  if (age > MAX_DAYS * DAY || age < -MAX_AHEAD_DAYS * DAY)
    return {
      error: `decidedAt must lie between ${MAX_DAYS} days before and ${MAX_AHEAD_DAYS} day after the time it is received`,
    }
  if (!Number.isInteger(revision) || (revision as number) < 0 || (revision as number) > 2 ** 31 - 1)
    return { error: 'revision must be a whole number of 0 or more' }
  if (!isObject(categories)) return { error: 'categories must be an object' }
  const names = Object.keys(categories).sort()
  if (!names.length || names.length > 32) return { error: 'categories must have 1 to 32 entries' }
  for (const name of names) {
    if (!CATEGORY_NAME.test(name))
      return { error: 'categories must be named with a letter, then letters, digits, _ or - (at most 32)' }
    if (typeof categories[name] !== 'boolean') return { error: `categories.${name} must be true or false` }
  }
  const known = CONSENT_METHODS.find((name) => name === method)
  if (!known) return { error: `method must be one of ${CONSENT_METHODS.join(', ')}` }
  if (
    typeof language !== 'string' ||
    !/^[A-Za-z\d]{1,8}(?:[-_][A-Za-z\d]{1,8})*$/.test(language) ||
    language.length > 35
  )
    return { error: 'language must be a language tag such as en or de-CH' }
  if (policyUrl !== null && (typeof policyUrl !== 'string' || policyUrl.length > MAX_URL || hasControl(policyUrl)))
    return { error: `policyUrl must be a URL of at most ${MAX_URL} characters, or null` }
  const page = typeof pageUrl === 'string' && pageUrl.length <= MAX_URL ? pageWithoutQuery(pageUrl) : undefined
  if (!page) return { error: `pageUrl must be an http or https URL of at most ${MAX_URL} characters` }
  return {
    // Typed by the SDK's ConsentRecord: a field added there fails to compile here until it is checked above.
    record: {
      id,
      decidedAt: decided.toISOString(),
      revision: revision as number,
      categories: Object.fromEntries(names.map((name) => [name, categories[name] as boolean])),
      method: known,
      language,
      policyUrl: policyUrl as string | null,
      pageUrl: page,
      receivedAt: receivedAt.toISOString(),
    },
  }
}
