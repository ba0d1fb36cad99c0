import type { WithdrawAction } from '../config/index.js'
import { WITHDRAW } from '../config/rules.js'
import { categoriesOf, urlsOf } from '../markup/index.js'
import { type Rules, readOptions, report } from '../options/index.js'
import type { Consent } from '../store/index.js'
import { isWebUrl } from '../web-url/index.js'
import { whenParsed } from '../when-parsed/index.js'

/** Options of {@link createGate}. */
export interface GateOptions {
  /**
   * When a category that already ran a script, pixel or iframe on this page is withdrawn: `reload` the page once so
   * that the running tools stop (the default), or `none`. `createConsent`'s own `onWithdraw: 'none'` does the same.
   */
  onWithdraw?: WithdrawAction
}

/** The rules of {@link GateOptions}. */
export const GATE_RULES: Rules = { onWithdraw: WITHDRAW }

/** Where {@link loadScript} gets its script: a URL, or inline code. */
export type ScriptSource = { src: string } | { code: string }

// Inert until granted: a browser neither fetches nor runs a script of type text/plain, and loads no data-src.
const GATED = 'script[type="text/plain"][data-consent],[data-consent][data-src],[data-consent][data-srcset]'

/**
 * Activates the page's `data-consent` elements, in document order and once each, as soon as all their categories
 * are granted, including elements added later (MutationObserver). What it ran cannot be stopped: when its category
 * is withdrawn, the consent manager reloads the page once (unless `onWithdraw` is `none`), as for a `whenGranted`
 * start that returns no stop function.
 *
 * @param consent The consent manager.
 * @param options What to do on withdrawal.
 * @returns A function that stops the gate; what it activated stays.
 * @throws {ConsentError} in development builds, naming a wrong option.
 * @example
 * const consent = createConsent()
 * createGate(consent)
 */
export function createGate(consent: Consent, gateOptions: GateOptions = {}): () => void {
  const options = readOptions(gateOptions, GATE_RULES)
  const activated = new WeakSet<Element>()
  const ran = new Set<string>()
  let queue: Promise<unknown> = Promise.resolve()
  let observer: MutationObserver | undefined

  const activate = (el: Element) => {
    activated.add(el)
    // Markup that passed an HTML sanitizer keeps its data-* attributes: a javascript: or data: URL there must never
    // become live. Only http:, https: and relative URLs do.
    if (!urlsOf(el).every(isWebUrl)) {
      if (process.env.NODE_ENV !== 'production')
        report(`${urlsOf(el).find((url) => !isWebUrl(url))} is no http:, https: or relative URL: not loaded`)
      return
    }
    // What runs cannot be stopped: on withdrawal, the manager reloads the page (a stop that does nothing opts out).
    for (const category of categoriesOf(el))
      if (!ran.has(category)) {
        ran.add(category)
        consent.whenGranted(category, () => options.onWithdraw === 'none' && (() => {}))
      }
    if (el.localName === 'script') queue = queue.then(() => runScript(el as HTMLScriptElement))
    else {
      // A placeholder shown in the iframe's own box (ours, or the site's own markup) gives way to the content.
      el.removeAttribute('srcdoc')
      for (const name of ['srcset', 'src']) {
        const value = el.getAttribute(`data-${name}`)
        if (value) el.setAttribute(name, value)
      }
    }
  }

  // An empty or unknown category is never granted.
  const check = (el: Element) => {
    if (!activated.has(el) && categoriesOf(el).every(consent.has)) activate(el)
  }
  const scan = () => {
    if (observer) document.querySelectorAll(GATED).forEach(check)
  }
  // What the page adds later is checked alone: a page that changes its DOM often never rescans the whole document.
  const added = (records: MutationRecord[]) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof Element) {
          if (node.matches(GATED)) check(node)
          node.querySelectorAll(GATED).forEach(check)
        }
  }

  const offChange = consent.onChange(scan)

  // Elements still being parsed may be incomplete (an inline script's text arrives in chunks): the first scan
  // waits for the whole document; the markup is inert meanwhile.
  const cancel = whenParsed(() => {
    observer = new MutationObserver(added)
    observer.observe(document, { childList: true, subtree: true })
    scan()
  })
  return () => {
    cancel()
    offChange()
    observer?.disconnect()
  }
}

/**
 * Adds a script that the gate runs as soon as the category is granted, once, in document order: an inert
 * `<script type="text/plain" data-consent>` at the end of `<head>`, as if the page had written it there.
 *
 * @param category The category the script needs.
 * @param source `{ src }` for an external script, `{ code }` for inline code.
 * @param attributes Attributes of the script, e.g. `{ async: '', 'data-type': 'module' }`.
 * @example loadScript('analytics', { src: '/analytics.js' }, { id: 'analytics' })
 */
export function loadScript(category: string, source: ScriptSource, attributes: Record<string, string> = {}): void {
  const script = document.createElement('script')
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value)
  if ('src' in source) script.src = source.src
  else script.text = source.code
  script.type = 'text/plain'
  script.setAttribute('data-consent', category)
  document.head.append(script)
}

/**
 * Replaces an inert script with a live copy: every attribute kept, the nonce carried over by property
 * (browsers hide it from getAttribute), the real type taken from `data-type`.
 *
 * @returns A promise that settles when an ordered external script has loaded or failed, so the next waits.
 */
function runScript(inert: HTMLScriptElement): Promise<unknown> | undefined {
  const script = document.createElement('script')
  for (const { name, value } of inert.attributes) script.setAttribute(name, value)
  script.nonce = inert.nonce
  const type = inert.getAttribute('data-type')
  if (type) script.type = type
  else script.removeAttribute('type')
  script.text = inert.text
  // Listen before inserting: a cached script may fire load at once.
  const loaded =
    script.src && !script.hasAttribute('async')
      ? new Promise((settle) => {
          script.addEventListener('load', settle)
          script.addEventListener('error', settle)
        })
      : undefined
  if (inert.isConnected) inert.replaceWith(script)
  else document.head.append(script)
  return loaded
}
