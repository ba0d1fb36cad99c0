// What the script tag shares with the UI. Not an entry point of the published package (package.json's `exports`
// has no `./internal`): the build bundles it into the script tag's files.
export { enBanner } from './i18n/en.js'
export { byLowerTag, chooseLanguage, LANGUAGES, type LoadLanguage, loadTexts } from './i18n/index.js'
export { mountInto } from './mount/index.js'
export { PLACEHOLDER_RULES, UI_RULES } from './options/rules.js'
export { placePlaceholders } from './placeholder/index.js'
export { onSettingsLink } from './settings-link/index.js'
export { type StaticBanner, showStaticBanner } from './static-banner/index.js'
export type { BannerTemplates } from './static-banner/slot.js'
