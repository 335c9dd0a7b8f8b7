/** The part of @mono.co/connect.js 2.x this library drives. */
export interface ConnectOptions {
  key: string;
  onSuccess: (data: Record<string, unknown>) => void;
  onClose: () => void;
  onLoad: () => void;
  onEvent: (type: string, data: Record<string, unknown>) => void;
  [config: string]: unknown;
}

export interface ConnectInstance {
  setup(config?: Record<string, unknown>): void;
  reauthorise(accountId: string): void;
  open(): void;
  close(): void;
}

export type ConnectConstructor = new (options: ConnectOptions) => ConnectInstance;

let loading: Promise<ConnectConstructor> | undefined;

/**
 * connect.js, loaded on first need: the page's own `window.Connect` when it
 * already has Mono's script tag, else a dynamic import (a separate chunk in
 * every bundle, so nothing of it is paid before the user shows intent).
 * What that import gets in every build we ship is the package's own sources
 * without axios (scripts/connect-js.mjs: dist/ and the CDN file rewrite or
 * resolve this specifier). A failed load is not cached, so the next intent
 * tries again.
 */
export function loadConnect(): Promise<ConnectConstructor> {
  const fromPage = (globalThis as { Connect?: unknown }).Connect;
  if (typeof fromPage === 'function') return Promise.resolve(fromPage as ConnectConstructor);
  loading ??= import('@mono.co/connect.js')
    .then((module) => {
      const exported = (module as { default?: unknown }).default ?? module;
      if (typeof exported !== 'function') throw new TypeError('@mono.co/connect.js did not export the Connect constructor.');
      return exported as ConnectConstructor;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
