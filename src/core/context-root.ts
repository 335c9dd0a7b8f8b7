import { ContextRoot } from '@lit/context';

let attached = false;

/**
 * An element upgraded before `<mono-provider>` is defined asks for context
 * when nobody listens yet. A ContextRoot on the document remembers those
 * requests and replays them when a provider appears. Called by consumers on
 * connect (never at import, which must stay SSR-safe).
 */
export function ensureContextRoot(): void {
  if (attached || typeof document === 'undefined') return;
  attached = true;
  new ContextRoot().attach(document.documentElement);
}
