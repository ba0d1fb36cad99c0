/**
 * Loads one of the script tag's ES modules, `aufum-consent-<name>.js`, from beside the script tag, with the page's
 * nonce. A module announces itself with the DOM event `aufum:<name>`, whose detail is what it offers, so no
 * global is added for it.
 *
 * @param name `ui`, `record`, `placeholders` or `debug`.
 * @param base The script tag's URL: the modules live beside it, wherever it is served from.
 * @param nonce The page's CSP nonce, if any.
 * @returns The event's detail.
 */
export function loadModule<T>(name: string, base: string, nonce?: string): Promise<T> {
  return new Promise((resolve) => {
    document.addEventListener(`aufum:${name}`, (e) => resolve((e as CustomEvent<T>).detail), { once: true })
    const script = document.createElement('script')
    script.type = 'module'
    script.src = new URL(`aufum-consent-${name}.js`, base).href
    if (nonce) script.nonce = nonce
    script.addEventListener('error', () => console.error(`[aufum-consent] could not load ${script.src}`))
    document.head.append(script)
  })
}
