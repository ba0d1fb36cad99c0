import { type Consent, ConsentError, isCrawler, whenParsed } from '@aufum/consent'
import { render } from 'preact'
import { Banner, type Layout, reserveSpace } from '../banner/index.js'
import { isRightToLeft, loadTexts, type TextOverrides, type Texts } from '../i18n/index.js'
import { deepActiveElement, openModal } from '../modal/index.js'
import { Settings } from '../settings/index.js'
import { adoptStyles, uiStyles } from '../styles/index.js'

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
  /** Colour scheme; default `auto`, following `prefers-color-scheme`. */
  theme?: 'auto' | 'light' | 'dark'
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

const fail = (field: string, must: string): never => {
  throw new ConsentError(`[aufum-consent] ${field} must ${must}`)
}

// A link may only come from policyUrl, and only with a web scheme: never javascript: or data:.
function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return
  try {
    if (/^https?:$/.test(new URL(url, location.href).protocol)) return url
  } catch {}
  if (process.env.NODE_ENV !== 'production') fail('policyUrl', 'be an http:, https: or relative URL')
}

function validate(options: UIOptions): void {
  const { layout, theme, texts } = options
  if (layout !== undefined && !['bar', 'box', 'modal'].includes(layout)) fail('layout', "be 'bar', 'box' or 'modal'")
  if (theme !== undefined && !['auto', 'light', 'dark'].includes(theme)) fail('theme', "be 'auto', 'light' or 'dark'")
  if (texts !== undefined && (typeof texts !== 'object' || !texts))
    fail('texts', 'be an object of language tag to texts')
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
export function mountConsentUI(consent: Consent, options: UIOptions = {}): ConsentUI {
  if (process.env.NODE_ENV !== 'production') validate(options)
  const {
    layout = 'bar',
    blocking = false,
    theme = 'auto',
    floatingButton = false,
    nonce,
    hideFromBots = true,
  } = options
  // Search engines should index the page, not the banner.
  const asks = () => consent.store.get().status === 'pending' && !(hideFromBots && isCrawler())
  const policyUrl = safeUrl(options.policyUrl)
  const host = document.createElement('aufum-consent')
  if (theme !== 'auto') host.dataset.theme = theme
  const root = host.attachShadow({ mode: 'open' })
  adoptStyles(root, uiStyles, nonce)

  let banner = false
  let settings = false
  let choices = consent.store.get().categories
  let opener: Element | null = null
  let shown: { language: string; texts: Texts } | undefined
  // The side effects of what is on screen: the topmost modal dialog, and the page's room for a bar.
  let modal: Element | null = null
  let closeModal: (() => void) | undefined
  let region: Element | null = null
  let releaseSpace: (() => void) | undefined

  const effects = () => {
    const top = [...root.querySelectorAll<HTMLElement>('[aria-modal="true"]')].pop() ?? null
    if (top !== modal) {
      closeModal?.()
      modal = top
      closeModal = top ? openModal(top, host, settings ? closeSettings : undefined) : undefined
    }
    const bar = root.querySelector<HTMLElement>('[role="region"]')
    if (bar !== region) {
      releaseSpace?.()
      region = bar
      releaseSpace = bar ? reserveSpace(bar) : undefined
    }
  }

  const draw = () => {
    // Only in the page: a modal moves focus and makes the page inert as it mounts, which needs both.
    if (!shown || !host.isConnected) return
    const { language, texts } = shown
    render(
      <div class="ui" lang={language} dir={isRightToLeft(language) ? 'rtl' : 'ltr'}>
        {banner && (
          <Banner
            texts={texts}
            policyUrl={policyUrl}
            layout={layout}
            modal={blocking || layout === 'modal'}
            inert={settings}
            gpc={consent.gpc}
            onAcceptAll={consent.acceptAll}
            onRejectAll={consent.rejectAll}
            onCustomize={ui.showSettings}
          />
        )}
        {settings && (
          <Settings
            consent={consent}
            texts={texts}
            language={language}
            choices={choices}
            onToggle={(name) => {
              choices = { ...choices, [name]: !choices[name] }
              draw()
            }}
            onClose={closeSettings}
          />
        )}
        {/* Kept (inert, like the page) while the panel it opened is open, so that focus can return to it. */}
        {floatingButton && !banner && (
          <button type="button" class="reopen" inert={settings} onClick={ui.showSettings}>
            {texts.reopen}
          </button>
        )}
      </div>,
      root,
    )
    effects()
  }

  const closeSettings = () => {
    settings = false
    banner = asks()
    draw()
    if (opener?.isConnected) (opener as HTMLElement).focus()
  }

  const ui: ConsentUI = {
    showBanner() {
      banner = true
      draw()
    },
    showSettings() {
      opener = deepActiveElement()
      choices = consent.store.get().categories
      settings = true
      draw()
    },
    hide() {
      banner = settings = false
      draw()
    },
    unmount() {
      offChange()
      document.removeEventListener('click', onClick)
      cancelAttach()
      banner = settings = false
      draw()
      render(null, root)
      host.remove()
    },
  }

  const offChange = consent.onChange(() => {
    if (asks()) ui.showBanner()
    else if (settings) closeSettings()
    else ui.hide()
  })

  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('[data-consent-settings]')
    if (link) {
      event.preventDefault()
      ui.showSettings()
    }
  }
  document.addEventListener('click', onClick)

  // First in the body, so the banner comes early in the tab order; once the body is parsed, so that a
  // blocking banner makes all of it inert.
  const cancelAttach = whenParsed(() => {
    document.body.prepend(host)
    draw()
  })

  loadTexts(
    [options.lang, document.documentElement.lang, ...navigator.languages],
    options.texts,
    consent.config.categories,
  ).then((loaded) => {
    shown = loaded
    banner ||= asks()
    draw()
  })
  return ui
}
