import type { Plugin } from 'vite';
export function minifyCssLiterals(code: string, filename?: string): string;
export function minifyCssLiteralsPlugin(): Plugin;
