// @vitest-environment node
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'

const SERVER = join(__dirname, 'server.mjs')
const PORT = 5290
const folder = mkdtempSync(join(tmpdir(), 'aufum-log-test-'))
const file = join(folder, 'log.jsonl')
let child: ChildProcess | undefined

async function start() {
  child = spawn(process.execPath, [SERVER, '--port', String(PORT), '--file', file])
  await new Promise((resolve) => child!.stdout!.once('data', resolve))
}
async function stop() {
  const exited = new Promise((resolve) => child?.once('exit', resolve))
  child?.kill()
  await exited
}
afterEach(async () => {
  await stop()
  rmSync(folder, { recursive: true, force: true })
})

const record = (method: string) => ({
  id: 'c'.repeat(32),
  decidedAt: '2026-11-25T09:30:15.000Z',
  revision: 0,
  categories: { necessary: true, analytics: method === 'accept-all' },
  method,
  language: 'en',
  policyUrl: null,
  pageUrl: 'https://www.aufum.com/',
})
const post = (body: unknown) =>
  fetch(`http://127.0.0.1:${PORT}/consent`, { method: 'POST', body: JSON.stringify(body) }).then((r) => r.status)
const lookup = () => fetch(`http://127.0.0.1:${PORT}/consent/${'c'.repeat(32)}`).then((r) => r.json())

test('survives a crash mid-write, stores each record once, and keeps them across restarts', async () => {
  const accepted = JSON.stringify(record('accept-all'))
  // A crash while appending the second record left half a line.
  writeFileSync(file, `${accepted}\n${JSON.stringify(record('reject-all')).slice(0, 40)}`)
  await start()
  expect(await lookup()).toEqual([record('accept-all')])

  expect(await post(record('reject-all'))).toBe(201)
  expect(await post(record('reject-all'))).toBe(200)
  expect(await post(record('accept-all'))).toBe(200)
  await stop()

  await start()
  expect((await lookup()).map((r: { method: string }) => r.method)).toEqual(['accept-all', 'reject-all'])
  expect(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.includes('"reject-all"') && line.endsWith('}')),
  ).toHaveLength(1)
})
