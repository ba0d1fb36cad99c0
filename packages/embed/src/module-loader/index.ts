/**
 * Loads one of the script tag's ES modules (aufum-consent-ui.js, aufum-consent-record.js) with the page's nonce.
 * A module announces itself with a DOM event whose detail is what it offers, so no global is added for it.
 *
 * @param src The module's URL.
 * @param event The event the module dispatches on `document` once it has run.
 * @param nonce The page's CSP nonce, if any.
 * @returns The event's detail.
 */
export function loadModule<T>(src: string, event: string, nonce?: string): Promise<T> {
  return new Promise((resolve) => {
    document.addEventListener(event, (e) => resolve((e as CustomEvent<T>).detail), { once: true })
    const script = document.createElement('script')
    script.type = 'module'
    script.src = src
    if (nonce) script.nonce = nonce
    script.addEventListener('error', () => console.error(`[aufum-consent] could not load ${src}`))
    document.head.append(script)
  })
}
