// What the script tag shares with the UI. Not an entry point of the published package (package.json's `exports`
// has no `./internal`): the build bundles it into the script tag's files.
export { UI_RULES } from './options/rules.js'
export { onSettingsLink } from './settings-link/index.js'
