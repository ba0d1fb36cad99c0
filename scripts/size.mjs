// Measures every shipped file, minified, in gzip and brotli bytes, and fails when one is over its
// gzip budget. Run after `pnpm build` (`pnpm size` does both).
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import replace from '@rollup/plugin-replace'
import terser from '@rollup/plugin-terser'
import { rollup } from 'rollup'

const { entries } = JSON.parse(readFileSync(new URL('size-budgets.json', import.meta.url), 'utf8'))

/** @param {string} file an ESM entry, bundled with its dependencies and minified as an app's production build would */
async function bundle(file, external = [], without = [], names) {
  const inlined = [without].flat().map((css) => JSON.stringify(readFileSync(css, 'utf8')))
  const plugins = [
    { name: 'without', transform: (code) => inlined.reduce((rest, text) => rest.replace(text, '""'), code) },
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': '"production"' } }),
    nodeResolve({ browser: true }),
  ]
  // `import` names what an app imports: the rest of the entry is tree-shaken away, as in the app's bundle.
  const entry = {
    name: 'entry',
    resolveId: (id) => (id === '\0entry' ? id : null),
    load: (id) => (id === '\0entry' ? `export { ${names} } from ${JSON.stringify(resolve(file))}` : null),
  }
  if (names) plugins.unshift(entry)
  const build = await rollup({ input: names ? '\0entry' : file, external, plugins, onwarn() {} })
  const { output } = await build.generate({ format: 'es', plugins: [terser({ compress: { passes: 2 } })] })
  return output[0].code
}

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
  // A group ('files') counts as the sum of each file's compressed size, as a browser downloads them.
  const codes = entry.files
    ? entry.files.map((file) => readFileSync(file))
    : [
        Buffer.from(
          entry.bundle
            ? await bundle(entry.bundle, entry.external, entry.without, entry.import)
            : readFileSync(entry.file),
        ),
      ]
  // A feature function's cost: what importing it adds to an app that already imports 'over'.
  const base = entry.over && Buffer.from(await bundle(entry.bundle, entry.external, entry.without, entry.over))
  const sum = (size) => codes.reduce((total, code) => total + size(code), 0) - (base ? size(base) : 0)
  const gzip = sum(gzipSize)
  const brotli = sum(brotliSize)
  const ok = gzip <= entry.gzip
  if (!ok) over++
  rows.push({
    name: entry.name,
    min: sum((code) => code.length),
    gzip,
    brotli,
    budget: entry.gzip,
    ok: ok ? 'ok' : 'OVER',
  })
}
console.table(rows)
for (const { each, sizes } of entries.filter((entry) => entry.sizes)) {
  console.log(`${each}, gzip bytes each:`)
  console.log(sizes.map(([gzip, file]) => `${file.split('/').at(-1)} ${gzip}`).join(' · '))
}

// The README's size table must show what was measured.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8').split('\n')
for (const [i, entry] of entries.entries()) {
  if (!entry.readme) continue
  const row = readme.find((line) => line.startsWith(`| ${entry.readme}`))
  const figure = rows[i].gzip.toLocaleString('en-US')
  if (!row?.includes(figure)) {
    console.error(`README.md: the row "${entry.readme}" must show ${figure} bytes (measured for ${entry.name})`)
    over++
  }
}
if (over) {
  console.error(`${over} size check(s) failed (scripts/size-budgets.json, README.md)`)
  process.exit(1)
}
