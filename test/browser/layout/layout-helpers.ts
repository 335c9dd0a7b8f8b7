import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** The widths issue 16 asks for: three phones and a desktop column. */
export const WIDTHS = [320, 360, 414, 1024] as const;

/** A long, unbroken narration and a long bank name: what real statements send. */
export const LONG_NARRATION =
  'POS PURCHASE SHOPRITE LEKKI PHASE 1 LAGOS NG REF:000123456789012345678901234567890 TRANSFER FROM ADAOBI CHUKWUEMEKA-OKONKWO VIA NIBSS INSTANT PAYMENT';
export const LONG_UNBROKEN = 'NIPTRANSFER/000013260108123456789012345678901234567890/ZENITHBANKPLC';
export const RTL_NARRATION = 'تحويل من محمد إلى أحمد رقم 12345';
/** ₦1,000,000,000.00 in kobo. */
export const BILLION = 100_000_000_000;

/**
 * Mounts `content` in a box `width` px wide. The element fills the box, so its
 * container queries see that width whatever the test window is.
 */
export async function mountAt<T extends Element>(width: number, content: TemplateResult): Promise<T> {
  const box = await fixture<HTMLDivElement>(html`<div style="inline-size:${width}px;max-inline-size:none">${content}</div>`);
  return box.firstElementChild as T;
}

/** Every element of a shadow tree, nested shadow roots included. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const node of root.querySelectorAll('*')) {
    found.push(node);
    if (node.shadowRoot) found.push(...deepElements(node.shadowRoot));
  }
  return found;
}

const rendered = (node: Element) => node.getClientRects().length > 0 && getComputedStyle(node).visibility !== 'hidden';

/** Not rendered for sight: the visually-hidden pattern (a 1 px clipped box) is for screen readers only. */
function visuallyHidden(node: Element): boolean {
  for (let at: Element | null = node; at; at = at.parentElement) {
    if (at.classList.contains('visually-hidden')) return true;
    const rect = at.getBoundingClientRect();
    if (rect.width <= 1 && rect.height <= 1 && getComputedStyle(at).overflow !== 'visible') return true;
  }
  return false;
}

/**
 * No horizontal overflow: the element and every box in its shadow tree
 * (including nested elements' shadow trees) keep their content within their
 * width, and nothing ends outside the element. Scrollers that scroll on
 * purpose (the virtualised list scrolls vertically) are held to the same rule.
 */
export function expectNoOverflow(el: Element): void {
  expect(el.scrollWidth, `${el.localName} scrollWidth`).to.be.at.most(el.clientWidth);
  const box = el.getBoundingClientRect();
  const regions: Element[] = [];
  for (const node of deepElements(el.shadowRoot ?? el)) {
    if (!rendered(node) || visuallyHidden(node) || node.closest('dialog:not([open])')) continue;
    // What scrolls inside a deliberate scroll region may lie outside the element's box.
    if (regions.some((region) => region.contains(node))) continue;
    // The top layer (an open modal dialog) is sized by the viewport, not by the element.
    if (node.closest('dialog[open]')) continue;
    const label = `${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}${node.className && typeof node.className === 'string' ? `.${node.className}` : ''}`;
    // A deliberate scroll region (the summary's tables with ₦1bn figures): focusable, so keyboard users can scroll it; its box still has to fit.
    const region = getComputedStyle(node).overflowX === 'auto' && (node as HTMLElement).tabIndex >= 0;
    if (region) regions.push(node);
    // SVG boxes have no scroll metrics (text labels report their own width); their boxes are checked below.
    if (!(node instanceof SVGElement) && !region) expect(node.scrollWidth, `${label} scrollWidth ≤ clientWidth`).to.be.at.most(node.clientWidth + (node.clientWidth === 0 ? node.scrollWidth : 0));
    const rect = node.getBoundingClientRect();
    if (rect.width === 0) continue;
    expect(rect.right, `${label} ends inside the element`).to.be.at.most(box.right + 0.5);
    expect(rect.left, `${label} starts inside the element`).to.be.at.least(box.left - 0.5);
  }
}

const INTERACTIVE = 'button, a[href], input, select, textarea, summary, [role="option"], [role="button"], [tabindex]:not([tabindex="-1"])';

/**
 * Every visible target a finger may need is at least 44 × 44 px. Inline
 * links inside running text would be exempt (WCAG 2.5.8's inline
 * exception), but no element has any today: every `a[href]` is checked.
 * Scroll containers made focusable for the keyboard (the virtualised list)
 * are far larger than 44 px and are checked like the rest.
 */
export function expectTargets(el: Element, root: ParentNode = el.shadowRoot ?? el): void {
  const targets = deepElements(root).filter((node) => node.matches(INTERACTIVE) && rendered(node) && !visuallyHidden(node));
  for (const target of targets) {
    const rect = target.getBoundingClientRect();
    const label = `${target.localName} "${(target.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40) || target.getAttribute('aria-label') || target.getAttribute('name') || ''}"`;
    expect(rect.height, `${label} height`).to.be.at.least(44 - 0.5);
    expect(rect.width, `${label} width`).to.be.at.least(44 - 0.5);
    // iOS zooms the page into a field whose text is under 16 px.
    if (target.matches('input, select, textarea')) expect(parseFloat(getComputedStyle(target).fontSize), `${label} font size`).to.be.at.least(16);
  }
}

/** `inner` lies wholly inside `outer`'s box. */
export function expectInside(inner: Element, outer: Element, what: string): void {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  expect(a.left, `${what} left`).to.be.at.least(b.left - 0.5);
  expect(a.right, `${what} right`).to.be.at.most(b.right + 0.5);
}
