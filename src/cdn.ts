// Entry of dist/cdn/mono-connect-elements.js: the whole library, Lit included.
export * from './index.js';
