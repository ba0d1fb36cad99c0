/**
 * How a decision can be made, in the order of their one-letter codes in the consent cookie (`arcpg`, see
 * docs/storage-format.md): append a new method, never insert one.
 */
export const CONSENT_METHODS = ['accept-all', 'reject-all', 'custom', 'api', 'gpc'] as const

/** How a decision was made; `gpc`: "Accept all" while the browser sends Global Privacy Control. */
export type ConsentMethod = (typeof CONSENT_METHODS)[number]

/** What each decision sends to the consent log: nothing that identifies the person beyond the random id. */
export interface ConsentRecord {
  /** The random consent id (32 hex digits), shown to the visitor in the settings panel. */
  id: string
  /** When the visitor decided, by their device's clock: ISO 8601, UTC. */
  decidedAt: string
  revision: number
  categories: Record<string, boolean>
  method: ConsentMethod
  /** The language of the page the decision was made on. */
  language: string
  policyUrl: string | null
  /** The page, without its query or fragment (which may hold identifiers). */
  pageUrl: string
}

/** Every field of a {@link ConsentRecord}, in the order the SDK writes them; a receiver refuses any other. */
export const RECORD_FIELDS = /* @__PURE__ */ Object.keys({
  id: 0,
  decidedAt: 0,
  revision: 0,
  categories: 0,
  method: 0,
  language: 0,
  policyUrl: 0,
  pageUrl: 0,
  // Both ways: a field of ConsentRecord left out here, or a name that is none of its fields, fails to compile.
} satisfies Record<keyof ConsentRecord, 0>) as readonly (keyof ConsentRecord)[]
