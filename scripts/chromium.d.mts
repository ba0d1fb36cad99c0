// Types of chromium.mjs, for playwright.config.ts.
import type { Browser } from '@playwright/test'

export declare const SYSTEM_CHROMIUM: string
export declare function chromiumLaunchOptions(): { executablePath?: string; args: string[] }
export declare function hasChromium(): boolean
export declare function launchChromium(): Promise<Browser>
/** The executable of the Chromium there is, for tools that start it themselves (Lighthouse). */
export declare function chromiumPath(): string
