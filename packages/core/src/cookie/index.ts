import Cookies from 'js-cookie'
import type { CookiePattern, ResolvedConfig } from '../config/index.js'

/** Reads and writes one cookie; the only code that touches `document.cookie`. */
export interface CookieJar {
  get(): string | undefined
  set(value: string, expires: Date): void
  remove(): void
}

// A page may forbid cookies (sandboxed iframe, browser setting): then we keep working without them.
function attempt<T>(fn: () => T): T | undefined {
  try {
    return fn()
  } catch {
    return undefined
  }
}

/**
 * Binds the consent cookie's name and attributes once.
 *
 * @param options The resolved `cookie` configuration.
 * @returns get, set and remove for that cookie; none of them throws.
 */
export function createCookieJar({ name, domain, path, sameSite, secure }: ResolvedConfig['cookie']): CookieJar {
  const jar = Cookies.withAttributes({ path, domain, sameSite, secure })
  return {
    get: () => attempt(() => jar.get(name)),
    set: (value, expires) => attempt(() => jar.set(name, value, { expires })),
    remove: () => attempt(() => jar.remove(name)),
  }
}

/** The names of this page's cookies; none where cookies are refused. Without js-cookie, for the audit's module. */
export const cookieNames = (): string[] =>
  attempt(() => document.cookie.split(';').flatMap((pair) => pair.split('=')[0]!.trim() || [])) ?? []

/** Whether a cookie or storage key name is one of the patterns. */
export const matches = (name: string, patterns: CookiePattern[]): boolean =>
  patterns.some((p) => {
    const test = typeof p === 'string' || p instanceof RegExp ? p : p.match || p.name
    return typeof test === 'string' ? test === name : name.search(test) > -1
  })

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
    for (const name in Cookies.get()) {
      if (name !== own && matches(name, patterns))
        for (const d of domains) for (const p of paths) Cookies.remove(name, { domain: d, path: p })
    }
  })
}
