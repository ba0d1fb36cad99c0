// robots.txt as RFC 9309 (the Robots Exclusion Protocol) defines it.

/** The product token the scanner looks for in robots.txt `User-agent` lines; `*` groups apply otherwise. */
export const ROBOTS_AGENT = 'aufum-consent-scan'

/** Whether a URL may be crawled. */
export type RobotsRules = (url: URL) => boolean

interface Rule {
  allow: boolean
  pattern: string
  regex: RegExp
}

// `*` matches any run of characters, a final `$` the end of the path (RFC 9309 §2.2.3).
const compile = (pattern: string) =>
  new RegExp(
    `^${pattern
      .replace(/\$$/, '\0')
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replaceAll('*', '.*')
      .replace('\0', '$')}`,
  )

/**
 * Reads a robots.txt: the rules of the groups that name `agent` (case-insensitively), else those of the `*`
 * groups; the longest matching path wins, `allow` on a tie (RFC 9309 §2.2.2).
 *
 * @param text The file's text.
 * @param agent The crawler's product token.
 * @returns Whether a URL may be crawled.
 */
export function parseRobots(text: string, agent: string = ROBOTS_AGENT): RobotsRules {
  const named: Rule[] = []
  const any: Rule[] = []
  let agents: string[] = []
  let inRules = false
  let hasNamed = false
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*/, '').trim()
    const colon = line.indexOf(':')
    if (colon < 0) continue
    const key = line.slice(0, colon).trim().toLowerCase()
    const value = line.slice(colon + 1).trim()
    if (key === 'user-agent') {
      // A user-agent line after rules starts a new group; consecutive ones share the group that follows.
      if (inRules) agents = []
      inRules = false
      agents.push(value.toLowerCase())
      if (value.toLowerCase() === agent.toLowerCase()) hasNamed = true
    } else if (key === 'allow' || key === 'disallow') {
      inRules = true
      if (!value) continue
      const rule = { allow: key === 'allow', pattern: value, regex: compile(value) }
      if (agents.includes(agent.toLowerCase())) named.push(rule)
      if (agents.includes('*')) any.push(rule)
    }
  }
  const rules = hasNamed ? named : any
  return (url) => {
    if (url.pathname === '/robots.txt') return true
    const path = url.pathname + url.search
    let best: Rule | undefined
    for (const rule of rules)
      if (
        rule.regex.test(path) &&
        (!best ||
          rule.pattern.length > best.pattern.length ||
          (rule.pattern.length === best.pattern.length && rule.allow))
      )
        best = rule
    return best?.allow ?? true
  }
}

/**
 * Fetches an origin's robots.txt. A missing file (4xx) allows everything; a server error or no answer disallows
 * everything (RFC 9309 §2.3.1.3–4).
 *
 * @param origin e.g. `https://www.aufum.com`.
 * @param headers Headers the site needs, such as its credentials.
 * @returns The origin's rules.
 */
export async function fetchRobots(origin: string, headers: Record<string, string> = {}): Promise<RobotsRules> {
  try {
    const response = await fetch(new URL('/robots.txt', origin), { headers, signal: AbortSignal.timeout(10_000) })
    if (response.ok) return parseRobots(await response.text())
    if (response.status < 500) return () => true
  } catch {}
  return (url) => url.pathname === '/robots.txt'
}
