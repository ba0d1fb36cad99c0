import { describe, expect, test, vi } from 'vitest'
import { blockLocalStorage } from '../../test/storage.js'
import { readLocal, removeLocal, writeLocal } from './index.js'

describe('the localStorage mirror', () => {
  test('writes, reads and removes a value', () => {
    writeLocal('aufum_consent', 'v1')
    expect(readLocal('aufum_consent')).toBe('v1')
    writeLocal('aufum_consent')
    expect(readLocal('aufum_consent')).toBeUndefined()
  })

  test('removes the keys a withdrawn category declares, and keeps the others', () => {
    for (const key of ['aufum_consent', 'amplitude_id', 'amplitude_session', 'lang']) localStorage.setItem(key, '1')
    removeLocal([/^amplitude_/, 'aufum_consent'], 'aufum_consent')
    expect(Object.keys(localStorage).sort()).toEqual(['aufum_consent', 'lang'])
  })

  test('never throws where storage is blocked: reads as absent', () => {
    blockLocalStorage()
    expect(readLocal('aufum_consent')).toBeUndefined()
    expect(() => writeLocal('aufum_consent', 'v1')).not.toThrow()
    expect(() => removeLocal([/x/], 'aufum_consent')).not.toThrow()
  })

  test('never throws when the quota is full', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError')
    })
    expect(() => writeLocal('aufum_consent', 'v1')).not.toThrow()
  })
})
