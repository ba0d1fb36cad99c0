import type { Consent, CookiePattern } from '@aufum/consent'
import { cookieName, RECORD_QUEUE_KEY } from '@aufum/consent/internal'

/** `AufumConsent.config`: the configuration the page runs with, every default filled in and every wrong field left out. */
export interface ConfigView {
  /** Every category, with whether it is always granted and the cookies and localStorage keys it declares. */
  readonly categories: Readonly<
    Record<string, { readonly required: boolean; readonly cookies: readonly CookiePattern[] }>
  >
  /** The consent cookie: its configured name (also its localStorage key) and the name the browser stores it under. */
  readonly cookie: { readonly name: string; readonly stored: string }
  /** Every cookie and localStorage key the SDK itself writes: the decision, its copy, the queue of records. */
  readonly own: readonly string[]
  /** Where proof-of-consent records are sent; `null` where none are. */
  readonly record: { readonly endpoint: string } | null
}

const frozen = <T extends object>(value: T): T => Object.freeze(value)

/**
 * Builds the read-only view of what the page runs with, for tools that check a site (the scanner) and for a
 * page's own code: nothing it holds can change the configuration.
 *
 * @param consent The consent manager.
 * @param endpoint The record endpoint the script tag sends to, if any.
 * @returns A frozen copy.
 */
export function configView(consent: Consent, endpoint: string | undefined): ConfigView {
  const { categories, cookie } = consent.config
  const stored = cookieName(cookie)
  return frozen({
    categories: frozen(
      Object.fromEntries(
        Object.entries(categories).map(([name, { required, cookies }]) => [
          name,
          frozen({ required: !!required, cookies: frozen([...(cookies ?? [])]) }),
        ]),
      ),
    ),
    cookie: frozen({ name: cookie.name, stored }),
    own: frozen([...new Set([stored, cookie.name, RECORD_QUEUE_KEY])]),
    record: endpoint === undefined ? null : frozen({ endpoint }),
  })
}
