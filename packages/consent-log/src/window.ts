// Times outside these become "+010000-…" or "-000001-…", which SQLite compares as text (past every date) and
// PostgreSQL refuses.
/** The earliest time a window may start at, and its default start. */
export const EARLIEST = '1970-01-01T00:00:00.000Z'
/** The latest time a window may end at, and its default end. */
export const LATEST = '9999-12-31T23:59:59.999Z'

/**
 * A `from` or `to` that a user wrote, as ISO 8601 UTC.
 *
 * @param text A date or time that `Date` reads, such as `2026-01-31` or `2026-01-31T12:00:00Z`.
 * @returns The time, or undefined when it is no time or lies outside 1970 to 9999.
 */
export function instant(text: string): string | undefined {
  const value = new Date(text)
  const iso = Number.isNaN(value.getTime()) ? '' : value.toISOString()
  return iso >= EARLIEST && iso <= LATEST ? iso : undefined
}
