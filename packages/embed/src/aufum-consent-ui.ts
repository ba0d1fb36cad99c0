// aufum-consent-ui.js: the UI, loaded by aufum-consent.js as an ES module only when it must show.
import { mountConsentUI } from '@aufum/consent-ui'

document.dispatchEvent(new CustomEvent('aufum:ui', { detail: mountConsentUI }))
