// Test helpers that make the browser refuse storage, as a sandboxed iframe or a privacy setting does.
import { onTestFinished, vi } from 'vitest'

const refuse = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError')
}

/** Makes every read and write of `document.cookie` throw until the test ends. */
export function blockCookies(): void {
  Object.defineProperty(document, 'cookie', { configurable: true, get: refuse, set: refuse })
  onTestFinished(() => {
    delete (document as { cookie?: string }).cookie
  })
}

/** Makes reading `window.localStorage` throw until the test ends. */
export function blockLocalStorage(): void {
  vi.spyOn(window, 'localStorage', 'get').mockImplementation(refuse)
}

/** Records every string written to `document.cookie` (the writes still happen). */
export function recordCookieWrites(): string[] {
  const writes: string[] = []
  let proto = Object.getPrototypeOf(document)
  while (!Object.getOwnPropertyDescriptor(proto, 'cookie')) proto = Object.getPrototypeOf(proto)
  const { set } = Object.getOwnPropertyDescriptor(proto, 'cookie')!
  vi.spyOn(document, 'cookie', 'set').mockImplementation((value: string) => {
    writes.push(value)
    set!.call(document, value)
  })
  return writes
}
