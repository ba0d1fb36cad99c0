import type { Consent } from '@aufum/consent'
import { categoriesOf, readOptions, whenParsed } from '@aufum/consent/internal'
import { loadBuiltIn } from '../i18n/built-in.js'
import { enPlaceholders } from '../i18n/en.js'
import { isRightToLeft, type LoadLanguage, loadTexts, type TextOverrides, type Texts } from '../i18n/index.js'
import { PLACEHOLDER_RULES } from '../options/rules.js'
import { adoptStyles } from '../styles/index.js'
import { schemeOf, type Theme } from '../theme/index.js'
import css from './aufum-consent-placeholder.css?raw'

/** Options of {@link mountPlaceholders}: the UI's, where they apply. */
export interface PlaceholderOptions {
  /** Language tag; default: `<html lang>`, then the browser's languages, then English. */
  lang?: string
  /** The site's texts by language tag (`placeholderTitle`, `placeholderText`, `loadOnce`, `alwaysAllow`). */
  texts?: Record<string, TextOverrides>
  /** The page's CSP nonce, for browsers without constructable stylesheets. */
  nonce?: string
  /** Colour scheme, as the banner's: `auto` (the default) follows the page. */
  theme?: Theme
}

// The placeholder document runs no script and requests nothing: the markup a site wrote inside a gated iframe may
// have come from its users (through an HTML sanitizer), and nothing may reach the provider before consent. A policy
// only restricts: the page's own Content-Security-Policy applies too. Our buttons are wired from the page.
const PLACEHOLDER_CSP =
  "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; form-action 'none'\">"

// Blocked iframes; one with a srcdoc of its own keeps it.
const BLOCKED = 'iframe[data-consent][data-src]:not([srcdoc])'
// The site's theme reaches the placeholder's document as the banner's custom properties.
const THEME = ['bg', 'fg', 'muted', 'accent', 'accent-fg', 'font'].map((name) => `--aufum-consent-${name}`)

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, key) => values[key]!)

function hostOf(url: string): string {
  try {
    return new URL(url, location.href).hostname
  } catch {
    return url
  }
}

/**
 * Shows a placeholder in the box of each gated iframe whose categories are not granted: who provides it, why it
 * is blocked, "Load this content" (this embed, on this page view; grants nothing) and "Always allow <category>"
 * (grants its categories, as the settings panel would). The placeholder is the iframe's own `srcdoc` document, so
 * it takes the iframe's size without a layout shift and requests nothing from the provider. The provider is
 * `data-consent-provider`, else the host name of `data-src`. Markup written inside the iframe (its fallback content)
 * is shown instead of ours, its `data-consent-load` and `data-consent-allow` buttons doing what ours do; an iframe
 * with a `srcdoc` of its own keeps it.
 *
 * @param consent The page's consent manager.
 * @param options Language, texts, nonce and theme, as for `mountConsentUI`.
 * @returns A function that stops placing placeholders (those shown stay until their content loads).
 * @example mountPlaceholders(consent, { lang: 'de' })
 */
export const mountPlaceholders = (consent: Consent, options: PlaceholderOptions = {}): (() => void) =>
  placePlaceholders(consent, options, loadBuiltIn)

/**
 * {@link mountPlaceholders}, with the languages loaded by `load`: the script tag's files, or the app's chunks.
 *
 * @param consent The page's consent manager.
 * @param options Language, texts, nonce and theme.
 * @param load Loads a built-in language other than English.
 * @returns A function that stops placing placeholders.
 */
export function placePlaceholders(
  consent: Consent,
  placeholderOptions: PlaceholderOptions,
  load: LoadLanguage,
): () => void {
  const options = readOptions(placeholderOptions, PLACEHOLDER_RULES)
  const categories = consent.config.categories
  const wanted = [options.lang, document.documentElement.lang, ...navigator.languages]
  let stopped = false
  let stop = () => {
    stopped = true
  }
  // A language whose file does not arrive: English, rather than a box with nothing to click.
  loadTexts(wanted, options.texts, categories, load, enPlaceholders)
    .catch(() => loadTexts(['en'], options.texts, categories, load, enPlaceholders))
    .then(({ language, texts }) => {
      if (!stopped) stop = place(language, texts)
    })
  return () => stop()

  function place(language: string, texts: Texts) {
    const label = (name: string) => texts.categories[name]?.label || name
    const show = (frame: HTMLIFrameElement) => {
      const names = categoriesOf(frame)
      // An unknown category can never be granted: nothing to offer (the debug audit names it).
      if (names.every(consent.has) || !names.every((name) => Object.hasOwn(consent.config.categories, name))) return
      const values = {
        provider: frame.getAttribute('data-consent-provider') || hostOf(frame.getAttribute('data-src')!),
        category: new Intl.ListFormat(language, { type: 'conjunction' }).format(names.map(label)),
      }
      // The iframe's fallback content, which browsers never render, is the site's own placeholder.
      const own = frame.innerHTML.trim()
      // At every load of the placeholder document: moving the iframe in the page reloads it.
      frame.addEventListener('load', () => draw(frame, names, values, !!own))
      frame.srcdoc = `<!doctype html><meta charset="utf-8">${PLACEHOLDER_CSP}${own}`
    }

    const draw = (frame: HTMLIFrameElement, names: string[], values: Record<string, string>, own: boolean) => {
      const doc = frame.contentDocument
      // Gone, granted meanwhile, or a sandbox that hides the document from the page.
      if (!doc || !frame.hasAttribute('srcdoc')) return
      if (!own) build(frame, doc, values)
      for (const button of doc.querySelectorAll<HTMLElement>('[data-consent-load]'))
        button.onclick = () => {
          // Without data-src the gate leaves this iframe alone: loaded once, it is not loaded again on a later grant.
          const src = frame.getAttribute('data-src')!
          frame.removeAttribute('data-src')
          frame.removeAttribute('srcdoc')
          frame.src = src
        }
      for (const button of doc.querySelectorAll<HTMLElement>('[data-consent-allow]'))
        button.onclick = () => consent.save(Object.fromEntries(names.map((name) => [name, true])))
    }

    const build = (frame: HTMLIFrameElement, doc: Document, values: Record<string, string>) => {
      const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text: string) => {
        const el = doc.createElement(tag)
        el.textContent = fill(text, values)
        return el
      }
      const root = doc.documentElement
      root.lang = language
      root.dir = isRightToLeft(language) ? 'rtl' : 'ltr'
      // Its own document inherits nothing from the page: it takes the iframe's scheme, as the banner the page's.
      root.style.colorScheme = schemeOf(options.theme) ?? getComputedStyle(frame).colorScheme
      const page = getComputedStyle(frame)
      for (const name of THEME) {
        const value = page.getPropertyValue(name)
        if (value) root.style.setProperty(name, value)
      }
      adoptStyles(doc, css, options.nonce)
      doc.title = fill(texts.placeholderTitle, values)
      const loadOnce = element('button', texts.loadOnce)
      const allow = element('button', texts.alwaysAllow)
      loadOnce.setAttribute('data-consent-load', '')
      allow.setAttribute('data-consent-allow', '')
      const buttons = doc.createElement('div')
      buttons.append(loadOnce, allow)
      doc.body.replaceChildren(element('h1', texts.placeholderTitle), element('p', texts.placeholderText), buttons)
    }

    const scan = () => document.querySelectorAll<HTMLIFrameElement>(BLOCKED).forEach(show)
    const observer = new MutationObserver(scan)
    const start = () => {
      scan()
      observer.observe(document, { childList: true, subtree: true })
    }
    const cancel = whenParsed(start)
    return () => {
      cancel()
      observer.disconnect()
    }
  }
}
