import { ConnectHandle, acceptConnectSynthetic, sessionLive } from './connect-handle.js';
import { loadConnect, type ConnectConstructor } from './connect-loader.js';
import { MONO_WIDGET_ORIGIN } from './mono-protocol.js';
import type { WidgetCallbacks, WidgetConfig, WidgetDriver, WidgetHandle } from './types.js';

export { CONNECT_CONTAINER_ID } from './connect-handle.js';

/** A prepared frame nobody clicked for this long is dropped: Mono's page should not idle in the background for ever. */
const PREPARED_TTL_MS = 120_000;

/** connect.js appends a `<style>` on every setup(); one is enough. */
let sharedStyle: HTMLStyleElement | undefined;

/** The one frame prepared on intent, hidden, for the setup it was built with. */
let prepared: { handle: ConnectHandle; key: string; expiry: ReturnType<typeof setTimeout> } | undefined;

function keepOneStyle(before: ReadonlySet<Element>): void {
  for (const style of document.head.querySelectorAll('style')) {
    if (before.has(style)) continue;
    if (sharedStyle?.isConnected) style.remove();
    else sharedStyle = style;
  }
}

function toConnectOptions(config: WidgetConfig): Record<string, unknown> {
  const options: Record<string, unknown> = { scope: config.scope };
  if (config.reference) options['reference'] = config.reference;
  if (config.data && Object.keys(config.data).length > 0) options['data'] = config.data;
  return options;
}

function toSetupConfig(config: WidgetConfig): Record<string, unknown> {
  const setup: Record<string, unknown> = {};
  if (config.selectedInstitution) setup['selectedInstitution'] = config.selectedInstitution;
  if (config.checkAccountMatch) setup['check_account_match'] = true;
  return setup;
}

/** Everything the frame's URL is built from: connect.js also puts the page's URL in it (`referrer`). */
const keyOf = (config: WidgetConfig): string => JSON.stringify([location.href, config]);

/** Builds connect.js's hidden container and frame for `config`; the frame starts loading at once. */
function build(Connect: ConnectConstructor, config: WidgetConfig): ConnectHandle {
  let handle: ConnectHandle | undefined;
  const connect = new Connect({ key: config.key, ...toConnectOptions(config), ...ConnectHandle.callbacksFor(() => handle) });
  const stylesBefore = new Set(document.head.querySelectorAll('style'));
  if (config.reauthoriseAccountId) connect.reauthorise(config.reauthoriseAccountId);
  else connect.setup(toSetupConfig(config));
  keepOneStyle(stylesBefore);
  handle = new ConnectHandle(connect);
  return handle;
}

/** Drops the prepared frame, if any. */
export function discardPrepared(): void {
  if (!prepared) return;
  clearTimeout(prepared.expiry);
  prepared.handle.close();
  prepared = undefined;
}

/** The prepared frame when it was built for exactly this setup; any other is dropped. */
function takePrepared(key: string): ConnectHandle | undefined {
  const entry = prepared;
  if (entry?.key !== key || entry.handle.closed || !entry.handle.frame?.isConnected) {
    discardPrepared();
    return undefined;
  }
  clearTimeout(entry.expiry);
  prepared = undefined;
  return entry.handle;
}

/** Drives Mono's own connect.js and its hosted widget at https://connect.mono.co. */
export class ConnectJsDriver implements WidgetDriver {
  readonly origin = MONO_WIDGET_ORIGIN;
  readonly acceptSynthetic = acceptConnectSynthetic;

  async preload(): Promise<void> {
    await loadConnect();
  }

  /**
   * On intent: builds the widget's frame for `config`, hidden and out of the
   * focus order, so that a click shows it as soon as it has loaded. One frame
   * at most: intent again with the same setup keeps it, another setup
   * replaces it. Never while a session is live (connect.js has one
   * container and one set of callbacks per page).
   */
  async prepare(config: WidgetConfig): Promise<void> {
    const Connect = await loadConnect();
    const key = keyOf(config);
    if (sessionLive() || (prepared?.key === key && !prepared.handle.closed && prepared.handle.frame?.isConnected)) return;
    discardPrepared();
    const handle = build(Connect, config);
    prepared = { handle, key, expiry: setTimeout(discardPrepared, PREPARED_TTL_MS) };
  }

  async open(config: WidgetConfig, callbacks: WidgetCallbacks, signal?: AbortSignal): Promise<WidgetHandle> {
    const Connect = await loadConnect();
    signal?.throwIfAborted();
    const handle = takePrepared(keyOf(config)) ?? build(Connect, config);
    handle.start(callbacks);
    return handle;
  }
}

let defaultDriver: ConnectJsDriver | undefined;

/** The page's connect.js driver, created on first use. */
export function connectJsDriver(): ConnectJsDriver {
  return (defaultDriver ??= new ConnectJsDriver());
}
