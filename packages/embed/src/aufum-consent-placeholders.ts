// aufum-consent-placeholders.js: placeholders for blocked embeds, loaded by aufum-consent.js only on pages with a
// gated iframe whose categories are not granted.
import { placePlaceholders } from '@aufum/consent-ui/internal'
import type { Feature } from './features/index.js'

const place: Feature<() => void> = (consent, options, tag) => placePlaceholders(consent, options, tag.language)
export default place
