import { createConsent } from '@aufum/consent'
import { describe, expect, onTestFinished, test } from 'vitest'
import { configView } from './index.js'

function viewOf(config: Parameters<typeof createConsent>[0], endpoint?: string) {
  const consent = createConsent(config)
  onTestFinished(consent.destroy)
  return configView(consent, endpoint)
}

describe('AufumConsent.config', () => {
  test('shows every category with its required flag and cookie patterns, defaults filled in', () => {
    const view = viewOf({ categories: { analytics: { cookies: ['_gid', /^_ga/] }, video: { required: true } } })
    expect(view.categories).toEqual({
      necessary: { required: true, cookies: [] },
      preferences: { required: false, cookies: [] },
      analytics: { required: false, cookies: ['_gid', /^_ga/] },
      partners: { required: false, cookies: [] },
      video: { required: true, cookies: [] },
    })
  })

  test('names the consent cookie as configured and as the browser stores it, and every key the SDK writes', () => {
    // The unit tests' page is https, with no cookie.domain: the __Host- prefix applies.
    const view = viewOf({ cookie: { name: 'consent' } })
    expect(view.cookie).toEqual({ name: 'consent', stored: '__Host-consent' })
    expect(view.own).toEqual(['__Host-consent', 'consent', 'aufum_consent_records'])
    expect(viewOf({ cookie: { domain: '.aufum.com' } }).cookie.stored).toBe('aufum_consent')
  })

  test('says where records go, or null', () => {
    expect(viewOf({}, '/consent').record).toEqual({ endpoint: '/consent' })
    expect(viewOf({}).record).toBeNull()
  })

  test('cannot be changed by the page', () => {
    const view = viewOf({ categories: { analytics: { cookies: ['_gid'] } } })
    expect(() => {
      ;(view.categories.analytics!.cookies as string[]).push('_x')
    }).toThrow(TypeError)
    expect(() => {
      ;(view.categories.analytics as { required: boolean }).required = true
    }).toThrow(TypeError)
    expect(Object.isFrozen(view.cookie) && Object.isFrozen(view.own) && Object.isFrozen(view)).toBe(true)
  })
})
