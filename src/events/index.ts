export type * from './mono-close.js';
export type * from './mono-error.js';
export type * from './mono-event.js';
export type * from './mono-linked.js';
export type * from './mono-load.js';
export type * from './mono-open.js';
export type * from './mono-success.js';
