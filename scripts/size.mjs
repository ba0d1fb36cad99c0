// Measures every shipped file, minified, in gzip and brotli bytes, and fails when one is over its
// gzip budget. Run after `pnpm build` (`pnpm size` does both).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import replace from '@rollup/plugin-replace'
import terser from '@rollup/plugin-terser'
import { build as esbuild } from 'esbuild'
import { rollup } from 'rollup'
import webpack from 'webpack'

const { entries } = JSON.parse(readFileSync(new URL('size-budgets.json', import.meta.url), 'utf8'))

// ---------------------------------------------------------------- an app that imports an npm entry
// The app lives in a folder of its own whose node_modules links each package it imports, so that every bundler
// resolves `@aufum/consent` (and its subpaths) through the package's "exports" with its own default conditions
// for a production browser build, as it would in an app, and not through a file path that names one build.
const app = mkdtempSync(join(tmpdir(), 'aufum-size-'))
process.on('exit', () => rmSync(app, { recursive: true, force: true }))
const linked = new Set()

/** The string targets of one "exports" entry, whatever its conditions. */
const targets = (target) =>
  typeof target === 'string' ? [target] : Object.values(target ?? {}).flatMap((value) => targets(value))

/**
 * What an app writes to import `file`: the package's name and the subpath whose "exports" entry points at it
 * (packages/core/dist/index.js → `@aufum/consent`), or the file's own path where no package exports it.
 *
 * @param {string} file
 */
function specifier(file) {
  for (let dir = dirname(resolve(file)); dir !== dirname(dir); dir = dirname(dir)) {
    let manifest
    try {
      manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    } catch {
      continue
    }
    const own = `./${relative(dir, resolve(file))}`
    const exports = typeof manifest.exports === 'object' ? manifest.exports : { '.': manifest.exports }
    const subpath = Object.keys(exports).find((key) => key.startsWith('.') && targets(exports[key]).includes(own))
    if (!manifest.name || !subpath) return resolve(file)
    if (!linked.has(manifest.name)) {
      mkdirSync(dirname(join(app, 'node_modules', manifest.name)), { recursive: true })
      symlinkSync(dir, join(app, 'node_modules', manifest.name), 'dir')
      linked.add(manifest.name)
    }
    return `${manifest.name}${subpath.slice(1)}`
  }
  return resolve(file)
}

let apps = 0
/** Writes the app's entry: it imports `names` (every export where none are named) and exports them again. */
function appEntry(file, names) {
  const from = JSON.stringify(specifier(file))
  const path = join(app, `entry-${apps++}.js`)
  writeFileSync(path, names ? `export { ${names} } from ${from}\n` : `export * from ${from}\n`)
  return path
}

/** Rollup with node-resolve (browser) and terser, `process.env.NODE_ENV` replaced: what the budgets always measured. */
async function withRollup(input, external, without) {
  const inlined = [without ?? []].flat().map((css) => JSON.stringify(readFileSync(css, 'utf8')))
  const build = await rollup({
    input,
    external,
    onwarn() {},
    plugins: [
      { name: 'without', transform: (code) => inlined.reduce((rest, text) => rest.replace(text, '""'), code) },
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': '"production"' } }),
      nodeResolve({ browser: true }),
    ],
  })
  const { output } = await build.generate({ format: 'es', plugins: [terser({ compress: { passes: 2 } })] })
  await build.close()
  return output[0].code
}

/** esbuild as an app calls it for production: bundled, minified, ESM, for the browser. */
async function withEsbuild(input, external) {
  const { outputFiles } = await esbuild({
    entryPoints: [input],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    external,
    write: false,
    logLevel: 'silent',
  })
  return outputFiles[0].text
}

/** webpack 5 in production mode (terser, `process.env.NODE_ENV`, the "production" condition), output as an ES module. */
async function withWebpack(input, external) {
  const out = join(app, `webpack-${apps++}`)
  const compiler = webpack({
    mode: 'production',
    target: 'web',
    context: app,
    entry: input,
    output: { path: out, filename: 'app.js', module: true, library: { type: 'module' } },
    experiments: { outputModule: true },
    externals: external,
    externalsType: 'module',
    devtool: false,
    performance: { hints: false },
  })
  const stats = await new Promise((done, fail) => compiler.run((error, result) => (error ? fail(error) : done(result))))
  await new Promise((done) => compiler.close(done))
  if (stats.hasErrors()) throw new Error(`webpack: ${stats.toString('errors-only')}`)
  return readFileSync(join(out, 'app.js'), 'utf8')
}

const BUNDLERS = { rollup: withRollup, esbuild: withEsbuild, webpack: withWebpack }

/**
 * An npm entry bundled with its dependencies and minified as an app's production build would.
 *
 * @param {string} bundler one of BUNDLERS' names
 * @param {{ bundle: string, external?: string[], without?: string[] }} entry
 * @param {string} [names] what the app imports; every export where none
 */
function bundle(bundler, { bundle: file, external = [], without }, names) {
  if (without && bundler !== 'rollup') throw new Error(`'without' is measured with rollup only (${file})`)
  // The feature functions' entries all measure over the same app (createConsent alone): each bundle is built once.
  const key = JSON.stringify([bundler, file, external, without, names])
  if (!bundles.has(key)) bundles.set(key, BUNDLERS[bundler](appEntry(file, names), external, without))
  return bundles.get(key)
}
const bundles = new Map()

const gzipSize = (code) => gzipSync(code, { level: 9 }).length
const brotliSize = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length

let over = 0
const rows = []
/** @param {string} pattern a path whose file name may hold one `*` */
const matching = (pattern) => {
  const [before, after] = pattern.split('/').at(-1).split('*')
  return readdirSync(dirname(pattern))
    .filter((name) => name.startsWith(before) && name.endsWith(after))
    .map((name) => `${dirname(pattern)}/${name}`)
}

for (const entry of entries) {
  // 'each' is a set of files of one kind (the languages): each must keep to the budget; the largest is shown, and
  // every file is listed below the table.
  if (entry.each) {
    entry.sizes = matching(entry.each)
      .map((file) => [gzipSize(readFileSync(file)), file])
      .sort(([a], [b]) => b - a)
    entry.file = entry.sizes[0][1]
  }
  // An npm entry is measured with each bundler it names ('bundlers', Rollup where it names none), a row each.
  entry.gzips = []
  for (const bundler of entry.bundle ? (entry.bundlers ?? ['rollup']) : ['']) {
    // A group ('files') counts as the sum of each file's compressed size, as a browser downloads them.
    const codes = entry.files
      ? entry.files.map((file) => readFileSync(file))
      : [Buffer.from(entry.bundle ? await bundle(bundler, entry, entry.import) : readFileSync(entry.file))]
    // A feature function's cost: what importing it adds to an app that already imports 'over'.
    const base = entry.over && Buffer.from(await bundle(bundler, entry, entry.over))
    const sum = (size) => codes.reduce((total, code) => total + size(code), 0) - (base ? size(base) : 0)
    const gzip = sum(gzipSize)
    // One budget for every bundler, or one per bundler ({ "rollup": …, "esbuild": …, "webpack": … }).
    const budget = typeof entry.gzip === 'object' ? entry.gzip[bundler] : entry.gzip
    const ok = gzip <= budget
    if (!ok) over++
    entry.gzips.push(gzip)
    rows.push({
      name: entry.name,
      bundler: bundler || 'as shipped',
      min: sum((code) => code.length),
      gzip,
      brotli: sum(brotliSize),
      budget,
      ok: ok ? 'ok' : 'OVER',
    })
  }
}
console.table(rows)
for (const { each, sizes } of entries.filter((entry) => entry.sizes)) {
  console.log(`${each}, gzip bytes each:`)
  console.log(sizes.map(([gzip, file]) => `${file.split('/').at(-1)} ${gzip}`).join(' · '))
}

// The README's size table must show what was measured: every bundler's figure, in the order of 'bundlers'.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8').split('\n')
for (const entry of entries) {
  if (!entry.readme) continue
  const row = readme.find((line) => line.startsWith(`| ${entry.readme}`))
  const figures = entry.gzips.map((gzip) => gzip.toLocaleString('en-US'))
  if (!row?.includes(figures.join(' / '))) {
    console.error(
      `README.md: the row "${entry.readme}" must show ${figures.join(' / ')} bytes (measured for ${entry.name})`,
    )
    over++
  }
}
if (over) {
  console.error(`${over} size check(s) failed (scripts/size-budgets.json, README.md)`)
  process.exit(1)
}
