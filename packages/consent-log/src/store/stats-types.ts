/** How a `stats` series is grouped. */
export type StatsBy = 'day' | 'week' | 'month' | 'language' | 'page' | 'revision'
/** Counts over a set of records. */
export interface Counts {
  total: number
  visitors: number
  categories: Record<string, { granted: number; denied: number }>
  methods: Record<string, number>
}
/** What `stats` answers: the counts over the window, and a series when grouped. */
export interface Stats extends Counts {
  from: string
  to: string
  by?: StatsBy
  series?: (Counts & { key: string })[]
}
