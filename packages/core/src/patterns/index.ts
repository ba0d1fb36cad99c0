import type { CookiePattern } from '../config/index.js'

/** Whether a cookie or storage key name is one of the patterns. */
export const matches = (name: string, patterns: CookiePattern[]): boolean =>
  patterns.some((p) => {
    const test = typeof p === 'string' || p instanceof RegExp ? p : p.match || p.name
    return typeof test === 'string' ? test === name : name.search(test) > -1
  })
