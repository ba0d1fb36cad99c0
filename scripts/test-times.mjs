// Where the test suite's time goes: the slowest test files of vitest's and Playwright's JSON reports (the files
// `.ci/run` writes, or any run with VITEST_JSON / PW_JSON set), each with its tests' summed time and count.
//
//   node scripts/test-times.mjs <vitest.json> <playwright.json> [how many files, default 10]
//
// Playwright's times are each test's own (its fixtures included), summed over the file: with two workers the
// suite's wall time is about half their sum. A report that is missing is passed over.
import { existsSync, readFileSync } from 'node:fs'
import { relative } from 'node:path'

const [vitestFile, playwrightFile, most = '10'] = process.argv.slice(2)

/** @param {string} file */
const read = (file) => (file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined)

/** @param {Map<string, { ms: number, tests: number }>} files @param {string} file @param {number} ms */
function add(files, file, ms) {
  const entry = files.get(file) ?? { ms: 0, tests: 0 }
  entry.ms += ms
  entry.tests++
  files.set(file, entry)
}

/** @param {string} title @param {Map<string, { ms: number, tests: number }>} files */
function print(title, files) {
  const total = [...files.values()].reduce((sum, { ms }) => sum + ms, 0)
  console.error(`${title}: ${(total / 1000).toFixed(1)} s in ${files.size} files; the slowest:`)
  for (const [file, { ms, tests }] of [...files].sort((a, b) => b[1].ms - a[1].ms).slice(0, Number(most)))
    console.error(`  ${(ms / 1000).toFixed(1).padStart(6)} s ${String(tests).padStart(4)} tests  ${file}`)
}

const vitest = read(vitestFile)
if (vitest) {
  const files = new Map()
  for (const result of vitest.testResults)
    for (const test of result.assertionResults) add(files, relative(process.cwd(), result.name), test.duration ?? 0)
  print('vitest', files)
}

const playwright = read(playwrightFile)
if (playwright) {
  const files = new Map()
  /** @param {any} suite */
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests) for (const result of test.results) add(files, spec.file, result.duration)
    for (const child of suite.suites ?? []) walk(child)
  }
  for (const suite of playwright.suites) walk(suite)
  print(`Playwright (${(playwright.stats.duration / 1000).toFixed(0)} s wall)`, files)
}
