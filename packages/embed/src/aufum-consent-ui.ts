// aufum-consent-ui.js: the UI, loaded by aufum-consent.js as an ES module only when it must show. It announces
// itself with the DOM event `aufum:ui`, whose detail mounts it.
import type { Consent } from '@aufum/consent'
import { mountConsentUI, type UIOptions } from '@aufum/consent-ui'
import { checkUIOptions } from './ui-options/index.js'

const mount = (consent: Consent, options: UIOptions) => mountConsentUI(consent, checkUIOptions(options))
document.dispatchEvent(new CustomEvent('aufum:ui', { detail: mount }))
