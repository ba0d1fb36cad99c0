import { afterEach, describe, expect, test } from 'vitest'
import { schemeOf } from './index.js'

afterEach(() => {
  document.documentElement.removeAttribute('style')
  document.body.removeAttribute('style')
})

describe('theme', () => {
  test('light and dark force one, whatever the page', () => {
    document.body.style.backgroundColor = 'rgb(17, 24, 39)'
    expect(schemeOf('light')).toBe('light')
    document.body.style.backgroundColor = 'rgb(255, 255, 255)'
    expect(schemeOf('dark')).toBe('dark')
  })

  test('auto takes the page’s own scheme (the stylesheet inherits it) where the page paints no dark background', () => {
    expect(schemeOf('auto')).toBeUndefined()
    expect(schemeOf()).toBeUndefined()
    document.body.style.backgroundColor = 'rgb(250, 250, 250)'
    expect(schemeOf('auto')).toBeUndefined()
  })

  test('auto is dark on a page that paints itself dark without saying so', () => {
    document.body.style.backgroundColor = 'rgb(17, 24, 39)'
    expect(schemeOf('auto')).toBe('dark')
  })

  test('auto reads the root’s background where the body’s is transparent', () => {
    document.body.style.backgroundColor = 'transparent'
    document.documentElement.style.backgroundColor = 'rgb(17, 17, 17)'
    expect(schemeOf('auto')).toBe('dark')
    document.documentElement.style.backgroundColor = 'rgba(0, 0, 0, 0)'
    expect(schemeOf('auto')).toBeUndefined()
  })
})
