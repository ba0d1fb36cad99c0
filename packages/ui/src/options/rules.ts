import { isWebUrl, object, oneOf, type Rules, type } from '@aufum/consent/internal'

const BOOLEAN = type('boolean')
const STRING = type('string')

// A language's texts: strings, and the categories' label and description.
const TEXTS: Rules = {
  categories: [object, { '*': [object, { label: STRING, description: STRING }] }],
  '*': STRING,
}

/** The rules of `mountConsentUI`'s options. */
export const UI_RULES: Rules = {
  policyUrl: (v) => !(typeof v === 'string' && isWebUrl(v)) && 'be an http:, https: or relative URL',
  lang: STRING,
  texts: [object, { '*': [object, TEXTS] }],
  layout: oneOf('bar', 'box', 'modal'),
  blocking: BOOLEAN,
  theme: oneOf('auto', 'light', 'dark'),
  floatingButton: BOOLEAN,
  nonce: STRING,
  hideFromBots: BOOLEAN,
}
