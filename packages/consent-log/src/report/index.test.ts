import { expect, test } from 'vitest'
import { eachDatabase } from '../../test/databases.js'
import { KNOWN, page, table } from '../../test/report.js'
import { storeKnownRecords } from '../../test/stats.js'
import { openStore, type StatsBy, type Store, type TimeRange } from '../store/index.js'
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

eachDatabase('the report of known records on %s', (db) => {
  test('shows exactly their decisions, visitors and opt-in rates in its tables', async () => {
    const store = await openStore(db.url)
    let html: string
    try {
      await storeKnownRecords(store)
      const window = { from: '2026-11-29T00:00:00.000Z', to: '2027-01-02T00:00:00.000Z' }
      html = await report(store, window, { generatedAt: '2027-01-02T00:00:00.000Z' })
    } finally {
      await store.close()
    }
    // Visitor a decided three times: three decisions, one visitor, counted on 2026-12-07 under revision 10.
    expect(page(html).querySelector('header p')!.textContent).toBe(
      'Records received from 2026-11-29 up to, not including, 2027-01-02.',
    )
    expect([...page(html).querySelectorAll('dd')].map((dd) => dd.textContent)).toEqual(['6', '4'])
    expect(table(html, 'Decisions per category over the whole window')).toEqual([
      ['Category', 'Granted', 'Denied', 'Opt-in rate'],
      ['analytics', '3', '3', '50.0%'],
      ['necessary', '6', '0', '100.0%'],
      ['partners', '0', '1', '0.0%'],
    ])
    expect(table(html, 'Opt-in rate per category and period')).toEqual([
      ['Day', 'Decisions', 'analytics', 'necessary', 'partners'],
      ['2026-11-29', '1', '100.0%', '100.0%', '–'],
      ['2026-11-30', '2', '0.0%', '100.0%', '–'],
      ['2026-12-01', '1', '100.0%', '100.0%', '–'],
      ['2026-12-07', '1', '100.0%', '100.0%', '–'],
      ['2027-01-01', '1', '0.0%', '100.0%', '0.0%'],
    ])
    expect(table(html, 'Decisions per method')).toEqual([
      ['Method', 'Decisions', 'Share'],
      ['accept-all', '3', '50.0%'],
      ['custom', '1', '16.7%'],
      ['reject-all', '2', '33.3%'],
    ])
    expect(table(html, 'Decisions and opt-in rates per language')).toEqual([
      ['Language', 'Decisions', 'Visitors (consent ids)', 'analytics', 'necessary', 'partners'],
      ['de', '1', '1', '0.0%', '100.0%', '–'],
      ['en', '4', '2', '75.0%', '100.0%', '–'],
      ['fr', '1', '1', '0.0%', '100.0%', '0.0%'],
    ])
    expect(table(html, 'Decisions and opt-in rates per revision')).toEqual([
      ['Revision', 'Decisions', 'Visitors (consent ids)', 'analytics', 'necessary', 'partners'],
      ['1', '2', '0', '50.0%', '100.0%', '–'],
      ['2', '1', '1', '0.0%', '100.0%', '–'],
      ['9', '1', '1', '0.0%', '100.0%', '0.0%'],
      ['10', '2', '2', '100.0%', '100.0%', '–'],
    ])
  })
})
