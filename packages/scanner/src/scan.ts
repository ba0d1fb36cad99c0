import type { Browser } from 'playwright-core'
import { launchChromium } from './browser.js'
import { type Classified, classify } from './classify.js'
import { createFrontier, type Skipped } from './crawl.js'
import {
  type Declarations,
  isOwn,
  readDeclarations,
  type SuggestedDeclarations,
  suggestDeclarations,
} from './declarations.js'
import { crawlWithoutDecision, inParallel, type Progress, passWithDecision } from './passes.js'
import { fetchRobots } from './robots.js'
import type { Pass, PassName } from './types.js'

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
  /** Pages that did not load, and why. */
  failed: { url: string; error: string }[]
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
  const robots = new Map(await Promise.all(origins.map(async (o) => [o, await fetchRobots(o)] as const)))
  let browser: Browser
  try {
    browser = await launchChromium(options.browser)
  } catch (error) {
    throw new ScanError(error instanceof Error ? error.message.split('\n')[0] : String(error))
  }
  try {
    const frontier = createFrontier(options.urls, options.pages, robots)
    const timing = { settle: options.settle }
    const discovery = await crawlWithoutDecision(browser, frontier, timing, options.progress)
    const visits = discovery.pass.visits
    const failed = visits.flatMap((v) => (v.error ? [{ url: v.page, error: v.error }] : []))
    const pages = visits.flatMap((v) => (v.error ? [] : [v.page]))
    if (!pages.length)
      throw new ScanError(`nothing reachable: ${failed.map((f) => `${f.url} (${f.error})`).join(', ')}`)
    const withApi = visits.filter((v) => v.sdk).map((v) => v.page)
    const first = withApi[0]
    if (!first)
      throw new ScanError(
        `the Aufum Consent script tag (window.AufumConsent) is on none of the pages scanned: ${pages.join(', ')}`,
      )
    const facts = discovery.facts.get(first)!
    const declarations = readDeclarations(facts.config)
    // Without the names of the SDK's own storage, no pass could start from its decision.
    if (!declarations.own.length) throw new ScanError(`on ${first}, ${declarations.problems.join('; ')}`)
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
        options.progress,
      ),
    ).catch((error: unknown) => {
      throw new ScanError(error instanceof Error ? error.message.split('\n')[0] : String(error))
    })
    const passes = [discovery.pass, ...rest]
    return {
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      startUrls: options.urls,
      pages,
      failed,
      skipped: frontier.skipped(),
      declarations,
      withoutSdk: pages.filter((page) => !withApi.includes(page)),
      passes,
      ...classify(passes, { declarations, origins, allowed: options.allow }),
      suggested: suggestDeclarations(passes, declarations, started),
    }
  } finally {
    await browser.close()
  }
}
