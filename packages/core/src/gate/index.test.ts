import { describe, expect, onTestFinished, test, vi } from 'vitest'
import { createConsent } from '../store/index.js'
import { createGate, type GateOptions, loadScript } from './index.js'

const page = (html: string, options?: GateOptions) => {
  document.body.innerHTML = html
  const consent = createConsent()
  const stop = createGate(consent, options)
  onTestFinished(() => {
    stop()
    consent.destroy()
    document.body.innerHTML = ''
    for (const script of document.head.querySelectorAll('script')) script.remove()
  })
  return consent
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 10))

describe('the gate', () => {
  test('keeps a gated script inert until its category is granted, then runs a live copy with every attribute', async () => {
    const consent = page(
      '<script type="text/plain" data-consent="analytics" src="https://t.example/a.js" id="a" class="tag" integrity="sha384-x" crossorigin="anonymous" referrerpolicy="no-referrer" data-extra="1" defer></script>',
    )
    await settle()
    expect(document.querySelector('#a')!.getAttribute('type')).toBe('text/plain')
    consent.save({ analytics: true })
    await settle()
    const live = document.querySelector('#a')!
    expect(live.hasAttribute('type')).toBe(false)
    for (const [name, value] of Object.entries({
      class: 'tag',
      integrity: 'sha384-x',
      crossorigin: 'anonymous',
      referrerpolicy: 'no-referrer',
      'data-extra': '1',
      defer: '',
      src: 'https://t.example/a.js',
    }))
      expect(live.getAttribute(name)).toBe(value)
  })

  test('gives the script its real type from data-type', async () => {
    const consent = page('<script type="text/plain" data-consent="analytics" data-type="module" id="m"></script>')
    consent.acceptAll()
    await settle()
    expect(document.querySelector('#m')!.getAttribute('type')).toBe('module')
  })

  test('waits for every category an element names', async () => {
    const consent = page('<img data-consent="analytics  partners" data-src="https://t.example/p.gif" alt="">')
    consent.save({ analytics: true })
    await settle()
    expect(document.querySelector('img')!.hasAttribute('src')).toBe(false)
    consent.save({ partners: true })
    await settle()
    expect(document.querySelector('img')!.getAttribute('src')).toBe('https://t.example/p.gif')
  })

  test('never activates an element that names an unknown or no category', async () => {
    const consent = page(
      '<img data-consent="video" data-src="v.gif" alt=""><img data-consent=" " data-src="x.gif" alt="">',
    )
    consent.acceptAll()
    await settle()
    expect(document.querySelectorAll('img[src]')).toHaveLength(0)
  })

  test('sets srcset as well as src on a gated image', async () => {
    const consent = page('<img data-consent="partners" data-srcset="p2.gif 2x" data-src="p.gif" alt="">')
    consent.acceptAll()
    await settle()
    expect(document.querySelector('img')!.getAttribute('srcset')).toBe('p2.gif 2x')
  })

  test('drops an iframe’s placeholder (srcdoc) as it loads the content', async () => {
    // happy-dom reports that it loads no frames.
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const consent = page(
      '<iframe data-consent="partners" data-src="https://v.example/1" srcdoc="<p>Blocked</p>"></iframe>',
    )
    await settle()
    expect(document.querySelector('iframe')!.hasAttribute('srcdoc')).toBe(true)
    consent.acceptAll()
    await settle()
    const iframe = document.querySelector('iframe')!
    expect(iframe.hasAttribute('srcdoc')).toBe(false)
    expect(iframe.getAttribute('src')).toBe('https://v.example/1')
  })

  test('activates what the page adds once granted, alone or deep in a subtree, once each', async () => {
    const consent = page('<p id="text">Course</p>')
    consent.acceptAll()
    await settle()
    const section = document.createElement('section')
    section.innerHTML = '<div><img data-consent="analytics" data-src="deep.gif" alt=""></div>'
    document.body.append(section)
    const pixel = document.createElement('img')
    pixel.setAttribute('data-consent', 'partners')
    pixel.setAttribute('data-src', 'alone.gif')
    document.body.append(pixel)
    await settle()
    expect([...document.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual([
      'deep.gif',
      'alone.gif',
    ])
    // A later change of the page's own text leaves what ran as it is.
    document.querySelector('#text')!.append(' and more')
    await settle()
    expect(document.querySelectorAll('img[src]')).toHaveLength(2)
  })

  test('what the page adds before the grant waits for it', async () => {
    const consent = page('')
    await settle()
    document.body.insertAdjacentHTML('beforeend', '<img data-consent="analytics" data-src="later.gif" alt="">')
    await settle()
    expect(document.querySelector('img')!.hasAttribute('src')).toBe(false)
    consent.save({ analytics: true })
    await settle()
    expect(document.querySelector('img')!.getAttribute('src')).toBe('later.gif')
  })

  test('loadScript() adds an inert script, which runs once when its category is granted', async () => {
    const consent = page('')
    loadScript('analytics', { src: 'https://t.example/late.js' }, { id: 'late', 'data-type': 'module' })
    loadScript('analytics', { code: 'window.__inline = 1' }, { id: 'inline' })
    await settle()
    expect([...document.querySelectorAll('#late, #inline')].map((s) => s.getAttribute('type'))).toEqual([
      'text/plain',
      'text/plain',
    ])
    consent.acceptAll()
    consent.acceptAll()
    await settle()
    expect(document.querySelectorAll('#late')).toHaveLength(1)
    expect(document.querySelector('#late')!.getAttribute('type')).toBe('module')
    expect(document.querySelector('#inline')!.hasAttribute('type')).toBe(false)
    expect(document.querySelector('#inline')!.textContent).toBe('window.__inline = 1')
  })
})

describe('URL schemes', () => {
  test.each([
    ['an iframe', '<iframe data-consent="partners" data-src="javascript:parent.__ran=1"></iframe>'],
    [
      'an iframe, written to slip past a filter',
      '<iframe data-consent="partners" data-src=" JaVa&#x09;Script:parent.__ran=1"></iframe>',
    ],
    ['an image', '<img data-consent="partners" data-src="data:image/svg+xml,<svg/>" alt="">'],
    ['an image’s srcset', '<img data-consent="partners" data-srcset="/p.gif 1x, javascript:alert(1) 2x" alt="">'],
    [
      'a script',
      '<script type="text/plain" data-consent="partners" src="data:text/javascript,window.__ran=1"></script>',
    ],
  ])('only http:, https: and relative URLs become live: never in %s', async (_, html) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const consent = page(html)
    consent.acceptAll()
    await settle()
    const el = document.querySelector('[data-consent]')!
    if (el.localName === 'script') expect(el.getAttribute('type')).toBe('text/plain')
    else expect(['src', 'srcset'].filter((name) => el.hasAttribute(name))).toEqual([])
    expect((window as { __ran?: number }).__ran).toBeUndefined()
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/is no http:, https: or relative URL: not loaded/))
  })

  test('activates relative, http: and https: URLs, and a srcset of them', async () => {
    const consent = page(
      '<img data-consent="partners" data-src="/p.gif" data-srcset="https://cdn.example/p.gif 2x, p3.gif 3x" alt="">',
    )
    consent.acceptAll()
    await settle()
    expect(document.querySelector('img')!.getAttribute('srcset')).toBe('https://cdn.example/p.gif 2x, p3.gif 3x')
  })
})

describe('withdrawal', () => {
  const reloads = () => {
    const reload = vi.fn()
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as unknown as Location)
    return reload
  }

  test('reloads the page once a category that ran something is withdrawn', async () => {
    const consent = page('<img data-consent="analytics" data-src="p.gif" alt="">')
    const reload = reloads()
    consent.acceptAll()
    await settle()
    consent.save({ partners: false })
    await settle()
    expect(reload).not.toHaveBeenCalled()
    consent.save({ analytics: false })
    consent.save({ analytics: true })
    consent.save({ analytics: false })
    await settle()
    expect(reload).toHaveBeenCalledTimes(1)
  })

  test("does not reload with onWithdraw: 'none'", async () => {
    const consent = page('<img data-consent="analytics" data-src="p.gif" alt="">', { onWithdraw: 'none' })
    const reload = reloads()
    consent.acceptAll()
    await settle()
    consent.rejectAll()
    await settle()
    expect(reload).not.toHaveBeenCalled()
  })

  test("does not reload with the manager's own onWithdraw: 'none'", async () => {
    document.body.innerHTML = '<img data-consent="analytics" data-src="p.gif" alt="">'
    const consent = createConsent({ onWithdraw: 'none' })
    onTestFinished(createGate(consent))
    onTestFinished(consent.destroy)
    const reload = reloads()
    consent.acceptAll()
    await settle()
    consent.rejectAll()
    await settle()
    expect(reload).not.toHaveBeenCalled()
  })

  test('does not reload when nothing of the category ran', async () => {
    const consent = page('')
    const reload = reloads()
    consent.acceptAll()
    consent.rejectAll()
    await settle()
    expect(reload).not.toHaveBeenCalled()
  })

  test('names a wrong onWithdraw in development builds', () => {
    const consent = createConsent()
    onTestFinished(consent.destroy)
    expect(() => createGate(consent, { onWithdraw: 'never' as 'none' })).toThrowError(
      "[aufum-consent] onWithdraw must be one of 'reload', 'none'",
    )
  })

  test('its stop function ends the gate: later grants activate nothing', async () => {
    document.body.innerHTML = '<img data-consent="analytics" data-src="p.gif" alt="">'
    const consent = createConsent()
    createGate(consent)()
    consent.destroy()
    consent.acceptAll()
    await settle()
    expect(document.querySelector('img')!.hasAttribute('src')).toBe(false)
  })
})
