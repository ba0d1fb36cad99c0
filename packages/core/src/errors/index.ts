/**
 * Thrown for a configuration or call that the consent manager cannot honour.
 * The message names the field and the fix, so it can be read in a console.
 *
 * @example
 * try { createConsent({ revision: -1 }) } catch (e) {
 *   if (e instanceof Error && e.name === 'ConsentError') console.error(e.message)
 * }
 */
export class ConsentError extends Error {
  override readonly name = 'ConsentError' as const
}

/** Throws a {@link ConsentError} that says `field must ...`. */
export function fail(field: string, must: string): never {
  throw new ConsentError(`[aufum-consent] ${field} must ${must}`)
}
