// Every test starts as a first visit: no cookies, empty localStorage, no fake clock.
import { afterAll, beforeEach, vi } from 'vitest'

beforeEach(() => {
  vi.useRealTimers()
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
  if (typeof document === 'undefined') return
  for (const pair of document.cookie.split('; ')) {
    const name = pair.split('=')[0]
    for (const domain of ['', '; domain=aufum.com', '; domain=www.aufum.com'])
      for (const path of ['/', '/courses', '/courses/intro'])
        document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=${path}${domain}; secure`
  }
  localStorage.clear()
})

// A consent manager's idle-time work (a 50 ms timer: happy-dom has no requestIdleCallback) runs before the file's
// page is torn down, not after it.
afterAll(() => {
  vi.useRealTimers()
  return new Promise((done) => setTimeout(done, 60))
})
