/**
 * Runs what the browser may refuse — cookies and localStorage throw in sandboxed frames, with some privacy
 * settings and on a full quota — so that a refusal never breaks the page.
 *
 * @returns What `fn` returns, or `undefined` when it throws.
 */
export function attempt<T>(fn: () => T): T | undefined {
  try {
    return fn()
  } catch {
    return undefined
  }
}
