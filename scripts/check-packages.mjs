// publint and Are the Types Wrong? on every published package: both must report no error.
import { spawnSync } from 'node:child_process'

const PACKAGES = ['packages/core', 'packages/ui', 'packages/embed']
let failed = 0
for (const dir of PACKAGES) {
  for (const [tool, args] of [
    ['publint', ['--strict']],
    ['attw', ['--pack', '.', '--profile', 'esm-only']],
  ]) {
    if (tool === 'attw' && dir.endsWith('embed')) continue // a script tag: no module entry, no types
    const result = spawnSync('npx', ['--no-install', tool, ...args], { cwd: dir, stdio: 'inherit' })
    if (result.status !== 0) {
      console.error(`${tool} failed for ${dir}`)
      failed++
    }
  }
}
process.exit(failed ? 1 : 0)
