// Every URL the scanner prints or reports goes through here: a password in a start URL must not reach a CI log or
// an uploaded report.

// `scheme://user:pass@`: the user info ends at the first `@` before any `/`, `?`, `#` or whitespace. Quotes and
// angle brackets end it too, so that it never reaches across JSON or HTML into the next URL.
const USER_INFO = /\b([a-z][a-z\d+.-]*:\/\/)[^\s/?#@"'<>\\`]*@/gi

/**
 * Removes the user name and password from every URL in a text.
 *
 * @param text A URL, a line, or a whole report.
 * @returns The text with each `scheme://user:pass@host` written `scheme://host`.
 */
export const withoutCredentials = (text: string): string => text.replace(USER_INFO, '$1')
