import { afterEach, describe, expect, onTestFinished, test, vi } from 'vitest'
import type { ConsentConfig } from '../config/index.js'
import { createGate } from '../gate/index.js'
import { createConsent } from '../store/index.js'
import { AUDIT_INTERVAL, auditConsent } from './index.js'

const config: ConsentConfig = {
  categories: { analytics: { cookies: [{ name: '_ga', match: /^_ga/ }] }, preferences: { cookies: ['lang'] } },
}

function audit(html = '') {
  document.body.innerHTML = html
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  const consent = createConsent(config)
  const stop = auditConsent(consent)
  onTestFinished(() => {
    stop()
    consent.destroy()
  })
  const messages = () => warn.mock.calls.map((call) => String(call[0]))
  return { consent, warn, messages }
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the audit of gated elements', () => {
  test('names a script with data-consent but without type="text/plain", and passes it to the console', () => {
    const { warn } = audit('<script data-consent="analytics" src="https://t.example/a.js"></script>')
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]![0]).toMatch(/data-consent="analytics" script runs without consent.*type="text\/plain"/)
    expect(warn.mock.calls[0]![1]).toBe(document.querySelector('script'))
  })

  test('names a video or image with a real src', () => {
    const { messages } = audit(
      '<video data-consent="partners" src="https://v.example/1.mp4"></video><img data-consent="analytics" srcset="p.gif 2x" alt="">',
    )
    expect(messages()).toHaveLength(2)
    for (const message of messages())
      expect(message).toMatch(/loads without consent: move its src and srcset to data-src/)
  })

  test('names a data-consent value that is no configured category', () => {
    const { messages } = audit(
      '<img data-consent="analytcs" data-src="p.gif" alt=""><img data-consent="constructor" data-src="q.gif" alt="">',
    )
    expect(messages()).toEqual([
      expect.stringMatching(
        /data-consent="analytcs" names no configured category \("analytcs"\).*necessary, preferences, analytics, partners/,
      ),
      expect.stringMatching(/data-consent="constructor" names no configured category/),
    ])
  })

  test('checks elements added later', async () => {
    const { messages } = audit()
    const script = document.createElement('script')
    script.setAttribute('data-consent', 'partners')
    document.body.append(script)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(messages()).toEqual([expect.stringMatching(/data-consent="partners" script runs without consent/)])
  })

  test('says nothing of inert markup, nor of the live copies the gate makes once a category is granted', async () => {
    const { consent, messages } = audit(
      '<script type="text/plain" data-consent="analytics">1</script><img data-consent="partners" data-src="p.gif" alt="">',
    )
    onTestFinished(createGate(consent))
    consent.acceptAll()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(document.querySelector('img')!.getAttribute('src')).toBe('p.gif')
    expect(document.querySelector('script[data-consent]')!.hasAttribute('type')).toBe(false)
    expect(messages()).toEqual([])
  })
})

describe('the audit of cookies and localStorage', () => {
  test('names a cookie and a key that no category declares, once each', () => {
    vi.useFakeTimers()
    document.cookie = 'session_id=1; path=/'
    localStorage.setItem('cart', '[]')
    const { messages } = audit()
    vi.advanceTimersByTime(AUDIT_INTERVAL * 3)
    expect(messages()).toEqual([
      expect.stringMatching(/"session_id" is set, but no category declares it/),
      expect.stringMatching(/"cart" is set, but no category declares it/),
    ])
  })

  test('names a declared cookie set while its category is refused, found on the next look', () => {
    vi.useFakeTimers()
    const { messages } = audit()
    document.cookie = '_ga_X=1; path=/'
    expect(messages()).toEqual([])
    vi.advanceTimersByTime(AUDIT_INTERVAL)
    expect(messages()).toEqual([expect.stringMatching(/"_ga_X" is set while analytics is not granted/)])
  })

  test('is quiet about granted categories’ cookies and about its own storage', () => {
    vi.useFakeTimers()
    const { consent, messages } = audit()
    consent.save({ analytics: true })
    document.cookie = '_ga=1; path=/'
    localStorage.setItem('aufum_consent_records', '[]')
    vi.advanceTimersByTime(AUDIT_INTERVAL)
    expect(document.cookie).toContain('aufum_consent=')
    expect(messages()).toEqual([])
  })

  test('stops looking when stopped', () => {
    vi.useFakeTimers()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const consent = createConsent(config)
    auditConsent(consent)()
    document.cookie = 'late=1; path=/'
    vi.advanceTimersByTime(AUDIT_INTERVAL * 2)
    expect(warn).not.toHaveBeenCalled()
    consent.destroy()
  })
})
