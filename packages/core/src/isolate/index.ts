/**
 * Wraps code that a page or an app handed us (a queued call, a listener, what starts or stops on a grant), so that
 * when it throws the error is reported as an uncaught one is (the console, the page's `error` listeners) and the
 * caller goes on: a bug in a page's script never costs the visitor their choice.
 *
 * @param fn The page's function.
 * @returns `fn`, returning `undefined` where it threw.
 */
export const isolate =
  <A extends unknown[], R>(fn: (...args: A) => R) =>
  (...args: A): R | undefined => {
    try {
      return fn(...args)
    } catch (error) {
      fault(error)
    }
  }

/** Reports an error of the page's code without throwing it: `reportError`, or the console where there is none. */
export const fault = (error: unknown): void => (globalThis.reportError || console.error)(error)
