import { type Declarations, declaringCategories, isOwn } from './declarations.js'
import { itemsSeen, requestName, requestsSeen, type Seen } from './seen.js'
import type { Finding, OtherOriginRequest, Pass, PassName, StoredItem } from './types.js'

/** The site the scan is about: what counts as its own. */
export interface Site {
  declarations: Declarations
  /** The origins of the start URLs: requests to them are first party. */
  origins: string[]
  /** Other origins the site counts as necessary (`--allow`), such as its own CDN. */
  allowed: string[]
  /** The folders the pages' script tag was loaded from (see {@link sdkDirectories}): the SDK's files are there. */
  sdk: string[]
}

/** The scan's verdict. */
export interface Classified {
  /** Set or sent before a decision or after "Reject all" (or while its category is refused) and not necessary. */
  leaks: Finding[]
  /** Present after "Accept all", but no category's `cookies` declares it. */
  undeclared: Finding[]
}

// Before a decision, and after "Reject all", only strictly necessary storage and requests may happen
// (ePrivacy Directive Art. 5(3); EDPB Guidelines 05/2020 on consent).
const REFUSED: Partial<Record<PassName, string>> = {
  'no-decision': 'before any decision',
  'reject-all': 'after "Reject all"',
}

// The SDK's own files: aufum-consent.js and the modules it loads from beside it.
const SDK_FILE = /\/aufum-consent[\w.-]*\.js$/

/**
 * The folders the SDK's files are served from, as a page named its script tag: only there is a file named like
 * the SDK's its own, and not a tracker's `aufum-consent-pixel.js`.
 *
 * @param scripts The `src` of the page's script tags named like the SDK's, as the page sent them: unchecked.
 * @returns The folder of each http(s) one, e.g. `https://cdn.aufum.com/consent/`.
 */
export function sdkDirectories(scripts: unknown): string[] {
  if (!Array.isArray(scripts)) return []
  return scripts.flatMap((src) => {
    if (typeof src !== 'string' || !URL.canParse(src)) return []
    const url = new URL(src)
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !SDK_FILE.test(url.pathname)) return []
    return [new URL('.', url).href]
  })
}

/** Whether a request to another origin is one the site needs before consent: its own, allowed, or the SDK's. */
export function isNecessaryRequest(url: string, site: Site): boolean {
  const { origin, pathname } = new URL(url)
  const endpoint = site.declarations.recordEndpoint
  const folder = new URL('.', url).href
  return (
    site.origins.includes(origin) ||
    site.allowed.includes(origin) ||
    (SDK_FILE.test(pathname) && site.sdk.includes(folder)) ||
    (endpoint !== undefined && URL.canParse(endpoint) && requestName(url) === requestName(endpoint))
  )
}

const itemFinding = (pass: PassName, seen: Seen<StoredItem>, reason: string): Finding => ({
  kind: seen.first.kind,
  name: seen.first.name,
  pass,
  page: seen.page,
  pages: seen.pages,
  reason,
  domain: seen.first.domain,
  ...(seen.first.setBy ? { setBy: seen.first.setBy } : {}),
})

const requestFinding = (pass: PassName, seen: Seen<OtherOriginRequest>, reason: string): Finding => ({
  kind: 'request',
  name: requestName(seen.first.url),
  pass,
  page: seen.page,
  pages: seen.pages,
  reason,
  url: seen.first.url,
  ...(seen.first.initiator ? { initiator: seen.first.initiator } : {}),
})

/**
 * Finds the leaks and the undeclared cookies and keys in the passes' records. A leak is a cookie or key set, or a
 * request sent to another origin, before any decision or after "Reject all", that is not necessary: the SDK's own
 * storage, what a required category declares, and requests to the site's own or allowed origins are. In a pass
 * that grants one category alone, a cookie that only other categories declare is a leak too. Undeclared is what
 * "Accept all" leaves that no category declares.
 *
 * @param passes The scan's passes with their visits.
 * @param site What the site declares and which origins are its own.
 * @returns Leaks and undeclared findings, each once per pass, name and kind, with the pages where seen.
 */
export function classify(passes: Pass[], site: Site): Classified {
  const { declarations } = site
  const required = Object.keys(declarations.categories).filter((c) => declarations.categories[c]!.required)
  const leaks: Finding[] = []
  const undeclared: Finding[] = []
  for (const pass of passes) {
    const granted = new Set([...required, ...pass.granted])
    const refused = REFUSED[pass.name]
    for (const seen of itemsSeen(pass)) {
      if (isOwn(seen.first.name, declarations)) continue
      const declaring = declaringCategories(seen.first.name, declarations)
      if (declaring.some((c) => granted.has(c))) continue
      const declared = declaring.length ? `${declaring.join(' and ')} declares it` : 'no category declares it'
      if (refused) leaks.push(itemFinding(pass.name, seen, `set ${refused}; ${declared}`))
      else if (declaring.length)
        leaks.push(itemFinding(pass.name, seen, `set while ${declaring.join(' or ')} is not granted; ${declared}`))
      else if (pass.name === 'accept-all') undeclared.push(itemFinding(pass.name, seen, declared))
    }
    if (refused)
      for (const seen of requestsSeen(pass))
        if (!isNecessaryRequest(seen.first.url, site)) leaks.push(requestFinding(pass.name, seen, `sent ${refused}`))
  }
  return { leaks, undeclared }
}
