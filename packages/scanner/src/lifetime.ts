import type { StoredItem } from './types.js'

const HOUR = 3600_000
const DAY = 24 * HOUR
const MONTH = 30.44 * DAY

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`

/**
 * How long a cookie or storage key lives, in the words a cookie declaration uses: `session`, `3 days`,
 * `13 months`, `2 years`.
 *
 * @param item The cookie or key as the scan saw it.
 * @param now When it was seen, in milliseconds: a cookie's expiry date counts from then.
 * @returns The duration, in words.
 */
export function lifetime(item: StoredItem, now: number): string {
  if (item.kind === 'localStorage') return 'until deleted'
  if (item.kind === 'sessionStorage') return 'until the tab closes'
  if (item.expires === undefined || item.expires < 0) return 'session'
  const left = item.expires * 1000 - now
  if (left < 2 * DAY) return count(Math.max(1, Math.round(left / HOUR)), 'hour')
  if (left < 60 * DAY) return count(Math.round(left / DAY), 'day')
  if (left < 23.5 * MONTH) return count(Math.round(left / MONTH), 'month')
  return count(Math.round(left / (365.25 * DAY)), 'year')
}
