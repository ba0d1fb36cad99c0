import { atom, type ReadableAtom } from 'nanostores'
import { type ConsentConfig, type ResolvedConfig, resolveConfig } from '../config/index.js'
import type { ConsentMethod } from '../consent-record/index.js'
import { fail } from '../errors/index.js'
import { type ConsentDecision, DAY } from '../format/index.js'
import { whenIdle } from '../idle/index.js'
import { fault, isolate } from '../isolate/index.js'
import { createPersistence } from '../persistence/index.js'
import { onOtherTabs } from '../sync/index.js'
import { clearWithdrawn } from '../withdrawal/index.js'

/** What the visitor has decided, as the store holds it. */
export interface ConsentState {
  /** `pending` until the visitor decides (and again after `reset`, a new revision or expiry). */
  status: 'pending' | 'decided'
  /** Every configured category: `true` when granted. Required categories are always `true`. */
  categories: Record<string, boolean>
  /** Random consent id of the decision, for proof of consent; `null` while pending. */
  id: string | null
  /** Epoch milliseconds of the decision; `null` while pending. */
  decidedAt: number | null
  revision: number
  /** How the decision was made; `null` while pending. */
  method: ConsentMethod | null
}

/** What `whenGranted` starts: it may return how it stops, at once or through a promise. */
export type Start = () => unknown

/** A visitor's choice per category; categories left out keep their current value. */
export type ConsentChoices = Record<string, boolean>

/** The consent manager that {@link createConsent} returns. */
export interface Consent {
  /** nanostores store of the {@link ConsentState}; bind it with `@nanostores/react`, `/vue`, `/preact`… */
  readonly store: ReadableAtom<ConsentState>
  /** The configuration with its defaults filled in. */
  readonly config: ResolvedConfig
  /** The browser sends Global Privacy Control and the site honours it: "Accept all" leaves `gpc` categories off. */
  readonly gpc: boolean
  /** Grants every category; under Global Privacy Control, every category but those marked `gpc`. */
  acceptAll(): void
  /** Refuses every optional category. */
  rejectAll(): void
  /**
   * Records the visitor's own choice.
   *
   * @param choices Category name to granted; categories left out keep their current value.
   * @param method `custom` (the default) for a choice made in a consent UI, `api` for one set by site code.
   *   A category marked `gpc` is granted here even under Global Privacy Control: this is the visitor's own choice.
   * @throws {ConsentError} for an unknown category or a value that is not a boolean.
   */
  save(choices: ConsentChoices, method?: 'custom' | 'api'): void
  /** Forgets the decision: storage is cleared, every optional category withdrawn, status `pending`. */
  reset(): void
  /**
   * @param category A category name.
   * @returns Whether it is granted now; `false` for an unknown name.
   */
  has(category: string): boolean
  /**
   * Listens to every change, including those made in another tab.
   *
   * @param listener Called with the new and the previous state.
   * @returns A function that stops listening.
   */
  onChange(listener: (state: ConsentState, previous: ConsentState | undefined) => void): () => void
  /**
   * Starts something as soon as the category is granted (at once if it already is), and stops it when the category
   * is withdrawn (GDPR Art. 7(3)). `start` says how it stops by returning a stop function, or a promise of one: that
   * is called on withdrawal, and a later grant starts it again. Where it returns none (or throws), nothing can stop
   * what it started: the withdrawal reloads the page once, unless `onWithdraw` is `none`. A `start` or stop that
   * throws is reported and the rest goes on.
   *
   * @param category A category name.
   * @param start Starts what needs the category; returns its stop function, if it has one.
   * @returns A function that cancels: the wait, or what started (through its stop function).
   * @throws {ConsentError} for an unknown category.
   * @example
   * consent.whenGranted('analytics', () => {
   *   const timer = setInterval(beacon, 300)
   *   return () => clearInterval(timer)
   * })
   */
  whenGranted(category: string, start: Start): () => void
  /** Stops listening to other tabs. The store keeps its last state. */
  destroy(): void
}

// 128 random bits, hex: a proof-of-consent id that identifies no one.
const newConsentId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => (byte + 256).toString(16).slice(1)).join('')

function checkCategory(call: string, name: string, names: string[]): void {
  if (!names.includes(name)) fail(`${call}: "${name}"`, `be one of the categories: ${names.join(', ')}`)
}

/**
 * Creates a consent manager: reads the stored decision, and keeps it and the store in step.
 *
 * @param config Categories, revision, expiry and cookie settings; all optional.
 * @returns The {@link Consent} manager.
 * @throws {ConsentError} naming the first wrong configuration field.
 * @example
 * const consent = createConsent({ revision: 2 })
 * consent.whenGranted('analytics', loadAnalytics)
 * consent.acceptAll()
 */
export function createConsent(config?: ConsentConfig): Consent {
  const resolved = resolveConfig(config)
  const names = Object.keys(resolved.categories)
  const persistence = createPersistence(resolved)
  // Required categories are granted whatever is stored or chosen. Without a prototype, so that what a page added to
  // Object.prototype is never read as granted.
  const grants = (granted: (name: string) => boolean) => {
    const categories: Record<string, boolean> = Object.create(null)
    for (const n of names) categories[n] = !!resolved.categories[n]!.required || granted(n)
    return categories
  }

  const stateOf = (decision: ConsentDecision | null): ConsentState => ({
    status: decision ? 'decided' : 'pending',
    categories: grants((n) => decision?.categories[n] === true),
    id: decision?.id ?? null,
    decidedAt: decision?.decidedAt ?? null,
    revision: resolved.revision,
    method: decision?.method ?? null,
  })
  const $state = atom(stateOf(persistence.load(Date.now(), true)))

  const apply = (next: ConsentState) => {
    const previous = $state.get().categories
    clearWithdrawn(
      names.filter((n) => previous[n] && !next.categories[n]),
      resolved,
    )
    $state.set(next)
  }
  let reloading = false
  // A running script cannot be unloaded: reloading once is what stops it (GDPR Art. 7(3)).
  const reload = () => {
    if (resolved.onWithdraw !== 'none' && !reloading) {
      reloading = true
      location.reload()
    }
  }

  const decide = (choices: ConsentChoices, method: ConsentMethod = 'custom') => {
    if (process.env.NODE_ENV !== 'production') {
      if (!choices || typeof choices !== 'object')
        fail('save(choices)', 'be an object of category name to true or false')
      for (const name of Object.keys(choices)) {
        checkCategory('save()', name, names)
        if (typeof choices[name] !== 'boolean') fail(`save(): ${name}`, 'be true or false')
      }
    }
    const { id, categories } = $state.get()
    const merged = Object.assign(Object.create(null), categories, choices)
    const decidedAt = Math.floor(Date.now() / 1e3) * 1e3
    const decision: ConsentDecision = {
      id: id || newConsentId(),
      decidedAt,
      expiresAt: decidedAt + resolved.expiresAfterDays * DAY,
      revision: resolved.revision,
      method,
      categories: grants((n) => merged[n] === true),
    }
    persistence.save(decision)
    apply(stateOf(decision))
  }
  const has = (category: string) => $state.get().categories[category] === true

  const gpc =
    resolved.respectGpc &&
    (globalThis.navigator as { globalPrivacyControl?: boolean } | undefined)?.globalPrivacyControl === true &&
    names.some((n) => resolved.categories[n]!.gpc)
  const consent: Consent = {
    store: $state,
    config: resolved,
    gpc,
    // GPC is an opt-out of sale and sharing (CCPA regulations 11 CCR § 7025): it can deny, never grant.
    acceptAll: () =>
      decide(
        grants((n) => !(gpc && resolved.categories[n]!.gpc)),
        gpc ? 'gpc' : 'accept-all',
      ),
    rejectAll: () =>
      decide(
        grants(() => false),
        'reject-all',
      ),
    save: decide,
    reset() {
      persistence.forget()
      apply(stateOf(null))
    },
    has,
    onChange: (listener) => $state.listen(isolate(listener)),
    whenGranted(category, start) {
      if (process.env.NODE_ENV !== 'production') checkCategory('whenGranted()', category, names)
      // What `start` returned once it ran: its stop function, or not. One that failed may have started something.
      let running: Promise<unknown> | undefined
      // Withdrawn, until it is known whether what ran could stop: a grant meanwhile waits.
      let stopping: Promise<void> | undefined
      // Ran without a way to stop, and withdrawn: it never starts again.
      let done = false
      const begin = () => Promise.resolve(isolate(start)()).catch(fault)
      const end = (ran: Promise<unknown>, withdrawn: boolean) =>
        ran.then((stop) => {
          if (typeof stop === 'function') isolate(stop as () => void)()
          else if (withdrawn) {
            done = true
            off()
            reload()
          }
        })
      const check = () => {
        if (has(category)) running ||= stopping ? stopping.then(() => (done ? undefined : begin())) : begin()
        else if (running) {
          stopping = end(running, true)
          running = undefined
        }
      }
      const off = $state.listen(check)
      check()
      return () => {
        off()
        if (running) end(running, false)
        running = undefined
      }
    },
    destroy: () => {},
  }
  // In a browser; on a server (rendering a page) there is no storage to clean and no other tab.
  if (globalThis.document) {
    const sync = () => {
      const next = stateOf(persistence.load(Date.now()))
      // Chromium may deliver the previous page's own write to the reloaded page: only a different decision is news.
      if (JSON.stringify(next) !== JSON.stringify($state.get())) apply(next)
    }
    const refused = () => names.filter((n) => !has(n))
    // Refused means refused on every page: what a tool still loading at withdrawal wrote after the deletion goes.
    // Its cookies at once (reading document.cookie is cheap); its localStorage keys at idle time, below.
    clearWithdrawn(refused(), resolved, 'cookies')
    // What need not hold up the page waits for idle time: comparing the cookie with its localStorage copy (a newer
    // copy counts from then on, as one from another tab does), the refused categories' localStorage keys, and
    // listening to other tabs (Chromium opens the origin's storage for a `storage` listener; a change made meanwhile
    // is found by the comparison).
    let off = () => {}
    const idle = whenIdle(() => {
      off = onOtherTabs(resolved.cookie.name, sync)
      sync()
      clearWithdrawn(refused(), resolved, 'storage')
    })
    consent.destroy = () => {
      idle()
      off()
    }
  }
  return consent
}
