import type { Consent, ConsentChoices } from '@aufum/consent'
import { isCrawler } from '@aufum/consent'
import { isWebUrl, readOptions, whenParsed } from '@aufum/consent/internal'
import { createRef, render } from 'preact'
import { Banner, type Layout, reserveSpace } from '../banner/index.js'
import { loadBuiltIn } from '../i18n/built-in.js'
import { en } from '../i18n/en.js'
import { isRightToLeft, type LoadLanguage, loadTexts, type TextOverrides, type Texts } from '../i18n/index.js'
import { deepActiveElement, openModal } from '../modal/index.js'
import { UI_RULES } from '../options/rules.js'
import { Settings } from '../settings/index.js'
import { onSettingsLink } from '../settings-link/index.js'
import { adoptStyles, uiStyles } from '../styles/index.js'
import { schemeOf, type Theme } from '../theme/index.js'

/** Options of {@link mountConsentUI}; every field is optional. */
export interface UIOptions {
  /** The privacy or cookie policy, linked from the banner: an http:, https: or relative URL. */
  policyUrl?: string
  /** Language tag; default: `<html lang>`, then the browser's languages, then English. */
  lang?: string
  /** The site's texts by language tag: overrides of built-in ones, or whole new languages. */
  texts?: Record<string, TextOverrides>
  /** `bar` (bottom edge, the default), `box` (corner) or `modal` (centre). */
  layout?: Layout
  /** Make the banner a modal dialog that blocks the page until the visitor decides. Default false. */
  blocking?: boolean
  /** Colour scheme: `light`, `dark`, or `auto` (the default), following the page (see `schemeOf`). */
  theme?: Theme
  /** Show a floating "Cookie settings" button while the banner is hidden. Default false. */
  floatingButton?: boolean
  /** The page's CSP nonce, for browsers without constructable stylesheets. */
  nonce?: string
  /** Show crawlers (a user agent naming itself a bot) no banner; nothing is granted to them. Default true. */
  hideFromBots?: boolean
}

/** What {@link mountConsentUI} returns. */
export interface ConsentUI {
  showBanner(): void
  /** Opens the settings panel; focus returns to the element focused before, when it closes. */
  showSettings(): void
  /** Hides the banner and the panel, deciding nothing. */
  hide(): void
  /** Removes the UI and its listeners from the page. */
  unmount(): void
}

/** What the UI shows: the banner or not, the settings panel or not (its switches, and where focus returns). */
interface Shown {
  banner: boolean
  panel?: { choices: ConsentChoices; opener: Element | null }
}

/** A side effect of an element on screen, undone when another element (or none) takes its place. */
interface Effect {
  element: HTMLElement | null
  undo?: () => void
}

function follow(effect: Effect, element: HTMLElement | null, start: (element: HTMLElement) => () => void): void {
  if (element === effect.element) return
  effect.undo?.()
  effect.element = element
  effect.undo = element ? start(element) : undefined
}

/**
 * Shows the consent banner while the visitor has not decided, and the settings panel on request, in a
 * shadow root of its own (`<aufum-consent>`), so that neither the page's CSS nor ours leaks into the other.
 * Any element with `data-consent-settings` (a footer link "Cookie settings") opens the panel.
 *
 * @param consent A manager from `createConsent`; the UI reads and writes only through it.
 * @param options Policy link, language and texts, layout, theme.
 * @returns Functions to show and hide the UI, and to remove it.
 * @throws {ConsentError} in development builds, naming a wrong option.
 * @example
 * mountConsentUI(createConsent(), { policyUrl: '/privacy', layout: 'box' })
 */
export const mountConsentUI = (consent: Consent, options: UIOptions = {}): ConsentUI =>
  mountInto(consent, options, loadBuiltIn)

/**
 * {@link mountConsentUI}, with the languages from elsewhere (the script tag's files), and an element to take over:
 * the script tag's banner, shown before the UI arrived, becomes the UI's, focus and all.
 *
 * @param consent The consent manager.
 * @param options The UI's options.
 * @param load Loads a built-in language other than English.
 * @param taken An `<aufum-consent>` element with the banner in its shadow root, to render into.
 * @returns Functions to show and hide the UI, and to remove it.
 */
export function mountInto(consent: Consent, uiOptions: UIOptions, load: LoadLanguage, taken?: HTMLElement): ConsentUI {
  const options = readOptions(uiOptions, UI_RULES)
  const {
    layout = 'bar',
    blocking = false,
    theme,
    floatingButton = false,
    nonce,
    hideFromBots = true,
    policyUrl,
  } = options
  // Search engines should index the page, not the banner.
  const asks = () => consent.store.get().status === 'pending' && !(hideFromBots && isCrawler())
  const modalBanner = blocking || layout === 'modal'
  const host = taken ?? document.createElement('aufum-consent')
  const scheme = schemeOf(theme)
  if (scheme) host.dataset.theme = scheme
  // Preact's first render reuses what it finds in the root: the banner's elements stay, and so does focus.
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
  adoptStyles(root, uiStyles, nonce)

  const shown: Shown = { banner: false }
  let texts: { language: string; texts: Texts } | undefined
  const bannerRef = createRef<HTMLDivElement>()
  const panelRef = createRef<HTMLDivElement>()
  const modal: Effect = { element: null }
  const space: Effect = { element: null }

  const draw = () => {
    // Only in the page: a modal moves focus and makes the page inert as it mounts, which needs both.
    if (!texts || !host.isConnected) return
    const { language } = texts
    const { panel } = shown
    render(
      <div class="ui" lang={language} dir={isRightToLeft(language) ? 'rtl' : 'ltr'}>
        {shown.banner && (
          <Banner
            cardRef={bannerRef}
            texts={texts.texts}
            policyUrl={policyUrl && isWebUrl(policyUrl) ? policyUrl : undefined}
            layout={layout}
            modal={modalBanner}
            inert={!!panel}
            gpc={consent.gpc}
            onAcceptAll={consent.acceptAll}
            onRejectAll={consent.rejectAll}
            onCustomize={ui.showSettings}
          />
        )}
        {panel && (
          <Settings
            cardRef={panelRef}
            consent={consent}
            texts={texts.texts}
            language={language}
            choices={panel.choices}
            onToggle={(name) => {
              panel.choices = { ...panel.choices, [name]: !panel.choices[name] }
              draw()
            }}
            onClose={closeSettings}
          />
        )}
        {/* Kept (inert, like the page) while the panel it opened is open, so that focus can return to it. */}
        {floatingButton && !shown.banner && (
          <button type="button" class="reopen" inert={!!panel} onClick={ui.showSettings}>
            {texts.texts.reopen}
          </button>
        )}
      </div>,
      root,
    )
    // The topmost modal dialog traps focus and makes the page inert; a bar banner keeps the page's end reachable.
    const top = panelRef.current ?? (modalBanner ? bannerRef.current : null)
    follow(modal, top, (dialog) => openModal(dialog, host, dialog === panelRef.current ? closeSettings : undefined))
    follow(space, modalBanner ? null : bannerRef.current, reserveSpace)
  }

  const closeSettings = () => {
    const opener = shown.panel?.opener
    shown.panel = undefined
    shown.banner = asks()
    draw()
    if (opener?.isConnected) (opener as HTMLElement).focus()
  }

  // English is in this file; another language arrives in a file of its own. When that file fails, the UI speaks
  // English and asks for the file again the next time it shows.
  let missingLanguage = false
  const showTexts = () =>
    loadTexts(wanted, options.texts, consent.config.categories, load, en)
      .catch(() => {
        missingLanguage = true
        return loadTexts([], options.texts, consent.config.categories, load, en)
      })
      .then((loaded) => {
        texts = loaded
        shown.banner ||= asks()
        draw()
      })
  const wanted = [options.lang, document.documentElement.lang, ...navigator.languages]
  const retryTexts = () => {
    if (missingLanguage) {
      missingLanguage = false
      showTexts()
    }
  }

  const ui: ConsentUI = {
    showBanner() {
      shown.banner = true
      draw()
      retryTexts()
    },
    showSettings() {
      shown.panel = { choices: consent.store.get().categories, opener: deepActiveElement() }
      draw()
      retryTexts()
    },
    hide() {
      shown.banner = false
      shown.panel = undefined
      draw()
    },
    unmount() {
      offChange()
      offLinks()
      cancelAttach()
      ui.hide()
      render(null, root)
      host.remove()
    },
  }

  const offChange = consent.onChange(() => {
    if (asks()) ui.showBanner()
    else if (shown.panel) closeSettings()
    else ui.hide()
  })
  const offLinks = onSettingsLink(ui.showSettings)

  // First in the body, so the banner comes early in the tab order; once the body is parsed, so that a
  // blocking banner makes all of it inert.
  const cancelAttach = whenParsed(() => {
    if (!host.isConnected) document.body.prepend(host)
    draw()
  })
  showTexts()
  return ui
}
