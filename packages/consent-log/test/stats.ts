// The records the stats and report tests count: few enough to count by hand, on the edges that matter.

import type { Store } from '../src/store/index.js'
import { sdkRecord } from './http.js'

export const SITE = 'https://www.aufum.com/'
export const COURSES = 'https://www.aufum.com/courses'
export const ids = { a: 'a'.repeat(32), b: 'b'.repeat(32), c: 'c'.repeat(32), d: 'd'.repeat(32) }
const yes = { analytics: true, necessary: true }
const no = { analytics: false, necessary: true }

// Visitor a decides three times (and changes their mind twice); the times sit on the edges of days, an ISO week that
// belongs to the year before, and revisions that sort differently as numbers and as text.
export const RECORDS = [
  [ids.a, '2026-11-29T23:59:59.999Z', 'accept-all', yes, 'en', SITE, 1],
  [ids.a, '2026-11-30T00:00:00.000Z', 'custom', no, 'en', SITE, 1],
  [ids.b, '2026-11-30T12:00:00.000Z', 'reject-all', no, 'de', COURSES, 2],
  [ids.c, '2026-12-01T08:00:00.000Z', 'accept-all', yes, 'en', COURSES, 10],
  [ids.a, '2026-12-07T23:59:59.999Z', 'accept-all', yes, 'en', SITE, 10],
  [ids.d, '2027-01-01T10:00:00.000Z', 'reject-all', { ...no, partners: false }, 'fr', SITE, 9],
] as const

/** Stores {@link RECORDS}, each decided when it was received. */
export async function storeKnownRecords(store: Store) {
  for (const [id, receivedAt, method, categories, language, pageUrl, revision] of RECORDS)
    await store.add({
      ...sdkRecord({ id, method, categories, language, pageUrl, revision }),
      decidedAt: receivedAt,
      receivedAt,
    })
}
