// A cookie name or URL from a scanned site is printed to someone's terminal: escape codes in it could clear the
// screen or print a fake verdict.

// C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional overrides that reorder text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

const escaped = (c: string) => {
  const code = c.charCodeAt(0)
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}

/**
 * Makes one line of text safe to print: each control character is written as its escape, `\x1b` or `\u202e`.
 *
 * @param line The text, which must stay one line: a newline in it is escaped too.
 * @returns The text, printable.
 */
export const forTerminal = (line: string): string => line.replace(CONTROL, escaped)
