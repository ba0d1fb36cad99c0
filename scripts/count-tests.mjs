// Adds up the JSON reports of every test runner and prints `N passed, N failed`.
// A report that is missing counts as one failure: a runner that never ran tested nothing.
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`no test report at ${file}`)
    failed++
    continue
  }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  if ('numPassedTests' in report) {
    passed += report.numPassedTests
    failed += report.numFailedTests
  } else {
    passed += report.stats.expected + report.stats.flaky
    failed += report.stats.unexpected
  }
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed || !passed ? 1 : 0)
