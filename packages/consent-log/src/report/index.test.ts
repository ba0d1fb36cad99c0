import { expect, test } from 'vitest'
import { KNOWN } from '../../test/report.js'
import type { StatsBy, Store, TimeRange } from '../store/index.js'
import { periodFor, report } from './index.js'

const range = (days: number): TimeRange => ({
  from: '2026-01-01T00:00:00.000Z',
  to: new Date(Date.parse('2026-01-01T00:00:00.000Z') + days * 86_400_000).toISOString(),
})

test('charts a window of up to 62 days by day, up to two years by week, and a longer one by month', () => {
  expect([1, 62, 63, 732, 733, 20_000].map((days) => periodFor(range(days)))).toEqual([
    'day',
    'day',
    'week',
    'week',
    'month',
    'month',
  ])
})

test('asks the store for the window’s counts, by period, by language and by revision, and shows them', async () => {
  const asked: [TimeRange, StatsBy | undefined][] = []
  const answers = { day: KNOWN.overTime, language: KNOWN.byLanguage, revision: KNOWN.byRevision }
  // Only `stats` is called: anything else would throw.
  const store = {
    stats: async (window: TimeRange, by?: StatsBy) => {
      asked.push([window, by])
      return by ? answers[by as keyof typeof answers] : KNOWN.overall
    },
  } as Partial<Store> as Store
  const html = await report(store, range(2), { lang: 'de', generatedAt: '2026-01-03T00:00:00.000Z' })
  expect(asked).toEqual([
    [range(2), undefined],
    [range(2), 'day'],
    [range(2), 'language'],
    [range(2), 'revision'],
  ])
  expect(html).toContain('<html lang="de">')
  expect(html).toContain('<th scope="row">2026-11-30</th>')
  expect(html).toContain('<th scope="row">en</th>')
})
