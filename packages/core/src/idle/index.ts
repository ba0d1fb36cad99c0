/**
 * Runs `fn` once the browser is idle (`requestIdleCallback`, within a second at the latest), or soon where there is
 * no such call (Safari): what need not hold up the page's first work — repairing a copy, cleaning what a refused
 * category left behind — waits for it.
 *
 * @returns A function that cancels a call still waiting.
 */
export function whenIdle(fn: () => void): () => void {
  if ('requestIdleCallback' in globalThis) {
    const id = requestIdleCallback(fn, { timeout: 1000 })
    return () => cancelIdleCallback(id)
  }
  const id = setTimeout(fn, 50)
  return () => clearTimeout(id)
}
