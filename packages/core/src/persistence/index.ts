import type { ResolvedConfig } from '../config/index.js'
import { createCookieJar } from '../cookie/index.js'
import { type ConsentDecision, cookieName, DAY, decodeDecision, encodeDecision } from '../format/index.js'
import { readLocal, writeLocal } from '../web-storage/index.js'

/** The decision's home: the consent cookie, mirrored to localStorage under the same name. */
export interface Persistence {
  /**
   * The newest decision that still counts, restoring whichever copy the browser dropped.
   *
   * @param cookieFirst Take a valid cookie without reading localStorage (a returning visit's fast path): `load(now)`
   *   later compares the two copies and repairs the older.
   */
  load(now: number, cookieFirst?: boolean): ConsentDecision | null
  save(decision: ConsentDecision): void
  forget(): void
}

/**
 * Stores decisions for one configuration.
 *
 * @param config The resolved configuration: its cookie, revision, expiry and categories.
 * @returns load, save and forget; none of them throws.
 */
export function createPersistence(config: ResolvedConfig): Persistence {
  const key = config.cookie.name
  const name = cookieName(config.cookie)
  const jar = createCookieJar({ ...config.cookie, name })
  // Before the __Host- prefix the cookie had the bare name: any subdomain can write one, so it is never read. A
  // visitor's decision comes back from the localStorage copy (which only this origin writes) into the new cookie.
  const legacy = createCookieJar(config.cookie)
  const read = (value: string | null | undefined, now: number) => {
    const decision = decodeDecision(value, now)
    // A decision under another policy revision, older than this site allows, or silent on one of
    // today's categories no longer counts (EDPB 05/2020: a new purpose needs new consent).
    return decision &&
      decision.revision === config.revision &&
      decision.decidedAt + config.expiresAfterDays * DAY > now &&
      Object.keys(config.categories).every((name) => Object.hasOwn(decision.categories, name))
      ? decision
      : null
  }
  const save = (decision: ConsentDecision) => {
    const value = encodeDecision(decision)
    jar.set(value, new Date(decision.expiresAt))
    writeLocal(key, value)
  }
  return {
    save,
    load(now, cookieFirst) {
      const inCookie = jar.get()
      const fromCookie = read(inCookie, now)
      // The first access to localStorage costs a returning visit more than reading the cookie does.
      if (cookieFirst && fromCookie) return fromCookie
      if (name !== key && legacy.get() !== undefined) legacy.remove()
      const inLocal = readLocal(key)
      const fromLocal = read(inLocal, now)
      // The newer decision wins; of two made in the same second (two tabs), the cookie's, which a server reads too.
      const newest = fromLocal && !(fromCookie && fromCookie.decidedAt >= fromLocal.decidedAt) ? fromLocal : fromCookie
      // The other copy is rewritten: Safari drops script-written cookies after 7 days, and a stale copy must not
      // come back then.
      if (newest && inCookie !== inLocal) save(newest)
      return newest
    },
    forget() {
      jar.remove()
      writeLocal(key)
    },
  }
}
