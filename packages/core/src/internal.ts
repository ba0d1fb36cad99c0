// What the SDK's own packages (the UI, the script tag) share with the core. Not an entry point of the published
// package (package.json's `exports` has no `./internal`): the build bundles it into each package that uses it.
export { CONFIG_RULES } from './config/rules.js'
export { CONSENT_MODE_RULES } from './consent-mode/index.js'
export { cookieName } from './format/index.js'
export { GATE_RULES } from './gate/index.js'
export { isolate } from './isolate/index.js'
export { categoriesOf } from './markup/index.js'
export type { Check, OnProblem, Rule, Rules } from './options/index.js'
export {
  dropWrongOptions,
  isObject,
  object,
  oneOf,
  readOptions,
  report,
  type,
} from './options/index.js'
export { patternFromJson } from './patterns/index.js'
export { queueRecord, RECORD_QUEUE_KEY, RECORD_RULES } from './record/index.js'
export { isWebUrl, WEB_URL } from './web-url/index.js'
export { whenParsed } from './when-parsed/index.js'
