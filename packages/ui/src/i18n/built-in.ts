import type { LoadLanguage, Texts } from './index.js'

// Each language but English in a chunk of its own, so an app's visitors download only the one they read.
const CHUNKS: Record<string, () => Promise<Texts>> = {
  de: () => import('./de.js').then((m) => m.de),
  es: () => import('./es.js').then((m) => m.es),
  fr: () => import('./fr.js').then((m) => m.fr),
  zh: () => import('./zh.js').then((m) => m.zh),
}

/** Loads a built-in language from the app's bundle: what `mountConsentUI` uses. */
export const loadBuiltIn: LoadLanguage = (language) => CHUNKS[language]!()
