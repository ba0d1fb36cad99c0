// aufum-consent.js: the script tag. Composes the SDK's feature functions: the core, Google Consent Mode and the gate
// at once, window.AufumConsent, and the modules (the banner, the UI, placeholders, records, the audit) only where
// they are needed. It may run in <head> before anything else, or async (what the docs show first): the page paints
// without waiting for it, and gated markup stays inert until it runs.
import {
  createConsent,
  createGate,
  dispatchConsentEvents,
  googleConsentMode,
  isCrawler,
  type RecordQueue,
} from '@aufum/consent'
import { queueRecord, report, whenParsed } from '@aufum/consent/internal'
import type { ConsentUI, Texts } from '@aufum/consent-ui'
import { byLowerTag, chooseLanguage, LANGUAGES, onSettingsLink, type StaticBanner } from '@aufum/consent-ui/internal'
import { type AufumConsent, createApi } from './api/index.js'
import { type BannerFeature, createModules, type Feature, need, type ScriptTag } from './features/index.js'
import { type EmbedOptions, readOptions } from './options/index.js'

declare global {
  interface Window {
    AufumConsent: AufumConsent | ((api: AufumConsent) => void)[]
  }
}

function start(script: HTMLScriptElement | null, queued: ((api: AufumConsent) => void)[]) {
  const options = readOptions(script)
  // The unminified development build, aufum-consent.dev.js, audits the page unless told "debug": false.
  if (process.env.NODE_ENV !== 'production') options.debug ??= true
  const consent = createConsent(options)
  const load = createModules(script, options.nonce)
  // Crawlers get no banner, no placeholders and no UI download (hideFromBots, on by default); nothing is granted to
  // them. Asked only where it matters: a returning visit with a decision shows nothing.
  const human = () => !(options.hideFromBots !== false && isCrawler())
  const pending = consent.store.get().status === 'pending'
  // The page's language, chosen where a module that shows texts is asked for (a returning visit needs none).
  let language: string | undefined
  const languageOf = () =>
    (language ??= chooseLanguage(
      [options.lang, document.documentElement.lang, ...navigator.languages],
      [...LANGUAGES, ...Object.keys(byLowerTag(options.texts))],
    ))
  const builtIn = () => languageOf() !== 'en' && LANGUAGES.includes(languageOf())
  // The page's language file, asked for beside a module that shows texts (a first visit's banner: before anything
  // else), never after it.
  const withTexts = <T>(module: Promise<T>) => {
    if (builtIn()) load(`lang-${languageOf()}`).catch(() => {})
    return module
  }
  const feature = pending && human() && need(() => withTexts(load<BannerFeature>('banner')))

  // Before any gated Google tag can run: gated elements activate at DOMContentLoaded at the earliest.
  if (options.googleConsentMode)
    googleConsentMode(consent, options.googleConsentMode === true ? {} : options.googleConsentMode)
  createGate(consent, options)
  dispatchConsentEvents(consent)

  let banner: StaticBanner | undefined
  let ui: Promise<ConsentUI> | undefined
  let mounted = false
  const tag: ScriptTag = {
    // The request that failed may be the one sent at start-up, beside the module that now asks.
    language: (language) => load<Texts>(`lang-${language}`).catch(() => load(`lang-${language}`)),
    ui: () =>
      (ui ||= withTexts(run<ConsentUI>('ui', options)).then(
        (shown) => {
          mounted = true
          return shown
        },
        (error) => {
          ui = undefined
          throw error
        },
      )),
    banner() {
      const shown = banner
      banner = undefined
      shown?.release()
      return shown?.host
    },
  }
  const run = <T>(name: string, settings: object) =>
    load<Feature<T>>(name).then((feature) => feature(consent, settings as EmbedOptions, tag))
  const endpoint = options.record?.endpoint
  const api = createApi(consent, tag.ui, endpoint)
  window.AufumConsent = api
  for (const call of queued) api.push(call)

  // A first visit's decision brings the configuration's report (the development build reported it at once).
  if (process.env.NODE_ENV === 'production' && pending) {
    const off = consent.onChange(() => {
      off()
      need(() => run('check', options))
    })
  }
  // The banner shows once the page is parsed.
  if (feature)
    whenParsed(async () => {
      const shown = await (await feature)?.(consent, options, tag, languageOf(), builtIn())
      // The UI came first (the visitor asked for the settings): its banner is the one.
      if (mounted) {
        shown?.release()
        shown?.host.remove()
      } else banner = shown
    })
  // The "Cookie settings" link works before the UI is on the page (once it is, the UI handles it); while the UI's
  // file does not arrive, the link does what a link does.
  onSettingsLink((link) => {
    if (!mounted)
      tag.ui().then(
        (shown) => shown.showSettings(),
        () => {
          if (link instanceof HTMLAnchorElement && link.href) location.href = link.href
        },
      )
  })

  if (typeof endpoint === 'string') {
    // Each decision is queued at once, whatever happens to the module that sends them; in memory too, where the
    // browser refuses storage. Later pages send what this one could not.
    const queue: RecordQueue = []
    const off = consent.onChange((state) => queueRecord(queue, state, options.policyUrl))
    need(() => run('record', { endpoint, policyUrl: options.policyUrl, queue })).then((stop) => stop && off())
  }
  if (options.debug) need(() => run('debug', options))
  // After the gate's first scan, which gives every granted iframe its src.
  if (options.placeholders !== false)
    whenParsed(() => {
      if (document.querySelector('iframe[data-consent][data-src]:not([src]):not([srcdoc])') && human())
        need(() => withTexts(run('placeholders', options)))
    })
}

// A module script (type="module") has no currentScript: find the tag by its file name.
const script = (document.currentScript ??
  [...document.scripts].find((s) => /\/aufum-consent(\.dev)?\.js([?#]|$)/.test(s.src))) as HTMLScriptElement | null
const existing = window.AufumConsent
// Included twice (a template and a tag manager, say), the second copy must not run gated tags or show a banner twice.
// What the page queued before it arrived (window.AufumConsent = [fn…], for a script tag loaded async) runs once it is.
if (Array.isArray(existing) || !existing) start(script, existing || [])
else if (process.env.NODE_ENV !== 'production')
  report('aufum-consent.js is on this page twice: the second does nothing')
