import { expect, test, vi } from 'vitest'
import { checkUIOptions } from './index.js'

test('the UI reports each wrong option of its own, and names that are no option, when it loads', () => {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
  const options = checkUIOptions({
    theme: 'blue',
    blocking: 'yes',
    policyUrl: 'javascript:alert(1)',
    lang: 'fr',
    revision: 2,
    polcyUrl: '/privacy',
  } as never)
  expect(options).toEqual({ lang: 'fr', revision: 2, polcyUrl: '/privacy' })
  expect(errors.mock.calls.map(([message]) => message)).toEqual([
    '[aufum-consent] policyUrl must be an http:, https: or relative URL; using the default',
    '[aufum-consent] blocking must be a boolean; using the default',
    "[aufum-consent] theme must be one of 'auto', 'light', 'dark'; using the default",
    '[aufum-consent] polcyUrl is not an option; it is ignored',
  ])
})

test('"placeholders" and "debug" are options, checked with the UI’s', () => {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
  expect(checkUIOptions({ placeholders: false, debug: true } as never)).toEqual({ placeholders: false, debug: true })
  expect(errors).not.toHaveBeenCalled()
  expect(checkUIOptions({ placeholders: 'no', debug: 1 } as never)).toEqual({})
  expect(errors.mock.calls.map(([message]) => message)).toEqual([
    '[aufum-consent] placeholders must be a boolean; using the default',
    '[aufum-consent] debug must be a boolean; using the default',
  ])
})
