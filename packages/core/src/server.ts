export type { ConsentDecision, ConsentMethod } from './format/index.js'
export type { ParseConsentOptions } from './server/index.js'
export { parseConsent } from './server/index.js'
