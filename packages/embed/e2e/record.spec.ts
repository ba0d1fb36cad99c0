import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { expect, fixtureUrl, test } from '../../../scripts/e2e/tracker'

const SERVER = fileURLToPath(new URL('../../../examples/consent-log-server/server.mjs', import.meta.url))

/** The reference receiver on a port of this worker's own, storing into a fresh folder. */
function receiver(port: number, folder: string, ...args: string[]) {
  let child: ChildProcess | undefined
  return {
    async start() {
      child = spawn(process.execPath, [SERVER, '--port', String(port), '--file', join(folder, 'log.jsonl'), ...args])
      await new Promise((resolve) => child!.stdout!.once('data', resolve))
    },
    stop: () => child?.kill(),
    records: async (id: string) => {
      const response = await fetch(`http://127.0.0.1:${port}/consent/${id}`)
      return response.ok ? ((await response.json()) as { method: string }[]) : []
    },
  }
}

test.describe('proof of consent', () => {
  let folder: string
  let port: number
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a hook needs from this pattern.
  test.beforeEach(({}, testInfo) => {
    folder = mkdtempSync(join(tmpdir(), 'aufum-log-'))
    // 5200 and up: clear of the ports fetch refuses (4190, 5060…) and of the fixture servers.
    port = 5200 + testInfo.workerIndex * 10 + (testInfo.retry % 10)
  })
  test.afterEach(() => rmSync(folder, { recursive: true, force: true }))

  const open = (page: Page, run: string) =>
    page.goto(fixtureUrl('record.html', run, { endpoint: `http://127.0.0.1:${port}/consent` }))
  const consentId = (page: Page) =>
    page.evaluate(() => (window as unknown as { AufumConsent: { get(): { id: string } } }).AufumConsent.get().id)

  test('with the log down, two decisions on two pages arrive exactly once each when it is back', async ({
    page,
    run,
  }) => {
    const log = receiver(port, folder)
    await open(page, run)
    await page.getByRole('button', { name: 'Accept all' }).click()
    await page.reload()
    await page.evaluate(() => (window as unknown as { AufumConsent: { rejectAll(): void } }).AufumConsent.rejectAll())
    const id = await consentId(page)
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('aufum_consent_records')))!)).toHaveLength(2)

    await log.start()
    try {
      await page.reload()
      await expect.poll(async () => (await log.records(id)).map((r) => r.method)).toEqual(['accept-all', 'reject-all'])
      await page.reload()
      await page.waitForTimeout(500)
      expect((await log.records(id)).map((r) => r.method)).toEqual(['accept-all', 'reject-all'])
      expect(await page.evaluate(() => localStorage.getItem('aufum_consent_records'))).toBeNull()
    } finally {
      log.stop()
    }
  })

  test('a server error is retried until the record is stored, once', async ({ page, run }) => {
    const log = receiver(port, folder, '--fail-first', '1')
    await log.start()
    try {
      await open(page, run)
      await page.getByRole('button', { name: 'Reject all' }).click()
      const id = await consentId(page)
      await expect.poll(async () => (await log.records(id)).length, { timeout: 5000 }).toBe(1)
      await page.waitForTimeout(1500)
      expect(await log.records(id)).toHaveLength(1)
    } finally {
      log.stop()
    }
  })

  test('the log refuses a malformed or oversized record with 400 and says why', async () => {
    const log = receiver(port, folder)
    await log.start()
    try {
      const post = async (body: string) => {
        const response = await fetch(`http://127.0.0.1:${port}/consent`, { method: 'POST', body })
        return [response.status, ((await response.json()) as { error?: string }).error]
      }
      expect(await post('{"id": "x"}')).toEqual([400, 'id must be 32 hex digits'])
      expect(await post('not json')).toEqual([400, 'the body must be JSON'])
      expect(await post(JSON.stringify({ id: 'a'.repeat(32), ip: '1.2.3.4' }))).toEqual([400, 'unknown field(s): ip'])
      expect(await post('x'.repeat(5000))).toEqual([400, 'the body must be at most 4096 bytes'])
    } finally {
      log.stop()
    }
  })
})
