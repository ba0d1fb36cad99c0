import { attempt } from '../attempt/index.js'
import type { ConsentMethod } from '../format/index.js'
import type { Consent, ConsentState } from '../store/index.js'
import { readLocal, writeLocal } from '../web-storage/index.js'

/** What each decision sends to the consent log: nothing that identifies the person beyond the random id. */
export interface ConsentRecord {
  /** The random consent id, shown to the visitor in the settings panel. */
  id: string
  /** ISO 8601, UTC. */
  decidedAt: string
  revision: number
  categories: Record<string, boolean>
  method: ConsentMethod
  /** The language of the page the decision was made on. */
  language: string
  policyUrl: string | null
  /** The page, without its query or fragment (which may hold identifiers). */
  pageUrl: string
}

/** Options of {@link recordConsent}. */
export interface RecordOptions {
  /** Where each record is POSTed as JSON; a 2xx answer acknowledges it. */
  endpoint: string
  /** The policy the visitor was shown. */
  policyUrl?: string
  /** States of decisions made before recording started (while this code loaded), recorded first. */
  early?: ConsentState[]
}

/** Records kept while undelivered; past this the oldest are dropped, with a console warning. */
export const RECORD_QUEUE_LIMIT = 50
/** The localStorage key of undelivered records. */
export const RECORD_QUEUE_KEY = 'aufum_consent_records'

function readQueue(): ConsentRecord[] {
  const queue = attempt(() => JSON.parse(readLocal(RECORD_QUEUE_KEY) || '[]'))
  return Array.isArray(queue) ? queue : []
}

// Where storage is refused, the queue lives in memory for this page.
const writeQueue = (queue: ConsentRecord[]) =>
  writeLocal(RECORD_QUEUE_KEY, queue.length ? JSON.stringify(queue) : undefined)

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
 * @example recordConsent(consent, { endpoint: 'https://consent-log.aufum.com/consent' })
 */
export function recordConsent(consent: Consent, { endpoint, policyUrl, early = [] }: RecordOptions): () => void {
  let queue = readQueue()
  let sending = false
  let delay = 1e3
  let timer: ReturnType<typeof setTimeout> | undefined

  const flush = async () => {
    if (sending) return
    sending = true
    clearTimeout(timer)
    try {
      while (queue.length) {
        const body = JSON.stringify(queue[0])
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
          keepalive: true,
        })
        // A 4xx will not get better by retrying: the server has refused the record for good.
        if (response.status >= 500) throw new Error(`${response.status}`)
        // Other tabs may have queued records meanwhile: re-read, and remove only this one.
        queue = readQueue().filter((queued) => JSON.stringify(queued) !== body)
        writeQueue(queue)
        delay = 1e3
      }
    } catch {
      timer = setTimeout(flush, delay)
      delay = Math.min(delay * 2, 6e4)
    } finally {
      sending = false
    }
  }

  const add = ({ status, id, decidedAt, revision, categories, method }: ConsentState) => {
    if (status !== 'decided') return
    queue = [
      ...readQueue(),
      {
        id: id!,
        decidedAt: new Date(decidedAt!).toISOString(),
        revision,
        categories,
        method: method!,
        language: document.documentElement.lang || navigator.language,
        policyUrl: policyUrl ?? null,
        pageUrl: location.origin + location.pathname,
      },
    ]
    if (queue.length > RECORD_QUEUE_LIMIT) {
      console.warn(`[aufum-consent] ${queue.length - RECORD_QUEUE_LIMIT} undelivered consent record(s) dropped`)
      queue = queue.slice(-RECORD_QUEUE_LIMIT)
    }
    writeQueue(queue)
    flush()
  }
  const onHide = () => {
    if (document.visibilityState === 'hidden')
      for (const record of queue) navigator.sendBeacon?.(endpoint, JSON.stringify(record))
  }

  const off = consent.onChange(add)
  addEventListener('online', flush)
  document.addEventListener('visibilitychange', onHide)
  for (const state of early) add(state)
  if (queue.length) flush()
  return () => {
    off()
    clearTimeout(timer)
    removeEventListener('online', flush)
    document.removeEventListener('visibilitychange', onHide)
  }
}
