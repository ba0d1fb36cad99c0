import { cookieNames } from '../cookie/names.js'
import { cookieName } from '../format/index.js'
import { categoriesOf } from '../markup/index.js'
import { matches } from '../patterns/index.js'
import { RECORD_QUEUE_KEY } from '../record/index.js'
import type { Consent } from '../store/index.js'
import { localKeys } from '../web-storage/index.js'
import { whenParsed } from '../when-parsed/index.js'

/** How often the audit looks at cookies and localStorage: tools set them at any time, and no event tells. */
export const AUDIT_INTERVAL = 1000

// A gated element is inert while its categories are refused: a script of type text/plain, anything else
// without src or srcset (they wait in data-src and data-srcset).
const isLive = (el: Element) =>
  el.localName === 'script'
    ? el.getAttribute('type') !== 'text/plain'
    : el.hasAttribute('src') || el.hasAttribute('srcset')

/**
 * Warns in the console, once each, about what breaks consent on this page: a `data-consent` element that is
 * not inert while its categories are refused, a `data-consent` value naming no configured category, and a cookie
 * or localStorage key that no category declares, or that is present while no category declaring it is granted.
 * The script tag runs it with `"debug": true` (and its development build by default); it is meant for site
 * developers, not for visitors' browsers.
 *
 * @param consent The page's consent manager.
 * @returns A function that stops the audit.
 * @example if (import.meta.env.DEV) auditConsent(consent)
 */
export function auditConsent(consent: Consent): () => void {
  const { categories, cookie } = consent.config
  const say = (message: string, el?: Element) => console.warn(`[aufum-consent] debug: ${message}`, ...(el ? [el] : []))
  const warned = new Set<string>()
  const warnOnce = (key: string, message: string) => {
    if (!warned.has(key)) {
      warned.add(key)
      say(message)
    }
  }
  const checked = new WeakSet<Element>()

  const checkElement = (el: Element) => {
    if (checked.has(el)) return
    checked.add(el)
    const value = el.getAttribute('data-consent')
    const names = categoriesOf(el)
    for (const name of names)
      if (!Object.hasOwn(categories, name))
        say(
          `data-consent="${value}" names no configured category ("${name}"), so this element never loads. Configured: ${Object.keys(categories).join(', ')}.`,
          el,
        )
    if (!names.every(consent.has) && isLive(el))
      say(
        el.localName === 'script'
          ? `this data-consent="${value}" script runs without consent: give it type="text/plain".`
          : `this data-consent="${value}" element loads without consent: move its src and srcset to data-src and data-srcset.`,
        el,
      )
  }
  const checkTree = (root: ParentNode | Node) => {
    if (root instanceof Element && root.hasAttribute('data-consent')) checkElement(root)
    if ('querySelectorAll' in root) root.querySelectorAll('[data-consent]').forEach(checkElement)
  }

  const checkStorage = () => {
    for (const name of [...cookieNames(), ...localKeys()]) {
      if (name === cookieName(cookie) || name === cookie.name || name === RECORD_QUEUE_KEY) continue
      const declaring = Object.keys(categories).filter((c) => matches(name, categories[c]!.cookies!))
      if (!declaring.length)
        warnOnce(
          name,
          `the cookie or localStorage key "${name}" is set, but no category declares it: add it to the cookies of the category it serves (necessary, if the site cannot work without it).`,
        )
      else if (!declaring.some(consent.has))
        warnOnce(
          `${name} while ${declaring}`,
          `the cookie or localStorage key "${name}" is set while ${declaring.join(' or ')} is not granted: something sets it before consent.`,
        )
    }
  }

  const observer = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(checkTree)
  })
  const start = () => {
    checkTree(document)
    observer.observe(document, { childList: true, subtree: true })
  }
  const cancel = whenParsed(start)
  checkStorage()
  const timer = setInterval(checkStorage, AUDIT_INTERVAL)
  const offChange = consent.onChange(checkStorage)
  return () => {
    cancel()
    observer.disconnect()
    clearInterval(timer)
    offChange()
  }
}
