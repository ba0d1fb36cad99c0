import { beforeEach, describe, expect, onTestFinished, test } from 'vitest'
import type { ConsentConfig } from '../config/index.js'
import { createConsent as create } from './index.js'

const createConsent = (config?: ConsentConfig) => {
  const consent = create(config)
  onTestFinished(consent.destroy)
  return consent
}

describe('Global Privacy Control', () => {
  beforeEach(() => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true })
    onTestFinished(() => {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl
    })
  })

  test('"Accept all" leaves partners off and records the signal as the method', () => {
    const consent = createConsent()
    expect(consent.gpc).toBe(true)
    consent.acceptAll()
    expect(consent.store.get()).toMatchObject({
      method: 'gpc',
      categories: { necessary: true, preferences: true, analytics: true, partners: false },
    })
    expect(createConsent().store.get().method).toBe('gpc')
  })

  test('the visitor may still switch partners on explicitly', () => {
    const consent = createConsent()
    consent.save({ partners: true })
    expect(consent.has('partners')).toBe(true)
  })

  test('applies to every category the site marks gpc', () => {
    const consent = createConsent({ categories: { audience: { gpc: true } } })
    consent.acceptAll()
    expect(consent.store.get().categories).toMatchObject({ audience: false, partners: false, analytics: true })
  })

  test('keeps gpc on partners when the site configures partners', () => {
    const consent = createConsent({ categories: { partners: { label: 'Partners and video' } } })
    consent.acceptAll()
    expect(consent.has('partners')).toBe(false)
  })

  test('is ignored with respectGpc: false', () => {
    const consent = createConsent({ respectGpc: false })
    expect(consent.gpc).toBe(false)
    consent.acceptAll()
    expect(consent.store.get()).toMatchObject({ method: 'accept-all', categories: { partners: true } })
  })
})

test('without the signal, "Accept all" grants partners too', () => {
  const consent = createConsent()
  expect(consent.gpc).toBe(false)
  consent.acceptAll()
  expect(consent.store.get()).toMatchObject({ method: 'accept-all', categories: { partners: true } })
})
