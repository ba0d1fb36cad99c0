import { describe, expect, test, vi } from 'vitest'
import { type ConsentConfig, resolveConfig } from '../config/index.js'
import { type ConsentDecision, encodeDecision } from '../format/index.js'
import { createPersistence } from './index.js'

const DAY = 864e5
const NOW = Date.now()
const decidedOn = (
  daysAgo: number,
  categories = { necessary: true, preferences: false, analytics: true, partners: false },
) => {
  const decidedAt = Math.floor((NOW - daysAgo * DAY) / 1e3) * 1e3
  return {
    id: 'a'.repeat(32),
    decidedAt,
    expiresAt: decidedAt + 182 * DAY,
    revision: 0,
    method: 'custom',
    categories,
  } as ConsentDecision
}
// The test page is on https: the cookie carries the __Host- prefix.
const setCookie = (decision: ConsentDecision | string, name = '__Host-aufum_consent') => {
  document.cookie = `${name}=${typeof decision === 'string' ? decision : encodeDecision(decision)}; path=/; secure`
}
const cookieValue = (name = '__Host-aufum_consent') =>
  document.cookie
    .split('; ')
    .find((pair) => pair.startsWith(`${name}=`))
    ?.slice(name.length + 1)
const persistence = (config?: ConsentConfig) => createPersistence(resolveConfig(config))

describe('reading the stored decision', () => {
  test('finds nothing on a first visit', () => {
    expect(persistence().load(NOW)).toBeNull()
  })

  test('writes the cookie back from localStorage when the browser dropped it', () => {
    const decision = decidedOn(10)
    localStorage.setItem('aufum_consent', encodeDecision(decision))
    expect(persistence().load(NOW)).toEqual(decision)
    expect(cookieValue()).toBe(encodeDecision(decision))
  })

  test('mirrors a cookie-only decision into localStorage', () => {
    setCookie(decidedOn(1))
    persistence().load(NOW)
    expect(localStorage.getItem('aufum_consent')).toBe(encodeDecision(decidedOn(1)))
  })

  test('keeps the newer of two valid copies, and repairs the older', () => {
    setCookie(decidedOn(5))
    localStorage.setItem('aufum_consent', encodeDecision(decidedOn(2)))
    expect(persistence().load(NOW)).toEqual(decidedOn(2))
    expect(cookieValue()).toBe(encodeDecision(decidedOn(2)))
  })

  test('a returning visit’s fast path takes a valid cookie without opening localStorage', () => {
    setCookie(decidedOn(5))
    localStorage.setItem('aufum_consent', encodeDecision(decidedOn(2)))
    const getItem = vi.spyOn(Storage.prototype, 'getItem')
    expect(persistence().load(NOW, true)).toEqual(decidedOn(5))
    expect(getItem).not.toHaveBeenCalled()
    getItem.mockRestore()
    // The full reading, later, still finds the newer copy and repairs the cookie.
    expect(persistence().load(NOW)).toEqual(decidedOn(2))
    expect(cookieValue()).toBe(encodeDecision(decidedOn(2)))
  })

  test('the fast path reads localStorage where the cookie holds no valid decision', () => {
    setCookie('1.0.garbage')
    localStorage.setItem('aufum_consent', encodeDecision(decidedOn(3)))
    expect(persistence().load(NOW, true)).toEqual(decidedOn(3))
    expect(cookieValue()).toBe(encodeDecision(decidedOn(3)))
  })

  test('ignores a corrupt cookie and keeps the valid localStorage copy', () => {
    setCookie('1.0.garbage')
    localStorage.setItem('aufum_consent', encodeDecision(decidedOn(3)))
    expect(persistence().load(NOW)).toEqual(decidedOn(3))
  })

  test('does not count a decision made under another policy revision', () => {
    setCookie(decidedOn(1))
    expect(persistence({ revision: 1 }).load(NOW)).toBeNull()
  })

  test('does not count a decision older than the site now allows', () => {
    setCookie(decidedOn(40))
    expect(persistence({ expiresAfterDays: 30 }).load(NOW)).toBeNull()
    expect(persistence({ expiresAfterDays: 60 }).load(NOW)).not.toBeNull()
  })

  test('does not count a decision that says nothing of a category the site has added since', () => {
    setCookie(decidedOn(1))
    expect(persistence({ categories: { video: {} } }).load(NOW)).toBeNull()
  })

  test('still counts a decision that mentions a category the site has dropped since', () => {
    setCookie(decidedOn(1))
    expect(persistence({ categories: { partners: false } }).load(NOW)).toEqual(decidedOn(1))
  })
})

describe('which copy counts', () => {
  test('of two decisions made in the same second (two tabs), the cookie’s, and localStorage is rewritten', () => {
    const fromCookie = { ...decidedOn(1), method: 'accept-all' } as ConsentDecision
    setCookie(fromCookie)
    localStorage.setItem('aufum_consent', encodeDecision({ ...fromCookie, method: 'reject-all' }))
    expect(persistence().load(NOW)).toEqual(fromCookie)
    expect(localStorage.getItem('aufum_consent')).toBe(encodeDecision(fromCookie))
  })

  test('a stale copy never comes back once the other one is gone', () => {
    setCookie(decidedOn(1))
    localStorage.setItem(
      'aufum_consent',
      encodeDecision(decidedOn(1, { necessary: true, preferences: false, analytics: false, partners: false })),
    )
    persistence().load(NOW)
    document.cookie = '__Host-aufum_consent=; path=/; secure; max-age=0'
    expect(persistence().load(NOW)).toEqual(decidedOn(1))
  })

  test('on https the cookie is __Host-aufum_consent, which no other subdomain can set', () => {
    persistence().save(decidedOn(0))
    expect(cookieValue()).toBe(encodeDecision(decidedOn(0)))
    expect(cookieValue('aufum_consent')).toBeUndefined()
  })

  test('a cookie of the bare name (what a sibling subdomain can write) grants nothing, and is removed', () => {
    setCookie(decidedOn(1), 'aufum_consent')
    expect(persistence().load(NOW)).toBeNull()
    expect(cookieValue('aufum_consent')).toBeUndefined()
  })

  test('a visitor of the bare-name era keeps their decision: the localStorage copy moves it to the new cookie', () => {
    setCookie(decidedOn(1), 'aufum_consent')
    localStorage.setItem('aufum_consent', encodeDecision(decidedOn(1)))
    expect(persistence().load(NOW)).toEqual(decidedOn(1))
    expect(cookieValue()).toBe(encodeDecision(decidedOn(1)))
    expect(cookieValue('aufum_consent')).toBeUndefined()
  })

  test.each<[string, ConsentConfig['cookie']]>([
    ['a domain shared across subdomains', { domain: 'aufum.com' }],
    ['plain http', { secure: false }],
    ['a path of its own', { path: '/courses' }],
  ])('with %s the cookie keeps the bare name (the prefix forbids it)', (_, cookie) => {
    const store = persistence({ cookie })
    store.save(decidedOn(0))
    expect(cookieValue('aufum_consent')).toBe(encodeDecision(decidedOn(0)))
    store.forget()
  })
})

describe('saving and forgetting', () => {
  test('writes the same value to the cookie and to localStorage, and forgets both', () => {
    const store = persistence()
    store.save(decidedOn(0))
    expect(cookieValue()).toBe(encodeDecision(decidedOn(0)))
    expect(localStorage.getItem('aufum_consent')).toBe(encodeDecision(decidedOn(0)))
    store.forget()
    expect(cookieValue()).toBeUndefined()
    expect(localStorage.getItem('aufum_consent')).toBeNull()
  })
})
