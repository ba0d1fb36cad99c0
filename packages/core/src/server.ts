export type { ConsentMethod } from './consent-record/index.js'
export type { ConsentDecision } from './format/index.js'
export type { ParseConsentOptions } from './server/index.js'
export { parseConsent } from './server/index.js'
