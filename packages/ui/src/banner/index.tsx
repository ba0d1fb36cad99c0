import type { Ref } from 'preact'
import type { Texts } from '../i18n/index.js'

/** Where the banner sits: the bottom edge, a corner, or the centre (modal). */
export type Layout = 'bar' | 'box' | 'modal'

/** What the {@link Banner} shows and calls. */
export interface BannerProps {
  /** Given the banner's element: a region, or a modal dialog. */
  cardRef: Ref<HTMLDivElement>
  texts: Texts
  policyUrl?: string
  layout: Layout
  /** A modal dialog (`blocking`, or the `modal` layout) rather than a region. */
  modal: boolean
  /** While the settings panel is open above it. */
  inert: boolean
  /** Say that the browser's Global Privacy Control signal is honoured. */
  gpc: boolean
  onAcceptAll(): void
  onRejectAll(): void
  onCustomize(): void
}

/**
 * Keeps the page's focused element clear of a fixed banner (WCAG 2.2 SC 2.4.11): the page scrolls focus above
 * it, and has room at its end to scroll even its last links (a footer's) above it.
 *
 * @param banner The banner element.
 * @returns A function that gives the page its padding back.
 */
export function reserveSpace(banner: HTMLElement): () => void {
  const root = document.documentElement.style
  const before = [root.scrollPaddingBottom, root.paddingBottom] as const
  let padding: string | undefined
  // Read once laid out (the observer's first call), not now: reading it now would lay the page out an extra time.
  const observer = new ResizeObserver(() => {
    padding ??= getComputedStyle(document.documentElement).paddingBottom
    const height = `${banner.offsetHeight}px`
    root.scrollPaddingBottom = height
    root.paddingBottom = `calc(${padding} + ${height})`
  })
  observer.observe(banner)
  return () => {
    observer.disconnect()
    ;[root.scrollPaddingBottom, root.paddingBottom] = before
  }
}

/**
 * The first layer: what the site does with cookies, a link to the policy, and three choices of equal weight.
 * Reject is as easy as accept: same element, same size, same colours, one click (EDPB 05/2020; CNIL 2020-092).
 */
export function Banner({ cardRef, texts, policyUrl, layout, modal, inert, gpc, ...on }: BannerProps) {
  // A labelled region, or a modal dialog when it blocks the page (WAI-ARIA APG).
  const roles = modal
    ? ({ role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'aufum-banner-title' } as const)
    : ({ role: 'region', 'aria-labelledby': 'aufum-banner-title' } as const)
  const banner = (
    <div ref={cardRef} class={`card ${modal ? '' : layout}`} inert={inert} {...roles}>
      <div>
        <h2 id="aufum-banner-title" tabIndex={-1}>
          {texts.bannerTitle}
        </h2>
        <p>
          {texts.bannerText}
          {policyUrl && (
            <>
              {' '}
              <a href={policyUrl}>{texts.policyLink}</a>
            </>
          )}
        </p>
        {gpc && <p class="gpc">{texts.gpc}</p>}
        <div class="actions">
          <button type="button" onClick={on.onRejectAll}>
            {texts.rejectAll}
          </button>
          <button type="button" onClick={on.onAcceptAll}>
            {texts.acceptAll}
          </button>
          <button type="button" onClick={on.onCustomize}>
            {texts.customize}
          </button>
        </div>
      </div>
    </div>
  )
  return modal ? <div class="backdrop">{banner}</div> : banner
}
