// What the phone bench watches inside each page, as one init script (a string:
// tsx would add helpers the page lacks to a function). Times are
// performance.now(), so from navigation start; checked once a frame, so a
// figure is the frame that first showed it.
export const MARKS_SCRIPT = `(() => {
  const marks = (window.__phone = {});
  const shown = (el, inViewport) => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') return false;
    return !inViewport || (r.top < innerHeight && r.bottom > 0 && r.left < innerWidth && r.right > 0);
  };
  // Ours: defined, upgraded and rendered (Lit binds @click as it renders) and
  // not disabled. connect.js used directly: its module ran (window.bench is
  // set after new Connect(), setup() and the click listener).
  const tappable = () => {
    const ours = document.querySelector('mono-link-button');
    if (ours) return ours.matches(':defined') && shown(ours.shadowRoot?.querySelector('button:not([disabled])'), true);
    return Boolean(window.bench) && shown(document.getElementById('link'), true);
  };
  const row = () =>
    document.querySelector('mono-transactions')?.shadowRoot?.querySelector('[part~="row"]') ??
    document.querySelector('#list [part~="row"]');
  const page = () => {
    const now = performance.now();
    if (!marks.tappable && tappable()) marks.tappable = now;
    if (!marks.rowRendered && shown(row(), false)) marks.rowRendered = now;
    if (!marks.rowOnScreen && shown(row(), true)) marks.rowOnScreen = now;
    if (!(marks.tappable || marks.rowOnScreen) && now < 90000) requestAnimationFrame(page);
  };
  requestAnimationFrame(page);
  // From the finger down to connect.js's frame shown (how npm run bench
  // defines "widget visible": #mono-connect--frame-id, visibility visible).
  addEventListener('touchstart', (event) => {
    if (marks.tap) return;
    marks.tap = event.timeStamp;
    const widget = () => {
      const frame = document.getElementById('mono-connect--frame-id');
      if (frame && getComputedStyle(frame).visibility === 'visible') marks.widget = performance.now();
      else if (performance.now() - marks.tap < 30000) requestAnimationFrame(widget);
    };
    requestAnimationFrame(widget);
  }, { capture: true, passive: true });
})();`;

export interface Marks {
  tappable?: number;
  rowRendered?: number;
  rowOnScreen?: number;
  tap?: number;
  widget?: number;
}
