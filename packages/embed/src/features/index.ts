import type { Consent } from '@aufum/consent'
import { report } from '@aufum/consent/internal'

/** What a module of the script tag offers: a feature function, started once with the manager and its options. */
export type Feature<T> = (consent: Consent, options: object) => T

/** Starts a module's feature, once: `aufum-consent-<name>.js`, loaded on the first call. */
export type StartFeature = <T>(name: string, options?: object) => Promise<T>

// The build writes aufum-consent-modules.json (the hash of every module file) and puts its own hash here.
declare const __AUFUM_MODULES_INTEGRITY__: string

/**
 * Starts the script tag's features that live in modules of their own, `aufum-consent-<name>.js` (default export: the
 * feature function), imported from beside the script tag only when asked for. `import()` carries the script tag's
 * nonce and, unlike a script element, does not hold up the page's `load` event. A file that does not arrive is
 * reported once and forgotten: the next call asks for it again. When the script tag itself was loaded with
 * Subresource Integrity, every module is too: an import map gives the browser each file's hash, from a list whose
 * own hash is built into the script tag, so a tampered module does not run.
 *
 * @param consent The consent manager each feature is started with.
 * @param script The script tag: the modules live beside it, wherever it is served from.
 * @param nonce The page's CSP nonce, if any.
 * @returns `start(name, options)`, resolving to what the feature returns.
 */
export function createFeatures(consent: Consent, script: HTMLScriptElement | null, nonce?: string): StartFeature {
  const base = script?.src || location.href
  const url = (file: string) => new URL(file, base).href
  const started = new Map<string, Promise<unknown>>()
  const failed = new Set<string>()
  let hashes: Promise<void> | undefined
  const integrity = async () => {
    const response = await fetch(url('aufum-consent-modules.json'), { integrity: __AUFUM_MODULES_INTEGRITY__ })
    const list: Record<string, string> = await response.json()
    const map = document.createElement('script')
    map.type = 'importmap'
    if (nonce) map.nonce = nonce
    map.textContent = JSON.stringify({
      integrity: Object.fromEntries(Object.entries(list).map(([file, hash]) => [url(file), hash])),
    })
    document.head.append(map)
  }
  // Asked for once, and again after a failure.
  const checked = () =>
    (hashes ||= (script?.integrity ? integrity() : Promise.resolve()).catch((error) => {
      hashes = undefined
      throw error
    }))
  return <T>(name: string, options: object = {}) => {
    if (!started.has(name)) {
      const file = url(`aufum-consent-${name}.js`)
      started.set(
        name,
        checked()
          .then(() => import(file))
          .then(
            ({ default: start }: { default: Feature<T> }) => start(consent, options),
            (error) => {
              started.delete(name)
              if (!failed.has(name)) report(`could not load ${file}; it is asked for again when needed`)
              failed.add(name)
              throw error
            },
          ),
      )
    }
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
