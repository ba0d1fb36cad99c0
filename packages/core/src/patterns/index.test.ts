import { describe, expect, test } from 'vitest'
import { matches, patternFromJson, patternToJson } from './index.js'

describe('cookie patterns', () => {
  test('a name matches exactly, a RegExp by search, details by match or else by name', () => {
    expect(matches('_ga', ['_ga'])).toBe(true)
    expect(matches('_ga_X1', ['_ga'])).toBe(false)
    expect(matches('_ga_X1', [/^_ga_/])).toBe(true)
    expect(matches('_ga_X1', [{ name: '_ga_<id>', match: /^_ga_/ }])).toBe(true)
    expect(matches('vuid', [{ name: 'vuid' }])).toBe(true)
  })

  test('a JSON configuration’s "/source/flags" is read as a RegExp and written back the same', () => {
    for (const written of ['/^_ga/', '/^_GA_/i', '/^\\p{L}+$/v', '/a\\/b/'])
      expect(patternToJson(patternFromJson(written) as RegExp)).toBe(written)
  })

  test('anything else stays as it is: a name, a string that is no valid RegExp, a value that is no string', () => {
    for (const value of ['_gid', '/(/', '/x/q', 7, null]) expect(patternFromJson(value)).toBe(value)
  })
})
