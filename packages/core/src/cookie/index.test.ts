import { describe, expect, test } from 'vitest'
import { blockCookies, recordCookieWrites } from '../../test/storage.js'
import { resolveConfig } from '../config/index.js'
import { createCookieJar, removeCookies } from './index.js'

const attributes = (cookie = '') => {
  const [pair, ...rest] = cookie.split('; ')
  return [pair, ...rest.sort()]
}

describe('the consent cookie', () => {
  test('is first-party, Secure, SameSite=Lax, on path / and expires when the decision does', () => {
    const writes = recordCookieWrites()
    const expires = new Date(Date.UTC(2027, 4, 1))
    createCookieJar(resolveConfig().cookie).set('v1', expires)
    expect(attributes(writes[0])).toEqual([
      'aufum_consent=v1',
      `expires=${expires.toUTCString()}`,
      'path=/',
      'sameSite=Lax',
      'secure',
    ])
    expect(createCookieJar(resolveConfig().cookie).get()).toBe('v1')
  })

  test('carries the configured domain so subdomains share one decision', () => {
    const writes = recordCookieWrites()
    createCookieJar(resolveConfig({ cookie: { domain: 'aufum.com', name: 'consent' } }).cookie).set('v1', new Date())
    expect(attributes(writes[0])).toContain('domain=aufum.com')
    expect(attributes(writes[0])[0]).toBe('consent=v1')
  })

  test('is removed with the attributes it was written with', () => {
    const jar = createCookieJar(resolveConfig({ cookie: { domain: 'aufum.com' } }).cookie)
    jar.set('v1', new Date(Date.now() + 1e6))
    jar.remove()
    expect(document.cookie).toBe('')
  })

  test('reads as absent, and writes nothing, when the page forbids cookies', () => {
    blockCookies()
    const jar = createCookieJar(resolveConfig().cookie)
    expect(jar.get()).toBeUndefined()
    expect(() => jar.set('v1', new Date())).not.toThrow()
    expect(() => jar.remove()).not.toThrow()
    expect(() => removeCookies(['_ga'], resolveConfig().cookie)).not.toThrow()
  })
})

describe('removing a withdrawn category’s cookies', () => {
  test('removes them whichever domain and path the tracker set them on', () => {
    document.cookie = '_ga=1; path=/'
    document.cookie = '_ga_X1=2; path=/; domain=aufum.com'
    document.cookie = '_gid=3; path=/courses'
    document.cookie = '_ga_Y2=4; path=/courses/intro; domain=www.aufum.com'
    document.cookie = 'lang=fr; path=/'
    removeCookies(['_gid', /^_ga/], resolveConfig().cookie)
    expect(document.cookie).toBe('lang=fr')
  })

  test('never removes the consent cookie itself, even when a pattern matches it', () => {
    document.cookie = 'aufum_consent=v1; path=/'
    document.cookie = 'aufum_x=1; path=/'
    removeCookies([/^aufum_/], resolveConfig().cookie)
    expect(document.cookie).toBe('aufum_consent=v1')
  })
})

describe('cookies described for visitors', () => {
  test('are removed by their name, or by their match pattern', () => {
    document.cookie = '_ga=1; path=/'
    document.cookie = '_ga_X1=2; path=/'
    document.cookie = 'lang=fr; path=/'
    removeCookies(
      [
        { name: '_ga', provider: 'Google', duration: '13 months' },
        { name: '_ga_<id>', match: /^_ga_/ },
      ],
      resolveConfig().cookie,
    )
    expect(document.cookie).toBe('lang=fr')
  })
})
