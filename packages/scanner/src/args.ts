import { parseArgs } from 'node:util'
import { BROWSER_ENV } from './browser.js'

/** The command line, read and checked. */
export interface CliOptions {
  urls: string[]
  pages: number
  settle: number
  json?: string
  html?: string
  declarations?: string
  browser?: string
  allow: string[]
}

/** A command line the scanner cannot run: names the option and what it must be. */
export class UsageError extends Error {
  override name = 'UsageError' as const
}

/** The text of `--help`. */
export const USAGE = `Usage: aufum-consent-scan <url> [more urls] [options]

Scans a site that uses Aufum Consent the way a regulator checks one: in a clean browser before any decision,
after "Reject all", after "Accept all" and with each optional category alone. Exits 0 when clean, 1 when it
found leaks or undeclared cookies, 2 when it could not scan.

Options:
  --pages <n>            pages to visit at most, start URLs included (default 20)
  --json <file>          write the machine-readable report
  --html <file>          write the report for people
  --declarations <file>  write each category's "cookies", as seen with that category alone, to paste into the config
  --allow <origin>       an origin of another site that the site needs before consent (its CDN); repeatable
  --settle <ms>          how long the network must be quiet on a page before the scan looks (default 500)
  --browser <path>       the Chromium to drive (also ${BROWSER_ENV}); default: Playwright's, else /usr/bin/chromium
  -h, --help             show this help`

const whole = (value: string, option: string, least: number) => {
  const n = Number(value)
  if (!/^\d+$/.test(value) || n < least) throw new UsageError(`--${option} must be a whole number of ${least} or more`)
  return n
}

const webAddress = (value: string, what: string) => {
  const url = URL.canParse(value) ? new URL(value) : undefined
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw new UsageError(`${what} "${value}" is not an http(s) address, e.g. https://www.example.com/`)
  return url
}

/**
 * Reads the command line.
 *
 * @param argv The arguments after the command's name.
 * @param env The environment, for the browser's path.
 * @returns The options, or `help` when asked for it.
 * @throws {UsageError} naming the wrong argument.
 */
export function readArgs(argv: string[], env: NodeJS.ProcessEnv = {}): CliOptions | 'help' {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  if (values.help) return 'help'
  if (!positionals.length) throw new UsageError('give at least one URL to scan')
  const browser = values.browser ?? env[BROWSER_ENV]
  return {
    urls: positionals.map((url) => webAddress(url, 'the URL').href),
    pages: whole(values.pages ?? '20', 'pages', 1),
    settle: whole(values.settle ?? '500', 'settle', 0),
    allow: (values.allow ?? []).map((origin) => webAddress(origin, '--allow').origin),
    ...(values.json ? { json: values.json } : {}),
    ...(values.html ? { html: values.html } : {}),
    ...(values.declarations ? { declarations: values.declarations } : {}),
    ...(browser ? { browser } : {}),
  }
}

const parse = (args: string[]) =>
  parseArgs({
    args,
    allowPositionals: true,
    options: {
      pages: { type: 'string' },
      json: { type: 'string' },
      html: { type: 'string' },
      declarations: { type: 'string' },
      allow: { type: 'string', multiple: true },
      settle: { type: 'string' },
      browser: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
