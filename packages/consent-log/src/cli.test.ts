// @vitest-environment node
import { once } from 'node:events'
import { statSync } from 'node:fs'
import { connect } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { expect, test, vi } from 'vitest'
import { eachDatabase, testDatabase } from '../test/databases.js'
import { post, raw, sdkRecord } from '../test/http.js'
import { exported, type Receiver, runCli, startReceiver } from '../test/receiver.js'
import { openStore } from './store/index.js'

// Each test starts processes, and the first compiles the CLI: seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 })

const DAY = 86_400_000
const TOKEN = 'b'.repeat(40)

eachDatabase('aufum-consent-log on %s', (db) => {
  test('serve stores what the site posts; export writes it as NDJSON for an audit, within --from and --to', async () => {
    const receiver = await startReceiver(db.url, ['--origins', 'https://www.aufum.com'])
    const records = [sdkRecord({ method: 'accept-all' }), sdkRecord({ method: 'reject-all' })]
    try {
      for (const record of records)
        expect((await post(receiver.url, record, { Origin: 'https://www.aufum.com' })).status).toBe(201)
    } finally {
      await receiver.stop()
    }
    const all = await exported(db.url)
    expect(all.slice(-2)).toEqual(records.map((record) => ({ ...record, receivedAt: expect.any(String) })))
    expect(await exported(db.url, '--from', new Date(Date.now() + DAY).toISOString())).toEqual([])
    expect(await exported(db.url, '--to', '2020-01-01')).toEqual([])
  })

  test('prune deletes the records received more than N days ago, and only those', async () => {
    const store = await openStore(db.url)
    const received = (days: number) => new Date(Date.now() - days * DAY).toISOString()
    const old = { ...sdkRecord(), receivedAt: received(400) }
    const recent = { ...sdkRecord(), receivedAt: received(10) }
    try {
      expect(await store.add(old)).toBe('stored')
      expect(await store.add(recent)).toBe('stored')
    } finally {
      await store.close()
    }
    const pruned = await runCli(['prune', '--db', db.url, '--older-than-days', '365'])
    expect(pruned).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^aufum-consent-log: deleted 1 record\(s\)/),
    })
    const ids = (await exported(db.url)).map((record) => record.id)
    expect([ids.includes(old.id), ids.includes(recent.id)]).toEqual([false, true])
  })

  test('export and prune refuse a date out of range with a usage error, and touch nothing', async () => {
    for (const args of [
      ['export', '--from', '10000-01-01'],
      ['export', '--to', '1969-12-31'],
      ['prune', '--older-than-days', '99999999999'],
    ]) {
      const refused = await runCli([...args, '--db', db.url])
      expect([refused.code, refused.stderr]).toEqual([2, expect.stringContaining(`${args[1]} must be`)])
    }
  })

  test('keeps its schema version in the database, and refuses one a newer release wrote', async () => {
    // The previous tests created and migrated the schema.
    expect(await db.sql('SELECT version FROM aufum_schema ORDER BY version')).toEqual([{ version: 1 }, { version: 2 }])
    await db.sql(`INSERT INTO aufum_schema (version, applied_at) VALUES (99, '${new Date().toISOString()}')`)
    try {
      const refused = await runCli(['export', '--db', db.url])
      expect(refused.code).toBe(1)
      expect(refused.stderr).toContain("the database's schema is version 99, newer than this aufum-consent-log (2)")
      await expect(startReceiver(db.url)).rejects.toThrow('newer than this aufum-consent-log')
    } finally {
      await db.sql('DELETE FROM aufum_schema WHERE version = 99')
    }
  })
})

test('the token reads, on the real process; a short token, a wrong --db or a wrong option is refused at start', async () => {
  const db = await testDatabase('sqlite')
  try {
    const receiver = await startReceiver(db.url, [], { AUFUM_CONSENT_LOG_TOKEN: TOKEN })
    const record = sdkRecord()
    try {
      await post(receiver.url, record)
      const read = (token: string) =>
        fetch(`${receiver.url}/consent/${record.id}`, { headers: { Authorization: `Bearer ${token}` } })
      expect((await read(TOKEN)).status).toBe(200)
      expect((await read('b'.repeat(39))).status).toBe(401)
    } finally {
      await receiver.stop()
    }
    const short = await runCli(['serve', '--db', db.url], { AUFUM_CONSENT_LOG_TOKEN: 'secret' })
    expect([short.code, short.stderr]).toEqual([2, expect.stringContaining('must be at least 32 characters')])
    const mysql = await runCli(['serve', '--db', 'mysql://root:pw@localhost/log'])
    expect([mysql.code, mysql.stderr]).toEqual([
      1,
      expect.stringContaining('--db must be sqlite:<file> or postgres://'),
    ])
    expect(mysql.stderr).not.toContain('pw')
    const unknown = await runCli(['serve', '--prot', '80'])
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('Usage:')])
  } finally {
    await db.drop()
  }
})

test('report without --html, and serve with --retain-days 0, stop with a usage error', async () => {
  const db = await testDatabase('sqlite')
  try {
    const report = await runCli(['report', '--db', db.url])
    expect([report.code, report.stderr]).toEqual([2, expect.stringContaining('report needs --html <file>')])
    const retain = await runCli(['serve', '--db', db.url, '--retain-days', '0'])
    expect([retain.code, retain.stderr]).toEqual([
      2,
      expect.stringContaining('--retain-days must be a whole number from 1 to 36500'),
    ])
  } finally {
    await db.drop()
  }
})

test('answers every malformed request with a 4xx, and the process keeps running', async () => {
  const db = await testDatabase('sqlite')
  let receiver: Receiver | undefined
  try {
    receiver = await startReceiver(db.url)
    const { port } = receiver
    const answers = await Promise.all([
      raw(port, 'GET //[ HTTP/1.1\r\nHost: log\r\n\r\n'),
      raw(port, 'GET /consent/%zz%00 HTTP/1.1\r\nHost: log\r\n\r\n'),
      raw(port, 'GET http://[::1/consent HTTP/1.1\r\nHost: log\r\n\r\n'),
      raw(port, 'POST /consent HTTP/1.1\r\nHost: [\r\nContent-Length: 2\r\n\r\n{}'),
      raw(port, 'GET /health HTTP/1.1\r\n\r\n'),
      raw(port, '\u0000\u0001\u0002 garbage \u00ff\r\n\r\n'),
      raw(port, `GET /health HTTP/1.1\r\nHost: log\r\nX-Flood: ${'a'.repeat(20_000)}\r\n\r\n`),
      raw(port, `GET /health HTTP/1.1\r\nHost: log\r\n${'X-Many: 1\r\n'.repeat(3000)}\r\n`),
      raw(port, 'POST /consent HTTP/1.1\r\nHost: log\r\nContent-Length: abc\r\n\r\n{}'),
      raw(port, 'POST /consent HTTP/1.1\r\nHost: log\r\nContent-Length: 999999999\r\n\r\n{'),
      raw(port, 'POST /consent HTTP/1.1\r\nHost: log\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n'),
      raw(port, 'POST /consent HTTP/1.1\r\nHost: log\r\nContent-Type: ;;;\r\nContent-Length: 4\r\n\r\nnull'),
      raw(port, 'POST /consent HTTP/1.1\r\nHost: log\r\nContent-Length: 14\r\n\r\n{"__proto__":1'),
      raw(port, 'POST /consent HTTP/1.1\r\nHost: log\r\nContent-Length: 4\r\n\r\n\u00ff\u00fe\u0000{'),
      raw(port, 'DELETE /consent HTTP/1.1\r\nHost: log\r\n\r\n'),
    ])
    for (const answer of answers) expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /)
    expect(receiver.child.exitCode).toBeNull()
    expect((await fetch(`${receiver.url}/health`)).status).toBe(200)
    expect((await post(receiver.url, sdkRecord())).status).toBe(201)
  } finally {
    await receiver?.stop()
    await db.drop()
  }
})

test('refuses at start a --db that would keep nothing, naming it, so that no 2xx is ever answered for a lost record', async () => {
  const kinds = [
    'sqlite:',
    'sqlite:  ',
    'sqlite::memory:',
    'sqlite:file::memory:?cache=shared',
    'sqlite:file:log?mode=memory',
  ]
  const refusals = await Promise.all(kinds.map((db) => runCli(['serve', '--port', '0', '--db', db])))
  for (const [i, refused] of refusals.entries())
    expect([refused.code, refused.stderr]).toEqual([2, expect.stringContaining(`--db "${kinds[i]}" keeps nothing`)])
})

test('accepts --origins as copied from the address bar, and refuses at start an entry that is not an origin', async () => {
  const db = await testDatabase('sqlite')
  try {
    const receiver = await startReceiver(db.url, ['--origins', ' https://www.aufum.com/ , HTTPS://Aufum.com:443'])
    try {
      for (const site of ['https://www.aufum.com', 'https://aufum.com'])
        expect((await post(receiver.url, sdkRecord(), { Origin: site })).status).toBe(201)
    } finally {
      await receiver.stop()
    }
    const wrong = [
      'https://www.aufum.com/courses',
      'https://www.aufum.com/?utm=x',
      'https://www.aufum.com/#top',
      'https://ann:pw@www.aufum.com',
      'ftp://www.aufum.com',
      'www.aufum.com',
    ]
    const refusals = await Promise.all(
      wrong.map((entry) => runCli(['serve', '--port', '0', '--db', db.url, '--origins', entry])),
    )
    for (const [i, refused] of refusals.entries())
      expect([refused.code, refused.stderr]).toEqual([2, expect.stringContaining(`"${wrong[i]}" is not an origin`)])
  } finally {
    await db.drop()
  }
})

test('creates the SQLite database and its -wal and -shm files readable by their owner only', async () => {
  const db = await testDatabase('sqlite')
  const file = db.url.slice('sqlite:'.length)
  const receiver = await startReceiver(db.url)
  try {
    expect((await post(receiver.url, sdkRecord())).status).toBe(201)
    for (const path of [file, `${file}-wal`, `${file}-shm`])
      expect([path, statSync(path).mode & 0o777]).toEqual([path, 0o600])
  } finally {
    await receiver.stop()
    await db.drop()
  }
})

test.each(['SIGTERM', 'SIGINT'] as const)(
  'on %s, answers the request in flight, then stops and says so',
  async (signal) => {
    const db = await testDatabase('sqlite')
    const receiver = await startReceiver(db.url)
    let stdout = ''
    receiver.child.stdout!.on('data', (chunk) => {
      stdout += chunk
    })
    try {
      const body = JSON.stringify(sdkRecord())
      const socket = connect(receiver.port, '127.0.0.1')
      let answer = ''
      socket.on('data', (data) => {
        answer += data
      })
      socket.write(`POST /consent HTTP/1.1\r\nHost: log\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`)
      // Time for the receiver to take the request in, so that the signal finds it in flight.
      await sleep(500)
      const exited = once(receiver.child, 'exit')
      const closed = once(socket, 'close')
      receiver.child.kill(signal)
      await sleep(200)
      socket.end(body.slice(10))
      const [[code]] = await Promise.all([exited, closed])
      expect(code).toBe(0)
      expect(answer).toMatch(/^HTTP\/1\.1 201 /)
      expect(stdout).toContain(`aufum-consent-log: stopped on ${signal}`)
    } finally {
      await receiver.stop()
      await db.drop()
    }
  },
)
