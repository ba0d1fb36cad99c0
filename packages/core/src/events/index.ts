import type { ConsentMethod } from '../consent-record/index.js'
import type { Consent } from '../store/index.js'

/** `detail` of the DOM event `aufum:consent`. */
export interface ConsentEventDetail {
  categories: Record<string, boolean>
  /** Categories whose value changed. */
  changed: string[]
  method: ConsentMethod | null
}

/**
 * Dispatches the DOM event `aufum:consent` on `document` at every change, this tab's and other tabs', so that plain
 * scripts and tag managers can react without importing anything.
 *
 * @param consent The consent manager.
 * @returns A function that stops the events.
 * @example
 * dispatchConsentEvents(consent)
 * document.addEventListener('aufum:consent', (e) => console.log(e.detail.changed))
 */
export function dispatchConsentEvents(consent: Consent): () => void {
  return consent.onChange(({ categories, method }, previous) =>
    document.dispatchEvent(
      new CustomEvent<ConsentEventDetail>('aufum:consent', {
        detail: {
          categories,
          changed: Object.keys(categories).filter((n) => previous?.categories[n] !== categories[n]),
          method,
        },
      }),
    ),
  )
}
