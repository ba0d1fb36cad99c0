// @vitest-environment node
// A 2xx means committed: receivers killed with SIGKILL in the middle of a burst lose no acknowledged record and
// store none twice, on each database, and across two receivers sharing one PostgreSQL.
import { setTimeout as sleep } from 'node:timers/promises'
import { expect, test, vi } from 'vitest'
import { eachDatabase, type TestDatabase, testDatabase } from '../test/databases.js'
import { sdkRecord } from '../test/http.js'
import { exported, type Receiver, startReceiver } from '../test/receiver.js'

vi.setConfig({ testTimeout: 60_000 })

const RECORDS = 600
const IN_FLIGHT = 40
const UNLIMITED = ['--rate-limit', '0']

type SdkRecord = ReturnType<typeof sdkRecord>

/** POSTs a record; the status, or 0 when the connection was refused, cut or timed out. */
const send = (receiver: Receiver, record: SdkRecord) =>
  fetch(`${receiver.url}/consent`, {
    method: 'POST',
    body: JSON.stringify(record),
    signal: AbortSignal.timeout(5000),
  }).then(
    (response) => response.status,
    () => 0,
  )

/**
 * Sends `RECORDS` new records, `IN_FLIGHT` at a time, each until a 2xx acknowledges it, as the SDK's queue does: a
 * failed attempt is retried after 50 ms, on `to(attempt)`. Bounded: 40 s, 400 attempts a record.
 *
 * @param afterAck Told the number of records acknowledged so far, after each acknowledgement.
 */
async function burst(to: (attempt: number) => Receiver, afterAck: (acknowledged: number) => void = () => {}) {
  const records = Array.from({ length: RECORDS }, () => sdkRecord())
  const deadline = Date.now() + 40_000
  let next = 0
  let acknowledged = 0
  const worker = async () => {
    while (next < records.length) {
      const record = records[next++]!
      for (let attempt = 0; ; attempt++) {
        if (attempt === 400 || Date.now() > deadline) throw new Error(`${record.id} was never acknowledged`)
        const status = await send(to(attempt), record)
        if (status === 200 || status === 201) break
        if (status !== 0 && status < 500) throw new Error(`${record.id} was refused with ${status}`)
        await sleep(50)
      }
      afterAck(++acknowledged)
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker))
  return records
}

/** Every record acknowledged is in the database exactly once, as it was sent. */
async function expectStoredOnce(db: TestDatabase, records: SdkRecord[]) {
  const stored = await exported(db.url)
  const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.id).localeCompare(String(b.id))
  expect(stored.sort(byId)).toEqual(records.map((r) => ({ ...r, receivedAt: expect.any(String) })).sort(byId))
}

eachDatabase('kill -9 on %s', (db) => {
  test('a burst at 40 in flight survives two SIGKILLs of the receiver: every acknowledged record is stored once', async () => {
    let receiver = await startReceiver(db.url, UNLIMITED)
    const port = String(receiver.port)
    const kills: number[] = []
    let restarted = Promise.resolve()
    try {
      const records = await burst(
        () => receiver,
        (acknowledged) => {
          if (acknowledged !== 150 && acknowledged !== 350) return
          restarted = (async () => {
            await receiver.stop('SIGKILL')
            kills.push(acknowledged)
            receiver = await startReceiver(db.url, [...UNLIMITED, '--port', port])
          })()
        },
      )
      await restarted
      expect(kills).toEqual([150, 350])
      await expectStoredOnce(db, records)
    } finally {
      await restarted
      await receiver.stop()
    }
  })
})

test('two receivers on one PostgreSQL: a record sent to both at once is stored once; one killed mid-burst loses nothing', async () => {
  if (!process.env.AUFUM_TEST_POSTGRES_URL) throw new Error('AUFUM_TEST_POSTGRES_URL is not set: see test/databases.ts')
  const db = await testDatabase('postgres')
  const [a, b] = await Promise.all([startReceiver(db.url, UNLIMITED), startReceiver(db.url, UNLIMITED)])
  try {
    // The unique key in the database settles the race between the two.
    const raced = Array.from({ length: 50 }, () => sdkRecord())
    const answers = await Promise.all(raced.map((r) => Promise.all([send(a, r), send(b, r)])))
    expect(answers.map((pair) => pair.sort())).toEqual(raced.map(() => [200, 201]))

    // A load balancer's round robin: a record that fails on one receiver is retried on the other.
    const records = await burst(
      (attempt) => (attempt % 2 ? b : a),
      (acknowledged) => {
        if (acknowledged === 200) a.child.kill('SIGKILL')
      },
    )
    expect(a.child.signalCode).toBe('SIGKILL')
    await expectStoredOnce(db, [...raced, ...records])
  } finally {
    await Promise.all([a.stop(), b.stop()])
    await db.drop()
  }
})
