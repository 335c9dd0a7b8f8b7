// @mono.co/connect.js as its README shows: imported eagerly, setup() at load,
// open() on click. The comparison for every figure in `npm run bench`.
import Connect from '@mono.co/connect.js';

type ConnectInstance = { setup(config?: object): void; open(): void; close(): void };
const ConnectCtor = Connect as unknown as new (options: object) => ConnectInstance;

const state = (window as unknown as { bench: Record<string, unknown> }).bench = { opened: 0, closed: 0 } as Record<string, unknown>;

export function createConnect(): ConnectInstance {
  return new ConnectCtor({
    key: 'test_pk_bench',
    onSuccess: () => {},
    onLoad: () => {
      state['loaded'] = performance.now();
      (state['onLoad'] as (() => void) | undefined)?.();
    },
    onClose: () => (state['closed'] = (state['closed'] as number) + 1),
  });
}

let connect = createConnect();
connect.setup();
document.getElementById('link')!.addEventListener('click', () => connect.open());
state['cycle'] = () => {
  connect = createConnect();
  connect.setup();
  connect.open();
  connect.close();
};
// bench/leak.ts: open, and close once the frame has loaded (state.onLoad).
state['cycleOpen'] = () => {
  connect = createConnect();
  connect.setup();
  connect.open();
};
state['cycleClose'] = () => connect.close();
