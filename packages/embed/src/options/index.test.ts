import { describe, expect, onTestFinished, test, vi } from 'vitest'
import { readOptions } from './index.js'

/** A page with the configuration block and a script tag with these attributes. */
function page(json: string | null, attributes: Record<string, string> = {}) {
  document.head.innerHTML =
    json === null ? '' : `<script type="application/json" id="aufum-consent-config">${json}</script>`
  const script = document.createElement('script')
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value)
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
  onTestFinished(() => {
    document.head.innerHTML = ''
  })
  return { script, errors }
}

describe('the script tag’s configuration', () => {
  test('is empty with no block and no attributes: every default applies', () => {
    const { script, errors } = page(null)
    expect(readOptions(script)).toEqual({})
    expect(errors).not.toHaveBeenCalled()
  })

  test('reads the JSON block, and the tag’s attributes win over it', () => {
    const { script } = page('{ "policyUrl": "/privacy", "layout": "bar", "revision": 1 }', {
      'data-layout': 'box',
      'data-revision': '3',
      'data-lang': 'fr',
      'data-cookie-domain': '.aufum.com',
    })
    expect(readOptions(script)).toEqual({
      policyUrl: '/privacy',
      layout: 'box',
      revision: 3,
      lang: 'fr',
      cookie: { domain: '.aufum.com' },
    })
  })

  test('turns "/pattern/flags" strings into RegExps, in cookies and in match', () => {
    const { script } = page(
      '{ "categories": { "analytics": { "cookies": ["_gid", "/^_ga/i", { "name": "_ga_<id>", "match": "/^_ga_/" }] } } }',
    )
    const { categories } = readOptions(script)
    expect(categories).toHaveProperty('analytics.cookies')
    expect((categories!.analytics as { cookies: unknown[] }).cookies).toEqual([
      '_gid',
      /^_ga/i,
      { name: '_ga_<id>', match: /^_ga_/ },
    ])
  })

  test('keeps the tag’s nonce for the UI', () => {
    const { script } = page(null)
    script.nonce = 'r4nd0m'
    expect(readOptions(script).nonce).toBe('r4nd0m')
  })

  test.each([
    ['{ "revision": 2, categories: }', '#aufum-consent-config must hold a valid JSON object'],
    ['["analytics"]', '#aufum-consent-config must hold a valid JSON object'],
  ])('reports a block that is not a JSON object (%s) and uses the defaults', (json, message) => {
    const { script, errors } = page(json)
    expect(readOptions(script)).toEqual({})
    expect(errors).toHaveBeenCalledWith(expect.stringContaining(`[aufum-consent] ${message}`))
  })

  test('reports each wrong core option once by name, drops it, and keeps the right ones', () => {
    const { script, errors } = page(
      '{ "revision": -1, "onWithdraw": "never", "expiresAfterDays": 30, "theme": "blue", "categories": { "video": "on", "partners": false } }',
    )
    expect(readOptions(script)).toEqual({
      expiresAfterDays: 30,
      theme: 'blue',
      categories: { partners: false },
    })
    expect(errors.mock.calls.map(([message]) => String(message).split(' ').slice(0, 3).join(' ')).sort()).toEqual([
      '[aufum-consent] categories.video must',
      '[aufum-consent] onWithdraw must',
      '[aufum-consent] revision must',
    ])
  })
})
