// @vitest-environment node
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import { eachDatabase } from '../test/databases.js'
import { sdkRecord } from '../test/http.js'
import { runCli } from '../test/receiver.js'
import { COURSES, ids, SITE, storeKnownRecords } from '../test/stats.js'
import { createApp } from './app.js'
import { type Counts, openStore, STATS_BY, type Stats, type Store } from './store/index.js'
import { MIGRATIONS, SCHEMA_TABLE } from './store/migrations.js'
import { isoWeek } from './store/stats.js'

// The CLI tests start processes.
vi.setConfig({ testTimeout: 30_000 })

const TOKEN = 'a-token-of-the-dpo-that-is-long-enough-to-guess-never'
/** Counts as one line a reader can check against RECORDS. */
const line = ({ total, visitors, categories, methods }: Counts) =>
  `${total} decisions, ${visitors} visitors; analytics ${categories.analytics?.granted ?? 0} granted, ` +
  `${categories.analytics?.denied ?? 0} denied; ${Object.entries(methods)
    .sort()
    .map(([method, n]) => `${method} ${n}`)
    .join(', ')}`
const series = (stats: Stats) => stats.series?.map((entry) => `${entry.key}: ${line(entry)}`)

const WHOLE = { from: '1970-01-01T00:00:00.000Z', to: '9999-12-31T23:59:59.999Z' }

// Visitor a's decision in force is their last one, of 2026-12-07: they count there, and only there.
const EXPECTED_SERIES = {
  day: [
    '2026-11-29: 1 decisions, 0 visitors; analytics 1 granted, 0 denied; accept-all 1',
    '2026-11-30: 2 decisions, 1 visitors; analytics 0 granted, 2 denied; custom 1, reject-all 1',
    '2026-12-01: 1 decisions, 1 visitors; analytics 1 granted, 0 denied; accept-all 1',
    '2026-12-07: 1 decisions, 1 visitors; analytics 1 granted, 0 denied; accept-all 1',
    '2027-01-01: 1 decisions, 1 visitors; analytics 0 granted, 1 denied; reject-all 1',
  ],
  week: [
    '2026-W48: 1 decisions, 0 visitors; analytics 1 granted, 0 denied; accept-all 1',
    '2026-W49: 3 decisions, 2 visitors; analytics 1 granted, 2 denied; accept-all 1, custom 1, reject-all 1',
    '2026-W50: 1 decisions, 1 visitors; analytics 1 granted, 0 denied; accept-all 1',
    '2026-W53: 1 decisions, 1 visitors; analytics 0 granted, 1 denied; reject-all 1',
  ],
  month: [
    '2026-11: 3 decisions, 1 visitors; analytics 1 granted, 2 denied; accept-all 1, custom 1, reject-all 1',
    '2026-12: 2 decisions, 2 visitors; analytics 2 granted, 0 denied; accept-all 2',
    '2027-01: 1 decisions, 1 visitors; analytics 0 granted, 1 denied; reject-all 1',
  ],
  language: [
    'de: 1 decisions, 1 visitors; analytics 0 granted, 1 denied; reject-all 1',
    'en: 4 decisions, 2 visitors; analytics 3 granted, 1 denied; accept-all 3, custom 1',
    'fr: 1 decisions, 1 visitors; analytics 0 granted, 1 denied; reject-all 1',
  ],
  page: [
    `${SITE}: 4 decisions, 2 visitors; analytics 2 granted, 2 denied; accept-all 2, custom 1, reject-all 1`,
    `${COURSES}: 2 decisions, 2 visitors; analytics 1 granted, 1 denied; accept-all 1, reject-all 1`,
  ],
  revision: [
    '1: 2 decisions, 0 visitors; analytics 1 granted, 1 denied; accept-all 1, custom 1',
    '2: 1 decisions, 1 visitors; analytics 0 granted, 1 denied; reject-all 1',
    '9: 1 decisions, 1 visitors; analytics 0 granted, 1 denied; reject-all 1',
    '10: 2 decisions, 2 visitors; analytics 2 granted, 0 denied; accept-all 2',
  ],
}

test('names the ISO week of a day, whose year is its Thursday’s', () => {
  const days = ['2020-12-31', '2021-01-03', '2021-01-04', '2024-12-29', '2024-12-30', '2026-06-15', '2027-01-01']
  expect(days.map(isoWeek)).toEqual([
    '2020-W53',
    '2020-W53',
    '2021-W01',
    '2024-W52',
    '2025-W01',
    '2026-W25',
    '2026-W53',
  ])
})

eachDatabase('consent rates on %s', (db) => {
  let store: Store
  let app: FastifyInstance
  let origin: string
  beforeAll(async () => {
    store = await openStore(db.url)
    await storeKnownRecords(store)
    app = await createApp({ store, token: TOKEN, origins: [], rateLimit: 0, logLevel: 'silent' })
    origin = await app.listen({ port: 0, host: '127.0.0.1' })
  })
  afterAll(async () => {
    await app?.close()
    await store?.close()
  })

  test('counts every decision, each visitor once, and each category granted or denied', async () => {
    expect(await store.stats(WHOLE)).toEqual({
      ...WHOLE,
      total: 6,
      visitors: 4,
      categories: {
        analytics: { granted: 3, denied: 3 },
        necessary: { granted: 6, denied: 0 },
        partners: { granted: 0, denied: 1 },
      },
      methods: { 'accept-all': 3, custom: 1, 'reject-all': 2 },
    })
  })

  test('a second receiver on the same database counts the same, the moment a record is stored or deleted', async () => {
    const second = await openStore(db.url)
    try {
      const receivedAt = '2027-01-01T11:00:00.000Z'
      const hour = { from: receivedAt, to: '2027-01-01T12:00:00.000Z' }
      // Visitor d decides again: their visit moves to the new decision, on both receivers.
      expect(await store.add({ ...sdkRecord({ id: ids.d }), decidedAt: receivedAt, receivedAt })).toBe('stored')
      expect(await second.stats(WHOLE, 'day')).toEqual(await store.stats(WHOLE, 'day'))
      expect(line(await second.stats(hour))).toBe('1 decisions, 1 visitors; analytics 1 granted, 0 denied; custom 1')
      expect([(await second.stats(WHOLE)).total, (await second.stats(WHOLE)).visitors]).toEqual([7, 4])
      // Deleted by hand, as an operator may: the visit goes back to d's decision before.
      await db.sql(`DELETE FROM consent_records WHERE consent_id = '${ids.d}' AND revision = 1`)
      expect(line(await second.stats(hour))).toBe('0 decisions, 0 visitors; analytics 0 granted, 0 denied; ')
      expect(series(await second.stats(WHOLE, 'day'))).toEqual(EXPECTED_SERIES.day)
      expect([(await second.stats(WHOLE)).total, (await second.stats(WHOLE)).visitors]).toEqual([6, 4])
    } finally {
      await second.close()
    }
  })

  test('a decision that arrives after a newer one of the same visitor adds a decision, not a visitor', async () => {
    const late = '2027-01-02T09:00:00.000Z'
    // Decided on 2026-12-31, before d's decision of 2027-01-01, and received after it (an offline queue).
    const record = { ...sdkRecord({ id: ids.d }), decidedAt: '2026-12-31T10:00:00.000Z', receivedAt: late }
    expect(await store.add(record)).toBe('stored')
    try {
      expect(line(await store.stats({ from: late, to: '2027-01-03' }))).toBe(
        '1 decisions, 0 visitors; analytics 1 granted, 0 denied; custom 1',
      )
      expect((await store.stats(WHOLE)).visitors).toBe(4)
    } finally {
      await db.sql(`DELETE FROM consent_records WHERE received_at = '${late}'`)
    }
    expect(line(await store.stats(WHOLE))).toBe(
      '6 decisions, 4 visitors; analytics 3 granted, 3 denied; accept-all 3, custom 1, reject-all 2',
    )
  })

  test('counts per UTC day, ISO week, month, language, page and revision, in order', async () => {
    for (const by of STATS_BY) {
      const stats = await store.stats(WHOLE, by)
      expect([stats.by, stats.total, stats.visitors, series(stats)]).toEqual([by, 6, 4, EXPECTED_SERIES[by]])
    }
  })

  test('counts the records received from the window’s first moment, up to and not at its end', async () => {
    const windows = [
      // Whole days, from midnight to midnight.
      [
        '2026-11-30T00:00:00.000Z',
        '2026-12-08T00:00:00.000Z',
        '4 decisions, 3 visitors; analytics 2 granted, 2 denied; accept-all 2, custom 1, reject-all 1',
      ],
      // One millisecond in from each end.
      [
        '2026-11-30T00:00:00.001Z',
        '2026-12-07T23:59:59.999Z',
        '2 decisions, 2 visitors; analytics 1 granted, 1 denied; accept-all 1, reject-all 1',
      ],
      // A record received at the window's end is not in it; a millisecond later, it is.
      [
        '2026-11-30T12:00:00.000Z',
        '2026-12-01T08:00:00.000Z',
        '1 decisions, 1 visitors; analytics 0 granted, 1 denied; reject-all 1',
      ],
      [
        '2026-11-30T12:00:00.000Z',
        '2026-12-01T08:00:00.001Z',
        '2 decisions, 2 visitors; analytics 1 granted, 1 denied; accept-all 1, reject-all 1',
      ],
      // Visitor a's first decision: a decision, and no visitor, since a decided again later.
      [
        '2026-11-29T23:59:59.999Z',
        '2026-11-30T00:00:00.000Z',
        '1 decisions, 0 visitors; analytics 1 granted, 0 denied; accept-all 1',
      ],
      [
        '2026-12-02T00:00:00.000Z',
        '2026-12-07T23:59:59.999Z',
        '0 decisions, 0 visitors; analytics 0 granted, 0 denied; ',
      ],
    ]
    for (const [from, to, counted] of windows)
      expect([from, to, line(await store.stats({ from: from!, to: to! }))]).toEqual([from, to, counted])
  })

  test('GET /stats answers the same JSON, for the whole log and for every by', async () => {
    const get = async (query: string) =>
      (await fetch(`${origin}/stats${query}`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json()
    expect(await get('')).toEqual(await store.stats(WHOLE))
    for (const by of STATS_BY) expect(series(await get(`?by=${by}`))).toEqual(EXPECTED_SERIES[by])
    expect(line(await get('?from=2026-11-30T00:00:00.001Z&to=2026-12-07T23:59:59.998Z'))).toBe(
      '2 decisions, 2 visitors; analytics 1 granted, 1 denied; accept-all 1, reject-all 1',
    )
  })

  test('GET /stats answers 401 without the token, and 400 for a window or by it cannot read', async () => {
    for (const authorization of [undefined, 'Bearer wrong', `Basic ${TOKEN}`]) {
      const answer = await fetch(`${origin}/stats`, { headers: authorization ? { Authorization: authorization } : {} })
      expect([answer.status, answer.headers.get('www-authenticate'), await answer.json()]).toEqual([
        401,
        'Bearer',
        { error: 'a valid bearer token is required' },
      ])
      expect(answer.headers.get('cache-control')).toBe('no-store')
    }
    const status = async (query: string) =>
      (await fetch(`${origin}/stats${query}`, { headers: { Authorization: `Bearer ${TOKEN}` } })).status
    for (const query of ['?by=year', '?by=day&by=week', '?from=yesterday', '?to=10000-01-01', '?from=1969-12-31'])
      expect([query, await status(query)]).toEqual([query, 400])
  })

  test('aufum-consent-log stats prints the same JSON, for every --by, and refuses an unknown --by', async () => {
    const printed = async (...args: string[]) => {
      const { code, stdout, stderr } = await runCli(['stats', '--db', db.url, ...args])
      expect([code, stderr]).toEqual([0, ''])
      return JSON.parse(stdout) as Stats
    }
    expect(await printed()).toEqual(await store.stats(WHOLE))
    for (const by of STATS_BY) expect(series(await printed('--by', by))).toEqual(EXPECTED_SERIES[by])
    expect(line(await printed('--from', '2026-11-30', '--to', '2026-12-01T08:00:01Z'))).toBe(
      '3 decisions, 2 visitors; analytics 1 granted, 2 denied; accept-all 1, custom 1, reject-all 1',
    )
    const refused = await runCli(['stats', '--db', db.url, '--by', 'year'])
    expect([refused.code, refused.stderr]).toEqual([2, expect.stringContaining('--by must be one of day, week')])
  })

  test('stops counting the records that prune deleted', async () => {
    expect(await store.prune('2026-11-30T00:00:00.000Z', 1000)).toBe(1)
    expect(line(await store.stats(WHOLE))).toBe(
      '5 decisions, 4 visitors; analytics 2 granted, 3 denied; accept-all 2, custom 1, reject-all 2',
    )
    expect((await store.stats(WHOLE, 'day')).series?.map((entry) => entry.key)).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-07',
      '2027-01-01',
    ])
  })
})

eachDatabase('the summary behind stats on %s', (db, kind) => {
  /** Decisions and visitors per language, counted from the records themselves, one by one. */
  const recount = async () => {
    const rows = await db.sql(`SELECT language, count(*) AS total, sum(CASE WHEN NOT EXISTS (
        SELECT 1 FROM consent_records AS later WHERE later.consent_id = r.consent_id
          AND (later.decided_at > r.decided_at OR (later.decided_at = r.decided_at AND later.seq > r.seq))
      ) THEN 1 ELSE 0 END) AS visitors FROM consent_records AS r GROUP BY language ORDER BY language`)
    return rows.map((row) => `${row.language}: ${Number(row.total)} decisions, ${Number(row.visitors)} visitors`)
  }
  const counted = async (store: Store) =>
    (await store.stats(WHOLE, 'language')).series!.map(
      (entry) => `${entry.key}: ${entry.total} decisions, ${entry.visitors} visitors`,
    )

  test('counts, when a log of schema version 1 is migrated, the records it held, each visitor at their newest', async () => {
    for (const statement of [SCHEMA_TABLE, ...MIGRATIONS[0]![kind].split(';')].filter((sql) => sql.trim()))
      await db.sql(statement)
    await db.sql(`INSERT INTO aufum_schema (version, applied_at) VALUES (1, '2026-01-01T00:00:00.000Z')`)
    const at = (day: number) => `2026-04-0${day}T12:00:00.000Z`
    const rows = [
      [ids.a, at(1), 'en'],
      [ids.a, at(3), 'de'],
      [ids.b, at(2), 'en'],
      [ids.a, at(2), 'fr'],
    ].map(([id, time, language]) => `('${id}', '${time}', '${time}', 1, 'custom', '{}', '${language}', '${SITE}')`)
    await db.sql(`INSERT INTO consent_records (consent_id, decided_at, received_at, revision, method, categories,
      language, page_url) VALUES ${rows.join(', ')}`)
    const store = await openStore(db.url)
    try {
      expect(await counted(store)).toEqual([
        'de: 1 decisions, 1 visitors',
        'en: 2 decisions, 1 visitors',
        'fr: 1 decisions, 0 visitors',
      ])
      expect(await counted(store)).toEqual(await recount())
    } finally {
      await store.close()
    }
  })

  test('matches a count of the records after statements that store and delete many at once, and parallel receivers', async () => {
    const store = await openStore(db.url)
    const second = await openStore(db.url)
    try {
      // Three decisions of each of four visitors in one INSERT, in no particular order of time.
      const rows = Object.values(ids).flatMap((id, v) =>
        [3, 1, 2].map((hour, n) => {
          const at = `2026-05-0${1 + n}T0${hour}:00:00.000Z`
          const choice = JSON.stringify({ analytics: (v + n) % 2 === 0, necessary: true })
          return `('${id}', '${at}', '${at}', 1, 'custom', '${choice}', '${['en', 'de', 'fr'][(v + n) % 3]}', '${SITE}')`
        }),
      )
      await db.sql(`INSERT INTO consent_records (consent_id, decided_at, received_at, revision, method, categories,
        language, page_url) VALUES ${rows.join(', ')}`)
      expect(await counted(store)).toEqual(await recount())
      expect((await store.stats(WHOLE)).visitors).toBe(4)
      // One DELETE takes the decision in force of every visitor, and some before it.
      await db.sql(`DELETE FROM consent_records WHERE received_at >= '2026-05-02T02:00:00.000Z'`)
      expect(await counted(store)).toEqual(await recount())
      // Two receivers store new decisions of the same visitors at the same time.
      await Promise.all(
        [store, second, store, second].flatMap((receiver, n) =>
          Object.values(ids).map((id) => {
            const at = `2026-06-01T10:00:0${n}.000Z`
            return receiver.add({ ...sdkRecord({ id, language: n % 2 ? 'de' : 'en' }), decidedAt: at, receivedAt: at })
          }),
        ),
      )
      expect(await counted(second)).toEqual(await recount())
      expect(await counted(store)).toEqual(await counted(second))
      expect((await second.stats(WHOLE)).visitors).toBe(4)
    } finally {
      await second.close()
      await store.close()
    }
  })
})
