// The Rollup plugins and settings shared by the packages' build (rollup.config.mjs) and the builds of the examples
// and test fixtures.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import replace from '@rollup/plugin-replace'
import terser from '@rollup/plugin-terser'
import { transform } from 'lightningcss'
import { rollup } from 'rollup'
import ts from 'typescript'

/**
 * `import css from './x.css?raw'`: the stylesheet minified by Lightning CSS, as a string (as Vite and vitest do).
 * With `{ emit: true }` the minified file is also written beside the bundle, for sites that serve it themselves.
 */
export const cssText = ({ emit = false } = {}) => ({
  name: 'css-text',
  resolveId: (id, importer) => (id.endsWith('.css?raw') && importer ? resolve(dirname(importer), id) : null),
  load(id) {
    if (!id.endsWith('.css?raw')) return null
    const file = id.slice(0, -'?raw'.length)
    const css = transform({ filename: file, code: readFileSync(file), minify: true }).code.toString()
    if (emit) this.emitFile({ type: 'asset', fileName: file.split('/').at(-1), source: css })
    return `export default ${JSON.stringify(css)}`
  },
})

/**
 * Writes one more asset, the emitted assets `parts` joined in order (the UI's whole stylesheet, say, from the banner's
 * and the panel's).
 */
export const joinAssets = (fileName, parts) => ({
  name: 'join-assets',
  generateBundle(_, bundle) {
    const source = parts.map((part) => bundle[part].source).join('')
    this.emitFile({ type: 'asset', fileName, source })
  },
})

/** `process.env.NODE_ENV` replaced, so that development-only checks are removed from production builds. */
export const mode = (env) =>
  replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify(env) } })

/** Minified for production; with AUFUM_PROFILE=1 (`pnpm bench:profile`) the names are kept, for readable profiles. */
export const minify = () =>
  terser(process.env.AUFUM_PROFILE ? { compress: { passes: 2 }, mangle: false } : { compress: { passes: 2 } })

/** Empties a build's output folder when the build starts, so that no stale file is ever shipped. */
export const clean = (dir) => ({
  name: 'clean',
  buildStart: () => rmSync(dir, { recursive: true, force: true }),
})

const sha384 = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`

/**
 * Keeps `dist/integrity.json` of the script tag's folder: the Subresource Integrity hash (sha384) of each
 * JavaScript file a bundle writes, added to those of the bundles written before it.
 */
export const integrity = () => ({
  name: 'integrity',
  writeBundle({ dir, file }, bundle) {
    const folder = dir ?? dirname(file)
    const path = join(folder, 'integrity.json')
    const hashes = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {}
    for (const name of Object.keys(bundle).filter((name) => name.endsWith('.js')))
      hashes[name] = sha384(readFileSync(join(folder, name)))
    writeFileSync(path, `${JSON.stringify(hashes, null, 2)}\n`)
  },
})

/**
 * Writes `aufum-consent-modules.json` beside the script tag's modules: the hash of each module file, from
 * `integrity.json` (so the modules are built first), and builds that list's own hash into the script tag as
 * `__AUFUM_MODULES_INTEGRITY__`, so that a script tag loaded with Subresource Integrity checks every module.
 *
 * @param {string} dir the script tag's dist folder
 */
export const moduleIntegrity = (dir) => {
  let hash = ''
  return {
    name: 'module-integrity',
    buildStart() {
      const all = JSON.parse(readFileSync(join(dir, 'integrity.json'), 'utf8'))
      const modules = Object.fromEntries(
        Object.entries(all).filter(([file]) => !/^aufum-consent(\.dev)?\.js$/.test(file)),
      )
      const list = `${JSON.stringify(modules, null, 2)}\n`
      writeFileSync(join(dir, 'aufum-consent-modules.json'), list)
      hash = sha384(list)
    },
    transform: (code) =>
      code.includes('__AUFUM_MODULES_INTEGRITY__')
        ? code.replaceAll('__AUFUM_MODULES_INTEGRITY__', JSON.stringify(hash))
        : null,
  }
}

/** Compiles the packages' TypeScript and TSX without checking types: for code the build itself runs. */
const transpile = () => ({
  name: 'transpile',
  resolveId(id, importer) {
    if (!importer || !id.startsWith('.') || !id.endsWith('.js')) return null
    const base = resolve(dirname(importer), id.slice(0, -3))
    return ['.ts', '.tsx'].map((ext) => base + ext).find(existsSync) ?? null
  },
  transform: (code, id) =>
    /\.tsx?$/.test(id)
      ? ts.transpileModule(code, {
          compilerOptions: {
            module: ts.ModuleKind.ESNext,
            target: ts.ScriptTarget.ES2022,
            jsx: ts.JsxEmit.ReactJSX,
            jsxImportSource: 'preact',
            verbatimModuleSyntax: true,
          },
        }).outputText
      : null,
})

/**
 * `import templates from 'aufum:banner-templates'`: the banner's markup, rendered at build time from the Banner
 * component itself (packages/ui/src/banner/templates.tsx, with preact-render-to-string), a slot for each text.
 */
export const bannerTemplates = () => ({
  name: 'banner-templates',
  resolveId: (id) => (id === 'aufum:banner-templates' ? '\0banner-templates' : null),
  async load(id) {
    if (id !== '\0banner-templates') return null
    const build = await rollup({
      input: 'packages/ui/src/banner/templates.tsx',
      plugins: [transpile(), nodeResolve()],
      onwarn() {},
    })
    const { output } = await build.generate({ format: 'es' })
    const source = `data:text/javascript;base64,${Buffer.from(output[0].code).toString('base64')}`
    const { renderBannerTemplates } = await import(source)
    return `export default ${JSON.stringify(renderBannerTemplates())}`
  },
})
