import { type ConsentConfig, createConsent } from '@aufum/consent'
import { describe, expect, onTestFinished, test, vi } from 'vitest'
import { checkOptions, readOptions } from './index.js'

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

  test('reports each name that is no option (a typo), and applies the rest', () => {
    const { script, errors } = page('{ "polcyUrl": "/privacy", "layout": "box", "record": { "endpoint": "/log" } }')
    expect(readOptions(script)).toMatchObject({ layout: 'box', record: { endpoint: '/log' } })
    expect(errors.mock.calls).toEqual([['[aufum-consent] polcyUrl is not an option; it is ignored']])
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
      '{ "revision": -1, "onWithdraw": "never", "expiresAfterDays": 30, "theme": "blue", "categories": { "video": "on", "my video": {}, "partners": false, "analytics": { "cookies": ["_ga", null] } }, "placeholders": "no", "debug": 1 }',
    )
    expect(readOptions(script)).toEqual({
      expiresAfterDays: 30,
      categories: { partners: false, analytics: { cookies: ['_ga'] } },
    })
    expect(errors.mock.calls.map(([message]) => String(message).split(' must ')[0])).toEqual([
      '[aufum-consent] revision',
      '[aufum-consent] onWithdraw',
      '[aufum-consent] theme',
      '[aufum-consent] categories.video',
      '[aufum-consent] categories.my video',
      '[aufum-consent] categories.analytics.cookies[1]',
      '[aufum-consent] placeholders',
      '[aufum-consent] debug',
    ])
  })
})

describe('a configuration block after the script tag', () => {
  /** The page as the script tag finds it while the parser is still at the tag; the function returned ends parsing. */
  function parsing() {
    const state = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading')
    return () => {
      state.mockReturnValue('interactive')
      document.dispatchEvent(new Event('DOMContentLoaded'))
    }
  }
  const LATE = '[aufum-consent] #aufum-consent-config came after the script tag and is ignored'

  test('is named once by the development build when the page is parsed, and the defaults apply', () => {
    const { script, errors } = page(null)
    const parsed = parsing()
    expect(readOptions(script)).toEqual({})
    document.head.insertAdjacentHTML(
      'beforeend',
      '<script type="application/json" id="aufum-consent-config">{ "revision": 2 }</script>',
    )
    parsed()
    // A page that fires DOMContentLoaded again hears nothing more.
    document.dispatchEvent(new Event('DOMContentLoaded'))
    expect(errors.mock.calls).toEqual([[expect.stringContaining(LATE)]])
  })

  test('is named too when it is a second block, after one the tag read', () => {
    const { script, errors } = page('{ "revision": 1 }')
    const parsed = parsing()
    expect(readOptions(script)).toEqual({ revision: 1 })
    document.head.insertAdjacentHTML(
      'beforeend',
      '<script type="application/json" id="aufum-consent-config">{ "revision": 2 }</script>',
    )
    parsed()
    expect(errors.mock.calls).toEqual([[expect.stringContaining(LATE)]])
  })

  test('is not reported when the block came first, nor by the production build', () => {
    const { script, errors } = page('{ "revision": 1 }')
    let parsed = parsing()
    readOptions(script)
    parsed()
    vi.stubEnv('NODE_ENV', 'production')
    document.head.innerHTML = ''
    parsed = parsing()
    readOptions(script)
    document.head.insertAdjacentHTML(
      'beforeend',
      '<script type="application/json" id="aufum-consent-config">{}</script>',
    )
    parsed()
    expect(errors).not.toHaveBeenCalled()
  })
})

describe('the production script tag’s report, after a first decision', () => {
  test('names what the core did not: the core named its own wrong options as it left them out', () => {
    vi.stubEnv('NODE_ENV', 'production')
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const options = {
      layout: 'corner',
      onWithdraw: 'never',
      categories: { analytics: { cookies: [null, '_ga', { name: '_gid', provider: 7 }] } },
    }
    const consent = createConsent(options as unknown as ConsentConfig)
    expect(consent.config.categories.analytics!.cookies).toEqual(['_ga', { name: '_gid' }])
    consent.destroy()
    expect(checkOptions(options, false)).not.toHaveProperty('layout')
    expect(errors.mock.calls.map(([message]) => String(message).split(' must ')[0])).toEqual([
      '[aufum-consent] onWithdraw',
      '[aufum-consent] categories.analytics.cookies[0]',
      '[aufum-consent] categories.analytics.cookies[2].provider',
      '[aufum-consent] layout',
    ])
  })
})
