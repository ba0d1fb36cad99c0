import { object, oneOf, type Rules, type, WEB_URL } from '@aufum/consent/internal'

const BOOLEAN = /* @__PURE__ */ type('boolean')
const STRING = /* @__PURE__ */ type('string')

// A language's texts: strings, and the categories' label and description.
const TEXTS: Rules = {
  categories: [object, { '*': [object, { label: STRING, description: STRING }] }],
  '*': STRING,
}

/** The rules of `mountPlaceholders`' options: the UI's, where they apply. */
export const PLACEHOLDER_RULES: Rules = {
  lang: STRING,
  texts: [object, { '*': [object, TEXTS] }],
  theme: /* @__PURE__ */ oneOf('auto', 'light', 'dark'),
  nonce: STRING,
}

/** The rules of `mountConsentUI`'s options. */
export const UI_RULES: Rules = {
  ...PLACEHOLDER_RULES,
  policyUrl: WEB_URL,
  layout: /* @__PURE__ */ oneOf('bar', 'box', 'modal'),
  blocking: BOOLEAN,
  floatingButton: BOOLEAN,
  hideFromBots: BOOLEAN,
}
