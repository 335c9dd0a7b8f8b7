import type { Plugin } from 'vite';
export function minifyCssLiterals(code: string): string;
export function minifyCssLiteralsPlugin(): Plugin;
