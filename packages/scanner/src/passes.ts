import { setTimeout as delay } from 'node:timers/promises'
import type { Browser, BrowserContextOptions } from 'playwright-core'
import type { Frontier } from './crawl.js'
import { decide, hasApi, type PageFacts } from './probe.js'
import { type Access, closeProfile, openProfile } from './profile.js'
import type { Pass, PassName, Visit } from './types.js'
import { openTab, type Timing } from './visit.js'

/** Told of each page as a pass finishes it. */
export type Progress = (pass: PassName, visit: Visit, done: number, total?: number) => void

/** The pass that walks the site without deciding, and crawls it. */
export interface Discovery {
  pass: Pass
  /** What each page that loaded said about itself, by URL. */
  facts: Map<string, PageFacts>
}

const API_TIMEOUT = 10_000

const grantedIn = (facts: Iterable<PageFacts>) => {
  for (const { categories } of facts) if (categories) return Object.keys(categories).filter((c) => categories[c])
  return []
}

/**
 * The first pass: a visitor who decides nothing and clicks nothing walks the site, in a fresh profile, while the
 * crawl follows the links it finds.
 *
 * @param browser The browser.
 * @param frontier The crawl's queue.
 * @param timing How long to let each page settle, and take.
 * @param access The site's headers.
 * @param progress Told of each page.
 * @returns The pass, and what each page said about itself.
 */
export async function crawlWithoutDecision(
  browser: Browser,
  frontier: Frontier,
  timing: Timing,
  access: Access,
  progress: Progress,
): Promise<Discovery> {
  const tab = await openTab(browser, timing, access)
  const visits: Visit[] = []
  const facts = new Map<string, PageFacts>()
  try {
    for (let url = frontier.next(); url; url = frontier.next()) {
      const seen = await tab.visit(url)
      visits.push(seen.visit)
      if (seen.facts) {
        facts.set(url, seen.facts)
        frontier.add(seen.facts.links)
      }
      progress('no-decision', seen.visit, visits.length)
    }
  } finally {
    await tab.close()
  }
  return { pass: { name: 'no-decision', granted: grantedIn(facts.values()), visits }, facts }
}

// A decision page's script may spin: each step has the page's time limit, and then the profile is closed.
const within = <T>(step: Promise<T>, timing: Timing, url: string): Promise<T> => {
  const limit = Math.min(timing.page, timing.deadline - Date.now())
  return Promise.race([
    step,
    delay(Math.max(limit, 0), undefined, { ref: false }).then(() => {
      throw new Error(`deciding on ${url} did not finish within ${Math.round(limit / 1000)} s`)
    }),
  ])
}

// Decides on each decision page in a throw-away profile, and keeps only the SDK's own storage: the pass then
// starts from a profile that holds the decision and nothing that the decision pages set before it.
async function decidedProfile(
  browser: Browser,
  pass: PassName,
  decisionPages: string[],
  isOwn: (name: string) => boolean,
  timing: Timing,
  access: Access,
): Promise<BrowserContextOptions['storageState']> {
  const context = await openProfile(browser, access)
  try {
    const page = await context.newPage()
    for (const url of decisionPages) {
      await within(page.goto(url, { waitUntil: 'load' }), timing, url)
      await page
        .waitForFunction(hasApi, undefined, {
          timeout: Math.max(1, Math.min(API_TIMEOUT, timing.deadline - Date.now())),
        })
        .catch(() => {
          throw new Error(`window.AufumConsent did not appear on ${url} within ${API_TIMEOUT / 1000} s`)
        })
      await within(page.evaluate(decide, pass), timing, url)
    }
    const { cookies, origins } = await context.storageState()
    return {
      cookies: cookies.filter((c) => isOwn(c.name)),
      origins: origins.map(({ origin, localStorage }) => ({
        origin,
        localStorage: localStorage.filter((entry) => isOwn(entry.name)),
      })),
    }
  } finally {
    await closeProfile(context)
  }
}

/**
 * A pass after a decision: decides through `window.AufumConsent` (never a click), then walks every page in a
 * profile that holds only that decision.
 *
 * @param browser The browser.
 * @param pass `reject-all`, `accept-all` or `only:<category>`.
 * @param pages The pages to visit, in order.
 * @param decisionPages One page with the script tag for each origin among `pages`: the decision is made there.
 * @param isOwn Whether a cookie or localStorage key is the SDK's own (the decision), to keep.
 * @param timing How long to let each page settle, and take.
 * @param access The site's headers, and the consent log to answer.
 * @param progress Told of each page.
 * @returns The pass.
 */
export async function passWithDecision(
  browser: Browser,
  pass: PassName,
  pages: string[],
  decisionPages: string[],
  isOwn: (name: string) => boolean,
  timing: Timing,
  access: Access,
  progress: Progress,
): Promise<Pass> {
  const decided = await decidedProfile(browser, pass, decisionPages, isOwn, timing, access)
  const tab = await openTab(browser, timing, access, decided)
  const visits: Visit[] = []
  const facts: PageFacts[] = []
  try {
    for (const url of pages) {
      const seen = await tab.visit(url)
      visits.push(seen.visit)
      if (seen.facts) facts.push(seen.facts)
      progress(pass, seen.visit, visits.length, pages.length)
    }
  } finally {
    await tab.close()
  }
  return { name: pass, granted: grantedIn(facts), visits }
}

/**
 * Runs tasks at most `width` at a time, keeping their order in the result.
 *
 * @param items What to run the task on.
 * @param width How many at once.
 * @param task The task.
 * @returns The results, in the order of `items`.
 */
export async function inParallel<T, R>(items: T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await task(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker))
  return results
}
