export type {
  CategoryConfig,
  ConsentConfig,
  CookieConfig,
  CookieDetails,
  CookiePattern,
  ResolvedConfig,
  WithdrawAction,
} from './config/index.js'
export type { ConsentModeOptions, GoogleConsentType } from './consent-mode/index.js'
export { CONSENT_MODE_MAPPING, googleConsentMode } from './consent-mode/index.js'
export type { ConsentMethod, ConsentRecord } from './consent-record/index.js'
export { isCrawler } from './crawler/index.js'
export { ConsentError } from './errors/index.js'
export type { ConsentEventDetail } from './events/index.js'
export { dispatchConsentEvents } from './events/index.js'
export type { ConsentDecision } from './format/index.js'
export type { GateOptions, ScriptSource } from './gate/index.js'
export { createGate, loadScript } from './gate/index.js'
export type { RecordOptions, RecordQueue } from './record/index.js'
export { recordConsent } from './record/index.js'
export type {
  Consent,
  ConsentChoices,
  ConsentState,
  Start,
} from './store/index.js'
export { createConsent } from './store/index.js'
