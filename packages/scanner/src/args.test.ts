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
  })
})

it('defaults to 20 pages and a 500 ms settle, and takes the browser from the environment', () => {
  expect(readArgs(['http://127.0.0.1:4173/'], { AUFUM_SCAN_BROWSER: '/opt/chromium' })).toEqual({
    urls: ['http://127.0.0.1:4173/'],
    pages: 20,
    settle: 500,
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

it('answers --help', () => {
  expect(readArgs(['--help'])).toBe('help')
  expect(readArgs(['-h', 'https://www.aufum.com'])).toBe('help')
})
