// aufum-consent-ui.js: the UI, loaded by aufum-consent.js as an ES module only when it must show (its options were
// checked by the script tag).
export { mountConsentUI as default } from '@aufum/consent-ui'
