// aufum-consent.js: the script tag. Runs synchronously in <head>, before any tracking tag, and composes the SDK's
// feature functions: the core, Google Consent Mode and the gate at once, window.AufumConsent, and the modules
// (UI, placeholders, records, audit) only where they are needed.
import {
  createConsent,
  createGate,
  dispatchConsentEvents,
  googleConsentMode,
  isCrawler,
  type RecordQueue,
} from '@aufum/consent'
import { queueRecord, report, whenParsed } from '@aufum/consent/internal'
import type { ConsentUI } from '@aufum/consent-ui'
import { onSettingsLink } from '@aufum/consent-ui/internal'
import { type AufumConsent, createApi } from './api/index.js'
import { createFeatures, need } from './features/index.js'
import { readOptions } from './options/index.js'

declare global {
  interface Window {
    AufumConsent: AufumConsent
  }
}

function start(script: HTMLScriptElement | null) {
  const options = readOptions(script)
  // The unminified development build, aufum-consent.dev.js, audits the page unless told "debug": false.
  if (process.env.NODE_ENV !== 'production') options.debug ??= true
  const consent = createConsent(options)
  // Before any gated Google tag can run: gated elements activate at DOMContentLoaded at the earliest.
  if (options.googleConsentMode)
    googleConsentMode(consent, options.googleConsentMode === true ? {} : options.googleConsentMode)
  createGate(consent, options)
  dispatchConsentEvents(consent)
  const feature = createFeatures(consent, script, options.nonce)
  // Crawlers get no banner, no placeholders and no UI download (hideFromBots, on by default); nothing is granted to
  // them.
  const human = !(options.hideFromBots !== false && isCrawler())

  let mounted: ConsentUI | undefined
  const ui = () =>
    feature<ConsentUI>('ui', options).then((shown) => {
      mounted = shown
      return shown
    })
  window.AufumConsent = createApi(consent, ui)
  if (consent.store.get().status === 'pending' && human) need(ui)
  // The "Cookie settings" link works before the UI is on the page (once it is, the UI handles it); while the UI's
  // file does not arrive, the link does what a link does.
  onSettingsLink((link) => {
    if (!mounted)
      ui().then(
        (shown) => shown.showSettings(),
        () => {
          if (link instanceof HTMLAnchorElement && link.href) location.href = link.href
        },
      )
  })

  if (options.record) {
    // Each decision is queued at once, whatever happens to the module that sends them; in memory too, where the
    // browser refuses storage. Later pages send what this one could not.
    const queue: RecordQueue = []
    const off = consent.onChange((state) => queueRecord(queue, state, options.policyUrl))
    need(() => feature('record', { endpoint: options.record!.endpoint, policyUrl: options.policyUrl, queue })).then(
      (stop) => stop && off(),
    )
  }
  if (options.debug) need(() => feature('debug'))
  // After the gate's first scan, which gives every granted iframe its src.
  if (human && options.placeholders !== false)
    whenParsed(() => {
      if (document.querySelector('iframe[data-consent][data-src]:not([src]):not([srcdoc])'))
        need(() => feature('placeholders', options))
    })
}

// A module script (type="module") has no currentScript: find the tag by its file name.
const script = (document.currentScript ??
  [...document.scripts].find((s) => /\/aufum-consent(\.dev)?\.js([?#]|$)/.test(s.src))) as HTMLScriptElement | null
// Included twice (a template and a tag manager, say), the second copy must not run gated tags or show a banner twice.
if (!window.AufumConsent) start(script)
else if (process.env.NODE_ENV !== 'production')
  report('aufum-consent.js is on this page twice: the second does nothing')
