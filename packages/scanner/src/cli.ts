#!/usr/bin/env node
// aufum-consent-scan: exits 0 when the site is clean, 1 when it leaks, sets undeclared cookies or some pages could
// not be scanned, 2 when the scan could not run or scanned no page.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { readArgs, USAGE, UsageError } from './args.js'
import { withoutCredentials } from './report/credentials.js'
import { htmlReport } from './report/html.js'
import { declarationsJson, jsonReport } from './report/json.js'
import { progressLine, summary } from './report/summary.js'
import { forTerminal } from './report/terminal.js'
import { ScanError, scan } from './scan.js'

const CLEAN = 0
const PROBLEMS = 1
const COULD_NOT_RUN = 2

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }

function write(file: string, text: string): string {
  const path = resolve(file)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
  return path
}

async function main(): Promise<number> {
  let options: ReturnType<typeof readArgs>
  try {
    options = readArgs(process.argv.slice(2), process.env)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(
      forTerminal(
        withoutCredentials(`aufum-consent-scan: ${error.message} (aufum-consent-scan --help lists the options)`),
      ),
    )
    return COULD_NOT_RUN
  }
  if (options === 'help') {
    console.log(USAGE)
    return CLEAN
  }
  let result: Awaited<ReturnType<typeof scan>>
  try {
    result = await scan({
      ...options,
      progress: (pass, visit, done, total) => console.error(progressLine(pass, visit, done, total)),
    })
  } catch (error) {
    if (!(error instanceof ScanError)) throw error
    console.error(forTerminal(withoutCredentials(`aufum-consent-scan: could not scan: ${error.message}`)))
    return COULD_NOT_RUN
  }
  console.log(summary(result))
  if (options.json) console.log(`JSON report: ${write(options.json, jsonReport(result, version))}`)
  if (options.html) console.log(`HTML report: ${write(options.html, htmlReport(result))}`)
  if (options.declarations)
    console.log(`Declarations: ${write(options.declarations, declarationsJson(result.suggested))}`)
  return result.leaks.length || result.undeclared.length || result.failed.length ? PROBLEMS : CLEAN
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const text = withoutCredentials(error instanceof Error ? (error.stack ?? error.message) : String(error))
    console.error(text.split('\n').map(forTerminal).join('\n'))
    process.exitCode = COULD_NOT_RUN
  },
)
