// The packages as users get them: pack each, install the tarballs into a fresh project outside the workspace with
// plain npm (offline: their dependencies are packed from this machine's copies, so nothing reaches the network),
// import the API in Node, run the scanner's command line, bundle the browser entries with Rollup, and load the script
// tag from the packed dist/ in Chromium. Prints the tarballs' sizes. Run after `pnpm build` (pnpm check:packages
// does both).
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import replace from '@rollup/plugin-replace'
import { rollup } from 'rollup'
import { launchChromium } from './chromium.mjs'
import { fileIn, serveStatic } from './static-server.mjs'

const ROOT = resolve(import.meta.dirname, '..')
const tmp = mkdtempSync(join(tmpdir(), 'aufum-pack-'))
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] })
try {
  for (const pkg of ['core', 'ui', 'embed', 'scanner'])
    run('pnpm', ['pack', '--pack-destination', tmp], join(ROOT, 'packages', pkg))
  // Their dependencies, packed from the copies installed here (npm pack would run their build scripts).
  for (const [dep, from] of [
    ['js-cookie', 'core'],
    ['nanostores', 'core'],
    ['preact', 'ui'],
    ['playwright-core', 'scanner'],
  ]) {
    const dir = dirname(createRequire(join(ROOT, 'packages', from, 'package.json')).resolve(`${dep}/package.json`))
    run(
      'tar',
      [
        '-czf',
        join(tmp, `${dep}.tgz`),
        '--hard-dereference',
        '-C',
        dirname(dir),
        '--transform',
        `s,^${dep},package,`,
        dep,
      ],
      tmp,
    )
  }
  const tarballs = readdirSync(tmp).filter((file) => file.endsWith('.tgz'))
  for (const file of tarballs.filter((f) => f.startsWith('aufum-')))
    console.log(`${file}: ${statSync(join(tmp, file)).size.toLocaleString('en-US')} bytes`)

  const app = join(tmp, 'app')
  mkdirSync(app)
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'fresh-app', private: true, type: 'module' }))
  run(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', ...tarballs.map((f) => join(tmp, f))],
    app,
  )

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

  // The scanner's command line starts from its bin link: its shebang, and its import of playwright-core, work.
  const help = run('npx', ['--no-install', 'aufum-consent-scan', '--help'], app).toString()
  if (!help.startsWith('Usage: aufum-consent-scan')) throw new Error(`aufum-consent-scan --help printed: ${help}`)
  console.log('npx aufum-consent-scan --help: the packed command line runs')

  // Rollup: an app's browser bundle of both packages resolves every import.
  writeFileSync(
    join(app, 'entry.js'),
    "import { createConsent } from '@aufum/consent'\nimport { mountConsentUI } from '@aufum/consent-ui'\nmountConsentUI(createConsent())\n",
  )
  const unresolved = []
  const build = await rollup({
    input: join(app, 'entry.js'),
    plugins: [
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': '"production"' } }),
      nodeResolve({ browser: true }),
    ],
    onwarn: (warning) => warning.code === 'UNRESOLVED_IMPORT' && unresolved.push(warning.exporter),
  })
  const { output } = await build.generate({ format: 'es' })
  if (unresolved.length) throw new Error(`unresolved in the app's bundle: ${unresolved.join(', ')}`)
  console.log(
    `rollup: the app's bundle resolves (${output.length} chunks, ${output[0].code.length.toLocaleString('en-US')} bytes unminified)`,
  )

  // The script tag, served straight from the packed dist/.
  const dist = join(app, 'node_modules/@aufum/consent-embed/dist')
  const html =
    '<!doctype html><html lang="en"><head><script src="/cdn/aufum-consent.js"></script></head><body><h1>Packed</h1></body></html>'
  // A free port: a fixed one could be taken by another run on the same machine.
  const server = await serveStatic({
    port: 0,
    routes: { '/': () => [200, { 'Content-Type': 'text/html' }, html] },
    file: ({ pathname }) => (pathname.startsWith('/cdn/') ? fileIn(dist, pathname.slice('/cdn/'.length)) : null),
  })
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    await page.goto(`http://127.0.0.1:${server.address().port}/`)
    await page.getByRole('region', { name: 'Your privacy choices' }).waitFor({ timeout: 5000 })
    console.log('chromium: the script tag from the packed dist/ shows its banner')
  } finally {
    await browser.close()
    server.close()
  }
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
