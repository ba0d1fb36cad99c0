// What the UI's end-to-end fixture pages load (page.js, not shipped): the built core and UI as one classic script.
import { nodeResolve } from '@rollup/plugin-node-resolve'
import { mode } from '../../../scripts/rollup/plugins.mjs'

export default {
  input: 'packages/ui/e2e/fixtures/page.entry.js',
  output: { file: 'packages/ui/e2e/fixtures/page.js', format: 'iife', name: 'AufumTest', inlineDynamicImports: true },
  plugins: [mode('production'), nodeResolve({ browser: true })],
}
