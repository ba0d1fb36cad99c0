import type { CookiePattern } from '../config/index.js'

/** Whether a cookie or storage key name is one of the patterns. */
export const matches = (name: string, patterns: CookiePattern[]): boolean =>
  patterns.some((p) => {
    const test = typeof p === 'string' || p instanceof RegExp ? p : p.match || p.name
    return typeof test === 'string' ? test === name : name.search(test) > -1
  })

// JSON cannot hold a RegExp: a configuration writes one as "/source/flags".
const WRITTEN = /^\/(.+)\/([dgimsuvy]*)$/

/**
 * Reads a `cookies` entry (or its `match`) as a JSON configuration writes it: "/source/flags" is a RegExp, anything
 * else stays as it is (a string that is no valid RegExp too).
 */
export function patternFromJson(value: unknown): unknown {
  const parts = typeof value === 'string' ? WRITTEN.exec(value) : null
  try {
    return parts ? new RegExp(parts[1]!, parts[2]) : value
  } catch {
    return value
  }
}

/** Writes a RegExp as a JSON configuration holds it: "/source/flags", which {@link patternFromJson} reads back. */
export const patternToJson = (pattern: RegExp): string => `/${pattern.source}/${pattern.flags}`
