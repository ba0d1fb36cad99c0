import css from './aufum-consent-ui.css?raw'

/**
 * Gives a shadow root the UI's styles: a constructable stylesheet where the browser has them (no
 * Content-Security-Policy applies to it), else a `<style>` carrying the page's nonce (CSP Level 3 `style-src`).
 *
 * @param root The UI's shadow root.
 * @param nonce The page's CSP nonce, if it has one.
 */
export function adoptStyles(root: ShadowRoot, nonce?: string): void {
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    root.adoptedStyleSheets = [sheet]
  } else {
    const style = document.createElement('style')
    if (nonce) style.nonce = nonce
    style.textContent = css
    root.append(style)
  }
}
