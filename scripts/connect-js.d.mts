import type { Plugin } from 'vite';
/** @mono.co/connect.js's own sources as one ES module without axios (not minified). */
export function connectJsModule(): Promise<string>;
/** Resolves connect-loader's import of @mono.co/connect.js to that module. */
export function connectJsPlugin(): Plugin;
/** Mono's licence text, shipped beside the module. */
export function connectJsLicence(): string;
export const CONNECT_JS_LICENCE_FILE: string;
/** Our modules that import @mono.co/connect.js, as paths under src/ or dist/ without extension. */
export const CONNECT_JS_IMPORTERS: string[];
