import type { RobotsRules } from './robots.js'

// Links to files a browser downloads rather than shows: never pages.
const NOT_A_PAGE =
  /\.(?:pdf|zip|gz|tgz|rar|7z|dmg|exe|msi|apk|png|jpe?g|gif|webp|avif|svg|ico|mp[34]|webm|mov|wav|ogg|docx?|xlsx?|pptx?|odt|csv|ics)$/i

/** A page skipped, and why. */
export interface Skipped {
  url: string
  reason: 'robots.txt' | 'page limit'
}

/** The crawl's queue: start URLs first, then the links found, breadth first, same origin only. */
export interface Frontier {
  /** The next page to visit, or undefined when the queue is empty or the limit reached. */
  next(): string | undefined
  /** Queues the links a visited page holds. */
  add(links: string[]): void
  /** Links that were not visited: disallowed by robots.txt, or over the page limit. */
  skipped(): Skipped[]
}

/** The page a link leads to, without its fragment; null for links that are not web pages. */
export function pageUrl(href: string): string | null {
  if (!URL.canParse(href)) return null
  const url = new URL(href)
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || NOT_A_PAGE.test(url.pathname)) return null
  url.hash = ''
  return url.href
}

/**
 * Starts a crawl. Start URLs are visited whatever robots.txt says, as the site's owner named them;
 * links found on pages only when their origin's robots.txt allows them.
 *
 * @param starts The start URLs.
 * @param limit How many pages to visit at most, start URLs included.
 * @param robots Each start origin's robots.txt rules: links to other origins are not followed.
 * @returns The queue.
 */
export function createFrontier(starts: string[], limit: number, robots: Map<string, RobotsRules>): Frontier {
  const queued = new Set<string>()
  const queue: string[] = []
  const skipped = new Map<string, Skipped['reason']>()
  let visited = 0
  for (const start of starts) {
    const url = pageUrl(start)
    if (url && !queued.has(url)) {
      queued.add(url)
      queue.push(url)
    }
  }
  return {
    next() {
      if (visited >= limit) return undefined
      const url = queue.shift()
      if (url) visited++
      return url
    },
    add(links) {
      for (const link of links) {
        const url = pageUrl(link)
        if (!url || queued.has(url) || skipped.has(url)) continue
        const rules = robots.get(new URL(url).origin)
        if (!rules) continue
        if (rules(new URL(url))) {
          queued.add(url)
          queue.push(url)
        } else skipped.set(url, 'robots.txt')
      }
    },
    skipped: () => [
      ...[...skipped].map(([url, reason]) => ({ url, reason })),
      ...queue.map((url) => ({ url, reason: 'page limit' as const })),
    ],
  }
}
