// aufum-consent-banner.js: a first visit's banner, imported by aufum-consent.js, with no Preact: the Banner
// component's markup, rendered at build time, filled with the page's texts, and the banner's styles alone.
// "Customize" brings the UI, which takes the banner over.

import templates from 'aufum:banner-templates'
import { byLowerTag, enBanner, showStaticBanner } from '@aufum/consent-ui/internal'
import type { BannerFeature } from './features/index.js'

const show: BannerFeature = async (consent, options, tag, language, builtIn) => {
  // A language whose file does not arrive: English now, the page's language when the UI comes.
  const base = builtIn
    ? await tag.language(language).catch(() => {
        language = 'en'
        return enBanner
      })
    : enBanner
  // Decided meanwhile (through the API, or in another tab): no banner.
  if (consent.store.get().status !== 'pending') return
  const texts = { ...enBanner, ...base, ...byLowerTag(options.texts)[language] }
  return showStaticBanner(consent, options, { language, texts }, templates, () =>
    tag.ui().then((ui) => ui.showSettings()),
  )
}
export default show
