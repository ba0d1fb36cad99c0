import { attempt } from '../attempt/index.js'

/** Whether a URL is http:, https: or relative to this document: never `javascript:`, `data:` or another scheme. */
export const isWebUrl = (url: string): boolean =>
  attempt(() => /^https?:$/.test(new URL(url, document.baseURI).protocol)) ?? false

/** The rule of an option that is a URL: http:, https: or relative. */
export const WEB_URL = (value: unknown): string | false =>
  !(typeof value === 'string' && isWebUrl(value)) && 'be an http:, https: or relative URL'
