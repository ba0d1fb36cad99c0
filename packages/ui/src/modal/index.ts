const FOCUSABLE = 'a[href],button:not([disabled]),input:not([disabled]),summary,[tabindex]:not([tabindex="-1"])'

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
  return active
}

/**
 * Makes an element a modal dialog, as the WAI-ARIA APG dialog pattern describes: the rest of the page
 * becomes `inert`, focus moves to the element's `[tabindex="-1"]` heading, Tab and Shift+Tab cycle inside,
 * and Escape calls `onEscape`.
 *
 * @param dialog The dialog element.
 * @param host The UI's host element, left out of the inert page.
 * @param onEscape Called on Escape; without it Escape does nothing (a decision cannot be skipped).
 * @returns A function that undoes it all.
 */
export function openModal(dialog: HTMLElement, host: Element, onEscape?: () => void): () => void {
  const madeInert = [...document.body.children].filter(
    (el): el is HTMLElement => el !== host && el instanceof HTMLElement && !el.inert,
  )
  for (const el of madeInert) el.inert = true
  const heading = dialog.querySelector<HTMLElement>('[tabindex="-1"]')
  heading?.focus()

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && onEscape) {
      event.preventDefault()
      onEscape()
    }
    if (event.key !== 'Tab') return
    const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)]
    const first = focusable[0]
    const last = focusable[focusable.length - 1]
    const active = deepActiveElement()
    if (event.shiftKey ? active === first || active === heading : active === last) {
      event.preventDefault()
      ;(event.shiftKey ? last : first)?.focus()
    }
  }
  dialog.addEventListener('keydown', onKeyDown)
  return () => {
    dialog.removeEventListener('keydown', onKeyDown)
    for (const el of madeInert) el.inert = false
  }
}
