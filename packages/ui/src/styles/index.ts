import banner from './aufum-consent-banner.css?raw'
import panel from './aufum-consent-panel.css?raw'

/** The banner's stylesheet, minified: all that a first visit's banner needs. */
export const bannerStyles: string = banner

/** The banner's and the settings panel's stylesheet, minified. */
export const uiStyles: string = banner + panel

/**
 * Gives a shadow root or a document a stylesheet: a constructable stylesheet where the browser has them (no
 * Content-Security-Policy applies to it), else a `<style>` carrying the page's nonce (CSP Level 3 `style-src`).
 *
 * @param root The UI's shadow root, or a placeholder's document.
 * @param styles The stylesheet's text.
 * @param nonce The page's CSP nonce, if it has one.
 */
export function adoptStyles(root: ShadowRoot | Document, styles: string, nonce?: string): void {
  const doc = (root as ShadowRoot).ownerDocument || (root as Document)
  // A sheet can only be adopted in the document whose window made it.
  const Sheet = doc.defaultView!.CSSStyleSheet
  if ('adoptedStyleSheets' in root && 'replaceSync' in Sheet.prototype) {
    const sheet = new Sheet()
    sheet.replaceSync(styles)
    root.adoptedStyleSheets = [sheet]
  } else {
    const style = doc.createElement('style')
    if (nonce) style.nonce = nonce
    style.textContent = styles
    ;(root === doc ? doc.head : root).append(style)
  }
}
