// One config for every package. Each npm package is built to ESM with its dependencies left
// external (the app's bundler resolves them) and its type declarations generated from source.
import { rmSync } from 'node:fs'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import replace from '@rollup/plugin-replace'
import terser from '@rollup/plugin-terser'
import typescript from '@rollup/plugin-typescript'

/** @param {string} dir  @param {Record<string, string>} input */
const npmPackage = (dir, input) => ({
  input: Object.fromEntries(Object.entries(input).map(([name, file]) => [name, `packages/${dir}/src/${file}`])),
  output: { dir: `packages/${dir}/dist`, format: 'es', chunkFileNames: 'shared-[hash].js' },
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
  plugins: [typescript({ tsconfig: `packages/${dir}/tsconfig.json`, outDir: `packages/${dir}/dist` })],
})

/** A classic script for pages without a bundler: dependencies inside, production mode, minified. */
const browserScript = (dir, input, file, name) => ({
  input: `packages/${dir}/src/${input}`,
  output: {
    file: `packages/${dir}/dist/${file}`,
    format: 'iife',
    name,
    plugins: [terser({ compress: { passes: 2 } })],
  },
  plugins: [
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': '"production"' } }),
    nodeResolve({ browser: true }),
    typescript({ tsconfig: `packages/${dir}/tsconfig.json`, declaration: false, outDir: `packages/${dir}/dist` }),
  ],
})

const PACKAGES = ['core']
// Each build starts from empty dist/ folders, so no stale chunk is ever shipped.
for (const dir of PACKAGES) rmSync(`packages/${dir}/dist`, { recursive: true, force: true })

export default [
  npmPackage('core', { index: 'index.ts', server: 'server.ts' }),
  browserScript('core', 'index.ts', 'aufum-consent-core.js', 'AufumConsentCore'),
]
