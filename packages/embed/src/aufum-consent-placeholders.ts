// aufum-consent-placeholders.js: placeholders for blocked embeds, loaded by aufum-consent.js only on pages with a
// gated iframe whose categories are not granted.
export { mountPlaceholders as default } from '@aufum/consent-ui'
