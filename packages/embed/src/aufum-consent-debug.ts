// aufum-consent-debug.js: the consent audit, loaded by aufum-consent.js only with "debug": true, so that the
// production script tag carries none of it. It announces itself with the DOM event `aufum:debug`.
import { auditConsent } from '@aufum/consent/debug'

document.dispatchEvent(new CustomEvent('aufum:debug', { detail: auditConsent }))
