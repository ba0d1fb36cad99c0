import { type Consent, type ConsentChoices, type ConsentState, loadScript, type ScriptSource } from '@aufum/consent'
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
  /**
   * Calls `fn` with this API: what a page that loads the script tag async writes as
   * `(window.AufumConsent ||= []).push((api) => …)` works before and after the script tag has run.
   */
  push(fn: (api: AufumConsent) => void): void
}

/**
 * Builds `window.AufumConsent` over the page's consent manager.
 *
 * @param consent The consent manager.
 * @param ui Resolves to the mounted UI, loading it on first call; rejects when its file does not arrive.
 * @returns The API object.
 */
export function createApi(consent: Consent, ui: () => Promise<ConsentUI>): AufumConsent {
  // A UI file that does not arrive was reported already, and is asked for again at the next call.
  const show = (what: 'showBanner' | 'showSettings') => () =>
    void ui().then(
      (shown) => shown[what](),
      () => {},
    )
  const api: AufumConsent = {
    acceptAll: consent.acceptAll,
    rejectAll: consent.rejectAll,
    save: (choices) => consent.save(choices),
    reset: consent.reset,
    has: consent.has,
    get: () => consent.store.get(),
    onChange: consent.onChange,
    showBanner: show('showBanner'),
    showSettings: show('showSettings'),
    load: loadScript,
    push: (fn) => fn(api),
  }
  return api
}
