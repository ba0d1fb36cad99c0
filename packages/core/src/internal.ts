// What the SDK's own packages (the UI, the script tag) share with the core. Not an entry point of the published
// package (package.json's `exports` has no `./internal`): the build bundles it into each package that uses it.
export { CONFIG_RULES, COOKIE_ENTRY } from './config/rules.js'
export { GATE_RULES } from './gate/index.js'
export { categoriesOf } from './markup/index.js'
export type { Check, OnProblem, Rule, Rules } from './options/index.js'
export {
  assertOptions,
  checkOptions,
  dropWrongOptions,
  isObject,
  object,
  oneOf,
  report,
  type,
} from './options/index.js'
export { queueRecord } from './record/index.js'
export { isWebUrl } from './web-url/index.js'
export { whenParsed } from './when-parsed/index.js'
