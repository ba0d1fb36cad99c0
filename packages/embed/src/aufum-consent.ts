// aufum-consent.js: the script tag. Runs synchronously in <head>, before any tracking tag: starts the core and
// its gate at once, defines window.AufumConsent, and loads the UI only when the banner or the panel must show.
import {
  type Consent,
  type ConsentState,
  createConsent,
  googleConsentMode,
  isCrawler,
  type recordConsent,
  whenParsed,
} from '@aufum/consent'
import type { ConsentUI } from '@aufum/consent-ui'
import { type AufumConsent, createApi } from './api/index.js'
import { loadModule } from './module-loader/index.js'
import { type EmbedOptions, readOptions } from './options/index.js'

declare global {
  interface Window {
    AufumConsent: AufumConsent
  }
}

const script = document.currentScript as HTMLScriptElement | null
const options = readOptions(script)
// The unminified development build, aufum-consent.dev.js, audits the page unless told "debug": false.
if (process.env.NODE_ENV !== 'production') options.debug ??= true
const consent = createConsent(options)
// Before any gated Google tag can run: gated elements activate at DOMContentLoaded at the earliest.
if (options.googleConsentMode)
  googleConsentMode(consent, options.googleConsentMode === true ? {} : options.googleConsentMode)
// The script tag's modules, loaded from beside it only where needed, each handed the consent manager and the options.
const base = script?.src || location.href
const run = <T>(name: string) =>
  loadModule<(consent: Consent, options: EmbedOptions) => T>(name, base, options.nonce).then((start) =>
    start(consent, options),
  )
let ui: Promise<ConsentUI> | undefined
const loadUI = () => (ui ||= run<ConsentUI>('ui'))
if (options.record) {
  // Decisions made while the module loads are kept, and recorded first.
  const early: ConsentState[] = []
  const off = consent.onChange((state) => {
    early.push(state)
  })
  loadModule<typeof recordConsent>('record', base, options.nonce).then((record) => {
    off()
    record(consent, { endpoint: options.record!.endpoint, policyUrl: options.policyUrl, early })
  })
}
// The production build carries no audit: "debug": true loads it (aufum-consent-debug.js).
if (process.env.NODE_ENV === 'production' && options.debug) run('debug')
window.AufumConsent = createApi(consent, loadUI)

// Crawlers get no banner, no placeholders and no UI download (hideFromBots, on by default); nothing is granted to them.
const human = !(options.hideFromBots !== false && isCrawler())
if (consent.store.get().status === 'pending' && human) loadUI()
// After the gate's first scan, which gives every granted iframe its src.
const placeholders = () => {
  if (document.querySelector('iframe[data-consent][data-src]:not([src]):not([srcdoc])')) run('placeholders')
}
if (human && options.placeholders !== false) whenParsed(placeholders)
// A returning visitor's "Cookie settings" link works before the UI is on the page; after, the UI handles it.
document.addEventListener('click', (event) => {
  if (
    !document.querySelector('aufum-consent') &&
    (event.target as Element | null)?.closest?.('[data-consent-settings]')
  ) {
    event.preventDefault()
    window.AufumConsent.showSettings()
  }
})
