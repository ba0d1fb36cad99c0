import { attempt } from '../attempt/index.js'
import type { ConsentRecord } from '../consent-record/index.js'
import { type Rules, readOptions } from '../options/index.js'
import type { Consent, ConsentState } from '../store/index.js'
import { readLocal, writeLocal } from '../web-storage/index.js'
import { WEB_URL } from '../web-url/index.js'

/**
 * Records not acknowledged yet. They are kept in localStorage, shared by the site's tabs and kept across pages; this
 * array holds them too, so that where the browser refuses storage none is lost for the page's life.
 */
export type RecordQueue = ConsentRecord[]

/** Options of {@link recordConsent}. */
export interface RecordOptions {
  /** Where each record is POSTed as JSON; a 2xx answer acknowledges it. */
  endpoint: string
  /** The policy the visitor was shown. */
  policyUrl?: string
  /** Records this page queued before recording started ({@link queueRecord}), to deliver with its own. */
  queue?: RecordQueue
}

/** The rules of {@link RecordOptions}. */
export const RECORD_RULES: Rules = {
  endpoint: WEB_URL,
  policyUrl: WEB_URL,
  queue: (v) => !Array.isArray(v) && 'be an array',
}

/** Records kept while undelivered; past this the oldest are dropped, with a console warning. */
export const RECORD_QUEUE_LIMIT = 50
/** The localStorage key of undelivered records. */
export const RECORD_QUEUE_KEY = 'aufum_consent_records'

function readQueue(): ConsentRecord[] {
  const queue = attempt(() => JSON.parse(readLocal(RECORD_QUEUE_KEY) || '[]'))
  return Array.isArray(queue) ? queue : []
}

const same = (a: ConsentRecord, b: ConsentRecord) => JSON.stringify(a) === JSON.stringify(b)

/** Brings the queue up to date with localStorage, changed by `change`: every record of either, once, the newest kept. */
function update(queue: RecordQueue, change: (records: ConsentRecord[]) => ConsentRecord[] = (records) => records) {
  const all = change([...readQueue(), ...queue])
  const unique = all.filter((record, i) => all.findIndex((other) => same(other, record)) === i)
  if (unique.length > RECORD_QUEUE_LIMIT)
    console.warn(`[aufum-consent] ${unique.length - RECORD_QUEUE_LIMIT} undelivered consent record(s) dropped`)
  queue.splice(0, queue.length, ...unique.slice(-RECORD_QUEUE_LIMIT))
  writeLocal(RECORD_QUEUE_KEY, queue.length ? JSON.stringify(queue) : undefined)
}

/**
 * Queues the record of a decision, so that it is delivered whatever happens next on this page: the script tag does it
 * as the visitor decides, before (and whether or not) the code that sends records arrives.
 *
 * @param queue The page's queue.
 * @param state The manager's state; nothing is queued while it is pending.
 * @param policyUrl The policy the visitor was shown.
 */
export function queueRecord(queue: RecordQueue, state: ConsentState, policyUrl?: string): void {
  const { status, id, decidedAt, revision, categories, method } = state
  if (status !== 'decided') return
  const record: ConsentRecord = {
    id: id!,
    decidedAt: new Date(decidedAt!).toISOString(),
    revision,
    categories,
    method: method!,
    language: document.documentElement.lang || navigator.language,
    policyUrl: policyUrl ?? null,
    pageUrl: location.origin + location.pathname,
  }
  // Appended, no more: the code that sends records merges both queues, each record once, when it runs.
  queue.push(record)
  writeLocal(RECORD_QUEUE_KEY, JSON.stringify([...readQueue(), record]))
}

/**
 * Sends a proof-of-consent record of each decision to `endpoint` (GDPR Art. 7(1): the site must be able to show
 * that the visitor consented), and never loses one: an undelivered record stays queued in localStorage and is
 * retried on the next page load, when the browser comes back online, and with backoff (1 s, doubling, at most 60 s)
 * until the server acknowledges it. When the page is being hidden, the queue goes out with `sendBeacon` and stays
 * queued until acknowledged. Records carry the consent id and time, so the server stores each once.
 *
 * @param consent The consent manager.
 * @param options The endpoint, and the policy URL the visitor was shown.
 * @returns A function that stops recording.
 * @throws {ConsentError} in development builds, naming a wrong option.
 * @example recordConsent(consent, { endpoint: 'https://consent-log.aufum.com/consent' })
 */
export function recordConsent(consent: Consent, options: RecordOptions): () => void {
  const { endpoint, policyUrl, queue = [] } = readOptions(options, RECORD_RULES)
  // Without an endpoint there is nowhere to send: records stay queued for a page that has one.
  if (!endpoint) return () => {}
  let sending = false
  let delay = 1e3
  let timer: ReturnType<typeof setTimeout> | undefined

  const flush = async () => {
    if (sending) return
    sending = true
    clearTimeout(timer)
    try {
      for (update(queue); queue.length; ) {
        const body = JSON.stringify(queue[0])
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
          keepalive: true,
        })
        // A 4xx will not get better by retrying (the server refused the record for good), but a rate limit will.
        if (response.status >= 500 || response.status === 429) throw new Error(`${response.status}`)
        // Other tabs may have queued records meanwhile: remove only this one.
        update(queue, (records) => records.filter((record) => JSON.stringify(record) !== body))
        delay = 1e3
      }
    } catch {
      timer = setTimeout(flush, delay)
      delay = Math.min(delay * 2, 6e4)
    } finally {
      sending = false
    }
  }

  const onHide = () => {
    if (document.visibilityState === 'hidden')
      for (const record of queue) navigator.sendBeacon?.(endpoint, JSON.stringify(record))
  }

  const off = consent.onChange((state) => {
    queueRecord(queue, state, policyUrl)
    update(queue)
    flush()
  })
  addEventListener('online', flush)
  document.addEventListener('visibilitychange', onHide)
  flush()
  return () => {
    off()
    clearTimeout(timer)
    removeEventListener('online', flush)
    document.removeEventListener('visibilitychange', onHide)
  }
}
