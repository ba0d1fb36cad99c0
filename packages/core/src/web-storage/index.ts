import { attempt } from '../attempt/index.js'
import type { CookiePattern } from '../config/index.js'
import { matches } from '../patterns/index.js'

// Reading `localStorage` itself throws where storage is blocked, so every access goes through here.
const withStorage = <T>(fn: (storage: Storage) => T): T | undefined => attempt(() => fn(localStorage))

/** Reads a localStorage value; `undefined` when absent or blocked. */
export const readLocal = (key: string): string | undefined => withStorage((s) => s.getItem(key) ?? undefined)

/** Writes a localStorage value, or removes it when `value` is `undefined`; silent where blocked. */
export const writeLocal = (key: string, value?: string): void =>
  withStorage((s) => (value === undefined ? s.removeItem(key) : s.setItem(key, value)))

/** Every localStorage key; none where storage is blocked. */
export const localKeys = (): string[] => withStorage((s) => Array.from({ length: s.length }, (_, i) => s.key(i)!)) ?? []

/** Removes every localStorage key that matches one of the patterns, except `keep`. */
export const removeLocal = (patterns: CookiePattern[], keep: string): void =>
  withStorage((s) => {
    for (let i = s.length; i--; ) {
      const key = s.key(i)
      if (key != null && key !== keep && matches(key, patterns)) s.removeItem(key)
    }
  })
