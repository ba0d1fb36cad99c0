// aufum-consent-check.js: the configuration's report. The production script tag imports it once a first visit's
// visitor has decided, off the way of the page and of the banner; the development build reports at once. Each wrong
// option, and each name that is no option, is named once in the console: all but the core's, which the core named.
import type { Feature } from './features/index.js'
import { checkOptions } from './options/index.js'

const check: Feature<void> = (_, options) => {
  checkOptions(options as Record<string, unknown>, false)
}
export default check
