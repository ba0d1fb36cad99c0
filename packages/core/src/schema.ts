// @aufum/consent/schema: what the SDK's servers and tools (the consent log, the scanner) read the browser code's rules
// from, so that no rule has a second copy. Runs in Node: nothing here touches the DOM.
export type { CookiePattern } from './config/index.js'
export type { ConsentMethod, ConsentRecord } from './consent-record/index.js'
export { CONSENT_METHODS, RECORD_FIELDS } from './consent-record/index.js'
export { CATEGORY_NAME, DAY, MAX_DAYS } from './format/index.js'
export { matches, patternFromJson, patternToJson } from './patterns/index.js'
