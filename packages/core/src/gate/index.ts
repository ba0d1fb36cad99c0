import { whenParsed } from '../when-parsed/index.js'

/** What the gate needs of the consent manager. */
export interface GateHost {
  has(category: string): boolean
  whenGranted(category: string, fn: () => void): () => void
  onChange(listener: (state: { categories: Record<string, boolean> }) => void): () => void
}

/** What to do when a category that already ran something on this page is withdrawn. */
export type WithdrawAction = 'reload' | 'none'

/** Where `load()` gets its script: a URL, or inline code. */
export type ScriptSource = { src: string } | { code: string }

/** The gate `createConsent` starts. */
export interface Gate {
  load(category: string, source: ScriptSource, attributes?: Record<string, string>): void
  stop(): void
}

// Inert until granted: a browser neither fetches nor runs a script of type text/plain, and loads no data-src.
const GATED = 'script[type="text/plain"][data-consent],[data-consent][data-src],[data-consent][data-srcset]'

/**
 * Activates the page's `data-consent` elements, in document order and once each, as soon as all
 * their categories are granted, including elements added later (MutationObserver).
 *
 * @param host The consent manager.
 * @param onWithdraw `reload` (the default) reloads the page once when a category that ran something is withdrawn.
 * @returns `load` for scripts added from code, and `stop`.
 */
export function createGate(host: GateHost, onWithdraw: WithdrawAction = 'reload'): Gate {
  const activated = new WeakSet<Element>()
  const ran = new Set<string>()
  let queue: Promise<unknown> = Promise.resolve()
  let observer: MutationObserver | undefined

  const categoriesOf = (el: Element) => el.getAttribute('data-consent')!.trim().split(/\s+/)

  const activate = (el: Element) => {
    activated.add(el)
    for (const category of categoriesOf(el)) ran.add(category)
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

  const scan = () => {
    if (observer)
      for (const el of document.querySelectorAll(GATED)) {
        // An empty or unknown category is never granted.
        if (!activated.has(el) && categoriesOf(el).every(host.has)) activate(el)
      }
  }

  const offChange = host.onChange(({ categories }) => {
    // A running script cannot be unloaded: reloading is the only way to stop it (GDPR Art. 7(3)).
    if (onWithdraw === 'reload' && [...ran].some((category) => !categories[category])) location.reload()
    else scan()
  })

  const start = () => {
    observer = new MutationObserver(scan)
    observer.observe(document, { childList: true, subtree: true })
    scan()
  }
  // Elements still being parsed may be incomplete (an inline script's text arrives in chunks): the first scan
  // waits for the whole document; the markup is inert meanwhile.
  whenParsed(start)

  return {
    load(category, source, attributes = {}) {
      const template = document.createElement('script')
      for (const name in attributes) template.setAttribute(name, attributes[name]!)
      if ('src' in source) template.src = source.src
      else template.text = source.code
      template.setAttribute('data-consent', category)
      host.whenGranted(category, () => activate(template))
    },
    stop() {
      offChange()
      observer?.disconnect()
    },
  }
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
