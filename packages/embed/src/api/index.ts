import type { Consent, ConsentChoices, ConsentState, ScriptSource } from '@aufum/consent'
import type { ConsentUI } from '@aufum/consent-ui'

/** `window.AufumConsent`: the script tag's API, present before the UI has loaded. */
export interface AufumConsent {
  acceptAll(): void
  rejectAll(): void
  save(choices: ConsentChoices): void
  reset(): void
  has(category: string): boolean
  /** The current state. */
  get(): ConsentState
  /** Calls `listener(state, previous)` at every change; returns an unsubscribe. */
  onChange(listener: (state: ConsentState, previous: ConsentState | undefined) => void): () => void
  /** Shows the banner, loading the UI first if needed. */
  showBanner(): void
  /** Opens the settings panel, loading the UI first if needed. */
  showSettings(): void
  /** Inserts a script as soon as the category is granted. */
  load(category: string, source: ScriptSource, attributes?: Record<string, string>): void
}

/**
 * Builds `window.AufumConsent` over the page's consent manager.
 *
 * @param consent The consent manager.
 * @param loadUI Resolves to the mounted UI, loading it on first call.
 * @returns The API object.
 */
export function createApi(consent: Consent, loadUI: () => Promise<ConsentUI>): AufumConsent {
  return {
    acceptAll: consent.acceptAll,
    rejectAll: consent.rejectAll,
    save: (choices) => consent.save(choices),
    reset: consent.reset,
    has: consent.has,
    get: () => consent.store.get(),
    onChange: consent.onChange,
    showBanner: () => void loadUI().then((ui) => ui.showBanner()),
    showSettings: () => void loadUI().then((ui) => ui.showSettings()),
    load: consent.load,
  }
}
