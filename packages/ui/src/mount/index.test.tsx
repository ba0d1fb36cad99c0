import { type Consent, type ConsentConfig, createConsent } from '@aufum/consent'
import { fireEvent, waitFor, within } from '@testing-library/preact'
import { describe, expect, onTestFinished, test, vi } from 'vitest'
import { mountConsentUI, type UIOptions } from './index.js'

/** Mounts the UI on a fresh page and returns queries scoped to its shadow root. */
async function mount(options: UIOptions = {}, config?: ConsentConfig, consent: Consent = createConsent(config)) {
  const ui = mountConsentUI(consent, options)
  onTestFinished(() => {
    ui.unmount()
    consent.destroy()
    document.body.innerHTML = ''
    document.documentElement.lang = ''
  })
  const host = document.querySelector('aufum-consent')!
  const shadow = within(host.shadowRoot as unknown as HTMLElement)
  await waitFor(() => expect(host.shadowRoot!.querySelector('.ui')).not.toBeNull())
  return { ui, consent, host, shadow }
}

describe('the banner', () => {
  test('shows while the visitor has not decided: title, text, policy link and three equal choices', async () => {
    const { shadow } = await mount({ policyUrl: '/privacy' })
    const banner = shadow.getByRole('region', { name: 'Your privacy choices' })
    expect(banner.textContent).toMatch(/share data with our partners/)
    expect(within(banner).getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe('/privacy')
    const buttons = within(banner).getAllByRole('button')
    expect(buttons.map((b) => b.textContent)).toEqual(['Reject all', 'Accept all', 'Customize'])
    expect(new Set(buttons.map((b) => b.className)).size).toBe(1)
  })

  test('does not show for a visitor who has decided', async () => {
    const consent = createConsent()
    consent.rejectAll()
    const { shadow } = await mount({}, undefined, consent)
    expect(shadow.queryByRole('region')).toBeNull()
  })

  test('"Accept all" grants everything and closes the banner', async () => {
    const { shadow, consent } = await mount()
    fireEvent.click(shadow.getByRole('button', { name: 'Accept all' }))
    expect(consent.store.get()).toMatchObject({ status: 'decided', method: 'accept-all' })
    expect(shadow.queryByRole('region')).toBeNull()
  })

  test('"Reject all" refuses every optional category in one click and closes the banner', async () => {
    const { shadow, consent } = await mount()
    fireEvent.click(shadow.getByRole('button', { name: 'Reject all' }))
    expect(consent.store.get()).toMatchObject({ status: 'decided', method: 'reject-all' })
    expect(consent.has('analytics')).toBe(false)
    expect(shadow.queryByRole('region')).toBeNull()
  })

  test('comes back when the decision is reset', async () => {
    const { shadow, consent } = await mount()
    consent.acceptAll()
    consent.reset()
    await waitFor(() => expect(shadow.getByRole('region')).toBeTruthy())
  })

  test('is a modal dialog with blocking: true', async () => {
    const { shadow } = await mount({ blocking: true })
    expect(shadow.getByRole('dialog', { name: 'Your privacy choices' }).getAttribute('aria-modal')).toBe('true')
  })

  test('renders configured texts as text, never as markup', async () => {
    const { shadow } = await mount({ texts: { en: { bannerTitle: '<img src=x onerror=alert(1)>Cookies' } } })
    expect(shadow.getByRole('heading', { level: 2 }).textContent).toBe('<img src=x onerror=alert(1)>Cookies')
    expect(shadow.queryByRole('img')).toBeNull()
  })
})

describe('the settings panel', () => {
  test('opens from "Customize" as a labelled modal dialog with every optional switch off', async () => {
    const { shadow } = await mount()
    fireEvent.click(shadow.getByRole('button', { name: 'Customize' }))
    const dialog = shadow.getByRole('dialog', { name: 'Cookie settings' })
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    const switches = within(dialog).getAllByRole('switch')
    expect(switches.map((s) => [s.getAttribute('aria-labelledby'), s.getAttribute('aria-checked')])).toEqual([
      ['aufum-category-preferences', 'false'],
      ['aufum-category-analytics', 'false'],
      ['aufum-category-partners', 'false'],
    ])
  })

  test('shows necessary as always active, never as a switch', async () => {
    const { shadow, ui } = await mount()
    ui.showSettings()
    const dialog = shadow.getByRole('dialog')
    expect(within(dialog).getByText('Always active')).toBeTruthy()
    expect(within(dialog).queryByRole('switch', { name: 'Strictly necessary' })).toBeNull()
  })

  test('saves exactly the switched-on categories', async () => {
    const { shadow, consent, ui } = await mount()
    ui.showSettings()
    fireEvent.click(shadow.getByRole('switch', { name: 'Analytics' }))
    expect(shadow.getByRole('switch', { name: 'Analytics' }).getAttribute('aria-checked')).toBe('true')
    fireEvent.click(shadow.getByRole('button', { name: 'Save choices' }))
    expect(consent.store.get()).toMatchObject({
      method: 'custom',
      categories: { necessary: true, preferences: false, analytics: true, partners: false },
    })
    expect(shadow.queryByRole('dialog')).toBeNull()
  })

  test('shows the stored choice, the consent id and the decision date once decided', async () => {
    const consent = createConsent()
    consent.save({ partners: true })
    const { shadow, ui } = await mount({}, undefined, consent)
    ui.showSettings()
    expect(shadow.getByRole('switch', { name: 'Partners' }).getAttribute('aria-checked')).toBe('true')
    expect(shadow.getByText(consent.store.get().id!)).toBeTruthy()
    expect(shadow.getByRole('dialog').textContent).toMatch(/Decided on:/)
  })

  test('lists a category’s cookies with provider, purpose and duration', async () => {
    const { shadow, ui } = await mount(
      {},
      {
        categories: {
          analytics: {
            cookies: [{ name: '_ga', provider: 'Google', purpose: 'Counts visits', duration: '13 months' }],
          },
        },
      },
    )
    ui.showSettings()
    const table = shadow.getByRole('table')
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Name', 'Provider', 'Purpose', 'Duration'])
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['_ga', 'Google', 'Counts visits', '13 months'])
  })

  test('Escape goes back to the banner and decides nothing', async () => {
    const { shadow, consent } = await mount()
    fireEvent.click(shadow.getByRole('button', { name: 'Customize' }))
    fireEvent.keyDown(shadow.getByRole('dialog'), { key: 'Escape' })
    expect(shadow.queryByRole('dialog')).toBeNull()
    expect(shadow.getByRole('region')).toBeTruthy()
    expect(consent.store.get().status).toBe('pending')
  })

  test('opens from any element with data-consent-settings, such as a footer link', async () => {
    const consent = createConsent()
    consent.acceptAll()
    const { shadow } = await mount({}, undefined, consent)
    document.body.insertAdjacentHTML(
      'beforeend',
      '<footer><a href="/privacy#cookies" data-consent-settings>Cookie settings</a></footer>',
    )
    fireEvent.click(document.querySelector('[data-consent-settings]')!)
    expect(shadow.getByRole('dialog', { name: 'Cookie settings' })).toBeTruthy()
  })

  test('withdrawing takes two activations from the floating button', async () => {
    const consent = createConsent()
    consent.acceptAll()
    const { shadow } = await mount({ floatingButton: true }, undefined, consent)
    fireEvent.click(shadow.getByRole('button', { name: 'Cookie settings' }))
    fireEvent.click(shadow.getByRole('button', { name: 'Reject all' }))
    expect(consent.has('analytics')).toBe(false)
  })
})

describe('Global Privacy Control', () => {
  test('the banner and the panel say the browser’s signal is honoured, and "Accept all" leaves partners off', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true })
    onTestFinished(() => {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl
    })
    const { shadow, consent, ui } = await mount()
    expect(shadow.getByRole('region').textContent).toMatch(/Global Privacy Control signal, and we honour it/)
    ui.showSettings()
    expect(shadow.getByRole('dialog').textContent).toMatch(/Global Privacy Control signal, and we honour it/)
    fireEvent.click(within(shadow.getByRole('dialog')).getByRole('button', { name: 'Accept all' }))
    expect(consent.store.get()).toMatchObject({ method: 'gpc', categories: { partners: false, analytics: true } })
  })

  test('without the signal, no such notice', async () => {
    const { shadow } = await mount()
    expect(shadow.getByRole('region').textContent).not.toMatch(/Global Privacy Control/)
  })
})

describe('crawlers', () => {
  test('a user agent that names itself a crawler gets no banner, unless hideFromBots is false', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue('Mozilla/5.0 (compatible; Googlebot/2.1)')
    const { shadow } = await mount()
    expect(shadow.queryByRole('region')).toBeNull()
    const ui = mountConsentUI(createConsent(), { hideFromBots: false })
    onTestFinished(ui.unmount)
    await waitFor(() =>
      expect(
        document.querySelectorAll('aufum-consent')[0]!.shadowRoot!.querySelector('[role="region"]'),
      ).not.toBeNull(),
    )
  })
})

describe('languages and options', () => {
  test('speaks the page’s language', async () => {
    document.documentElement.lang = 'fr-FR'
    const { shadow } = await mount()
    expect(shadow.getByRole('button', { name: 'Tout refuser' })).toBeTruthy()
    expect(document.querySelector('aufum-consent')!.shadowRoot!.querySelector('.ui')!.getAttribute('lang')).toBe('fr')
  })

  test('renders a site-supplied right-to-left language with dir="rtl"', async () => {
    const { host } = await mount({ lang: 'ar', texts: { ar: { acceptAll: 'قبول الكل' } } })
    expect(host.shadowRoot!.querySelector('.ui')!.getAttribute('dir')).toBe('rtl')
  })

  test.each(['javascript:alert(1)', 'data:text/html,hi'])('refuses %s as policyUrl', (policyUrl) => {
    expect(() => mountConsentUI(createConsent(), { policyUrl })).toThrowError(/\[aufum-consent\] policyUrl must be/)
  })

  test('drops an unsafe policyUrl in production builds instead of linking it', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    const { shadow } = await mount({ policyUrl: 'javascript:alert(1)' })
    expect(shadow.queryByRole('link')).toBeNull()
  })

  test.each<[string, UIOptions]>([
    ['layout', { layout: 'corner' as never }],
    ['theme', { theme: 'blue' as never }],
  ])('names a wrong %s', (field, options) => {
    expect(() => mountConsentUI(createConsent(), options)).toThrowError(`[aufum-consent] ${field} must`)
  })

  test('unmount() removes the UI from the page', async () => {
    const { ui } = await mount()
    ui.unmount()
    expect(document.querySelector('aufum-consent')).toBeNull()
  })
})
