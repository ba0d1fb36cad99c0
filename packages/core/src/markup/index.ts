/** The categories an element's `data-consent` names: all of them must be granted before it loads. */
export const categoriesOf = (el: Element): string[] => (el.getAttribute('data-consent') || '').trim().split(/\s+/)

/**
 * The URLs an element loads once activated: a script's `src`, an element's `data-src`, and each candidate of its
 * `data-srcset` (the URL before its descriptor).
 */
export function urlsOf(el: Element): string[] {
  const src = el.getAttribute(el.localName === 'script' ? 'src' : 'data-src')
  const srcset = el.getAttribute('data-srcset')?.split(',') ?? []
  return [...(src ? [src] : []), ...srcset.map((candidate) => candidate.trim().split(/\s+/)[0]!)]
}
