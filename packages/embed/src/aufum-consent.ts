// aufum-consent.js: the script tag. Runs synchronously in <head>, before any tracking tag: starts the core and
// its gate at once, defines window.AufumConsent, and loads the UI only when the banner or the panel must show.
import { createConsent, googleConsentMode } from '@aufum/consent'
import { type AufumConsent, createApi } from './api/index.js'
import { readOptions } from './options/index.js'
import { uiLoader } from './ui-loader/index.js'

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
// Beside this file, wherever it is served from.
const loadUI = uiLoader(new URL('aufum-consent-ui.js', script?.src || location.href).href, consent, options)
window.AufumConsent = createApi(consent, loadUI)

if (consent.store.get().status === 'pending') loadUI()
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
