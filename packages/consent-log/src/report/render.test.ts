import { describe, expect, test } from 'vitest'
import { counts, KNOWN, page, stats, table } from '../../test/report.js'
import { type ReportInput, renderReport } from './render.js'

const english = renderReport(KNOWN, { generatedAt: '2026-12-01T08:00:00.000Z' })

describe('the HTML report', () => {
  test('shows the decisions, visitors and opt-in rates of the whole window', () => {
    const totals = [...page(english).querySelectorAll('dd')].map((dd) => dd.textContent)
    expect(totals).toEqual(['10', '8'])
    expect(table(english, 'Decisions per category over the whole window')).toEqual([
      ['Category', 'Granted', 'Denied', 'Opt-in rate'],
      ['analytics', '6', '4', '60.0%'],
      ['marketing', '3', '7', '30.0%'],
    ])
  })

  test('shows each category’s opt-in rate per day, as a chart and as a table', () => {
    expect(table(english, 'Opt-in rate per category and period')).toEqual([
      ['Day', 'Decisions', 'analytics', 'marketing'],
      ['2026-11-29', '4', '75.0%', '50.0%'],
      ['2026-11-30', '6', '50.0%', '16.7%'],
    ])
    const doc = page(english)
    const chart = doc.querySelector('#over-time + .pair svg')!
    expect(chart.getAttribute('role')).toBe('img')
    expect(chart.querySelectorAll('polyline')).toHaveLength(2)
    expect(doc.getElementById(chart.getAttribute('aria-labelledby')!)!.textContent).toBe(
      'Opt-in rates per category over time',
    )
    expect(chart.nextElementSibling!.textContent).toContain('granted divided by granted plus denied')
  })

  test('shows the methods’ shares, the languages and the revisions (in numeric order), each beside a chart', () => {
    expect(table(english, 'Decisions per method')).toEqual([
      ['Method', 'Decisions', 'Share'],
      ['accept-all', '5', '50.0%'],
      ['custom', '2', '20.0%'],
      ['reject-all', '3', '30.0%'],
    ])
    expect(table(english, 'Decisions and opt-in rates per language')).toEqual([
      ['Language', 'Decisions', 'Visitors (consent ids)', 'analytics', 'marketing'],
      ['de', '7', '6', '71.4%', '28.6%'],
      ['en', '3', '2', '33.3%', '–'],
    ])
    expect(table(english, 'Decisions and opt-in rates per revision')).toEqual([
      ['Revision', 'Decisions', 'Visitors (consent ids)', 'analytics', 'marketing'],
      ['9', '6', '5', '83.3%', '50.0%'],
      ['10', '4', '4', '25.0%', '0.0%'],
    ])
    expect(page(english).querySelectorAll('figure svg[role="img"]')).toHaveLength(4)
    for (const th of page(english).querySelectorAll('th')) expect(th.getAttribute('scope')).toMatch(/^(col|row)$/)
  })

  test('fetches nothing from elsewhere: no URL, no script, no stylesheet or image to load', () => {
    expect(english).toContain('<svg')
    expect(english).not.toMatch(/\/\/|src=|href=|<link|<script|<img|url\(|@import/i)
    expect(english).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`)
  })

  test('shows hostile language tags and category names as text, never as markup or a link', () => {
    const hostile = '<script src="https://evil.example/x.js"></script><img src=x onerror=alert(1)>"\'&'
    const input: ReportInput = {
      ...KNOWN,
      overall: { ...KNOWN.overall, categories: { [hostile]: { granted: 1, denied: 0 } }, methods: { [hostile]: 1 } },
      overTime: {
        ...KNOWN.overTime,
        series: [{ key: hostile, ...counts(1, 1, { [hostile]: { granted: 1, denied: 0 } }) }],
      },
      byLanguage: { ...KNOWN.byLanguage, series: [{ key: hostile, ...counts(1, 1, {}) }] },
    }
    const html = renderReport(input, { generatedAt: hostile, lang: hostile })
    const doc = page(html)
    expect(doc.querySelectorAll('script, img, link, iframe, object, [src], [href], [onerror]')).toHaveLength(0)
    expect(doc.documentElement.getAttribute('lang')).toBe('en')
    expect(table(html, 'Decisions per category over the whole window')[1]![0]).toBe(hostile)
    expect(table(html, 'Decisions per method')[1]![0]).toBe(hostile)
    expect(table(html, 'Decisions and opt-in rates per language')[1]![0]).toBe(hostile)
    expect(doc.querySelector('footer')!.textContent).toContain(hostile)
  })

  test('is in German with --lang de or de-AT, in English for any other language', () => {
    for (const lang of ['de', 'de-AT']) {
      const german = renderReport(KNOWN, { lang, generatedAt: '2026-12-01T08:00:00.000Z' })
      expect(page(german).documentElement.getAttribute('lang')).toBe('de')
      expect(page(german).querySelector('h1')!.textContent).toBe('Einwilligungsbericht')
      expect(table(german, 'Entscheidungen je Kategorie im gesamten Zeitraum')[1]).toEqual([
        'analytics',
        '6',
        '4',
        '60,0\u00a0%',
      ])
    }
    const french = renderReport(KNOWN, { lang: 'fr', generatedAt: '2026-12-01T08:00:00.000Z' })
    expect(page(french).documentElement.getAttribute('lang')).toBe('en')
    expect(page(french).querySelector('h1')!.textContent).toBe('Consent report')
  })

  test('says that no records were received, rather than drawing empty charts, for an empty window', () => {
    const none = stats(counts(0, 0, {}))
    const html = renderReport(
      { overall: none, overTime: { ...none, by: 'day', series: [] }, byLanguage: none, byRevision: none },
      { generatedAt: '2026-12-01T08:00:00.000Z' },
    )
    expect(page(html).querySelector('main')!.textContent).toBe('No records were received in this window.')
    expect(html).not.toContain('<table')
  })
})
