/**
 * Text as HTML or SVG: the report's strings come from posted records (language tags, page URLs, category names),
 * so every one goes through here, in element content and in attribute values alike.
 *
 * @param text Any text.
 * @returns The text with `& < > " '` as character references.
 */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)
