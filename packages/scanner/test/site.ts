// A scanned site in miniature, for the unit tests: its declarations, and passes built visit by visit.
import { readDeclarations } from '../src/declarations.js'
import type { Pass, PassName, StoredItem, Visit } from '../src/types.js'

export const SITE = 'https://www.aufum.com'
export const TRACKER = 'https://stats.example'

/** A RegExp as a page hands it to the scanner. */
export const re = (source: string, flags = '') => ({ source, flags })

/** What the example site's kind of page sends for `window.AufumConsent.config`: a required category of its own. */
export const VIEW = {
  categories: {
    necessary: { required: true, cookies: [] },
    security: { required: true, cookies: ['csrf'] },
    analytics: {
      required: false,
      cookies: [{ name: '_ga', match: re('^_ga'), provider: 'Google Analytics', duration: '13 months' }],
    },
    partners: { required: false, cookies: [re('^_fb', 'i')] },
  },
  cookie: { name: 'aufum_consent', stored: 'aufum_consent' },
  own: ['aufum_consent', 'aufum_consent_records'],
  record: null,
}

export const declarations = () => readDeclarations(VIEW)

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
