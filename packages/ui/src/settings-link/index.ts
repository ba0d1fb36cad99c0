/**
 * Calls `open` when the visitor activates an element with `data-consent-settings` (a footer link "Cookie
 * settings"), instead of that element's default action.
 *
 * @param open Called with the element.
 * @returns A function that stops listening.
 */
export function onSettingsLink(open: (link: HTMLElement) => void): () => void {
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.<HTMLElement>('[data-consent-settings]')
    if (link) {
      event.preventDefault()
      open(link)
    }
  }
  document.addEventListener('click', onClick)
  return () => document.removeEventListener('click', onClick)
}
