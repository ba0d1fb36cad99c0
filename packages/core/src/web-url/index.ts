import { attempt } from '../attempt/index.js'

/** Whether a URL is http:, https: or relative to this page: never `javascript:`, `data:` or another scheme. */
export const isWebUrl = (url: string): boolean =>
  attempt(() => /^https?:$/.test(new URL(url, location.href).protocol)) ?? false
