import { afterEach, describe, expect, onTestFinished, test, vi } from 'vitest'
import { RECORD_FIELDS } from '../consent-record/index.js'
import { createConsent } from '../store/index.js'
import { queueRecord, RECORD_QUEUE_LIMIT, type RecordQueue, recordConsent } from './index.js'

const ENDPOINT = 'https://log.aufum.test/consent'
const queued = () => JSON.parse(localStorage.getItem('aufum_consent_records') ?? '[]')

/** A page load: a manager that records, with fetch answering `status` (or failing when offline). */
function load(answer: () => Promise<Response>) {
  const fetch = vi.fn((_url: string, _init?: RequestInit) => answer())
  vi.stubGlobal('fetch', fetch)
  const consent = createConsent()
  const stop = recordConsent(consent, { endpoint: ENDPOINT, policyUrl: '/privacy' })
  onTestFinished(() => {
    stop()
    consent.destroy()
  })
  return { consent, fetch, sent: () => fetch.mock.calls.map(([, init]) => JSON.parse(String(init?.body))) }
}
const status = (code: number) => () => Promise.resolve(new Response(null, { status: code }))
const offline = () => Promise.reject(new TypeError('Failed to fetch'))
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('proof of consent', () => {
  test('sends one record per decision, with nothing that identifies the visitor but the random id', async () => {
    const { consent, fetch, sent } = load(status(201))
    consent.save({ analytics: true })
    await settle()
    const { id, decidedAt } = consent.store.get()
    expect(fetch.mock.calls[0]?.[1]).toMatchObject({ method: 'POST', keepalive: true })
    expect(sent()).toEqual([
      {
        id,
        decidedAt: new Date(decidedAt!).toISOString(),
        revision: 0,
        categories: { necessary: true, preferences: false, analytics: true, partners: false },
        method: 'custom',
        language: expect.any(String),
        policyUrl: '/privacy',
        pageUrl: 'https://www.aufum.com/courses/intro',
      },
    ])
    expect(queued()).toEqual([])
  })

  test('sends the fields that @aufum/consent/schema lists, in its order, and no other', async () => {
    const { consent, sent } = load(status(201))
    consent.acceptAll()
    await settle()
    expect(Object.keys(sent()[0])).toEqual(RECORD_FIELDS)
  })

  test('keeps undelivered records across page loads and delivers them, in order, once the server answers', async () => {
    const first = load(offline)
    first.consent.acceptAll()
    await settle()
    first.consent.rejectAll()
    await settle()
    expect(queued().map((r: { method: string }) => r.method)).toEqual(['accept-all', 'reject-all'])
    const next = load(status(201))
    await settle()
    await settle()
    expect(next.sent().map((r) => r.method)).toEqual(['accept-all', 'reject-all'])
    expect(queued()).toEqual([])
  })

  test('retries a server error with backoff until it is acknowledged', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    let calls = 0
    const { consent, fetch } = load(() => status(++calls < 3 ? 500 : 201)())
    consent.acceptAll()
    await vi.advanceTimersByTimeAsync(0)
    expect(fetch).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1000)
    expect(fetch).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(2000)
    expect(fetch).toHaveBeenCalledTimes(3)
    expect(queued()).toEqual([])
  })

  test('retries when the browser comes back online', async () => {
    let online = false
    const { consent, fetch } = load(() => (online ? status(201)() : offline()))
    consent.acceptAll()
    await settle()
    online = true
    window.dispatchEvent(new Event('online'))
    await settle()
    await settle()
    expect(fetch.mock.calls.length).toBeGreaterThanOrEqual(2)
    expect(queued()).toEqual([])
  })

  test('retries a record the log turned away for its rate limit (429), as it would a server error', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    let calls = 0
    const { consent, fetch } = load(() => status(++calls < 2 ? 429 : 201)())
    consent.acceptAll()
    await vi.advanceTimersByTimeAsync(1000)
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(queued()).toEqual([])
  })

  test('drops a record the server refuses as malformed (4xx) instead of retrying it forever', async () => {
    const { consent } = load(status(400))
    consent.acceptAll()
    await settle()
    expect(queued()).toEqual([])
  })

  test(`keeps at most ${RECORD_QUEUE_LIMIT} undelivered records, dropping the oldest with a warning`, async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { consent } = load(offline)
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 10, 25) })
    // A second apart: the same decision twice in one second is one record.
    for (let i = 0; i <= RECORD_QUEUE_LIMIT; i++) {
      vi.advanceTimersByTime(1000)
      consent.save({ analytics: i % 2 === 0 })
    }
    await settle()
    expect(queued()).toHaveLength(RECORD_QUEUE_LIMIT)
    expect(queued()[0].categories.analytics).toBe(false)
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('[aufum-consent] 1 undelivered consent record(s) dropped'),
    )
  })

  test('never throws where localStorage is refused: the queue lives in memory', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    const { consent, sent } = load(status(201))
    expect(() => consent.acceptAll()).not.toThrow()
    await settle()
    expect(sent()).toHaveLength(1)
  })
})

test('delivers the records queued before recording started (queueRecord, as the script tag does)', async () => {
  const fetch = vi.fn((_url: string, _init?: RequestInit) => Promise.resolve(new Response(null, { status: 201 })))
  vi.stubGlobal('fetch', fetch)
  const consent = createConsent()
  const queue: RecordQueue = []
  consent.acceptAll()
  queueRecord(queue, consent.store.get(), '/privacy')
  expect(queued()).toHaveLength(1)
  const stop = recordConsent(consent, { endpoint: ENDPOINT, queue })
  onTestFinished(() => {
    stop()
    consent.destroy()
  })
  await settle()
  expect(fetch.mock.calls.map(([, init]) => JSON.parse(String(init?.body)).method)).toEqual(['accept-all'])
  expect(queued()).toEqual([])
})

test('where localStorage is refused, the decisions made while the log answers 503 are all delivered later', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('denied', 'SecurityError')
  })
  let down = true
  const { consent, sent } = load(() => status(down ? 503 : 201)())
  consent.acceptAll()
  await vi.advanceTimersByTimeAsync(0)
  consent.rejectAll()
  await vi.advanceTimersByTimeAsync(0)
  consent.save({ analytics: true })
  await vi.advanceTimersByTimeAsync(0)
  down = false
  await vi.advanceTimersByTimeAsync(8000)
  const delivered = sent().filter((_, i, all) => i >= all.length - 3)
  expect(delivered.map((r) => r.method)).toEqual(['accept-all', 'reject-all', 'custom'])
})
