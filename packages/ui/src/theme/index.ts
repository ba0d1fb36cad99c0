/** The UI's colour scheme: `light` or `dark` forces one; `auto` follows the page. */
export type Theme = 'auto' | 'light' | 'dark'

/**
 * The colour scheme the UI paints in. For `auto` the UI takes the page's `color-scheme` (its stylesheet inherits
 * it): light on a page that declares none, the visitor's system setting where the page says `light dark`, dark where
 * it says `dark`. A page that paints itself dark without saying so gets dark too; a dark banner on a page without a
 * dark mode looks like an ad.
 *
 * @param theme The UI's `theme` option.
 * @returns `light` or `dark`, or nothing where the UI takes the page's scheme.
 */
export function schemeOf(theme: Theme = 'auto'): 'light' | 'dark' | undefined {
  if (theme !== 'auto') return theme
  // The first painted background from the body outwards (a transparent body shows the root's); before the body is
  // parsed (a UI mounted from <head>), the root's alone. `rgb(r, g, b)` or `rgba(r, g, b, alpha)`.
  for (const element of [document.body, document.documentElement]) {
    const [r, g = 0, b = 0, alpha = 1] =
      (element &&
        getComputedStyle(element)
          .backgroundColor.match(/[\d.]+/g)
          ?.map(Number)) ||
      []
    // Dark: a relative luminance (0.2126 R + 0.7152 G + 0.0722 B, rounded) under half.
    if (r !== undefined && alpha > 0) return 2 * r + 7 * g + b < 1280 ? 'dark' : undefined
  }
}
