// publint and Are the Types Wrong? on every published package: both must report no error.
import { spawnSync } from 'node:child_process'

const PACKAGES = ['packages/core', 'packages/ui', 'packages/embed', 'packages/consent-log', 'packages/scanner']
let failed = 0
for (const dir of PACKAGES) {
  for (const [tool, args] of [
    ['publint', ['--strict']],
    ['attw', ['--pack', '.', '--profile', 'esm-only']],
  ]) {
    // The script tag and the two command lines (consent log, scanner) have no module entry, so no types to check.
    if (tool === 'attw' && ['embed', 'consent-log', 'scanner'].some((name) => dir.endsWith(name))) continue
    const result = spawnSync('npx', ['--no-install', tool, ...args], { cwd: dir, stdio: 'inherit' })
    if (result.status !== 0) {
      console.error(`${tool} failed for ${dir}`)
      failed++
    }
  }
}
process.exit(failed ? 1 : 0)
