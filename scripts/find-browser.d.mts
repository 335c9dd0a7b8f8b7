/** The path of a usable Chrome/Chromium, or undefined. Honours CHROME_PATH. */
export function findBrowser(): string | undefined;
/** As findBrowser(), installing Debian's chromium first where possible; throws with install instructions otherwise. */
export function ensureBrowser(): string;
/** Install instructions for Chrome/Chromium, per system. */
export const HOW_TO_INSTALL: string;
