// A scanned site in miniature, for the unit tests: its declarations, and passes built visit by visit.
import { readDeclarations } from '../src/declarations.js'
import type { Pass, PassName, StoredItem, Visit } from '../src/types.js'

export const SITE = 'https://www.aufum.com'
export const TRACKER = 'https://stats.example'

/** The example site's kind of configuration, with a required category of its own. */
export const CONFIG = JSON.stringify({
  categories: {
    preferences: false,
    security: { required: true, cookies: ['csrf'] },
    analytics: { cookies: [{ name: '_ga', match: '/^_ga/', provider: 'Google Analytics', duration: '13 months' }] },
    partners: { cookies: ['/^_fb/i'] },
  },
})

/** What `window.AufumConsent.get().categories` says before any decision on that configuration. */
export const PENDING = { necessary: true, security: true, analytics: false, partners: false }

export const declarations = () => readDeclarations(CONFIG, PENDING)

export const cookie = (name: string, more: Partial<StoredItem> = {}): StoredItem => ({
  kind: 'cookie',
  name,
  domain: 'www.aufum.com',
  path: '/',
  expires: -1,
  firstParty: true,
  ...more,
})

export const visit = (path: string, more: Partial<Visit> = {}): Visit => ({
  page: SITE + path,
  status: 200,
  sdk: true,
  items: [],
  requests: [],
  iframes: [],
  ...more,
})

export const pass = (name: PassName, granted: string[], visits: Visit[]): Pass => ({ name, granted, visits })
