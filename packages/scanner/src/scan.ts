// The scan's steps, in the order they must keep:
//
//   args (cli.ts) → scan()
//     1. robots.txt of each start origin   before any page: the crawl must know what it may follow
//     2. launch Chromium
//     3. crawlWithoutDecision (passes.ts)  a fresh profile, no decision: finds the pages, and reads the site's
//                                          configuration (window.AufumConsent.config) from the first with the SDK
//     4. readDeclarations                  the SDK's own storage and the consent log's endpoint: the passes after
//                                          a decision need both, to keep the decision and to answer the log
//     5. passWithDecision × n, in parallel  reject all, accept all, each optional category alone; each decides in a
//                                          profile whose record endpoint the scanner answers (profile.ts), so no
//                                          synthetic decision reaches the site's consent log
//     6. classify, suggestDeclarations     pure judging of what the passes saw, once every pass is over
//
// Time: every page has --page-timeout and the whole scan --timeout (Timing.deadline); a page over either is closed
// and reported failed, so a page that never returns cannot hold the scan.
import type { Browser } from 'playwright-core'
import { launchChromium } from './browser.js'
import { type Classified, classify, sdkDirectories } from './classify.js'
import { createFrontier, type Skipped } from './crawl.js'
import {
  type Declarations,
  isOwn,
  readDeclarations,
  type SuggestedDeclarations,
  suggestDeclarations,
} from './declarations.js'
import { crawlWithoutDecision, inParallel, type Progress, passWithDecision } from './passes.js'
import type { Access } from './profile.js'
import { fetchRobots } from './robots.js'
import type { Pass, PassName } from './types.js'
import type { Timing } from './visit.js'

/** The scan could not run: a bad address, no browser, nothing reachable, no Aufum Consent on the pages. */
export class ScanError extends Error {
  override name = 'ScanError' as const
}

/** What to scan, and how. */
export interface ScanOptions {
  /** Start URLs, http(s). */
  urls: string[]
  /** How many pages to visit at most in each pass. */
  pages: number
  /** How long the network must be quiet on each page before the scan looks, in ms. */
  settle: number
  /** How long one page may take, in ms. */
  pageTimeout: number
  /** How long the whole scan may take, in ms. */
  timeout: number
  /** Headers by origin, each by lower-case name, sent to that origin only: credentials for a staging site. */
  headers: Record<string, Record<string, string>>
  /** A Chromium executable, when not Playwright's own or the system's. */
  browser?: string
  /** Other origins whose requests the site counts as necessary. */
  allow: string[]
  /** Told of each page as a pass finishes it. */
  progress: Progress
}

/** Everything a scan found, for the reports. */
export interface ScanResult extends Classified {
  startedAt: string
  durationMs: number
  startUrls: string[]
  /** The pages scanned: those that loaded as HTML in the first pass, in crawl order. */
  pages: string[]
  /** Pages that did not load or ran out of time, in which pass, and why. */
  failed: { url: string; pass: PassName; error: string }[]
  /** Pages that ended, after redirects, on another host than the one asked for. */
  elsewhere: { url: string; finalUrl: string }[]
  /** The consent log the site records to, and how many requests to it the scanner answered in its place. */
  record?: { endpoint: string; answered: number }
  /** Links not followed: disallowed by robots.txt, or over the page limit. */
  skipped: Skipped[]
  declarations: Declarations
  /** The pages where the script tag was missing. */
  withoutSdk: string[]
  passes: Pass[]
  suggested: SuggestedDeclarations
}

// Passes after a decision run side by side, each in its own profile; more would only queue on a small CI machine.
const PARALLEL_PASSES = 3

/**
 * Scans a site: crawls it without a decision, then walks the pages found after "Reject all", after "Accept
 * all", and with each optional category alone, and classifies what each pass saw.
 *
 * @param options What to scan.
 * @returns The result.
 * @throws {ScanError} when the scan cannot run.
 */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const started = Date.now()
  const origins = [...new Set(options.urls.map((url) => new URL(url).origin))]
  const access: Access = { headers: options.headers }
  const robots = new Map(
    await Promise.all(origins.map(async (o) => [o, await fetchRobots(o, options.headers[o])] as const)),
  )
  let browser: Browser
  try {
    browser = await launchChromium(options.browser)
  } catch (error) {
    throw new ScanError(error instanceof Error ? error.message.split('\n')[0] : String(error))
  }
  try {
    const frontier = createFrontier(options.urls, options.pages, robots)
    const timing: Timing = { settle: options.settle, page: options.pageTimeout, deadline: started + options.timeout }
    const discovery = await crawlWithoutDecision(browser, frontier, timing, access, options.progress)
    const visits = discovery.pass.visits
    const pages = visits.flatMap((v) => (v.error ? [] : [v.page]))
    if (!pages.length)
      throw new ScanError(
        `nothing reachable: ${visits.map((v) => `${v.page} (${v.error ?? 'not visited'})`).join(', ')}`,
      )
    // A page that ended on another host shows that host's script tag, if any: the decision is never made there.
    const withApi = visits.filter((v) => v.sdk && !v.otherHost).map((v) => v.page)
    const first = withApi[0]
    if (!first)
      throw new ScanError(
        `the Aufum Consent script tag (window.AufumConsent) is on none of the pages scanned: ${pages.join(', ')}`,
      )
    const facts = discovery.facts.get(first)!
    const declarations = readDeclarations(facts.config)
    // Without the names of the SDK's own storage, no pass could start from its decision.
    if (!declarations.own.length) throw new ScanError(`on ${first}, ${declarations.problems.join('; ')}`)
    const endpoint = declarations.recordEndpoint
    const record =
      endpoint && URL.canParse(endpoint, first) ? { endpoint: new URL(endpoint, first).href, answered: 0 } : undefined
    if (record) access.record = { endpoint: record.endpoint, answered: () => void record.answered++ }
    const optional = Object.keys(declarations.categories).filter((c) => !declarations.categories[c]!.required)

    // The decision is made once per origin, on the first of its pages that has the script tag.
    const decisionPages = new Map<string, string>()
    for (const page of withApi)
      if (!decisionPages.has(new URL(page).origin)) decisionPages.set(new URL(page).origin, page)
    const decided = pages.filter((page) => decisionPages.has(new URL(page).origin))
    const names: PassName[] = ['reject-all', 'accept-all', ...optional.map((c): PassName => `only:${c}`)]
    const rest = await inParallel(names, PARALLEL_PASSES, (name) =>
      passWithDecision(
        browser,
        name,
        decided,
        [...decisionPages.values()],
        (cookie) => isOwn(cookie, declarations),
        timing,
        access,
        options.progress,
      ),
    ).catch((error: unknown) => {
      throw new ScanError(error instanceof Error ? error.message.split('\n')[0] : String(error))
    })
    const passes = [discovery.pass, ...rest]
    const sdk = [...new Set([...discovery.facts.values()].flatMap((f) => sdkDirectories(f.sdkScripts)))]
    return {
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      startUrls: options.urls,
      pages,
      failed: passes.flatMap((pass) =>
        pass.visits.flatMap((v) => (v.error ? [{ url: v.page, pass: pass.name, error: v.error }] : [])),
      ),
      elsewhere: visits.flatMap((v) => (v.otherHost && v.finalUrl ? [{ url: v.page, finalUrl: v.finalUrl }] : [])),
      ...(record ? { record } : {}),
      skipped: frontier.skipped(),
      declarations,
      withoutSdk: visits.flatMap((v) => (v.error || v.sdk ? [] : [v.page])),
      passes,
      ...classify(passes, { declarations, origins, allowed: options.allow, sdk }),
      suggested: suggestDeclarations(passes, declarations, started),
    }
  } finally {
    await browser.close()
  }
}
