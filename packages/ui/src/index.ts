export type { Layout } from './banner/index.js'
export type { CategoryTexts, TextOverrides, Texts } from './i18n/index.js'
export type { ConsentUI, UIOptions } from './mount/index.js'
export { mountConsentUI } from './mount/index.js'
