// Proof of consent end to end: the SDK in Chromium posting to aufum-consent-log as built by `pnpm build`.
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import Database from 'better-sqlite3'
import { expect, fixtureUrl, SITE, test } from '../../../scripts/e2e/tracker'

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const TOKEN = randomBytes(32).toString('hex')

/** The consent log on a port of this worker's own, storing into a fresh SQLite file, with the site's origin. */
function consentLog(port: number, file: string) {
  let child: ChildProcess | undefined
  return {
    async start() {
      child = spawn(
        process.execPath,
        [CLI, 'serve', '--port', String(port), '--db', `sqlite:${file}`, '--origins', SITE],
        {
          env: { ...process.env, AUFUM_CONSENT_LOG_TOKEN: TOKEN },
        },
      )
      await new Promise((resolve, reject) => {
        child!.stdout!.once('data', resolve)
        child!.once('exit', reject)
      })
    },
    stop: () => child?.kill(),
    /** What the DPO reads: every record of the consent id, newest first. */
    records: async (id: string) => {
      const response = await fetch(`http://127.0.0.1:${port}/consent/${id}`, {
        headers: { Authorization: `Bearer ${TOKEN}` },
      })
      return response.ok ? ((await response.json()) as { method: string }[]) : []
    },
  }
}

test.describe('proof of consent', () => {
  let folder: string
  let port: number
  let log: ReturnType<typeof consentLog>
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a hook needs from this pattern.
  test.beforeEach(({}, testInfo) => {
    folder = mkdtempSync(join(tmpdir(), 'aufum-log-'))
    // 5300 and up: clear of the ports fetch refuses (4190, 5060…) and of the fixture servers.
    port = 5300 + testInfo.workerIndex * 10 + (testInfo.retry % 10)
    log = consentLog(port, join(folder, 'log.db'))
  })
  test.afterEach(() => {
    log.stop()
    rmSync(folder, { recursive: true, force: true })
  })

  const open = (page: Page, run: string) =>
    page.goto(fixtureUrl('record.html', run, { endpoint: `http://127.0.0.1:${port}/consent` }))
  const consentId = (page: Page) =>
    page.evaluate(() => (window as unknown as { AufumConsent: { get(): { id: string } } }).AufumConsent.get().id)
  const queued = (page: Page) => page.evaluate(() => localStorage.getItem('aufum_consent_records'))

  test('with the log down, two decisions on two pages arrive exactly once each when it is back', async ({
    page,
    run,
  }) => {
    await open(page, run)
    await page.getByRole('button', { name: 'Accept all' }).click()
    await page.reload()
    await page.evaluate(() => (window as unknown as { AufumConsent: { rejectAll(): void } }).AufumConsent.rejectAll())
    const id = await consentId(page)
    expect(JSON.parse((await queued(page))!)).toHaveLength(2)

    await log.start()
    await page.reload()
    await expect.poll(async () => (await log.records(id)).map((r) => r.method)).toEqual(['reject-all', 'accept-all'])
    await page.reload()
    await page.waitForTimeout(500)
    expect((await log.records(id)).map((r) => r.method)).toEqual(['reject-all', 'accept-all'])
    expect(await queued(page)).toBeNull()
  })

  test('while its database is locked the log answers 503, and the SDK retries until the record is stored, once', async ({
    page,
    run,
  }) => {
    await log.start()
    // Another process holds the database's write lock (as a long prune would): writes wait, then fail.
    const lock = new Database(join(folder, 'log.db'))
    lock.exec('BEGIN EXCLUSIVE')
    const unavailable = page.waitForResponse(
      (response) => response.url().endsWith('/consent') && response.status() === 503,
    )
    await open(page, run)
    await page.getByRole('button', { name: 'Reject all' }).click()
    const id = await consentId(page)
    await unavailable
    lock.exec('COMMIT')
    lock.close()
    await expect.poll(async () => (await log.records(id)).length, { timeout: 8000 }).toBe(1)
    await expect.poll(() => queued(page)).toBeNull()
    expect(await log.records(id)).toHaveLength(1)
  })

  test('a record sent by sendBeacon as text/plain as the page hides, then again by fetch, is stored once', async ({
    page,
    run,
  }) => {
    const beacons: string[] = []
    page.on('request', (request) => {
      if (request.url().endsWith('/consent') && request.resourceType() === 'ping')
        beacons.push(request.headers()['content-type'] ?? '')
    })
    // The SDK's retry timer stands still until the clock runs: only the beacon can deliver the record meanwhile.
    await page.clock.install()
    await open(page, run)
    await page.clock.pauseAt(Date.now() + 1000)
    await page.getByRole('button', { name: 'Accept all' }).click()
    const id = await consentId(page)
    await expect.poll(async () => JSON.parse((await queued(page)) ?? '[]')).toHaveLength(1)

    await log.start()
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })
      document.dispatchEvent(new Event('visibilitychange'))
    })
    await expect.poll(async () => (await log.records(id)).map((r) => r.method)).toEqual(['accept-all'])
    expect(beacons).toEqual(['text/plain;charset=UTF-8'])
    // A beacon cannot be acknowledged: the record stays queued until the retry's fetch gets its 200.
    expect(await queued(page)).not.toBeNull()
    await page.clock.runFor(2000)
    await expect.poll(() => queued(page)).toBeNull()
    expect(await log.records(id)).toHaveLength(1)
  })

  test('when the record module fails to load, the decision is queued anyway and sent once the module arrives', async ({
    page,
    run,
  }) => {
    await log.start()
    let requests = 0
    let arrive = () => {}
    const retried = new Promise<void>((resolve) => {
      arrive = resolve
    })
    // The first request fails; the retry is held until the queue has been read, so the module cannot empty it first.
    await page.route('**/aufum-consent-record.js', async (route) => {
      if (requests++ === 0) return route.abort('failed')
      await retried
      return route.continue()
    })
    await open(page, run)
    await page.getByRole('button', { name: 'Accept all' }).click()
    const id = await consentId(page)
    // Queued by the script tag itself, before the module is there.
    await expect.poll(async () => JSON.parse((await queued(page)) ?? '[]')).toHaveLength(1)
    arrive()
    await expect
      .poll(async () => (await log.records(id)).map((r) => r.method), { timeout: 8000 })
      .toEqual(['accept-all'])
    expect(requests).toBe(2)
  })

  test('with localStorage refused, the decisions made while the log answers 503 are all stored, once each', async ({
    page,
    run,
  }) => {
    await page.addInitScript(() =>
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError')
        },
      }),
    )
    let down = true
    await page.route(`http://127.0.0.1:${port}/consent`, (route) =>
      down && route.request().method() === 'POST' ? route.fulfill({ status: 503 }) : route.continue(),
    )
    await log.start()
    await open(page, run)
    await page.getByRole('button', { name: 'Accept all' }).click()
    const api = () => (window as unknown as { AufumConsent: { rejectAll(): void; save(c: object): void } }).AufumConsent
    await page.evaluate(`(${api})().rejectAll()`)
    await page.waitForTimeout(1100)
    await page.evaluate(`(${api})().save({ analytics: true })`)
    const id = await consentId(page)
    down = false
    await expect
      .poll(async () => (await log.records(id)).map((r) => r.method).sort(), { timeout: 10_000 })
      .toEqual(['accept-all', 'custom', 'reject-all'])
  })
})
