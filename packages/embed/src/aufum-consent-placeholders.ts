// aufum-consent-placeholders.js: placeholders for blocked embeds, loaded by aufum-consent.js only on pages with a
// gated iframe whose categories are not granted. It announces itself with the DOM event `aufum:placeholders`.
import { mountPlaceholders } from '@aufum/consent-ui'

document.dispatchEvent(new CustomEvent('aufum:placeholders', { detail: mountPlaceholders }))
