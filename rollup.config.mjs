// The published packages. Each npm package is built to ESM with its dependencies left external (the app's
// bundler resolves them) and its type declarations generated from source; the script tag (packages/embed) is
// bundled from the packages' sources. Examples and test fixtures have builds of their own (pnpm build runs them).
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import {
  bannerTemplates,
  clean,
  cssText,
  integrity,
  joinAssets,
  minify,
  mode,
  moduleIntegrity,
} from './scripts/rollup/plugins.mjs'

/**
 * What the SDK's own packages share (`@aufum/consent/internal`, `@aufum/consent-ui/internal`) is no entry of the
 * published packages: it is bundled into each package that uses it. `source: true` takes the packages' sources
 * (the script tag), otherwise their builds (`dist`, or `dist/development` for a development build).
 */
const sdk = ({ source, dist = 'dist' }) => ({
  name: 'sdk',
  resolveId(id) {
    const match = /^@aufum\/consent(-ui)?(?:\/(internal|debug))?$/.exec(id)
    if (!match || !(source || match[2] === 'internal')) return null
    const dir = match[1] ? 'ui' : 'core'
    return resolve(`packages/${dir}/${source ? 'src' : dist}/${match[2] ?? 'index'}.${source ? 'ts' : 'js'}`)
  },
})

/**
 * An npm package, built twice to ESM with its dependencies left external (the app's bundler resolves them): `dist/`
 * for production, with no development check left in it, and `dist/development/`, with them, which the package's
 * `development` export condition selects (Vite and webpack in development mode; esbuild with
 * `--conditions=development`). No bundler has to strip anything. Type declarations are generated once, from source.
 *
 * @param {string} dir  @param {Record<string, string>} input  @param {object[]} [extra] more plugins
 */
const npmPackage = (dir, input, extra = []) =>
  ['production', 'development'].map((env) => {
    const dist = env === 'production' ? 'dist' : 'dist/development'
    return {
      input: Object.fromEntries(Object.entries(input).map(([name, file]) => [name, `packages/${dir}/src/${file}`])),
      output: { dir: `packages/${dir}/${dist}`, format: 'es', chunkFileNames: 'chunks/[name].js' },
      external: (id) => !/^[./\0]|^@aufum\/consent(-ui)?\/internal$/.test(id),
      plugins: [
        ...(env === 'production' ? [clean(`packages/${dir}/dist`)] : []),
        mode(env),
        sdk({ source: false, dist }),
        cssText({ emit: env === 'production' }),
        typescript({
          tsconfig: `packages/${dir}/tsconfig.json`,
          outDir: `packages/${dir}/${dist}`,
          ...(env === 'production' ? {} : { declaration: false, declarationMap: false }),
        }),
        ...(env === 'production' ? extra : []),
      ],
    }
  })

// The script tag is bundled from the packages' sources: its tsconfig takes in theirs.
const embedTypescript = () =>
  typescript({
    tsconfig: 'packages/embed/tsconfig.json',
    include: ['packages/*/src/**/*.{ts,tsx}'],
    declaration: false,
    outDir: 'packages/embed/dist',
  })
const embed = (env) => [
  mode(env),
  sdk({ source: true }),
  bannerTemplates(),
  cssText(),
  nodeResolve({ browser: true }),
  embedTypescript(),
]

// Every built-in language but English (which ships in the banner and the UI), a module of its own.
const LANGUAGES = readdirSync('packages/ui/src/i18n')
  .map((file) => /^([a-z]{2}(?:-[a-z]{2})?)\.ts$/.exec(file)?.[1])
  .filter((language) => language && language !== 'en')

/** `aufum:language:<tag>`: the language's texts as a module's default export. */
const languages = () => ({
  name: 'languages',
  resolveId: (id) => (id.startsWith('aufum:language:') ? `\0${id}` : null),
  load(id) {
    if (!id.startsWith('\0aufum:language:')) return null
    const language = id.slice('\0aufum:language:'.length)
    return `export { ${language.replace('-', '')} as default } from ${JSON.stringify(resolve(`packages/ui/src/i18n/${language}.ts`))}`
  },
})
// `pnpm bench:profile` builds with AUFUM_PROFILE=1: names kept (minify()) and source maps beside the script tag's
// files, so that a CPU profile reads as the source.
const profiling = process.env.AUFUM_PROFILE ? { sourcemap: true } : {}

// The packages declare `"sideEffects": false`, which holds for their sources too: a module nothing is used from is
// left out, with what it imports (js-cookie only comes with the code that reads and writes cookies).
const treeshake = { moduleSideEffects: (id) => !/[\\/]packages[\\/](core|ui)[\\/]src[\\/]/.test(id) }

export default [
  ...npmPackage('core', {
    index: 'index.ts',
    server: 'server.ts',
    schema: 'schema.ts',
    debug: 'debug.ts',
    internal: 'internal.ts',
  }),
  // The core as a classic script (global AufumConsentCore), for pages without a bundler that want no UI.
  {
    input: 'packages/core/dist/index.js',
    output: {
      file: 'packages/core/dist/aufum-consent-core.js',
      format: 'iife',
      name: 'AufumConsentCore',
      plugins: [minify()],
    },
    plugins: [mode('production'), nodeResolve({ browser: true })],
  },
  // The stylesheets beside the bundle, for sites that serve them: the banner's, the panel's, and both in one.
  ...npmPackage('ui', { index: 'index.ts' }, [
    joinAssets('aufum-consent-ui.css', ['aufum-consent-banner.css', 'aufum-consent-panel.css']),
  ]),
  // The script tag's ES modules, which it imports from beside itself only where needed: the banner (no Preact) on a
  // first visit, the UI (Preact) when the visitor asks for the settings panel, the consent records where "record" is
  // configured, placeholders where an iframe is blocked, the audit with "debug": true, the configuration's report
  // after a first visit's decision. Built one by one, so that no module needs a chunk shared with another.
  ...[
    'aufum-consent-banner',
    'aufum-consent-ui',
    'aufum-consent-record',
    'aufum-consent-placeholders',
    'aufum-consent-debug',
    'aufum-consent-check',
  ].map((name, i) => ({
    input: `packages/embed/src/${name}.ts`,
    treeshake,
    output: {
      dir: 'packages/embed/dist',
      format: 'es',
      entryFileNames: '[name].js',
      plugins: [minify()],
      ...profiling,
    },
    plugins: [...(i === 0 ? [clean('packages/embed/dist')] : []), ...embed('production'), integrity()],
  })),
  // The languages' files: the banner and the UI import the page's language from its own file.
  {
    input: Object.fromEntries(
      LANGUAGES.map((language) => [`aufum-consent-lang-${language}`, `aufum:language:${language}`]),
    ),
    treeshake,
    output: { dir: 'packages/embed/dist', format: 'es', entryFileNames: '[name].js', plugins: [minify()] },
    plugins: [languages(), ...embed('production'), integrity()],
  },
  // The script tag: a classic script that starts at once, built after its modules (it carries their hashes' hash).
  {
    input: 'packages/embed/src/aufum-consent.ts',
    output: { file: 'packages/embed/dist/aufum-consent.js', format: 'iife', plugins: [minify()], ...profiling },
    treeshake,
    plugins: [moduleIntegrity('packages/embed/dist'), ...embed('production'), integrity()],
  },
  // The development build: readable, the audit on.
  {
    input: 'packages/embed/src/aufum-consent.ts',
    output: { file: 'packages/embed/dist/aufum-consent.dev.js', format: 'iife' },
    treeshake,
    plugins: [moduleIntegrity('packages/embed/dist'), ...embed('development'), integrity()],
  },
]
