import type { Consent } from '@aufum/consent'
import { reserveSpace } from '../banner/index.js'
import { type BannerTexts, isRightToLeft } from '../i18n/index.js'
import { openModal } from '../modal/index.js'
import type { UIOptions } from '../mount/index.js'
import { adoptStyles, bannerStyles } from '../styles/index.js'
import { schemeOf } from '../theme/index.js'

import type { BannerTemplates } from './slot.js'

const html = (text: unknown) => `${text}`.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The banner on screen before the UI is there. */
export interface StaticBanner {
  /** Its `<aufum-consent>` element, which the UI takes over. */
  host: HTMLElement
  /** Stops answering its buttons and undoes its effects (the modal focus trap, the room kept for a bar). */
  release(): void
}

/**
 * Shows the banner with no Preact: the markup the Banner component rendered at build time, filled with the visitor's
 * texts, its buttons wired to the manager. It goes as soon as the visitor decides; "Customize" asks for the UI, which
 * takes over the same element (and the same buttons, focus included). Called once the document is parsed: the
 * banner goes first in the body.
 *
 * @param consent The consent manager.
 * @param options The UI's options (layout, theme, policy link, nonce).
 * @param shown The language and its texts.
 * @param templates The banner's markup, from `renderBannerTemplates`.
 * @param customize Called by "Customize".
 * @returns The element, and a function that leaves it to the UI.
 */
export function showStaticBanner(
  consent: Consent,
  options: UIOptions,
  { language, texts }: { language: string; texts: BannerTexts },
  templates: BannerTemplates,
  customize: () => void,
): StaticBanner {
  const { layout = 'bar', blocking, theme, nonce, policyUrl } = options
  const modal = blocking || layout === 'modal'
  const host = document.createElement('aufum-consent')
  const scheme = schemeOf(theme)
  if (scheme) host.dataset.theme = scheme
  const root = host.attachShadow({ mode: 'open' })
  adoptStyles(root, bannerStyles, nonce)
  const values: Record<string, string> = {
    ...(texts as unknown as Record<string, string>),
    layout,
    policyUrl: policyUrl ?? '',
  }
  root.innerHTML = `<div class="ui" lang="${html(language)}" dir="${isRightToLeft(language) ? 'rtl' : 'ltr'}">${templates[
    modal ? 'dialog' : 'region'
  ].replace(/\uE000(\w+)\uE000/g, (_, key: string) => html(values[key] ?? ''))}</div>`
  // Only a web URL is ever linked (the link's protocol, resolved as the browser does); without one, no link.
  const link = root.querySelector('a')!
  if (!(policyUrl && /^https?:$/.test(link.protocol))) link.remove()
  if (!consent.gpc) root.querySelector('.gpc')?.remove()
  const card = root.querySelector<HTMLElement>('[aria-labelledby]')!
  const buttons = [...root.querySelectorAll('button')]
  const actions = [consent.rejectAll, consent.acceptAll, customize]
  buttons.forEach((button, i) => {
    button.onclick = () => actions[i]!()
  })
  // First in the body, so that it comes early in the tab order; a blocking banner makes the rest inert.
  document.body.prepend(host)
  const undo = modal ? openModal(card, host) : reserveSpace(card)
  const release = () => {
    off()
    undo()
    for (const button of buttons) button.onclick = null
  }
  const off = consent.onChange(({ status }) => {
    if (status === 'decided') {
      release()
      host.remove()
    }
  })
  return { host, release }
}
