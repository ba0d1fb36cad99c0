import type { ResolvedConfig } from '../config/index.js'
import { removeCookies } from '../cookie/index.js'
import { removeLocal } from '../web-storage/index.js'

/**
 * Deletes the cookies and localStorage keys that the withdrawn categories declare
 * (GDPR Art. 7(3): withdrawing must take effect as easily as consenting).
 *
 * @param withdrawn Categories that were granted and no longer are.
 * @param config The resolved configuration, for the categories' `cookies` and the cookie's domain and path.
 * @param where Cookies, localStorage keys, or both (the default).
 */
export function clearWithdrawn(
  withdrawn: string[],
  config: ResolvedConfig,
  where: 'cookies' | 'storage' | 'both' = 'both',
): void {
  const patterns = withdrawn.flatMap((name) => config.categories[name]?.cookies ?? [])
  if (patterns.length) {
    if (where !== 'storage') removeCookies(patterns, config.cookie)
    if (where !== 'cookies') removeLocal(patterns, config.cookie.name)
  }
}
