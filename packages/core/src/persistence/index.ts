import type { ResolvedConfig } from '../config/index.js'
import { createCookieJar } from '../cookie/index.js'
import { type ConsentDecision, DAY, decodeDecision, encodeDecision } from '../format/index.js'
import { readLocal, writeLocal } from '../web-storage/index.js'

/** The decision's home: the consent cookie, mirrored to localStorage under the same name. */
export interface Persistence {
  /** The newest decision that still counts, restoring whichever copy the browser dropped. */
  load(now: number): ConsentDecision | null
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
  const jar = createCookieJar(config.cookie)
  const key = config.cookie.name
  const read = (value: string | null | undefined, now: number) => {
    const decision = decodeDecision(value, now)
    // A decision under another policy revision, older than this site allows, or silent on one of
    // today's categories no longer counts (EDPB 05/2020: a new purpose needs new consent).
    return decision &&
      decision.revision === config.revision &&
      decision.decidedAt + config.expiresAfterDays * DAY > now &&
      Object.keys(config.categories).every((name) => name in decision.categories)
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
    load(now) {
      const fromCookie = read(jar.get(), now)
      const fromLocal = read(readLocal(key), now)
      // Safari keeps script-written cookies 7 days only; the localStorage copy brings the cookie back.
      const newest = !fromCookie || (fromLocal && fromLocal.decidedAt > fromCookie.decidedAt) ? fromLocal : fromCookie
      if (newest && fromCookie?.decidedAt !== fromLocal?.decidedAt) save(newest)
      return newest
    },
    forget() {
      jar.remove()
      writeLocal(key)
    },
  }
}
