import { whole } from '../config/rules.js'
import { object, oneOf, type Rules, readOptions, type } from '../options/index.js'
import type { Consent } from '../store/index.js'

/** Google's consent types (Consent Mode v2). */
export type GoogleConsentType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage'

/** Options of {@link googleConsentMode}; every field is optional. */
export interface ConsentModeOptions {
  /** Our categories to Google's consent types; default {@link CONSENT_MODE_MAPPING}. */
  mapping?: Record<string, GoogleConsentType[]>
  /** Milliseconds Google's tags wait for the `update` after the `default`. Default 500. */
  waitForUpdate?: number
  /** `gtag('set', 'ads_data_redaction', true)`: redact ad click identifiers while ads are denied. Default false. */
  adsDataRedaction?: boolean
  /** `gtag('set', 'url_passthrough', true)`: pass click information in URLs while cookies are denied. Default false. */
  urlPassthrough?: boolean
}

/** The default mapping of our categories to Google's consent types. */
export const CONSENT_MODE_MAPPING: Record<string, GoogleConsentType[]> = {
  necessary: ['security_storage'],
  preferences: ['functionality_storage', 'personalization_storage'],
  analytics: ['analytics_storage'],
  partners: ['ad_storage', 'ad_user_data', 'ad_personalization'],
}

/** The rules of {@link ConsentModeOptions}. */
export const CONSENT_MODE_RULES: Rules = {
  mapping: [
    object,
    {
      '*': [
        (v) => !Array.isArray(v) && "be a list of Google's consent types",
        // Read when checked: a call at the module's top level would keep the table in bundles that never use it.
        { '*': (v, key, list) => oneOf(...Object.values(CONSENT_MODE_MAPPING).flat())(v, key, list) },
      ],
    },
  ],
  waitForUpdate: /* @__PURE__ */ whole(0),
  adsDataRedaction: /* @__PURE__ */ type('boolean'),
  urlPassthrough: /* @__PURE__ */ type('boolean'),
}

type ConsentValues = Record<GoogleConsentType, 'granted' | 'denied'>
type Gtag = (...args: unknown[]) => void
type GoogleWindow = Window & { dataLayer?: unknown[]; gtag?: Gtag }

/**
 * Tells Google's tags what the visitor decided (Google Consent Mode v2). At once: `gtag('consent', 'default', …)`
 * with every type denied but `security_storage` (unless `dataLayer` holds a default already: the page's own, given
 * before an async script tag), then, for a returning visitor, the stored decision as
 * `gtag('consent', 'update', …)`; after that an `update` at every change, each followed by the `dataLayer` event
 * `aufum_consent_update` for Google Tag Manager triggers. Defines `gtag` the standard way when the page has not.
 * Call it right after `createConsent`, before any Google tag can run.
 *
 * @param consent The consent manager.
 * @param options Mapping, `wait_for_update`, and Google's optional measurement settings.
 * @returns A function that stops the updates.
 * @throws {ConsentError} in development builds, naming a wrong option.
 * @example
 * const consent = createConsent()
 * googleConsentMode(consent, { waitForUpdate: 500 })
 */
export function googleConsentMode(consent: Consent, options: ConsentModeOptions = {}): () => void {
  const {
    mapping = CONSENT_MODE_MAPPING,
    waitForUpdate = 500,
    adsDataRedaction,
    urlPassthrough,
  } = readOptions(options, CONSENT_MODE_RULES)
  const page = window as GoogleWindow
  page.dataLayer ||= []
  const dataLayer = page.dataLayer
  // Google's snippet: gtag() pushes its `arguments` object, which is what Google's tags read.
  page.gtag ||= function () {
    // biome-ignore lint/complexity/noArguments: Google's tags expect the arguments object itself.
    dataLayer.push(arguments)
  }
  const gtag = page.gtag
  const values = (categories: Record<string, boolean>) => {
    const result = {} as ConsentValues
    for (const types of Object.values(CONSENT_MODE_MAPPING)) for (const type of types) result[type] = 'denied'
    result.security_storage = 'granted'
    for (const category of Object.keys(mapping))
      if (categories[category]) for (const type of mapping[category]!) result[type] = 'granted'
    return result
  }
  const update = ({ categories }: { categories: Record<string, boolean> }) => {
    const consentValues = values(categories)
    gtag('consent', 'update', consentValues)
    dataLayer.push({ event: 'aufum_consent_update', aufum_consent: { ...categories }, consent: consentValues })
  }

  // A default the page gave itself (the inline snippet before an async script tag) stays: Google's tags may have
  // read it already.
  if (!dataLayer.some((entry) => (entry as IArguments)?.[0] === 'consent' && (entry as IArguments)[1] === 'default'))
    gtag('consent', 'default', { ...values({}), wait_for_update: waitForUpdate })
  if (adsDataRedaction) gtag('set', 'ads_data_redaction', true)
  if (urlPassthrough) gtag('set', 'url_passthrough', true)
  const state = consent.store.get()
  if (state.status === 'decided') update(state)
  return consent.onChange(update)
}
