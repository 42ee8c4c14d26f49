// Types of scripts/chromium.mjs for playwright.config.ts.
export declare const chromiumPath: string | undefined;
export declare const chromiumFlags: string[];
