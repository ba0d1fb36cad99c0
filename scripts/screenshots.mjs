// Refreshes the pictures in docs/images/ from the UI's fixture page and the example site, in Chromium.
// Run: pnpm screenshots (builds first). Serves the fixtures itself on the e2e ports.
import { spawn } from 'node:child_process'
import { launchChromium } from './chromium.mjs'

const SITE = 'http://127.0.0.1:4173'
const OUT = new URL('../docs/images/', import.meta.url)
const SHOTS = [
  { file: 'banner-light.png', query: '' },
  { file: 'settings-light.png', query: '', open: true },
  { file: 'banner-dark.png', query: '?theme=dark', colorScheme: 'dark' },
  { file: 'settings-dark.png', query: '?theme=dark', colorScheme: 'dark', open: true },
  { file: 'banner-phone.png', query: '', viewport: { width: 390, height: 844 } },
  // The panel on a phone, its categories scrolled halfway: the head and the choices stay.
  { file: 'settings-phone.png', query: '', viewport: { width: 390, height: 844 }, open: true, scroll: 0.5 },
  { file: 'banner-rtl.png', query: '?lang=ar&layout=box' },
]
// A blocked partner video, for a visitor who refused partners: the example site's, then the fixture's at a 16:9
// phone's, a large phone's and a tablet column's size, and in dark.
const PLACEHOLDERS = [{ file: 'placeholder-light.png', colorScheme: 'light' }]
const BOXES = [
  { file: 'placeholder-280.png', width: 280, height: 158 },
  { file: 'placeholder-350.png', width: 350, height: 197 },
  { file: 'placeholder-480.png', width: 480, height: 270 },
  { file: 'placeholder-dark.png', width: 480, height: 270, theme: 'dark' },
]

const server = spawn(process.execPath, ['scripts/e2e-server.mjs'], { stdio: 'ignore' })
try {
  for (
    let i = 0;
    i < 50 &&
    !(await fetch(`${SITE}/__health`).then(
      (r) => r.ok,
      () => false,
    ));
    i++
  )
    await new Promise((resolve) => setTimeout(resolve, 100))
  const browser = await launchChromium()
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: shot.viewport ?? { width: 1100, height: 680 },
      colorScheme: shot.colorScheme ?? 'light',
      reducedMotion: 'reduce',
    })
    await page.goto(`${SITE}/fixtures/ui.html${shot.query}`)
    await page.getByRole('button', { name: /./ }).first().waitFor()
    if (shot.open) await page.locator('aufum-consent').getByRole('button', { name: 'Customize' }).click()
    if (shot.scroll) {
      await page.locator('aufum-consent').getByText('Cookies used').click()
      await page.locator('aufum-consent .scroll').evaluate((list, at) => {
        list.scrollTop = (list.scrollHeight - list.clientHeight) * at
      }, shot.scroll)
    }
    await page.screenshot({ path: new URL(shot.file, OUT).pathname })
    console.log(`docs/images/${shot.file}`)
    await page.close()
  }
  for (const shot of PLACEHOLDERS) {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 }, colorScheme: shot.colorScheme })
    await page.goto(`${SITE}/video.html`)
    await page.getByRole('button', { name: 'Reject all' }).click()
    await page.reload()
    await page.frameLocator('iframe').getByRole('button', { name: 'Load this content' }).waitFor()
    await page.locator('iframe').screenshot({ path: new URL(shot.file, OUT).pathname })
    console.log(`docs/images/${shot.file}`)
    await page.close()
  }
  for (const box of BOXES) {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } })
    const config = encodeURIComponent(JSON.stringify(box.theme ? { theme: box.theme } : {}))
    await page.goto(`${SITE}/fixtures/placeholders.html?config=${config}`)
    await page.evaluate(() => window.AufumConsent.rejectAll())
    await page.reload()
    const frame = page.locator('#named')
    await frame.evaluate(
      (el, { width, height }) => Object.assign(el.style, { width: `${width}px`, height: `${height}px` }),
      box,
    )
    await page.frameLocator('#named').getByRole('button', { name: 'Load this content' }).waitFor()
    await frame.screenshot({ path: new URL(box.file, OUT).pathname })
    console.log(`docs/images/${box.file}`)
    await page.close()
  }
  await browser.close()
} finally {
  server.kill()
}
