import {
  type Consent,
  type ConsentChoices,
  type ConsentState,
  loadScript,
  type ScriptSource,
  type Start,
} from '@aufum/consent'
import { isolate } from '@aufum/consent/internal'
import type { ConsentUI } from '@aufum/consent-ui'
import { type ConfigView, configView } from '../config-view/index.js'

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
  /**
   * Starts something as soon as the category is granted, and stops it on withdrawal: `start` returns its stop
   * function (or a promise of one); where it returns none, the withdrawal reloads the page once.
   *
   * @returns A function that cancels.
   */
  whenGranted(category: string, start: Start): () => void
  /** Inserts a script as soon as the category is granted; its withdrawal reloads the page once. */
  load(category: string, source: ScriptSource, attributes?: Record<string, string>): void
  /**
   * Calls `fn` with this API: what a page that loads the script tag async writes as
   * `(window.AufumConsent ||= []).push((api) => …)` works before and after the script tag has run.
   */
  push(fn: (api: AufumConsent) => void): void
  /** The configuration the page runs with, read-only: what a scanner or the page's own code may rely on. */
  readonly config: ConfigView
}

/**
 * Builds `window.AufumConsent` over the page's consent manager.
 *
 * @param consent The consent manager.
 * @param ui Resolves to the mounted UI, loading it on first call; rejects when its file does not arrive.
 * @param endpoint Where the script tag sends proof-of-consent records, if it does.
 * @returns The API object.
 */
export function createApi(consent: Consent, ui: () => Promise<ConsentUI>, endpoint?: string): AufumConsent {
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
    whenGranted: consent.whenGranted,
    load: loadScript,
    // A page's function that throws is reported; what the page queued after it still runs.
    push: (fn) => void isolate(fn)(api),
    get config() {
      view ??= configView(consent, endpoint)
      return view
    },
  }
  let view: ConfigView | undefined
  return api
}
