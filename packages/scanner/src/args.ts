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
  /** How long one page may take, in ms. */
  pageTimeout: number
  /** How long the whole scan may take, in ms. */
  timeout: number
  /** Headers by origin, each by lower-case name: sent to the start URLs' origins only. */
  headers: Record<string, Record<string, string>>
}

/** The environment variable that holds headers for the site, one `Name: value` a line, as `--header` gives them. */
export const HEADERS_ENV = 'AUFUM_SCAN_HEADERS'

/** A command line the scanner cannot run: names the option and what it must be. */
export class UsageError extends Error {
  override name = 'UsageError' as const
}

/** The text of `--help`. */
export const USAGE = `Usage: aufum-consent-scan <url> [more urls] [options]

Scans a site that uses Aufum Consent the way a regulator checks one: in a clean browser before any decision,
after "Reject all", after "Accept all" and with each optional category alone. Exits 0 when clean, 1 when it
found leaks or undeclared cookies or could not scan some pages, 2 when it could scan none.

Options:
  --pages <n>            pages to visit at most, start URLs included (default 20)
  --json <file>          write the machine-readable report
  --html <file>          write the report for people
  --declarations <file>  write each category's "cookies", as seen with that category alone, to paste into the config
  --allow <origin>       an origin of another site that the site needs before consent (its CDN); repeatable
  --settle <ms>          how long the network must be quiet on a page before the scan looks (default 500)
  --page-timeout <s>     how long one page may take before it is closed and reported as not scanned (default 60)
  --timeout <s>          how long the whole scan may take (default 900); pages not reached are reported
  --header <'Name: value'>  a header sent to the start URLs' origins only, never to another site, e.g.
                         'Authorization: Basic …' for a staging site; repeatable (also ${HEADERS_ENV}, one a line).
                         A user:password@ in a start URL is sent so too, and never printed or reported
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

// `Name: value`, the name a token as HTTP defines it (RFC 9110 §5.1).
const HEADER = /^([!#$%&'*+.^_`|~\w-]+):[ \t]*(.*?)[ \t]*$/

const header = (line: string) => {
  const found = HEADER.exec(line)
  if (!found || /[\r\n\0]/.test(found[2]!))
    throw new UsageError(
      `--header must be 'Name: value' on one line, e.g. 'Authorization: Basic …'; got a line without a name`,
    )
  return [found[1]!.toLowerCase(), found[2]!] as const
}

// A password in a start URL would be printed and reported with every page: it is taken out, and sent as HTTP Basic
// credentials to that origin only (RFC 7617).
function credentials(url: URL): Record<string, string> {
  if (!url.username && !url.password) return {}
  const pair = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`
  url.username = ''
  url.password = ''
  return { authorization: `Basic ${Buffer.from(pair).toString('base64')}` }
}

/**
 * Reads the command line.
 *
 * @param argv The arguments after the command's name.
 * @param env The environment, for the browser's path and the site's headers.
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
  const given = [...(env[HEADERS_ENV] ?? '').split('\n').filter((line) => line.trim()), ...(values.header ?? [])]
  const shared = Object.fromEntries(given.map(header))
  const headers: Record<string, Record<string, string>> = {}
  const urls = positionals.map((text) => {
    const url = webAddress(text, 'the URL')
    const own = credentials(url)
    headers[url.origin] = { ...headers[url.origin], ...shared, ...own }
    if (!Object.keys(headers[url.origin]!).length) delete headers[url.origin]
    return url.href
  })
  return {
    urls,
    pages: whole(values.pages ?? '20', 'pages', 1),
    settle: whole(values.settle ?? '500', 'settle', 0),
    pageTimeout: whole(values['page-timeout'] ?? '60', 'page-timeout', 1) * 1000,
    timeout: whole(values.timeout ?? '900', 'timeout', 1) * 1000,
    headers,
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
      'page-timeout': { type: 'string' },
      timeout: { type: 'string' },
      header: { type: 'string', multiple: true },
      browser: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
