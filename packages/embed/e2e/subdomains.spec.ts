// A sibling subdomain writing cookies: on an https site with the default settings, a cookie another subdomain wrote
// grants nothing and overrides nothing, in the browser or in parseConsent on the server. Served over https on names
// under .localhost (Chromium resolves them to the loopback interface), with a certificate made for the test.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '../../../scripts/e2e/tracker'
import { fileIn, serveStatic } from '../../../scripts/static-server.mjs'
import { encodeDecision } from '../../core/src/format/index.js'
import { parseConsent } from '../../core/src/server/index.js'

const DIST = resolve(import.meta.dirname, '../dist')
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Aufum</title>
<script src="/aufum-consent.js"></script>
<script type="text/plain" data-consent="analytics" src="/t.js"></script>
</head><body><h1>www</h1></body></html>`

let server: Server
let folder: string
let origin: (host: string) => string
/** The Cookie header of each request for the page, as the site's server receives it. */
const cookieHeaders: string[] = []
let analyticsRuns = 0

test.use({ ignoreHTTPSErrors: true })

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'aufum-tls-'))
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=aufum.localhost'],
      ...['-addext', 'subjectAltName=DNS:aufum.localhost,DNS:*.aufum.localhost'],
      ...['-keyout', join(folder, 'key.pem'), '-out', join(folder, 'cert.pem')],
    ],
    { stdio: 'ignore' },
  )
  server = await serveStatic({
    port: 0,
    tls: { key: readFileSync(join(folder, 'key.pem')), cert: readFileSync(join(folder, 'cert.pem')) },
    file: ({ pathname }) => fileIn(DIST, pathname.slice(1)),
    routes: {
      '/page.html': (_, req) => {
        cookieHeaders.push(req.headers.cookie ?? '')
        return [200, { 'Content-Type': 'text/html; charset=utf-8' }, PAGE]
      },
      '/t.js': () => {
        analyticsRuns++
        return [200, { 'Content-Type': 'text/javascript' }, 'window.__ran = true']
      },
    },
  })
  const { port } = server.address() as AddressInfo
  origin = (host) => `https://${host}.aufum.localhost:${port}`
})

test.afterAll(() => {
  server?.close()
  rmSync(folder, { recursive: true, force: true })
})

const NOW = Date.now()
const decision = (method: 'accept-all' | 'reject-all') =>
  encodeDecision({
    id: 'e'.repeat(32),
    decidedAt: Math.floor(NOW / 1e3) * 1e3,
    expiresAt: Math.floor(NOW / 1e3) * 1e3 + 182 * 864e5,
    revision: 0,
    method,
    categories: {
      necessary: true,
      preferences: method === 'accept-all',
      analytics: method === 'accept-all',
      partners: method === 'accept-all',
    },
  })

/** A page on another subdomain writes a valid consent for the whole domain, as any value copied from a site is. */
async function forgeFromSibling(page: Page) {
  await page.goto(`${origin('evil')}/aufum-consent-modules.json`)
  await page.evaluate((value) => {
    document.cookie = `aufum_consent=${value}; Domain=aufum.localhost; Path=/; Secure; SameSite=Lax`
  }, decision('accept-all'))
}

const state = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { AufumConsent: { get(): { status: string; method: string } } }).AufumConsent.get(),
  )

test('a sibling subdomain’s forged "accept all" grants a first-time visitor nothing, in the browser or on the server', async ({
  page,
}) => {
  const runs = analyticsRuns
  await forgeFromSibling(page)
  await page.goto(`${origin('www')}/page.html`)
  await expect(page.getByRole('region', { name: 'Your privacy choices' })).toBeVisible()
  expect(await state(page)).toMatchObject({ status: 'pending' })
  expect(analyticsRuns).toBe(runs)
  expect(cookieHeaders.at(-1)).toContain('aufum_consent=')
  expect(parseConsent(cookieHeaders.at(-1))).toBeNull()
})

test('a visitor who rejected stays rejected when a sibling subdomain forges an "accept all", browser and server alike', async ({
  page,
}) => {
  await page.goto(`${origin('www')}/page.html`)
  await page.getByRole('button', { name: 'Reject all' }).click()
  await forgeFromSibling(page)
  const runs = analyticsRuns
  await page.goto(`${origin('www')}/page.html`)
  expect(await state(page)).toMatchObject({ status: 'decided', method: 'reject-all' })
  await page.waitForTimeout(300)
  expect(analyticsRuns).toBe(runs)
  expect(parseConsent(cookieHeaders.at(-1))).toMatchObject({ method: 'reject-all' })
  const names = (await page.context().cookies(origin('www'))).map((cookie) => cookie.name).sort()
  expect(names).toEqual(['__Host-aufum_consent', 'aufum_consent'])
})

test('a visitor who decided before the cookie had its __Host- prefix keeps the decision, and is not asked again', async ({
  page,
}) => {
  // What the previous release stored: a host-only cookie of the bare name, and the same value in localStorage.
  await page.goto(`${origin('www')}/aufum-consent-modules.json`)
  await page.evaluate((value) => {
    document.cookie = `aufum_consent=${value}; Path=/; Secure; SameSite=Lax`
    localStorage.setItem('aufum_consent', value)
  }, decision('accept-all'))
  await page.goto(`${origin('www')}/page.html`)
  expect(await state(page)).toMatchObject({ status: 'decided', method: 'accept-all' })
  await expect.poll(() => page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBe(true)
  await expect(page.getByRole('region')).toHaveCount(0)
  const cookies = await page.context().cookies(origin('www'))
  expect(cookies.map((cookie) => cookie.name)).toEqual(['__Host-aufum_consent'])
  await page.reload()
  expect(parseConsent(cookieHeaders.at(-1))).toMatchObject({ method: 'accept-all' })
})
