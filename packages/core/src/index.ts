export type {
  CategoryConfig,
  ConsentConfig,
  CookieConfig,
  CookieDetails,
  CookiePattern,
  ResolvedConfig,
} from './config/index.js'
export type { ConsentModeOptions, GoogleConsentType } from './consent-mode/index.js'
export { CONSENT_MODE_MAPPING, googleConsentMode } from './consent-mode/index.js'
export { isCrawler } from './crawler/index.js'
export { ConsentError } from './errors/index.js'
export type { ConsentEventDetail } from './events/index.js'
export { dispatchConsentEvents } from './events/index.js'
export type { ConsentDecision, ConsentMethod } from './format/index.js'
export type { GateOptions, ScriptSource, WithdrawAction } from './gate/index.js'
export { createGate, loadScript } from './gate/index.js'
export type { ConsentRecord, RecordOptions, RecordQueue } from './record/index.js'
export { recordConsent } from './record/index.js'
export type {
  Consent,
  ConsentChoices,
  ConsentState,
} from './store/index.js'
export { createConsent } from './store/index.js'
