// aufum-consent-record.js: proof-of-consent records, loaded by aufum-consent.js as an ES module only on sites that
// configure "record", so that the others do not pay for it.
export { recordConsent as default } from '@aufum/consent'
