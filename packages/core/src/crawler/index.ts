// Names crawlers and link-preview fetchers give themselves. Browsers driven by automation (Playwright's
// HeadlessChrome, for our own tests) are not crawlers: they get the banner like any visitor.
const CRAWLER =
  /bot\b|crawl|spider|slurp|mediapartners|facebookexternalhit|embedly|bingpreview|pinterest|vkshare|w3c_validator/i

/**
 * Whether a user agent names itself a crawler (Googlebot, Bingbot, Baiduspider, facebookexternalhit…).
 * Such visitors are shown no banner; nothing is granted to them either.
 *
 * @param userAgent Default: `navigator.userAgent`.
 * @returns `true` for a crawler.
 */
export const isCrawler = (userAgent: string = typeof navigator === 'undefined' ? '' : navigator.userAgent): boolean =>
  CRAWLER.test(userAgent)
