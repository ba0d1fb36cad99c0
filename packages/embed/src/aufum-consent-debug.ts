// aufum-consent-debug.js: the consent audit, loaded by aufum-consent.js only with "debug": true, so that the
// production script tag carries none of it.
export { auditConsent as default } from '@aufum/consent/debug'
