// aufum-consent-ui.js: the UI (Preact), imported by aufum-consent.js when the visitor asks for the settings panel (or
// the banner shows and no faster banner is there). It takes over the banner already on screen.
import { mountInto } from '@aufum/consent-ui/internal'
import type { Feature } from './features/index.js'

const mount: Feature<ReturnType<typeof mountInto>> = (consent, options, tag) =>
  mountInto(consent, options, tag.language, tag.banner())
export default mount
