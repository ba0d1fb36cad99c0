// aufum-consent-banner.js: a first visit's banner, imported by aufum-consent.js, with no Preact: the Banner
// component's markup, rendered at build time, filled with the page's texts. It also reports the configuration's
// mistakes once (returning visitors never download this). "Customize" brings the UI, which takes the banner over.

import templates from 'aufum:banner-templates'
import { loadTexts, showStaticBanner } from '@aufum/consent-ui/internal'
import type { BannerFeature } from './features/index.js'
import { checkOptions } from './options/index.js'

const show: BannerFeature = async (consent, options, tag) => {
  if (process.env.NODE_ENV === 'production') checkOptions(options as Record<string, unknown>)
  const texts = (wanted: (string | null | undefined)[]) =>
    loadTexts(wanted, options.texts, consent.config.categories, tag.language)
  // A language whose file does not arrive: English now, the page's language when the UI comes.
  const shown = await texts([options.lang, document.documentElement.lang, ...navigator.languages]).catch(() =>
    texts([]),
  )
  return showStaticBanner(consent, options, shown, templates, () => void tag.ui().then((ui) => ui.showSettings()))
}
export default show
