// What starts on a grant says how it stops: whenGranted's stop function, or the reload where there is none
// (GDPR Art. 7(3): withdrawing takes effect as easily as consenting).
import { describe, expect, onTestFinished, test, vi } from 'vitest'
import type { ConsentConfig } from '../config/index.js'
import { createConsent } from './index.js'

const settle = () => new Promise((resolve) => setTimeout(resolve, 10))

/** A manager on a page whose reloads and reported errors are counted. */
function page(config?: ConsentConfig) {
  const reload = vi.spyOn(window.location, 'reload').mockImplementation(() => {})
  const reported = vi.fn()
  vi.stubGlobal('reportError', reported)
  onTestFinished(() => {
    vi.unstubAllGlobals()
  })
  const consent = createConsent(config)
  onTestFinished(consent.destroy)
  return { consent, reload, reported }
}

describe('withdrawing a category', () => {
  test('calls the stop function that start returned, and reloads nothing', async () => {
    const { consent, reload } = page()
    const stop = vi.fn()
    consent.whenGranted('analytics', () => stop)
    consent.acceptAll()
    expect(stop).not.toHaveBeenCalled()
    consent.save({ analytics: false })
    await settle()
    expect(stop).toHaveBeenCalledTimes(1)
    expect(reload).not.toHaveBeenCalled()
  })

  test('calls a stop function that start gave through a promise, such as an import()', async () => {
    const { consent, reload } = page()
    const stop = vi.fn()
    consent.whenGranted('analytics', async () => stop)
    consent.acceptAll()
    await settle()
    consent.rejectAll()
    await settle()
    expect(stop).toHaveBeenCalledTimes(1)
    expect(reload).not.toHaveBeenCalled()
  })

  test('withdrawn while start is still loading: its stop function runs as soon as it arrives', async () => {
    const { consent } = page()
    const stop = vi.fn()
    let loaded = (_: () => void) => {}
    consent.whenGranted('analytics', () => new Promise<() => void>((resolve) => (loaded = resolve)))
    consent.acceptAll()
    consent.rejectAll()
    await settle()
    expect(stop).not.toHaveBeenCalled()
    loaded(stop)
    await settle()
    expect(stop).toHaveBeenCalledTimes(1)
  })

  test('starts it again at the next grant, once it has stopped', async () => {
    const { consent } = page()
    const start = vi.fn(() => () => {})
    consent.whenGranted('analytics', start)
    consent.acceptAll()
    consent.rejectAll()
    consent.acceptAll()
    await settle()
    expect(start).toHaveBeenCalledTimes(2)
  })

  test('reloads the page once when start returned no stop function, and never starts it again', async () => {
    const { consent, reload } = page()
    const start = vi.fn()
    const other = vi.fn()
    consent.whenGranted('analytics', start)
    consent.whenGranted('analytics', other)
    consent.acceptAll()
    consent.rejectAll()
    consent.acceptAll()
    await settle()
    expect(reload).toHaveBeenCalledTimes(1)
    expect(start).toHaveBeenCalledTimes(1)
    expect(other).toHaveBeenCalledTimes(1)
  })

  test('reloads when start threw or its promise failed: what it began may be running', async () => {
    const { consent, reload, reported } = page()
    consent.whenGranted('analytics', () => {
      throw new Error('page bug')
    })
    consent.whenGranted('partners', () => Promise.reject(new Error('file missing')))
    consent.acceptAll()
    await settle()
    expect(reported).toHaveBeenCalledTimes(2)
    consent.save({ partners: false })
    await settle()
    expect(reload).toHaveBeenCalledTimes(1)
  })

  test("does not reload with onWithdraw: 'none'", async () => {
    const { consent, reload } = page({ onWithdraw: 'none' })
    consent.whenGranted('analytics', () => {})
    consent.acceptAll()
    consent.rejectAll()
    await settle()
    expect(reload).not.toHaveBeenCalled()
  })

  test('reloads nothing for a category that started nothing', async () => {
    const { consent, reload } = page()
    consent.whenGranted('analytics', () => {})
    consent.save({ partners: true })
    consent.save({ partners: false })
    await settle()
    expect(reload).not.toHaveBeenCalled()
  })
})

describe('cancelling what whenGranted started', () => {
  test('calls its stop function and starts nothing later', async () => {
    const { consent, reload } = page()
    const stop = vi.fn()
    const start = vi.fn(() => stop)
    const cancel = consent.whenGranted('analytics', start)
    consent.acceptAll()
    cancel()
    await settle()
    consent.rejectAll()
    consent.acceptAll()
    await settle()
    expect(stop).toHaveBeenCalledTimes(1)
    expect(start).toHaveBeenCalledTimes(1)
    expect(reload).not.toHaveBeenCalled()
  })
})

describe('a page’s function that throws', () => {
  test('an onChange listener: reported once, and the other listeners and the decision go on', () => {
    const { consent, reported } = page()
    const error = new Error('page bug')
    const after = vi.fn()
    consent.onChange(() => {
      throw error
    })
    consent.onChange(after)
    consent.acceptAll()
    expect(reported.mock.calls).toEqual([[error]])
    expect(after).toHaveBeenCalledTimes(1)
    expect(createConsent().has('analytics')).toBe(true)
  })

  test('a stop function: reported, and the withdrawal still deletes the category’s cookies', async () => {
    const { consent, reported } = page({ categories: { analytics: { cookies: ['_ga'] } } })
    consent.whenGranted('analytics', () => () => {
      throw new Error('page bug')
    })
    consent.acceptAll()
    document.cookie = '_ga=1; path=/'
    consent.rejectAll()
    await settle()
    expect(reported).toHaveBeenCalledTimes(1)
    expect(document.cookie).not.toContain('_ga=')
  })
})
