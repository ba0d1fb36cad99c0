import type { Consent } from '@aufum/consent'
import type { ConsentUI, UIOptions } from '@aufum/consent-ui'
import type { MountUI } from '../aufum-consent-ui.js'

/**
 * Loads aufum-consent-ui.js (an ES module beside the loader) once, on first need, and mounts the UI with it.
 * The module announces itself with the DOM event `aufum:ui`, so no global is added for it.
 *
 * @param src The UI module's URL.
 * @param consent The page's consent manager.
 * @param options The UI's options; `nonce` also goes on the module's script element.
 * @returns A function that resolves to the mounted UI, loading it the first time.
 */
export function uiLoader(src: string, consent: Consent, options: UIOptions): () => Promise<ConsentUI> {
  let ui: Promise<ConsentUI> | undefined
  return () =>
    (ui ||= new Promise((resolve) => {
      document.addEventListener(
        'aufum:ui',
        (event) => resolve((event as CustomEvent<MountUI>).detail(consent, options)),
        { once: true },
      )
      const script = document.createElement('script')
      script.type = 'module'
      script.src = src
      if (options.nonce) script.nonce = options.nonce
      script.addEventListener('error', () => console.error(`[aufum-consent] could not load ${src}`))
      document.head.append(script)
    }))
}
