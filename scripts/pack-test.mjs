// The packages as users get them: pack each, check that no `workspace:` range is left in what npm installs, and
// install the tarballs into fresh projects outside the workspace with plain npm (offline: their dependencies are
// packed from this machine's copies, so nothing reaches the network). One app gets every package and Preact 10, the
// workspace's; another gets the npm packages and Preact 11 (the `preact11` alias of the root package.json), the
// other major that @aufum/consent-ui's peer range allows. Then: import the API in Node, run the scanner's command
// line, bundle each app's browser entry with Rollup (one copy of Preact, the app's own; sizes printed), and in
// Chromium load the script tag from the packed dist/ and each app's bundle, whose banner must answer "Reject all".
// Prints the tarballs' sizes. Run after `pnpm build` (pnpm check:packages does both).
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import replace from '@rollup/plugin-replace'
import terser from '@rollup/plugin-terser'
import { rollup } from 'rollup'
import { launchChromium } from './chromium.mjs'
import { fileIn, serveStatic } from './static-server.mjs'

const started = performance.now()
const ROOT = resolve(import.meta.dirname, '..')
const tmp = mkdtempSync(join(tmpdir(), 'aufum-pack-'))
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] })
const bytes = (n) => n.toLocaleString('en-US')
const uiManifest = JSON.parse(readFileSync(join(ROOT, 'packages/ui/package.json'), 'utf8'))
/** Each package's tarball, as `pnpm pack` names it: `@aufum/consent-ui` 0.1.0 is aufum-consent-ui-0.1.0.tgz. */
const tarballs = Object.fromEntries(
  ['core', 'ui', 'embed', 'scanner'].map((pkg) => {
    const { name, version } = JSON.parse(readFileSync(join(ROOT, 'packages', pkg, 'package.json'), 'utf8'))
    return [pkg, `${name.slice(1).replace('/', '-')}-${version}.tgz`]
  }),
)
try {
  for (const pkg of Object.keys(tarballs)) run('pnpm', ['pack', '--pack-destination', tmp], join(ROOT, 'packages', pkg))
  const packed = Object.values(tarballs)
  for (const file of packed) console.log(`${file}: ${bytes(statSync(join(tmp, file)).size)} bytes`)

  // What npm installs: `pnpm pack` turns each `workspace:` range into a version range (`npm i ./packages/ui` would
  // fail on them with EUNSUPPORTEDPROTOCOL), and Preact is the UI's peer, so that an app bundles one Preact.
  for (const file of packed) {
    const manifest = run('tar', ['-xzOf', join(tmp, file), 'package/package.json']).toString()
    if (manifest.includes('workspace:')) throw new Error(`${file}: package.json keeps a workspace: range`)
    const { name, dependencies = {}, peerDependencies = {} } = JSON.parse(manifest)
    if (
      name === '@aufum/consent-ui' &&
      (dependencies.preact || peerDependencies.preact !== uiManifest.peerDependencies.preact)
    )
      throw new Error(`${file}: preact must be a peer dependency only, ${uiManifest.peerDependencies.preact}`)
  }
  console.log('package.json: no workspace: range in the tarballs; preact is a peer of @aufum/consent-ui')

  // Their dependencies, packed from the copies installed here (npm pack would run their build scripts).
  for (const [tarball, dep, from] of [
    ['js-cookie', 'js-cookie', 'packages/core'],
    ['nanostores', 'nanostores', 'packages/core'],
    ['preact10', 'preact', 'packages/ui'],
    ['preact11', 'preact11', '.'],
    ['playwright-core', 'playwright-core', 'packages/scanner'],
  ]) {
    tarballs[tarball] = `${tarball}.tgz`
    const dir = dirname(createRequire(join(ROOT, from, 'package.json')).resolve(`${dep}/package.json`))
    const name = basename(dir) // `preact`, also for the alias
    run(
      'tar',
      [
        '-czf',
        join(tmp, tarballs[tarball]),
        '--hard-dereference',
        '-C',
        dirname(dir),
        '--transform',
        `s,^${name},package,`,
        name,
      ],
      tmp,
    )
  }

  /** A fresh project that installs these tarballs with npm, as a user would. */
  const install = (name, packages) => {
    const app = join(tmp, name)
    mkdirSync(app)
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }))
    const files = packages.map((pkg) => join(tmp, tarballs[pkg]))
    run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', ...files], app)
    return app
  }
  const npmPackages = ['core', 'ui', 'js-cookie', 'nanostores']
  const apps = [
    {
      major: 10,
      dir: install('app-preact10', [...npmPackages, 'preact10', 'embed', 'scanner', 'playwright-core']),
    },
    { major: 11, dir: install('app-preact11', [...npmPackages, 'preact11']) },
  ]
  const [{ dir: app }] = apps

  // Node: the server entry reads a Cookie header; the browser entry imports without running anything.
  const node = run(
    'node',
    [
      '--input-type=module',
      '-e',
      `
    const { parseConsent } = await import('@aufum/consent/server')
    const core = await import('@aufum/consent')
    if (parseConsent('session=1; aufum_consent=garbage') !== null) throw new Error('parseConsent granted garbage')
    for (const name of ['createConsent', 'createGate', 'loadScript', 'dispatchConsentEvents', 'googleConsentMode', 'recordConsent'])
      if (typeof core[name] !== 'function') throw new Error('missing export ' + name)
    for (const name of ['whenParsed', 'RECORD_QUEUE_LIMIT']) if (name in core) throw new Error('internal export ' + name)
    console.log('node: @aufum/consent and @aufum/consent/server import and run')`,
    ],
    app,
  )
  process.stdout.write(node)

  // The development checks come with the `development` export condition only: there a wrong option throws; the
  // default (production) build names it, leaves it out, and carries no `process.env` for a bundler to strip.
  const wrongRevision = `
    const { createConsent } = await import('@aufum/consent')
    const errors = []
    console.error = (message) => errors.push(message)
    try {
      createConsent({ revision: -1 })
      console.log(errors.length === 1 && errors[0].includes('revision') ? 'named' : 'silent')
    } catch (error) {
      console.log(error.message.includes('revision') ? 'thrown' : 'other')
    }`
  const conditions = { '--conditions=development': 'thrown', '--conditions=production': 'named' }
  for (const [condition, expected] of Object.entries(conditions)) {
    const answer = run('node', [condition, '--input-type=module', '-e', wrongRevision], app).toString().trim()
    if (answer !== expected) throw new Error(`node ${condition}: a wrong option was ${answer}, not ${expected}`)
  }
  for (const pkg of ['consent', 'consent-ui']) {
    const dist = join(app, 'node_modules/@aufum', pkg, 'dist')
    for (const file of readdirSync(dist, { recursive: true }))
      if (file.endsWith('.js') && readFileSync(join(dist, file), 'utf8').includes('process.env'))
        throw new Error(`@aufum/${pkg}/dist/${file} reads process.env`)
  }
  console.log('node: a wrong option throws under the development condition, and is named in production')

  // The scanner's command line starts from its bin link: its shebang, and its import of playwright-core, work.
  const help = run('npx', ['--no-install', 'aufum-consent-scan', '--help'], app).toString()
  if (!help.startsWith('Usage: aufum-consent-scan')) throw new Error(`aufum-consent-scan --help printed: ${help}`)
  console.log('npx aufum-consent-scan --help: the packed command line runs')

  // Rollup: each app's browser bundle of both packages resolves every import, holds one Preact (the app's own, of
  // the major it installed) and goes to dist/ for Chromium; minified and gzipped, it shows what the app pays, and
  // the same bundle with Preact left out shows Preact's share (what a React app adds for the UI's peer).
  const PREACT = ['preact', 'preact/hooks', 'preact/jsx-runtime']
  const gzip = (code) => gzipSync(code, { level: 9 }).length
  for (const test of apps) {
    writeFileSync(
      join(test.dir, 'entry.js'),
      "import { createConsent } from '@aufum/consent'\nimport { mountConsentUI } from '@aufum/consent-ui'\n\nglobalThis.packedConsent = createConsent()\nmountConsentUI(globalThis.packedConsent)\n",
    )
    const bundle = async (external = []) => {
      const unresolved = []
      const build = await rollup({
        input: join(test.dir, 'entry.js'),
        external,
        plugins: [
          replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': '"production"' } }),
          nodeResolve({ browser: true }),
        ],
        onwarn: (warning) => warning.code === 'UNRESOLVED_IMPORT' && unresolved.push(warning.exporter),
      })
      if (unresolved.length) throw new Error(`unresolved in ${basename(test.dir)}'s bundle: ${unresolved.join(', ')}`)
      return build
    }
    const build = await bundle()
    const { output } = await build.write({
      dir: join(test.dir, 'dist'),
      format: 'es',
      plugins: [terser({ compress: { passes: 2 } })],
    })
    const chunks = output.filter((chunk) => chunk.type === 'chunk')
    const copies = new Set(
      chunks
        .flatMap((chunk) => chunk.moduleIds)
        .filter((id) => id.includes('/node_modules/preact/'))
        .map((id) => id.slice(0, id.lastIndexOf('/node_modules/preact/') + '/node_modules/preact'.length)),
    )
    const own = realpathSync(join(test.dir, 'node_modules/preact'))
    if (copies.size !== 1 || !copies.has(own))
      throw new Error(`${basename(test.dir)}'s bundle must hold one Preact, ${own}; it holds ${[...copies].join(', ')}`)
    const { version } = JSON.parse(readFileSync(join(own, 'package.json'), 'utf8'))
    if (!version.startsWith(`${test.major}.`)) throw new Error(`${basename(test.dir)} installed preact ${version}`)
    const entry = chunks.find((chunk) => chunk.isEntry)
    const { output: without } = await (await bundle(PREACT)).generate({
      format: 'es',
      plugins: [terser({ compress: { passes: 2 } })],
    })
    const [all, ui] = [gzip(entry.code), gzip(without.find((chunk) => chunk.isEntry).code)]
    console.log(
      `rollup, preact ${version}: one Preact in the app's bundle (${chunks.length} chunks); its entry (createConsent, mountConsentUI with CSS and English, Preact) ${bytes(entry.code.length)} bytes minified, ${bytes(all)} gzip, of which Preact ${bytes(all - ui)}`,
    )
  }

  // Chromium: the script tag, served straight from the packed dist/, and each app's bundle.
  const dist = join(app, 'node_modules/@aufum/consent-embed/dist')
  const page = (head) => `<!doctype html><html lang="en"><head>${head}</head><body><h1>Packed</h1></body></html>`
  const routes = {
    '/': () => [200, { 'Content-Type': 'text/html' }, page('<script src="/cdn/aufum-consent.js"></script>')],
  }
  for (const { major } of apps)
    routes[`/preact${major}/`] = () => [
      200,
      { 'Content-Type': 'text/html' },
      page(`<script type="module" src="/preact${major}/entry.js"></script>`),
    ]
  // A free port: a fixed one could be taken by another run on the same machine.
  const server = await serveStatic({
    port: 0,
    routes,
    file: ({ pathname }) => {
      if (pathname.startsWith('/cdn/')) return fileIn(dist, pathname.slice('/cdn/'.length))
      const test = apps.find(({ major }) => pathname.startsWith(`/preact${major}/`))
      return test ? fileIn(join(test.dir, 'dist'), pathname.slice(`/preact${test.major}/`.length)) : null
    },
  })
  const origin = `http://127.0.0.1:${server.address().port}`
  const browser = await launchChromium()
  try {
    // browser.newPage() opens a context of its own: no cookie of one page reaches the next.
    const scriptTag = await browser.newPage()
    await scriptTag.goto(`${origin}/`)
    await scriptTag.getByRole('region', { name: 'Your privacy choices' }).waitFor({ timeout: 5000 })
    console.log('chromium: the script tag from the packed dist/ shows its banner')
    for (const { major } of apps) {
      const tab = await browser.newPage()
      const errors = []
      tab.on('pageerror', (error) => errors.push(error.message))
      await tab.goto(`${origin}/preact${major}/`)
      const banner = tab.getByRole('region', { name: 'Your privacy choices' })
      await banner.waitFor({ timeout: 5000 })
      await banner.getByRole('button', { name: 'Reject all' }).click()
      await banner.waitFor({ state: 'detached', timeout: 5000 })
      // The refusal is stored: the reloaded page reads it from the cookie, every optional category denied.
      await tab.reload()
      await tab.waitForFunction(() => globalThis.packedConsent)
      const { status, granted } = await tab.evaluate(() => {
        const { config, store } = globalThis.packedConsent
        const { status, categories } = store.get()
        return {
          status,
          granted: Object.keys(categories).filter((name) => categories[name] && !config.categories[name].required),
        }
      })
      if (status !== 'decided' || granted.length)
        throw new Error(`preact ${major}: after "Reject all": ${status}, ${granted}`)
      if (errors.length) throw new Error(`preact ${major}: the page threw ${errors.join('; ')}`)
      console.log(`chromium, preact ${major}: the app's banner shows, and "Reject all" stores a refusal and hides it`)
    }
  } finally {
    await browser.close()
    server.close()
  }
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
console.log(`pack test: ${((performance.now() - started) / 1000).toFixed(1)} s`)
