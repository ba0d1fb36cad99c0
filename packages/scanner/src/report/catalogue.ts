import { type CookieDetails, declaringCategories, entryFor, isOwn, providerOf } from '../declarations.js'
import { lifetime } from '../lifetime.js'
import type { ScanResult } from '../scan.js'
import { itemsSeen } from '../seen.js'
import type { PassName, StoredItem } from '../types.js'

/** A cookie or storage key as a cookie policy lists it. */
export interface CatalogueEntry {
  item: StoredItem
  /** The declared provider, else the host of the script that set it, else its domain. */
  provider: string
  /** The declared purpose; absent where the site declares none. */
  purpose?: string
  /** The declared duration, else how long it was seen to live. */
  duration: string
  /** Whether `duration` is the declared one. */
  durationDeclared: boolean
  passes: PassName[]
}

/** The scan's cookies and keys by category: each declared category, then `undeclared`. */
export type Catalogue = { category: string; required: boolean; entries: CatalogueEntry[] }[]

const OWN_PURPOSE: Record<string, string> = {
  cookie: 'Aufum Consent: keeps the visitor’s consent decision',
  localStorage: 'Aufum Consent: a copy of the consent decision, or proof-of-consent records waiting to be sent',
}

/**
 * Sorts every cookie and storage key the passes saw into the category that declares it, with the details a
 * cookie policy gives: provider, purpose, duration. The SDK's own storage goes to the first required category.
 *
 * @param result The scan's result.
 * @returns One group per category, and `undeclared` last, each entry once.
 */
export function catalogue(result: ScanResult): Catalogue {
  const { declarations } = result
  const names = Object.keys(declarations.categories)
  const groups: Catalogue = [
    ...names.map((c) => ({ category: c, required: declarations.categories[c]!.required, entries: [] })),
    { category: 'undeclared', required: false, entries: [] },
  ]
  const necessary = groups.find((g) => g.required) ?? groups[0]!
  const byKey = new Map<string, CatalogueEntry>()
  for (const pass of result.passes)
    for (const { first } of itemsSeen(pass)) {
      const key = `${first.kind} ${first.name}`
      const known = byKey.get(key)
      if (known) {
        if (!known.passes.includes(pass.name)) known.passes.push(pass.name)
        continue
      }
      const own = isOwn(first.name, declarations)
      const category = own ? necessary.category : (declaringCategories(first.name, declarations)[0] ?? 'undeclared')
      const found = declarations.categories[category] && entryFor(first.name, declarations.categories[category])
      const details: Partial<CookieDetails> = typeof found === 'object' && !(found instanceof RegExp) ? found : {}
      const purpose = details.purpose ?? (own ? OWN_PURPOSE[first.kind] : undefined)
      const entry: CatalogueEntry = {
        item: first,
        provider: details.provider ?? (own ? 'Aufum Consent' : providerOf(first)),
        ...(purpose ? { purpose } : {}),
        duration: details.duration ?? lifetime(first, Date.parse(result.startedAt)),
        durationDeclared: details.duration !== undefined,
        passes: [pass.name],
      }
      byKey.set(key, entry)
      groups.find((g) => g.category === category)!.entries.push(entry)
    }
  return groups
}
