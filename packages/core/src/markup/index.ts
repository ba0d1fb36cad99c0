/** The categories an element's `data-consent` names: all of them must be granted before it loads. */
export const categoriesOf = (el: Element): string[] => (el.getAttribute('data-consent') || '').trim().split(/\s+/)
