// @vitest-environment node
import { expect, it } from 'vitest'
import { readArgs, UsageError } from './args.js'

it('reads the URLs and every option', () => {
  expect(
    readArgs([
      'https://www.aufum.com',
      'https://www.aufum.com/courses',
      '--pages',
      '5',
      '--json',
      'r.json',
      '--html=r.html',
      '--declarations',
      'd.json',
      '--allow',
      'https://cdn.aufum.com/lib/',
      '--allow',
      'https://fonts.aufum.com',
      '--settle',
      '0',
    ]),
  ).toEqual({
    urls: ['https://www.aufum.com/', 'https://www.aufum.com/courses'],
    pages: 5,
    settle: 0,
    json: 'r.json',
    html: 'r.html',
    declarations: 'd.json',
    allow: ['https://cdn.aufum.com', 'https://fonts.aufum.com'],
    pageTimeout: 60_000,
    timeout: 900_000,
    headers: {},
  })
})

it('defaults to 20 pages, a 500 ms settle, a minute a page and 15 for the scan, and takes the browser from the environment', () => {
  expect(readArgs(['http://127.0.0.1:4173/'], { AUFUM_SCAN_BROWSER: '/opt/chromium' })).toEqual({
    urls: ['http://127.0.0.1:4173/'],
    pages: 20,
    settle: 500,
    pageTimeout: 60_000,
    timeout: 900_000,
    headers: {},
    allow: [],
    browser: '/opt/chromium',
  })
  expect(
    readArgs(['http://x.test/', '--browser', '/usr/bin/chromium'], { AUFUM_SCAN_BROWSER: '/opt/c' }),
  ).toMatchObject({
    browser: '/usr/bin/chromium',
  })
})

it('refuses what it cannot scan, naming it', () => {
  expect(() => readArgs([])).toThrow(new UsageError('give at least one URL to scan'))
  expect(() => readArgs(['www.aufum.com'])).toThrow('the URL "www.aufum.com" is not an http(s) address')
  expect(() => readArgs(['ftp://www.aufum.com/'])).toThrow(UsageError)
  expect(() => readArgs(['https://www.aufum.com', '--pages', '0'])).toThrow(
    '--pages must be a whole number of 1 or more',
  )
  expect(() => readArgs(['https://www.aufum.com', '--pages', '2.5'])).toThrow(UsageError)
  expect(() => readArgs(['https://www.aufum.com', '--frobnicate'])).toThrow(UsageError)
  expect(() => readArgs(['https://www.aufum.com', '--allow', 'cdn'])).toThrow('--allow "cdn" is not an http(s) address')
})

it('limits the time a page and the whole scan may take, in seconds', () => {
  expect(readArgs(['https://www.aufum.com', '--page-timeout', '5', '--timeout', '120'])).toMatchObject({
    pageTimeout: 5000,
    timeout: 120_000,
  })
  expect(() => readArgs(['https://www.aufum.com', '--page-timeout', '0'])).toThrow(
    '--page-timeout must be a whole number of 1 or more',
  )
  expect(() => readArgs(['https://www.aufum.com', '--timeout', 'soon'])).toThrow(UsageError)
})

it('takes a password out of the start URL and sends it to that origin only, as --header and the environment do', () => {
  const options = readArgs(
    ['https://stage:S3cret@staging.aufum.com/courses', 'https://www.aufum.com/', '--header', 'X-Preview:  on '],
    { AUFUM_SCAN_HEADERS: 'Authorization: Bearer t0ken\n\nX-Env: 1' },
  )
  expect(options).toMatchObject({
    urls: ['https://staging.aufum.com/courses', 'https://www.aufum.com/'],
    headers: {
      'https://staging.aufum.com': {
        authorization: `Basic ${Buffer.from('stage:S3cret').toString('base64')}`,
        'x-env': '1',
        'x-preview': 'on',
      },
      'https://www.aufum.com': { authorization: 'Bearer t0ken', 'x-env': '1', 'x-preview': 'on' },
    },
  })
  expect(() => readArgs(['https://www.aufum.com', '--header', 'no colon'])).toThrow("--header must be 'Name: value'")
})

it('answers --help', () => {
  expect(readArgs(['--help'])).toBe('help')
  expect(readArgs(['-h', 'https://www.aufum.com'])).toBe('help')
})
