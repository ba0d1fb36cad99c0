// Build time only (the script tag's build, and the static banner's tests): the banner's markup, rendered from the Banner component
// itself with preact-render-to-string, with a slot for each text.
import { createRef } from 'preact'
import { render } from 'preact-render-to-string'
import type { Texts } from '../i18n/index.js'
import { type BannerTemplates, slot } from '../static-banner/slot.js'
import { Banner, type Layout } from './index.js'

/** The banner's markup with every text (and the layout and policy link) a slot: as a region, and as a modal dialog. */
export function renderBannerTemplates(): BannerTemplates {
  const texts = new Proxy({} as Texts, { get: (_, key) => slot(String(key)) })
  const none = () => {}
  const banner = (modal: boolean) =>
    render(
      <Banner
        cardRef={createRef()}
        texts={texts}
        policyUrl={slot('policyUrl')}
        layout={slot('layout') as Layout}
        modal={modal}
        inert={false}
        gpc
        onAcceptAll={none}
        onRejectAll={none}
        onCustomize={none}
      />,
    )
  return { region: banner(false), dialog: banner(true) }
}
