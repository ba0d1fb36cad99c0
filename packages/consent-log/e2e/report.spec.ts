// The consent report in Chromium, rendered from known counts: axe finds nothing in English or German, and it looks right.
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { renderReport } from '../src/report/render'
import { KNOWN } from '../test/report'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']

for (const lang of ['en', 'de']) {
  test(`the consent report has no WCAG 2.2 AA violations, and fetches nothing, in ${lang}`, async ({ page }) => {
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    await page.setContent(renderReport(KNOWN, { lang, generatedAt: '2026-12-01T08:00:00.000Z' }))
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await expect(page.getByRole('img')).toHaveCount(4)
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
    const found = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  at ${JSON.stringify(n.target)}`).join('\n')}`,
    )
    expect(found, `axe found ${found.length} violation(s):\n\n${found.join('\n\n')}`).toEqual([])
    expect(requests).toEqual([])
    if (lang === 'en') await page.screenshot({ path: '/tmp/report.png', fullPage: true })
  })
}
