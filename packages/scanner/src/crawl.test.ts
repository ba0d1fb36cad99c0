// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createFrontier, pageUrl } from './crawl.js'
import { parseRobots } from './robots.js'

const SITE = 'https://www.aufum.com'
const robots = new Map([[SITE, parseRobots('User-agent: *\nDisallow: /account')]])
const drain = (frontier: ReturnType<typeof createFrontier>, links: Record<string, string[]> = {}) => {
  const visited: string[] = []
  for (let url = frontier.next(); url; url = frontier.next()) {
    visited.push(url)
    frontier.add(links[url] ?? [])
  }
  return visited
}

describe('links', () => {
  it('keeps web pages, without their fragment, and drops other schemes and downloads', () => {
    expect(pageUrl(`${SITE}/courses#top`)).toBe(`${SITE}/courses`)
    expect(pageUrl('mailto:hello@aufum.com')).toBeNull()
    expect(pageUrl('javascript:void(0)')).toBeNull()
    expect(pageUrl(`${SITE}/syllabus.PDF`)).toBeNull()
    expect(pageUrl('not a url')).toBeNull()
  })
})

describe('the crawl', () => {
  it('visits start URLs, then same-origin links breadth first, each page once', () => {
    const frontier = createFrontier([`${SITE}/`], 10, robots)
    const visited = drain(frontier, {
      [`${SITE}/`]: [`${SITE}/a`, `${SITE}/b#x`, 'https://partner.example/', `${SITE}/`],
      [`${SITE}/a`]: [`${SITE}/c`, `${SITE}/b`],
    })
    expect(visited).toEqual([`${SITE}/`, `${SITE}/a`, `${SITE}/b`, `${SITE}/c`])
    expect(frontier.skipped()).toEqual([])
  })

  it('does not follow links robots.txt disallows, but visits a start URL it disallows', () => {
    const frontier = createFrontier([`${SITE}/account/settings`], 10, robots)
    const visited = drain(frontier, { [`${SITE}/account/settings`]: [`${SITE}/account/orders`, `${SITE}/help`] })
    expect(visited).toEqual([`${SITE}/account/settings`, `${SITE}/help`])
    expect(frontier.skipped()).toEqual([{ url: `${SITE}/account/orders`, reason: 'robots.txt' }])
  })

  it('stops at the page limit and lists what it left', () => {
    const frontier = createFrontier([`${SITE}/`], 2, robots)
    const visited = drain(frontier, { [`${SITE}/`]: [`${SITE}/a`, `${SITE}/b`] })
    expect(visited).toEqual([`${SITE}/`, `${SITE}/a`])
    expect(frontier.skipped()).toEqual([{ url: `${SITE}/b`, reason: 'page limit' }])
  })
})
