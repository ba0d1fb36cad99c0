/** The Banner component's markup with a slot in place of each text: as a region, and as a modal dialog. */
export type BannerTemplates = Record<'region' | 'dialog', string>

/** Where a text goes in a template (a private-use character, which no text has). */
export const slot = (name: string): string => `\uE000${name}\uE000`
