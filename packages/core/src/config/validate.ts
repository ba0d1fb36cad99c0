import { fail } from '../errors/index.js'
import type { ConsentConfig } from './index.js'

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)

function check(value: unknown, field: string, type: string): void {
  if (value !== undefined && typeof value !== type) fail(field, `be a ${type}`)
}

function validateCategory(name: string, value: unknown): void {
  const field = `categories.${name}`
  // Names go into the cookie as they are; inherited names like `constructor` would read as granted.
  if (!/^[A-Za-z][\w-]{0,31}$/.test(name) || name in {})
    fail(field, 'be named with a letter, then letters, digits, _ or - (at most 32)')
  if (value === false && name !== 'necessary') return
  if (name === 'necessary' && (value === false || (isObject(value) && value.required === false)))
    fail(field, 'stay required: it holds the consent decision itself')
  if (!isObject(value)) fail(field, 'be an object, or false to drop a default category')
  check(value.required, `${field}.required`, 'boolean')
  check(value.gpc, `${field}.gpc`, 'boolean')
  check(value.label, `${field}.label`, 'string')
  check(value.description, `${field}.description`, 'string')
  const { cookies = [] } = value
  if (!Array.isArray(cookies)) fail(`${field}.cookies`, 'be an array of cookie names or RegExps')
  cookies.forEach((c, i) => {
    const at = `${field}.cookies[${i}]`
    if (typeof c === 'string' || c instanceof RegExp) return
    if (!isObject(c) || typeof c.name !== 'string')
      fail(at, 'be a cookie name, a RegExp, or { name, match?, provider?, purpose?, duration? }')
    if (c.match !== undefined && !(c.match instanceof RegExp)) fail(`${at}.match`, 'be a RegExp')
    for (const key of ['provider', 'purpose', 'duration']) check(c[key], `${at}.${key}`, 'string')
  })
}

/**
 * Checks a configuration field by field (development builds only).
 *
 * @param config What the site passed to `createConsent`.
 * @throws {ConsentError} naming the first wrong field and what it must be.
 */
export function validateConfig(config: unknown): void {
  if (!isObject(config)) fail('config', 'be an object')
  const {
    categories = {},
    revision,
    expiresAfterDays,
    cookie = {},
    onWithdraw,
    respectGpc,
    debug,
  } = config as ConsentConfig
  check(respectGpc, 'respectGpc', 'boolean')
  check(debug, 'debug', 'boolean')
  if (!isObject(categories)) fail('categories', 'be an object of category name to settings')
  for (const name in categories) validateCategory(name, categories[name])
  if (revision !== undefined && !(Number.isInteger(revision) && revision >= 0))
    fail('revision', 'be a whole number of 0 or more, e.g. 1')
  if (expiresAfterDays !== undefined && !(Number.isInteger(expiresAfterDays) && expiresAfterDays >= 1))
    fail('expiresAfterDays', 'be a whole number of days from 1 (more than 395, 13 months, counts as 395)')
  if (onWithdraw !== undefined && onWithdraw !== 'reload' && onWithdraw !== 'none')
    fail('onWithdraw', "be 'reload' or 'none'")
  if (!isObject(cookie)) fail('cookie', 'be an object')
  const { name, domain, path, sameSite, secure } = cookie
  if (name !== undefined && !(typeof name === 'string' && /^[\w-]+$/.test(name)))
    fail('cookie.name', 'use only letters, digits, _ or -')
  check(domain, 'cookie.domain', 'string')
  if (path !== undefined && !(typeof path === 'string' && path[0] === '/')) fail('cookie.path', "start with '/'")
  if (sameSite !== undefined && !['Lax', 'Strict', 'None'].includes(sameSite as string))
    fail('cookie.sameSite', "be 'Lax', 'Strict' or 'None'")
  check(secure, 'cookie.secure', 'boolean')
  if (sameSite === 'None' && secure === false) fail('cookie.secure', "be true when cookie.sameSite is 'None'")
}
