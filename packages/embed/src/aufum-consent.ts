// aufum-consent.js: the script tag. Runs synchronously in <head>, before any tracking tag, and composes the SDK's
// feature functions: the core, Google Consent Mode and the gate at once, window.AufumConsent, and the modules
// (UI, placeholders, records, audit) only where they are needed.
import {
  type ConsentState,
  createConsent,
  createGate,
  dispatchConsentEvents,
  googleConsentMode,
  isCrawler,
} from '@aufum/consent'
import { whenParsed } from '@aufum/consent/internal'
import type { ConsentUI } from '@aufum/consent-ui'
import { onSettingsLink } from '@aufum/consent-ui/internal'
import { type AufumConsent, createApi } from './api/index.js'
import { createFeatures, need } from './features/index.js'
import { readOptions } from './options/index.js'

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
createGate(consent, options)
dispatchConsentEvents(consent)
const start = createFeatures(consent, script?.src || location.href, options.nonce)
// Crawlers get no banner, no placeholders and no UI download (hideFromBots, on by default); nothing is granted to them.
const human = !(options.hideFromBots !== false && isCrawler())

let mounted: ConsentUI | undefined
const ui = () =>
  start<ConsentUI>('ui', options).then((shown) => {
    mounted = shown
    return shown
  })
window.AufumConsent = createApi(consent, ui)
if (consent.store.get().status === 'pending' && human) need(ui)
// The "Cookie settings" link works before the UI is on the page (once it is, the UI handles it); while the UI's
// file does not arrive, the link does what a link does.
onSettingsLink((link) => {
  if (!mounted)
    ui().then(
      (shown) => shown.showSettings(),
      () => {
        if (link instanceof HTMLAnchorElement && link.href) location.href = link.href
      },
    )
})

if (options.record) {
  // Decisions made while the module loads are kept, and recorded first.
  const early: ConsentState[] = []
  const off = consent.onChange((state) => {
    early.push(state)
  })
  need(() => start('record', { endpoint: options.record!.endpoint, policyUrl: options.policyUrl, early })).then(off)
}
if (options.debug) need(() => start('debug'))
// After the gate's first scan, which gives every granted iframe its src.
if (human && options.placeholders !== false)
  whenParsed(() => {
    if (document.querySelector('iframe[data-consent][data-src]:not([src]):not([srcdoc])'))
      need(() => start('placeholders', options))
  })
