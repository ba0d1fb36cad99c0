import { createConsent, createGate } from '@aufum/consent'
import { afterEach, describe, expect, onTestFinished, test, vi } from 'vitest'
import { mountPlaceholders } from './index.js'

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

function page(html: string, granted: Record<string, boolean> = {}) {
  // happy-dom loads no frames, and says so.
  vi.spyOn(console, 'error').mockImplementation(() => {})
  document.body.innerHTML = html
  const consent = createConsent({ categories: { video: { label: 'Videos' } } })
  consent.save(granted)
  const stopGate = createGate(consent)
  const stop = mountPlaceholders(consent)
  onTestFinished(() => {
    stop()
    stopGate()
    consent.destroy()
  })
  return consent
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('mountPlaceholders', () => {
  test('gives each blocked iframe a placeholder document, and requests nothing', async () => {
    page('<iframe id="a" data-consent="partners" data-src="https://v.example/1" title="a"></iframe>')
    await settle()
    const frame = document.querySelector('iframe')!
    expect(frame.getAttribute('srcdoc')).toMatch(/^<!doctype html>/)
    expect(frame.hasAttribute('src')).toBe(false)
  })

  test('leaves alone granted iframes, a site’s own srcdoc, and unknown categories', async () => {
    page(
      '<iframe id="granted" data-consent="analytics" data-src="https://v.example/1" title="a"></iframe>' +
        '<iframe id="own" data-consent="partners" data-src="https://v.example/2" srcdoc="<p>Ours</p>" title="b"></iframe>' +
        '<iframe id="unknown" data-consent="maps" data-src="https://v.example/3" title="c"></iframe>' +
        '<iframe id="inherited" data-consent="constructor" data-src="https://v.example/4" title="d"></iframe>',
      { analytics: true },
    )
    await settle()
    expect(document.querySelector('#granted')!.getAttribute('src')).toBe('https://v.example/1')
    expect(document.querySelector('#granted')!.hasAttribute('srcdoc')).toBe(false)
    expect(document.querySelector('#own')!.getAttribute('srcdoc')).toBe('<p>Ours</p>')
    expect(document.querySelector('#unknown')!.hasAttribute('srcdoc')).toBe(false)
    expect(document.querySelector('#inherited')!.hasAttribute('srcdoc')).toBe(false)
  })

  test('shows the markup written inside the iframe, the site’s own placeholder, instead of ours', async () => {
    page(
      '<iframe data-consent="partners" data-src="https://v.example/1" title="a"><p>Ours <button data-consent-load>Play</button></p></iframe>',
    )
    await settle()
    expect(document.querySelector('iframe')!.getAttribute('srcdoc')).toMatch(
      /<p>Ours <button data-consent-load(="")?>Play<\/button><\/p>$/,
    )
  })

  test('gives every placeholder document a policy that runs no script and loads nothing', async () => {
    page('<iframe data-consent="partners" data-src="https://v.example/1" title="a"><script>1</script></iframe>')
    await settle()
    expect(document.querySelector('iframe')!.getAttribute('srcdoc')).toMatch(
      /^<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; form-action 'none'">/,
    )
  })

  test('places one in an iframe added later', async () => {
    page('')
    const later = Object.assign(document.createElement('iframe'), { title: 'later' })
    later.setAttribute('data-consent', 'video')
    later.setAttribute('data-src', 'https://v.example/4')
    document.body.append(later)
    await settle()
    expect(later.hasAttribute('srcdoc')).toBe(true)
  })
})
