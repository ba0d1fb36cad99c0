import { object, oneOf, type Rules, type, WEB_URL } from '@aufum/consent/internal'

const BOOLEAN = type('boolean')
const STRING = type('string')

// A language's texts: strings, and the categories' label and description.
const TEXTS: Rules = {
  categories: [object, { '*': [object, { label: STRING, description: STRING }] }],
  '*': STRING,
}

/** The rules of `mountPlaceholders`' options: the UI's, where they apply. */
export const PLACEHOLDER_RULES: Rules = {
  lang: STRING,
  texts: [object, { '*': [object, TEXTS] }],
  theme: oneOf('auto', 'light', 'dark'),
  nonce: STRING,
}

/** The rules of `mountConsentUI`'s options. */
export const UI_RULES: Rules = {
  ...PLACEHOLDER_RULES,
  policyUrl: WEB_URL,
  layout: oneOf('bar', 'box', 'modal'),
  blocking: BOOLEAN,
  floatingButton: BOOLEAN,
  hideFromBots: BOOLEAN,
}
