// One config for every package. Each npm package is built to ESM with its dependencies left
// external (the app's bundler resolves them) and its type declarations generated from source.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import commonjs from '@rollup/plugin-commonjs'
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

const mode = (env) => replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify(env) } })
const production = () => mode('production')
const minify = () => terser({ compress: { passes: 2 } })
const embedTypescript = () =>
  typescript({ tsconfig: 'packages/embed/tsconfig.json', declaration: false, outDir: 'packages/embed/dist' })

/** Writes dist/integrity.json: the Subresource Integrity hash (sha384) of each file of the script tag. */
const integrity = () => ({
  name: 'integrity',
  writeBundle({ dir }) {
    const files = readdirSync(dir).filter((file) => file.endsWith('.js'))
    const hashes = Object.fromEntries(
      files.map((file) => [
        file,
        `sha384-${createHash('sha384')
          .update(readFileSync(`${dir}/${file}`))
          .digest('base64')}`,
      ]),
    )
    writeFileSync(`${dir}/integrity.json`, `${JSON.stringify(hashes, null, 2)}\n`)
  },
})

const PACKAGES = ['core', 'ui', 'embed']
// Each build starts from empty dist/ folders, so no stale chunk is ever shipped.
for (const dir of PACKAGES) rmSync(`packages/${dir}/dist`, { recursive: true, force: true })
for (const example of ['npm-app', 'react-app']) rmSync(`examples/${example}/dist`, { recursive: true, force: true })

export default [
  npmPackage('core', { index: 'index.ts', server: 'server.ts', debug: 'debug.ts' }),
  browserScript('packages/core/dist/index.js', 'packages/core/dist/aufum-consent-core.js', 'AufumConsentCore'),
  npmPackage('ui', { index: 'index.ts' }),
  // The script tag: a classic script that starts at once, and ES modules that it loads from beside itself only
  // where needed: the UI (with a chunk per language) when the banner or the panel must show, the consent records
  // where "record" is configured, placeholders where an iframe is blocked, the audit with "debug": true.
  {
    input: 'packages/embed/src/aufum-consent.ts',
    output: { file: 'packages/embed/dist/aufum-consent.js', format: 'iife', plugins: [minify()] },
    plugins: [production(), nodeResolve({ browser: true }), embedTypescript()],
  },
  // The development build: readable, the configuration checked as createConsent checks it, the audit on.
  {
    input: 'packages/embed/src/aufum-consent.ts',
    output: { file: 'packages/embed/dist/aufum-consent.dev.js', format: 'iife' },
    plugins: [mode('development'), nodeResolve({ browser: true }), embedTypescript()],
  },
  // Built one by one, so that no module needs a chunk shared with another.
  ...['aufum-consent-ui', 'aufum-consent-record', 'aufum-consent-placeholders', 'aufum-consent-debug'].map(
    (name, i, all) => ({
      input: `packages/embed/src/${name}.ts`,
      // js-cookie builds its API at import, which Rollup must assume has effects; these modules never use it.
      treeshake: { moduleSideEffects: (id) => !/[\\/]js-cookie[\\/]/.test(id) },
      output: {
        dir: 'packages/embed/dist',
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'aufum-consent-ui-[name].js',
        plugins: [minify()],
      },
      plugins: [
        production(),
        nodeResolve({ browser: true }),
        embedTypescript(),
        ...(i === all.length - 1 ? [integrity()] : []),
      ],
    }),
  ),
  // examples/npm-app, built as an app would be: the workspace packages bundled, production mode.
  {
    input: 'examples/npm-app/src/main.tsx',
    output: { file: 'examples/npm-app/dist/app.js', format: 'es', inlineDynamicImports: true, plugins: [minify()] },
    plugins: [
      production(),
      nodeResolve({ browser: true }),
      typescript({ tsconfig: 'examples/npm-app/tsconfig.json', declaration: false, outDir: 'examples/npm-app/dist' }),
    ],
  },
  // examples/react-app: the store bound to React (docs/frameworks.md).
  {
    input: 'examples/react-app/src/main.tsx',
    output: { file: 'examples/react-app/dist/app.js', format: 'es', plugins: [minify()] },
    plugins: [
      production(),
      nodeResolve({ browser: true }),
      commonjs(),
      typescript({
        tsconfig: 'examples/react-app/tsconfig.json',
        declaration: false,
        outDir: 'examples/react-app/dist',
      }),
    ],
  },
  // What the UI's end-to-end fixture pages load (not shipped).
  browserScript('packages/ui/e2e/fixtures/page.entry.js', 'packages/ui/e2e/fixtures/page.js', 'AufumTest'),
]
