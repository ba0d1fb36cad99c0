// aufum-consent-ui.js: the UI, loaded by aufum-consent.js as an ES module only when it must show (its options were
// checked by the script tag). It announces itself with the DOM event `aufum:ui`, whose detail mounts it.
import { mountConsentUI } from '@aufum/consent-ui'

document.dispatchEvent(new CustomEvent('aufum:ui', { detail: mountConsentUI }))
