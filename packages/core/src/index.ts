export type {
  CategoryConfig,
  ConsentConfig,
  CookieConfig,
  CookieDetails,
  CookiePattern,
  ResolvedConfig,
} from './config/index.js'
export { ConsentError } from './errors/index.js'
export type { ConsentDecision, ConsentMethod } from './format/index.js'
export type { ScriptSource, WithdrawAction } from './gate/index.js'
export type {
  Consent,
  ConsentChoices,
  ConsentEventDetail,
  ConsentState,
} from './store/index.js'
export { createConsent } from './store/index.js'
