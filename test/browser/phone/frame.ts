// The box a story is drawn in, as wide as a phone (or a tablet) would give it.
import { ignoreResizeObserverLoop } from '../data/fixtures.js';

/** Phones from the smallest in use (320) through the common Android (360) and large iPhone (414) widths, and a tablet. */
export const WIDTHS = [320, 360, 414, 1024] as const;

/** The engine this page runs in, as the baselines' folders name it. */
export const ENGINE = /Firefox\//.test(navigator.userAgent) ? 'firefox' : /Chrom(e|ium)\//.test(navigator.userAgent) ? 'chromium' : 'webkit';

ignoreResizeObserverLoop();

/** A container `width` px wide, at the top of the page, with nothing of the test page's own around it. */
export function createFrame(width: number): HTMLElement {
  const frame = document.createElement('div');
  frame.dataset.phoneFrame = '';
  // Plain block on a white page; its width is the one layouts must fit.
  frame.style.cssText = `box-sizing:content-box;width:${width}px;margin:0;padding:0;background:#fff;color:#000;font:16px/1.5 system-ui,sans-serif`;
  document.body.style.margin = '0';
  document.body.append(frame);
  return frame;
}

export function setWidth(frame: HTMLElement, width: number): void {
  frame.style.width = `${width}px`;
}
