// @vitest-environment node
import { expect, it } from 'vitest'
import { cookie } from '../test/site.js'
import { lifetime } from './lifetime.js'

const NOW = Date.UTC(2026, 0, 1)
const inDays = (days: number) => cookie('x', { expires: NOW / 1000 + days * 86400 })

it('says how long a cookie lives in the words a cookie policy uses', () => {
  expect(lifetime(cookie('x'), NOW)).toBe('session')
  expect(lifetime(inDays(1 / 24), NOW)).toBe('1 hour')
  expect(lifetime(inDays(1), NOW)).toBe('24 hours')
  expect(lifetime(inDays(7), NOW)).toBe('7 days')
  expect(lifetime(inDays(182), NOW)).toBe('6 months')
  expect(lifetime(inDays(395), NOW)).toBe('13 months')
  expect(lifetime(inDays(730), NOW)).toBe('2 years')
})

it('says how long storage keys live', () => {
  expect(lifetime(cookie('x', { kind: 'localStorage' }), NOW)).toBe('until deleted')
  expect(lifetime(cookie('x', { kind: 'sessionStorage' }), NOW)).toBe('until the tab closes')
})
