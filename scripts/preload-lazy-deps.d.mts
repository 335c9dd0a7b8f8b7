import type { Plugin } from 'vite';
/** Rewrites `code` (chunk `file` of `bundle`) so each lazy chunk's own imports start with it. */
export function preloadLazyDeps(bundle: Record<string, { imports?: string[] }>, file: string, code: string): string;
export function preloadLazyDepsPlugin(): Plugin;
