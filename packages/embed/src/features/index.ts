import type { Consent } from '@aufum/consent'
import { report } from '@aufum/consent/internal'
import type { ConsentUI } from '@aufum/consent-ui'
import type { LoadLanguage, StaticBanner } from '@aufum/consent-ui/internal'
import type { EmbedOptions } from '../options/index.js'

/** What the script tag gives its modules, beside the manager and the options. */
export interface ScriptTag {
  /**
   * Loads a built-in language's texts from its file, once, asking again at once if that fails: the banner, the UI
   * and placeholders share it.
   */
  language: LoadLanguage
  /** The UI, loaded and mounted on the first call. */
  ui(): Promise<ConsentUI>
  /** Hands the banner shown before the UI over to it: its element, if one is showing. */
  banner(): HTMLElement | undefined
}

/** What a module offers (its default export): a feature, started with the manager, the options and the script tag. */
export type Feature<T> = (consent: Consent, options: EmbedOptions, tag: ScriptTag) => T

/**
 * The static banner's module, given the page's language (which the script tag chose, to fetch its file at once) and
 * whether it is a built-in one with a file of its own: it resolves once the banner is on the screen, or to nothing
 * where the visitor has decided meanwhile.
 */
export type BannerFeature = (
  ...args: [...Parameters<Feature<void>>, language: string, builtIn: boolean]
) => Promise<StaticBanner | undefined>

// The build writes aufum-consent-modules.json (the hash of every module file) and puts its own hash here.
declare const __AUFUM_MODULES_INTEGRITY__: string

/** Loads one of the script tag's modules, `aufum-consent-<name>.js`, once; resolves to its default export. */
export type LoadModule = <T>(name: string) => Promise<T>

/**
 * Loads the script tag's modules from beside the script tag, only when asked for. `import()` carries the script
 * tag's nonce and, unlike a script element, does not hold up the page's `load` event. A file that does not arrive is
 * reported once and forgotten: the next call asks for it again. When the script tag itself was loaded with
 * Subresource Integrity, every module is too: an import map gives the browser each file's hash, from a list whose
 * own hash is built into the script tag, so a tampered module does not run.
 *
 * @param script The script tag: the modules live beside it, wherever it is served from.
 * @param nonce The page's CSP nonce, if any.
 * @returns `load(name)`.
 */
export function createModules(script: HTMLScriptElement | null, nonce?: string): LoadModule {
  const base = script?.src || location.href
  const url = (file: string) => new URL(file, base).href
  const loaded = new Map<string, Promise<unknown>>()
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
  return <T>(name: string) => {
    const file = url(`aufum-consent-${name}.js`)
    if (!loaded.has(name))
      loaded.set(
        name,
        checked()
          .then(() => import(file))
          .then(
            (module: { default: T }) => module.default,
            (error) => {
              loaded.delete(name)
              if (!failed.has(name)) report(`could not load ${file}; it is asked for again when needed`)
              failed.add(name)
              throw error
            },
          ),
      )
    return loaded.get(name) as Promise<T>
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
