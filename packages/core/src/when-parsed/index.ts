/**
 * Runs `fn` once the document is parsed: at DOMContentLoaded, or at once if that has passed. What needs the
 * whole markup (the gate's first scan, the UI's host in `<body>`) waits for it.
 *
 * @returns A function that cancels a call still waiting.
 */
export function whenParsed(fn: () => void): () => void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn, { once: true })
  else fn()
  return () => document.removeEventListener('DOMContentLoaded', fn)
}
