// @vitest-environment node
import { setTimeout as sleep } from 'node:timers/promises'
import { expect, test, vi } from 'vitest'
import { eachDatabase } from '../test/databases.js'
import { sdkRecord } from '../test/http.js'
import { startReceiver } from '../test/receiver.js'
import { retain } from './retention.js'
import { openStore, type Store } from './store/index.js'

// The receiver's test compiles the CLI first: seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 })

const DAY = 86_400_000
const received = (days: number) => new Date(Date.now() - days * DAY).toISOString()

/** Stores a record received `days` ago; resolves to its consent id. */
async function receivedDaysAgo(store: Store, days: number): Promise<string> {
  const record = { ...sdkRecord(), receivedAt: received(days) }
  expect(await store.add(record)).toBe('stored')
  return record.id
}

const ids = async (store: Store) =>
  (await store.page({ from: '1970-01-01T00:00:00.000Z', to: '9999-12-31T00:00:00.000Z' }, 0, 1000)).map(
    (entry) => entry.record.id,
  )

/** Polls until `check` holds, for up to 10 s. */
async function eventually(check: () => boolean | Promise<boolean>) {
  for (let waited = 0; !(await check()); waited += 50) {
    if (waited > 10_000) throw new Error('not within 10 s')
    await sleep(50)
  }
}

eachDatabase('retention on %s', (db) => {
  test('deletes at start the records received more than N days ago, exactly those, and logs how many', async () => {
    const store = await openStore(db.url)
    const log: string[] = []
    try {
      const old = [await receivedDaysAgo(store, 400), await receivedDaysAgo(store, 366)]
      const kept = [await receivedDaysAgo(store, 364), await receivedDaysAgo(store, 0)]
      const retention = retain(store, { days: 365, log: (line) => log.push(line) })
      await retention.started
      await retention.stop()
      expect(log).toEqual([
        expect.stringMatching(/^aufum-consent-log: retention deleted 2 record\(s\) received before \d{4}-.+Z$/),
      ])
      const left = await ids(store)
      expect([old.filter((id) => left.includes(id)), kept.filter((id) => left.includes(id))]).toEqual([[], kept])
    } finally {
      await store.close()
    }
  })

  test('deletes again at every interval the records that have since passed the limit, until stopped', async () => {
    const store = await openStore(db.url)
    const log: string[] = []
    try {
      const retention = retain(store, { days: 30, every: 100, log: (line) => log.push(line) })
      await retention.started
      const later = await receivedDaysAgo(store, 31)
      const kept = await receivedDaysAgo(store, 29)
      await eventually(async () => !(await ids(store)).includes(later))
      await retention.stop()
      expect(log).toContainEqual(expect.stringContaining('retention deleted 1 record(s)'))
      const runs = log.length
      await sleep(300)
      expect(log).toHaveLength(runs)
      expect(await ids(store)).toContain(kept)
    } finally {
      await store.close()
    }
  })

  test('serve --retain-days deletes at start-up what is past the limit, and logs it after where it listens', async () => {
    const store = await openStore(db.url)
    let old: string
    let kept: string
    try {
      old = await receivedDaysAgo(store, 800)
      kept = await receivedDaysAgo(store, 1)
    } finally {
      await store.close()
    }
    const receiver = await startReceiver(db.url, ['--retain-days', '730'])
    try {
      await eventually(() => receiver.stdout().includes('retention deleted'))
      expect(receiver.stdout()).toMatch(
        /^aufum-consent-log: http:\/\/.+\naufum-consent-log: retention deleted 1 record\(s\) received before /,
      )
    } finally {
      await receiver.stop()
    }
    const reopened = await openStore(db.url)
    try {
      const left = await ids(reopened)
      expect([left.includes(old), left.includes(kept)]).toEqual([false, true])
    } finally {
      await reopened.close()
    }
  })
})
