import Cookies from 'js-cookie'
import { attempt } from '../attempt/index.js'
import type { CookiePattern, ResolvedConfig } from '../config/index.js'
import { matches } from '../patterns/index.js'

/** Reads and writes one cookie. With ./names.ts, the only code that touches `document.cookie`. */
export interface CookieJar {
  get(): string | undefined
  set(value: string, expires: Date): void
  remove(): void
}

/**
 * Binds the consent cookie's name and attributes once.
 *
 * @param options The resolved `cookie` configuration.
 * @returns get, set and remove for that cookie; none of them throws.
 */
export function createCookieJar({ name, ...attributes }: ResolvedConfig['cookie']): CookieJar {
  return {
    // One read of document.cookie (js-cookie's get reads it twice, and each read asks the browser's cookie store),
    // taking the first pair of that name, as the browser sends it. The values this SDK writes need no decoding.
    get: () =>
      attempt(() => {
        const pair = `; ${document.cookie}`.split(`; ${name}=`)[1]
        return pair === undefined ? undefined : pair.split(';')[0]
      }),
    set: (value, expires) => attempt(() => Cookies.set(name, value, { ...attributes, expires })),
    remove: () => attempt(() => Cookies.remove(name, attributes)),
  }
}

/**
 * Deletes every cookie of this page whose name matches, whichever of this host, its parent
 * domains, the configured domain and path, or this page's parent paths it was set on
 * (a cookie is only removed with the domain and path it was written with).
 *
 * @param patterns Cookie names or RegExps.
 * @param cookie The resolved `cookie` configuration: its domain and path; its own name is never removed.
 */
export function removeCookies(patterns: CookiePattern[], { name: own, domain, path }: ResolvedConfig['cookie']): void {
  attempt(() => {
    const labels = location.hostname.split('.')
    const domains = [undefined, domain, ...labels.map((_, i) => labels.slice(i).join('.'))]
    const paths = [path, ...location.pathname.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/') || '/')]
    for (const name of Object.keys(Cookies.get())) {
      if (name !== own && matches(name, patterns))
        for (const d of domains) for (const p of paths) Cookies.remove(name, { domain: d, path: p })
    }
  })
}
