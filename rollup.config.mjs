// One config for every package. Each npm package is built to ESM with its dependencies left
// external (the app's bundler resolves them) and its type declarations generated from source.
import { readFileSync, rmSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import replace from '@rollup/plugin-replace'
import terser from '@rollup/plugin-terser'
import typescript from '@rollup/plugin-typescript'

/** `import css from './x.css?raw'`: the stylesheet, minified, as a string (Vite and vitest do the same natively). */
const cssText = () => ({
  name: 'css-text',
  resolveId: (id, importer) => (id.endsWith('.css?raw') && importer ? resolve(dirname(importer), id) : null),
  load(id) {
    if (!id.endsWith('.css?raw')) return null
    const css = readFileSync(id.slice(0, -'?raw'.length), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim()
    this.emitFile({ type: 'asset', fileName: `${id.split('/').at(-1).slice(0, -'.css?raw'.length)}.css`, source: css })
    return `export default ${JSON.stringify(css)}`
  },
})

/** @param {string} dir  @param {Record<string, string>} input */
const npmPackage = (dir, input) => ({
  input: Object.fromEntries(Object.entries(input).map(([name, file]) => [name, `packages/${dir}/src/${file}`])),
  output: { dir: `packages/${dir}/dist`, format: 'es', chunkFileNames: 'chunks/[name]-[hash].js' },
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
  plugins: [cssText(), typescript({ tsconfig: `packages/${dir}/tsconfig.json`, outDir: `packages/${dir}/dist` })],
})

/**
 * A classic script for pages without a bundler, bundled from an npm build above it in this list: dependencies
 * inside, production mode, minified, language chunks inlined.
 */
const browserScript = (input, file, name) => ({
  input,
  output: { file, format: 'iife', name, inlineDynamicImports: true, plugins: [terser({ compress: { passes: 2 } })] },
  plugins: [
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': '"production"' } }),
    nodeResolve({ browser: true }),
  ],
})

const PACKAGES = ['core', 'ui']
// Each build starts from empty dist/ folders, so no stale chunk is ever shipped.
for (const dir of PACKAGES) rmSync(`packages/${dir}/dist`, { recursive: true, force: true })

export default [
  npmPackage('core', { index: 'index.ts', server: 'server.ts' }),
  browserScript('packages/core/dist/index.js', 'packages/core/dist/aufum-consent-core.js', 'AufumConsentCore'),
  npmPackage('ui', { index: 'index.ts' }),
  // What the UI's end-to-end fixture pages load (not shipped).
  browserScript('packages/ui/e2e/fixtures/page.entry.js', 'packages/ui/e2e/fixtures/page.js', 'AufumTest'),
]
