import { attempt } from '../attempt/index.js'

/** The names of this page's cookies; none where cookies are refused. Without js-cookie, for the audit's module. */
export const cookieNames = (): string[] =>
  attempt(() => document.cookie.split(';').flatMap((pair) => pair.split('=')[0]!.trim() || [])) ?? []
