// The headless core on a simulated Aufum course page (happy-dom stands in for the browser):
// a first visit, a choice, a reload, the server reading the cookie, and a withdrawal.
import { Window } from 'happy-dom'

const window = new Window({ url: 'https://www.aufum.com/courses/intro' })
Object.assign(globalThis, {
  window,
  document: window.document,
  location: window.location,
  localStorage: window.localStorage,
  CustomEvent: window.CustomEvent,
  addEventListener: window.addEventListener.bind(window),
  removeEventListener: window.removeEventListener.bind(window),
})

const { createConsent } = await import('@aufum/consent')
const { parseConsent } = await import('@aufum/consent/server')

const config = { categories: { analytics: { label: 'Analytics', cookies: [/^_ga/] } } }
const granted = (consent) => Object.keys(consent.store.get().categories).filter(consent.has).join(', ')
const step = (title, ...lines) => console.log(`\n\x1b[1m${title}\x1b[0m\n${lines.map((l) => `  ${l}`).join('\n')}`)

let consent = createConsent(config)
document.addEventListener('aufum:consent', (e) => step('Event aufum:consent', JSON.stringify(e.detail)))
step(
  '1. First visit',
  `status: ${consent.store.get().status}`,
  `granted: ${granted(consent)}`,
  `cookies: "${document.cookie}"`,
)

consent.save({ analytics: true })
// biome-ignore lint/suspicious/noDocumentCookie: plays the analytics script, which would now set its cookie
document.cookie = '_ga=GA1.1.123; path=/'
step('2. The visitor allows analytics only', `granted: ${granted(consent)}`, `cookies: "${document.cookie}"`)

consent.destroy()
consent = createConsent(config)
step(
  '3. Next page load',
  `status: ${consent.store.get().status}, method: ${consent.store.get().method}`,
  `granted: ${granted(consent)}`,
)

const decision = parseConsent(`session=abc; ${document.cookie}`)
step(
  '4. The server reads the Cookie header before rendering',
  `consent id: ${decision?.id}`,
  `render the analytics tag: ${decision?.categories.analytics ? 'yes' : 'no'}`,
)

consent.save({ analytics: false })
step(
  '5. The visitor withdraws analytics',
  `granted: ${granted(consent)}`,
  `cookies: "${document.cookie}" (_ga deleted)`,
)
consent.destroy()
await window.happyDOM.close()
