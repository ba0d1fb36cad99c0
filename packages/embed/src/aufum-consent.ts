// aufum-consent.js: the script tag. Runs synchronously in <head>, before any tracking tag: starts the core and
// its gate at once, defines window.AufumConsent, and loads the UI only when the banner or the panel must show.
import { type ConsentState, createConsent, googleConsentMode, isCrawler, type recordConsent } from '@aufum/consent'
import type { ConsentUI } from '@aufum/consent-ui'
import { type AufumConsent, createApi } from './api/index.js'
import type { MountUI } from './aufum-consent-ui.js'
import { loadModule } from './module-loader/index.js'
import { readOptions } from './options/index.js'

declare global {
  interface Window {
    AufumConsent: AufumConsent
  }
}

const script = document.currentScript as HTMLScriptElement | null
const options = readOptions(script)
const consent = createConsent(options)
// Before any gated Google tag can run: gated elements activate at DOMContentLoaded at the earliest.
if (options.googleConsentMode)
  googleConsentMode(consent, options.googleConsentMode === true ? {} : options.googleConsentMode)
// The script tag's modules live beside this file, wherever it is served from.
const beside = (file: string) => new URL(file, script?.src || location.href).href
let ui: Promise<ConsentUI> | undefined
const loadUI = () =>
  (ui ||= loadModule<MountUI>(beside('aufum-consent-ui.js'), 'aufum:ui', options.nonce).then((mount) =>
    mount(consent, options),
  ))
if (options.record) {
  // Decisions made while the module loads are kept, and recorded first.
  const early: ConsentState[] = []
  const off = consent.onChange((state) => {
    early.push(state)
  })
  loadModule<typeof recordConsent>(beside('aufum-consent-record.js'), 'aufum:record', options.nonce).then((record) => {
    off()
    record(consent, { endpoint: options.record!.endpoint, policyUrl: options.policyUrl, early })
  })
}
window.AufumConsent = createApi(consent, loadUI)

// Crawlers get no banner and no UI download (hideFromBots, on by default); nothing is granted to them.
if (consent.store.get().status === 'pending' && !(options.hideFromBots !== false && isCrawler())) loadUI()
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
