import { describe, expect, onTestFinished, test, vi } from 'vitest'
import { blockCookies, blockLocalStorage } from '../../test/storage.js'
import type { ConsentConfig } from '../config/index.js'
import { type ConsentEventDetail, dispatchConsentEvents } from '../events/index.js'
import { whenIdle } from '../idle/index.js'
import { type Consent, createConsent as create } from './index.js'

const DAY = 864e5
const NONE = { necessary: true, preferences: false, analytics: false, partners: false }
const ALL = { necessary: true, preferences: true, analytics: true, partners: true }

// Managers of earlier tests would keep listening to other tabs: each test stops its own.
const createConsent = (config?: ConsentConfig) => {
  const consent = create(config)
  onTestFinished(consent.destroy)
  return consent
}

/** A second page load: a new manager reading what the first one stored. */
const reload = (config?: ConsentConfig) => createConsent(config)

/** The `aufum:consent` events of this manager (dispatchConsentEvents). */
const events = (consent: Consent) => {
  onTestFinished(dispatchConsentEvents(consent))
  const details: ConsentEventDetail[] = []
  const listener = (e: Event) => details.push((e as CustomEvent<ConsentEventDetail>).detail)
  document.addEventListener('aufum:consent', listener)
  return details
}

describe('a first visit', () => {
  test('is pending, with only necessary granted', () => {
    const { store } = createConsent()
    expect(store.get()).toEqual({
      status: 'pending',
      categories: NONE,
      id: null,
      decidedAt: null,
      revision: 0,
      method: null,
    })
  })

  test('grants nothing optional, even to has()', () => {
    const consent = createConsent()
    expect(['necessary', 'preferences', 'analytics', 'partners'].map(consent.has)).toEqual([true, false, false, false])
  })

  test('answers has() with false for a name that is no category, inherited names included', () => {
    const consent = createConsent()
    consent.acceptAll()
    expect(consent.has('video')).toBe(false)
    expect(consent.has('constructor')).toBe(false)
  })
})

describe('the core alone', () => {
  test('watches no markup and touches no element: gating is a feature of its own (createGate)', () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe')
    document.body.innerHTML = '<img data-consent="analytics" data-src="https://t.example/p.gif" alt="">'
    const consent = createConsent()
    consent.acceptAll()
    expect(observe).not.toHaveBeenCalled()
    expect(document.querySelector('img')!.hasAttribute('src')).toBe(false)
    document.body.innerHTML = ''
  })
})

describe('deciding', () => {
  test('"Accept all" grants every category, and the next page load remembers it', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 25, 9, 30, 15, 400) })
    createConsent().acceptAll()
    const state = reload().store.get()
    expect(state).toMatchObject({ status: 'decided', categories: ALL, method: 'accept-all', revision: 0 })
    expect(state.decidedAt).toBe(Date.UTC(2026, 10, 25, 9, 30, 15))
    expect(state.id).toMatch(/^[\da-f]{32}$/)
  })

  test('"Reject all" refuses every optional category, and is remembered as long as acceptance', () => {
    createConsent().rejectAll()
    expect(reload().store.get()).toMatchObject({ status: 'decided', categories: NONE, method: 'reject-all' })
  })

  test('a custom choice grants exactly the chosen categories', () => {
    const consent = createConsent()
    consent.save({ analytics: true, partners: false })
    expect(reload().store.get()).toMatchObject({
      categories: { ...NONE, analytics: true },
      method: 'custom',
    })
  })

  test('a later choice keeps the categories it leaves out', () => {
    const consent = createConsent()
    consent.save({ analytics: true })
    consent.save({ partners: true }, 'api')
    expect(consent.store.get()).toMatchObject({
      categories: { ...NONE, analytics: true, partners: true },
      method: 'api',
    })
  })

  test('necessary cannot be switched off', () => {
    const consent = createConsent()
    consent.save({ necessary: false })
    expect(consent.has('necessary')).toBe(true)
    expect(reload().has('necessary')).toBe(true)
  })

  test('keeps one consent id across changes of mind, and a new one after reset', () => {
    const consent = createConsent()
    consent.acceptAll()
    const { id } = consent.store.get()
    consent.rejectAll()
    expect(consent.store.get().id).toBe(id)
    consent.reset()
    consent.acceptAll()
    expect(consent.store.get().id).not.toBe(id)
  })

  test.each<[string, (c: Consent) => void, string]>([
    ['an unknown category', (c) => c.save({ analytcs: true }), 'save(): "analytcs" must be one of the categories'],
    ['a value that is not a boolean', (c) => c.save({ analytics: 'yes' as never }), 'save(): analytics must be true'],
    ['no object', (c) => c.save(null as never), 'save(choices) must be an object'],
    ['whenGranted of an unknown category', (c) => c.whenGranted('video', () => {}), 'whenGranted(): "video" must'],
  ])('refuses %s with an error that says what is wrong', (_, call, message) => {
    const consent = createConsent()
    expect(() => call(consent)).toThrowError(
      expect.objectContaining({ name: 'ConsentError', message: expect.stringContaining(message) }),
    )
    expect(consent.store.get().status).toBe('pending')
  })
})

describe('forgetting', () => {
  test('reset() clears the stored decision and asks again', () => {
    const consent = createConsent()
    consent.acceptAll()
    consent.reset()
    expect(consent.store.get()).toMatchObject({ status: 'pending', categories: NONE, id: null, method: null })
    expect(document.cookie).not.toContain('aufum_consent')
    expect(localStorage.getItem('aufum_consent')).toBeNull()
    expect(reload().store.get().status).toBe('pending')
  })

  test('a new policy revision asks again and grants nothing', () => {
    createConsent({ revision: 1 }).acceptAll()
    expect(reload({ revision: 2 }).store.get()).toMatchObject({ status: 'pending', categories: NONE, revision: 2 })
  })

  test('a decision counts for 182 days by default, then the visitor is asked again', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) })
    createConsent().acceptAll()
    vi.setSystemTime(Date.UTC(2026, 0, 1) + 181 * DAY)
    expect(reload().store.get().status).toBe('decided')
    vi.setSystemTime(Date.UTC(2026, 0, 1) + 182 * DAY + 1000)
    expect(reload().store.get()).toMatchObject({ status: 'pending', categories: NONE })
  })

  test('expiresAfterDays shortens how long a decision counts', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) })
    createConsent({ expiresAfterDays: 30 }).acceptAll()
    vi.setSystemTime(Date.UTC(2026, 0, 1) + 31 * DAY)
    expect(reload({ expiresAfterDays: 30 }).store.get().status).toBe('pending')
  })

  test('a tampered cookie means no decision yet, and is replaced at the next decision', () => {
    createConsent().rejectAll()
    const value = localStorage.getItem('aufum_consent')!
    const forged = value.replace('analytics:0', 'analytics:1')
    document.cookie = `__Host-aufum_consent=${forged}; path=/; secure`
    localStorage.setItem('aufum_consent', forged)
    const consent = reload()
    expect(consent.store.get()).toMatchObject({ status: 'pending', categories: NONE })
    consent.rejectAll()
    expect(reload().store.get()).toMatchObject({ status: 'decided', categories: NONE })
  })
})

describe('a hostile page', () => {
  test.each(['toString', 'constructor', 'valueOf'])(
    'a category named %s, added to the configuration, means a new question',
    (name) => {
      createConsent().acceptAll()
      const consent = reload({ categories: { [name]: {} } })
      expect(consent.store.get().status).toBe('pending')
      expect(consent.has(name)).toBe(false)
      consent.acceptAll()
      expect(reload({ categories: { [name]: {} } }).has(name)).toBe(true)
    },
  )

  test('what a page added to Object.prototype is never a category, nor granted', () => {
    const proto = Object.prototype as Record<string, unknown>
    proto.video = true
    proto.analytics = true
    try {
      const consent = createConsent()
      expect(consent.has('video')).toBe(false)
      expect(consent.has('analytics')).toBe(false)
      consent.rejectAll()
      expect(consent.has('analytics')).toBe(false)
      expect({ ...consent.store.get().categories }).toEqual(NONE)
      consent.save({ partners: true })
      expect(reload().has('analytics')).toBe(false)
    } finally {
      delete proto.video
      delete proto.analytics
    }
  })
})

describe('listening', () => {
  test('onChange() hears each change with the previous state, until unsubscribed', () => {
    const consent = createConsent()
    const listener = vi.fn()
    const off = consent.onChange(listener)
    consent.save({ analytics: true })
    expect(listener).toHaveBeenCalledTimes(1)
    expect(listener.mock.calls[0]![0].categories.analytics).toBe(true)
    expect(listener.mock.calls[0]![1].status).toBe('pending')
    off()
    consent.acceptAll()
    expect(listener).toHaveBeenCalledTimes(1)
  })

  test('whenGranted() runs at once for a granted category', () => {
    const consent = createConsent()
    consent.acceptAll()
    const fn = vi.fn()
    consent.whenGranted('analytics', fn)
    expect(fn).toHaveBeenCalledTimes(1)
  })

  test('whenGranted() waits for the grant, then runs once only', () => {
    const consent = createConsent()
    const fn = vi.fn()
    consent.whenGranted('analytics', fn)
    consent.save({ partners: true })
    expect(fn).not.toHaveBeenCalled()
    consent.save({ analytics: true })
    consent.rejectAll()
    consent.acceptAll()
    expect(fn).toHaveBeenCalledTimes(1)
  })

  test('whenGranted() can be cancelled before the grant', () => {
    const consent = createConsent()
    const fn = vi.fn()
    consent.whenGranted('analytics', fn)()
    consent.acceptAll()
    expect(fn).not.toHaveBeenCalled()
  })

  test('every change can be told as aufum:consent on document, saying what changed and how', () => {
    const consent = createConsent()
    const details = events(consent)
    consent.save({ analytics: true })
    consent.acceptAll()
    consent.reset()
    expect(details).toEqual([
      { categories: { ...NONE, analytics: true }, changed: ['analytics'], method: 'custom' },
      { categories: ALL, changed: ['preferences', 'partners'], method: 'accept-all' },
      { categories: NONE, changed: ['preferences', 'analytics', 'partners'], method: null },
    ])
  })
})

describe('withdrawing', () => {
  const config: ConsentConfig = {
    categories: { analytics: { cookies: ['_gid', /^_ga/] }, preferences: { cookies: ['lang'] } },
  }

  test('deletes the withdrawn category’s cookies and storage keys, on this host and its parent domains', () => {
    const consent = createConsent(config)
    consent.acceptAll()
    document.cookie = '_ga=GA1.1; path=/; domain=aufum.com'
    document.cookie = '_gid=GA1.2; path=/'
    document.cookie = 'lang=fr; path=/'
    localStorage.setItem('_ga_session', '1')
    localStorage.setItem('lang', 'fr')
    consent.save({ analytics: false })
    expect(document.cookie).not.toMatch(/_ga|_gid/)
    expect(document.cookie).toContain('lang=fr')
    expect(localStorage.getItem('_ga_session')).toBeNull()
    expect(localStorage.getItem('lang')).toBe('fr')
    expect(reload(config).has('analytics')).toBe(false)
  })

  test('deletes nothing when nothing is withdrawn', () => {
    const consent = createConsent(config)
    consent.save({ analytics: true })
    document.cookie = '_ga=GA1.1; path=/'
    consent.save({ partners: true })
    expect(document.cookie).toContain('_ga=GA1.1')
  })

  test('deletes a refused category’s cookies and keys at every start-up, keeping the granted ones', async () => {
    createConsent(config).save({ preferences: true })
    // Left behind by a tool that was still loading when its category was withdrawn.
    document.cookie = '_ga=GA1.1; path=/'
    localStorage.setItem('_ga_session', '1')
    document.cookie = 'lang=fr; path=/'
    createConsent(config)
    expect(document.cookie).not.toContain('_ga')
    // The keys at idle time: the first access to localStorage would hold up the page's first work.
    expect(localStorage.getItem('_ga_session')).toBe('1')
    await vi.waitFor(() => expect(localStorage.getItem('_ga_session')).toBeNull())
    expect(document.cookie).toContain('lang=fr')
  })

  test('reset() withdraws too', () => {
    const consent = createConsent(config)
    consent.acceptAll()
    document.cookie = '_ga=GA1.1; path=/'
    consent.reset()
    expect(document.cookie).not.toContain('_ga')
  })
})

describe('other tabs', () => {
  // The storage event fires only in the other tabs of the site; a test dispatches it as the browser would.
  const storageEventFromOtherTab = (newValue: string | null) =>
    window.dispatchEvent(new StorageEvent('storage', { key: 'aufum_consent', newValue }))
  // This tab listens from idle time on (what changed before is found by comparing the two copies then).
  const idle = () => new Promise<void>((resolve) => whenIdle(resolve))

  test('a decision made in another tab reaches this one without a reload', async () => {
    const here = createConsent()
    await idle()
    const listener = vi.fn()
    here.onChange(listener)
    const details = events(here)
    const otherTab = createConsent()
    otherTab.acceptAll()
    otherTab.destroy()
    details.length = 0
    storageEventFromOtherTab(localStorage.getItem('aufum_consent'))
    expect(here.store.get()).toMatchObject({ status: 'decided', categories: ALL, method: 'accept-all' })
    expect(listener).toHaveBeenCalled()
    expect(details).toEqual([
      { categories: ALL, changed: ['preferences', 'analytics', 'partners'], method: 'accept-all' },
    ])
  })

  test('a returning visit starts from the cookie; a newer localStorage copy counts from idle time, as a tab’s does', async () => {
    vi.setSystemTime(Date.now() - 2000)
    const before = createConsent()
    before.rejectAll()
    before.destroy()
    const cookie = document.cookie
    vi.useRealTimers()
    // Later, where the browser kept the localStorage copy but refused the cookie.
    const newer = createConsent()
    newer.acceptAll()
    newer.destroy()
    document.cookie = `${cookie.match(/__Host-aufum_consent=[^;]*/)![0]}; path=/; secure`
    const here = createConsent()
    const listener = vi.fn()
    here.onChange(listener)
    expect(here.store.get()).toMatchObject({ categories: NONE, method: 'reject-all' })
    await vi.waitFor(() => expect(here.store.get()).toMatchObject({ categories: ALL, method: 'accept-all' }))
    expect(listener).toHaveBeenCalledTimes(1)
    expect(document.cookie).toContain('analytics:1')
  })

  test('a decision made in another tab before this one listens is found at idle time', async () => {
    const here = createConsent()
    const otherTab = createConsent()
    otherTab.acceptAll()
    otherTab.destroy()
    storageEventFromOtherTab(localStorage.getItem('aufum_consent'))
    expect(here.store.get().status).toBe('pending')
    await idle()
    expect(here.store.get()).toMatchObject({ status: 'decided', categories: ALL, method: 'accept-all' })
  })

  test('a reset in another tab makes this one pending again', async () => {
    const here = createConsent()
    here.acceptAll()
    await idle()
    const otherTab = createConsent()
    otherTab.destroy()
    otherTab.reset()
    storageEventFromOtherTab(null)
    expect(here.store.get()).toMatchObject({ status: 'pending', categories: NONE })
  })

  // Chromium can deliver the event of the previous page's own write to the reloaded page.
  test('an event carrying the decision this tab already holds changes nothing, and tells no listener', async () => {
    createConsent().save({ analytics: true })
    const here = reload()
    await idle()
    const listener = vi.fn()
    here.onChange(listener)
    const details = events(here)
    storageEventFromOtherTab(localStorage.getItem('aufum_consent'))
    expect(listener).not.toHaveBeenCalled()
    expect(details).toEqual([])
    expect(here.store.get()).toMatchObject({ status: 'decided', categories: { ...NONE, analytics: true } })
  })

  test('stops listening after destroy()', async () => {
    const here = createConsent()
    await idle()
    here.destroy()
    createConsent().acceptAll()
    storageEventFromOtherTab(localStorage.getItem('aufum_consent'))
    expect(here.store.get().status).toBe('pending')
  })
})

describe('blocked storage', () => {
  test('with cookies and localStorage refused, the page keeps working in memory and nothing is granted later', () => {
    blockCookies()
    blockLocalStorage()
    const consent = createConsent()
    expect(consent.store.get().status).toBe('pending')
    expect(() => consent.acceptAll()).not.toThrow()
    expect(consent.has('analytics')).toBe(true)
    expect(reload().store.get()).toMatchObject({ status: 'pending', categories: NONE })
  })

  test('with localStorage refused, the cookie alone remembers the decision', () => {
    blockLocalStorage()
    createConsent().acceptAll()
    expect(reload().store.get().categories).toEqual(ALL)
  })

  test('with cookies refused, localStorage alone remembers the decision', () => {
    blockCookies()
    createConsent().acceptAll()
    expect(reload().store.get().categories).toEqual(ALL)
  })
})
