// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchRobots, parseRobots } from './robots.js'

const allowed = (text: string, path: string, agent?: string) =>
  parseRobots(text, agent)(new URL(path, 'https://www.aufum.com'))

describe('robots.txt', () => {
  it('follows the group that names the scanner, not the * group', () => {
    const text = 'User-agent: *\nDisallow: /\n\nUser-agent: Aufum-Consent-Scan\nDisallow: /private\n'
    expect(allowed(text, '/courses')).toBe(true)
    expect(allowed(text, '/private/page')).toBe(false)
    expect(allowed(text, '/courses', 'otherbot')).toBe(false)
  })

  it('follows the * group when none names the scanner, and allows everything without rules', () => {
    expect(allowed('User-agent: Googlebot\nDisallow: /\nUser-agent: *\nDisallow: /admin', '/admin/x')).toBe(false)
    expect(allowed('User-agent: Googlebot\nDisallow: /', '/admin/x')).toBe(true)
    expect(allowed('', '/anything')).toBe(true)
  })

  it('lets consecutive user-agent lines share one group', () => {
    const text = 'User-agent: googlebot\nUser-agent: aufum-consent-scan\nDisallow: /shared\nUser-agent: *\nAllow: /'
    expect(allowed(text, '/shared/page')).toBe(false)
  })

  it('lets the longest matching rule win, and allow win a tie', () => {
    const text = 'User-agent: *\nDisallow: /courses\nAllow: /courses/free\nDisallow: /a\nAllow: /a'
    expect(allowed(text, '/courses/paid')).toBe(false)
    expect(allowed(text, '/courses/free/1')).toBe(true)
    expect(allowed(text, '/a')).toBe(true)
  })

  it('reads * and a final $ as wildcards, ignores comments and an empty Disallow, and matches the query', () => {
    const text = '# rules\nUser-agent: * # everyone\nDisallow: /*.pdf$\nDisallow: /search?q=\nDisallow:\n'
    expect(allowed(text, '/files/plan.pdf')).toBe(false)
    expect(allowed(text, '/files/plan.pdf.html')).toBe(true)
    expect(allowed(text, '/search?q=cookies')).toBe(false)
    expect(allowed(text, '/search')).toBe(true)
  })

  it('always allows robots.txt itself', () => {
    expect(allowed('User-agent: *\nDisallow: /', '/robots.txt')).toBe(true)
  })
})

describe('fetching robots.txt', () => {
  afterEach(() => vi.unstubAllGlobals())
  const answer = (response: Response | Error) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(() => (response instanceof Error ? Promise.reject(response) : Promise.resolve(response))),
    )
  const page = new URL('https://www.aufum.com/courses')

  it('allows everything when the site has none', async () => {
    answer(new Response('not found', { status: 404 }))
    expect((await fetchRobots('https://www.aufum.com'))(page)).toBe(true)
  })

  it('allows nothing while the server fails or does not answer', async () => {
    answer(new Response('oops', { status: 503 }))
    expect((await fetchRobots('https://www.aufum.com'))(page)).toBe(false)
    answer(new TypeError('fetch failed'))
    expect((await fetchRobots('https://www.aufum.com'))(page)).toBe(false)
  })

  it('reads the file the site serves', async () => {
    answer(new Response('User-agent: *\nDisallow: /courses'))
    const rules = await fetchRobots('https://www.aufum.com')
    expect(rules(page)).toBe(false)
    expect(rules(new URL('https://www.aufum.com/'))).toBe(true)
  })
})
