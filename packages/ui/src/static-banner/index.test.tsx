import { type Consent, createConsent } from '@aufum/consent'
import { createRef, render } from 'preact'
import { describe, expect, onTestFinished, test, vi } from 'vitest'
import { Banner } from '../banner/index.js'
import { renderBannerTemplates } from '../banner/templates.js'
import { en } from '../i18n/en.js'
import type { UIOptions } from '../mount/index.js'
import { showStaticBanner } from './index.js'

const templates = renderBannerTemplates()

function show(options: UIOptions = {}, texts = en, consent: Consent = createConsent()) {
  const customize = vi.fn()
  const shown = showStaticBanner(consent, options, { language: 'en', texts }, templates, customize)
  onTestFinished(() => {
    shown.release()
    shown.host.remove()
    consent.destroy()
  })
  const root = shown.host.shadowRoot!
  return { ...shown, root, consent, customize, buttons: [...root.querySelectorAll('button')] }
}

/** The Banner component's markup, as Preact renders it on the page. */
function component(modal: boolean, policyUrl?: string) {
  const element = document.createElement('div')
  const none = () => {}
  render(
    <Banner
      cardRef={createRef()}
      texts={en}
      policyUrl={policyUrl}
      layout="bar"
      modal={modal}
      inert={false}
      gpc={false}
      onAcceptAll={none}
      onRejectAll={none}
      onCustomize={none}
    />,
    element,
  )
  return element.innerHTML
}

describe('the banner without Preact', () => {
  test.each([
    ['a region', {}, false],
    ['a modal dialog', { layout: 'modal' as const }, true],
  ])('is the Banner component’s markup, as %s, so the UI can take it over', (_, layout, modal) => {
    const { root } = show({ ...layout, policyUrl: '/privacy' })
    expect(root.querySelector('.ui')!.innerHTML).toBe(component(modal, '/privacy'))
  })

  test('goes first in the body, its buttons in the order of the component: reject, accept, customize', () => {
    const { host, buttons, consent, customize } = show()
    expect(document.body.firstElementChild).toBe(host)
    expect(buttons.map((b) => b.textContent)).toEqual(['Reject all', 'Accept all', 'Customize'])
    buttons[2]!.click()
    expect(customize).toHaveBeenCalledOnce()
    buttons[0]!.click()
    expect(consent.store.get()).toMatchObject({ status: 'decided', method: 'reject-all' })
    // Decided: the banner is gone.
    expect(host.isConnected).toBe(false)
  })

  test('shows a site’s texts as text, never as markup', () => {
    const { root } = show({}, { ...en, bannerTitle: '<img src=x onerror=alert(1)>"&' })
    expect(root.querySelector('img')).toBeNull()
    expect(root.querySelector('h2')!.textContent).toBe('<img src=x onerror=alert(1)>"&')
  })

  test.each([
    ['no policy URL', undefined],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a data: URL', 'data:text/html,hi'],
  ])('links no policy for %s', (_, policyUrl) => {
    const { root } = show({ policyUrl })
    expect(root.querySelector('a')).toBeNull()
  })

  test('says that Global Privacy Control is honoured only while the browser sends it', () => {
    expect(show().root.querySelector('.gpc')).toBeNull()
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true })
    onTestFinished(() => {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl
    })
    const { root } = show()
    expect(root.querySelector('.gpc')!.textContent).toBe(en.gpc)
  })

  test('once released to the UI, its buttons answer no more', () => {
    const { release, buttons, consent } = show()
    release()
    buttons[1]!.click()
    expect(consent.store.get().status).toBe('pending')
  })
})
