/** The texts of a blocked embed's placeholder. `{provider}` and `{category}` are filled in. */
export interface PlaceholderTexts {
  placeholderTitle: string
  placeholderText: string
  /** Loads this one embed on this page view; grants nothing. */
  loadOnce: string
  /** Grants the embed's categories, as the settings panel would. */
  alwaysAllow: string
}
