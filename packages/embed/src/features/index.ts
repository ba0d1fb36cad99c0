import type { Consent } from '@aufum/consent'
import { report } from '@aufum/consent/internal'

/** What a module of the script tag offers: a feature function, started once with the manager and its options. */
export type Feature<T> = (consent: Consent, options: object) => T

/** Starts a module's feature, once: `aufum-consent-<name>.js`, loaded on the first call. */
export type StartFeature = <T>(name: string, options?: object) => Promise<T>

/**
 * Starts the script tag's features that live in modules of their own, `aufum-consent-<name>.js`, loaded from beside
 * the script tag with the page's nonce only when asked for. A module announces itself with the DOM event
 * `aufum:<name>`, whose detail is its feature function, so no global is added for it. A file that does not arrive
 * is reported once and forgotten: the next call asks for it again.
 *
 * @param consent The consent manager each feature is started with.
 * @param base The script tag's URL: the modules live beside it, wherever it is served from.
 * @param nonce The page's CSP nonce, if any.
 * @returns `start(name, options)`, resolving to what the feature returns.
 */
export function createFeatures(consent: Consent, base: string, nonce?: string): StartFeature {
  const started = new Map<string, Promise<unknown>>()
  const failed = new Set<string>()
  const load = <T>(name: string) =>
    new Promise<Feature<T>>((resolve, reject) => {
      const type = `aufum:${name}`
      const onLoad = (event: Event) => resolve((event as CustomEvent<Feature<T>>).detail)
      document.addEventListener(type, onLoad, { once: true })
      const script = document.createElement('script')
      script.type = 'module'
      script.src = new URL(`aufum-consent-${name}.js`, base).href
      if (nonce) script.nonce = nonce
      script.onerror = () => {
        document.removeEventListener(type, onLoad)
        script.remove()
        started.delete(name)
        if (!failed.has(name)) report(`could not load ${script.src}; it is asked for again when needed`)
        failed.add(name)
        reject(new Error(`${script.src} did not load`))
      }
      document.head.append(script)
    })
  return <T>(name: string, options: object = {}) => {
    if (!started.has(name))
      started.set(
        name,
        load<T>(name).then((start) => start(consent, options)),
      )
    return started.get(name) as Promise<T>
  }
}

/**
 * Starts what the page needs without the visitor asking for it (the banner, placeholders, records, the audit):
 * when a file does not arrive, tries again after 1, 2, 4, 8 and 16 seconds, then gives up for this page view.
 *
 * @param attempt Starts the feature; rejects when its file does not arrive.
 * @returns What the feature returned, or `undefined` after the last try.
 */
export async function need<T>(attempt: () => Promise<T>): Promise<T | undefined> {
  for (let delay = 1e3; delay <= 16e3; delay *= 2) {
    try {
      return await attempt()
    } catch {
      await new Promise((wait) => setTimeout(wait, delay))
    }
  }
}
