import type { RefObject } from 'preact'
import { useEffect, useRef } from 'preact/hooks'
import { useModal } from '../dialog/index.js'
import type { Texts } from '../i18n/index.js'

/** Where the banner sits: the bottom edge, a corner, or the centre (modal). */
export type Layout = 'bar' | 'box' | 'modal'

/** What the {@link Banner} shows and calls. */
export interface BannerProps {
  texts: Texts
  policyUrl?: string
  layout: Layout
  blocking: boolean
  host: Element
  onAcceptAll(): void
  onRejectAll(): void
  onCustomize(): void
}

// WCAG 2.2 SC 2.4.11: a fixed banner must never hide the focused element, so the page scrolls focus clear of it.
function useScrollPadding(ref: RefObject<HTMLElement>, active: boolean): void {
  useEffect(() => {
    if (!active) return
    const root = document.documentElement.style
    const before = root.scrollPaddingBottom
    const observer = new ResizeObserver(() => {
      root.scrollPaddingBottom = `${ref.current!.offsetHeight}px`
    })
    observer.observe(ref.current!)
    return () => {
      observer.disconnect()
      root.scrollPaddingBottom = before
    }
  }, [active])
}

/**
 * The first layer: what the site does with cookies, a link to the policy, and three choices of equal weight.
 * Reject is as easy as accept: same element, same size, same colours, one click (EDPB 05/2020; CNIL 2020-092).
 */
export function Banner({ texts, policyUrl, layout, blocking, host, ...on }: BannerProps) {
  const ref = useRef<HTMLDivElement>(null)
  const modal = blocking || layout === 'modal'
  useScrollPadding(ref, !modal)
  useModal(ref, host, modal)
  // A labelled region, or a modal dialog when it blocks the page (WAI-ARIA APG).
  const roles = modal
    ? ({ role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'aufum-banner-title' } as const)
    : ({ role: 'region', 'aria-labelledby': 'aufum-banner-title' } as const)
  const banner = (
    <div ref={ref} class={`card ${modal ? '' : layout}`} {...roles}>
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
