// What "fits a phone" means, measured in the page: nothing sticks out of the
// element's container sideways, and every control is big enough for a thumb.
// Both walk open shadow roots, because that is where the elements draw.

/** WCAG 2.5.5 (AAA) target size, which the project uses on every element. */
export const MIN_TARGET_PX = 44;

export interface LayoutProblem {
  kind: 'overflow' | 'target';
  /** `mono-transactions › section[part=base] › button.filter`: where to look. */
  path: string;
  /** What was measured, e.g. `398 px wide in a 360 px container` or `36×36 px`. */
  detail: string;
}

const INTERACTIVE = [
  'button',
  'a[href]',
  'input:not([type=hidden])',
  'select',
  'textarea',
  'summary',
  ...['button', 'link', 'option', 'tab', 'checkbox', 'radio', 'switch', 'menuitem'].map((role) => `[role=${role}]`),
  '[tabindex]',
].join(',');

/** Every element under `root`, light DOM and open shadow roots alike (slotted nodes once, where they live). */
export function* deepElements(root: ParentNode): Generator<Element> {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/** A readable address: hosts and elements from the story's root down to `element`. */
export function pathOf(element: Element, stopAt: Element): string {
  const steps: string[] = [];
  let node: Node | null = element;
  while (node && node !== stopAt) {
    if (node instanceof Element) steps.unshift(describe(node));
    node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
  }
  return steps.join(' › ');
}

function describe(element: Element): string {
  let text = element.localName;
  if (element.id) text += `#${element.id}`;
  const part = element.getAttribute('part');
  if (part) text += `[part=${part}]`;
  else if (element.classList.length > 0) text += `.${element.classList[0]}`;
  const role = element.getAttribute('role');
  if (role) text += `[role=${role}]`;
  return text;
}

const round = (value: number) => Math.round(value * 10) / 10;

function isShown(element: Element): boolean {
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return false;
  const visible = (element as Element & { checkVisibility?: (options: object) => boolean }).checkVisibility;
  return visible ? visible.call(element, { visibilityProperty: true }) : getComputedStyle(element).visibility !== 'hidden';
}

/** Clipped to a pixel or less: the screen-reader-only pattern, not a layout. */
const isVisuallyHidden = (box: DOMRect) => box.width <= 1 || box.height <= 1;

/**
 * A data table in a labelled, keyboard-scrollable region: the one sideways
 * scroll WCAG 1.4.10 (Reflow) allows, since a table needs its two dimensions.
 * A list that merely looks like a table (transactions) gets no such pass.
 */
function isTableScrollRegion(element: Element, style: CSSStyleDeclaration): boolean {
  return (
    (style.overflowX === 'auto' || style.overflowX === 'scroll') &&
    (element as HTMLElement).tabIndex >= 0 &&
    element.getAttribute('role') === 'region' &&
    (element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby')) &&
    element.querySelector('table:not([role])') !== null
  );
}

/** Children as laid out: the shadow root's and, for slots, the light DOM's. */
const childrenOf = (element: Element): Element[] => [...Array.from(element.shadowRoot?.children ?? []), ...Array.from(element.children)];

/**
 * Horizontal overflow of `container`: the container scrolls sideways, an
 * element reaches past either edge (the innermost such elements are named),
 * or an element clips or scrolls its own content sideways (a cut-off amount,
 * a list in a scroller; what it clips is not reported again). Text cut with
 * an ellipsis on purpose, screen-reader-only content, and a data table in a
 * labelled scroll region are not overflow.
 */
export function findOverflow(container: HTMLElement): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const frame = container.getBoundingClientRect();
  if (container.scrollWidth > container.clientWidth) {
    problems.push({ kind: 'overflow', path: '(container)', detail: `content ${container.scrollWidth} px wide in a ${container.clientWidth} px container` });
  }
  /** Checks `element` and its subtree; true if something in it reaches past an edge. */
  const visit = (element: Element): boolean => {
    const style = getComputedStyle(element);
    // Dialogs and fixed layers are drawn against the viewport, not the container.
    if (style.position === 'fixed' || (element instanceof HTMLDialogElement && element.open)) return false;
    if (style.display === 'contents') return childrenOf(element).reduce((inner, child) => visit(child) || inner, false);
    if (!isShown(element)) return false;
    const box = element.getBoundingClientRect();
    // Screen-reader-only content (a table's header in list layout, the chart's data table) is not drawn.
    if (isVisuallyHidden(box) && (style.overflowX !== 'visible' || style.clipPath !== 'none' || style.clip !== 'auto')) return false;
    if (isTableScrollRegion(element, style)) return false;
    // +1: engines round fractional widths differently.
    if (style.overflowX !== 'visible' && style.textOverflow !== 'ellipsis' && !isVisuallyHidden(box) && element.scrollWidth > element.clientWidth + 1) {
      const clips = style.overflowX === 'hidden' || style.overflowX === 'clip';
      problems.push({ kind: 'overflow', path: pathOf(element, container), detail: `${clips ? 'clips' : 'scrolls'} ${element.scrollWidth} px of content in ${element.clientWidth} px` });
      return false;
    }
    let inner = false;
    for (const child of childrenOf(element)) inner = visit(child) || inner;
    const crosses = !isVisuallyHidden(box) && (box.left < frame.left - 0.5 || box.right > frame.right + 0.5);
    if (crosses && !inner) {
      problems.push({
        kind: 'overflow',
        path: pathOf(element, container),
        detail: `spans ${round(box.left - frame.left)}…${round(box.right - frame.left)} px of a ${round(frame.width)} px container`,
      });
    }
    return crosses || inner;
  };
  for (const child of Array.from(container.children)) visit(child);
  return problems;
}

function isDisabled(element: Element): boolean {
  return (element as HTMLButtonElement).disabled === true || element.getAttribute('aria-disabled') === 'true';
}

/** Where a tap lands: a control's own box, and its labels' boxes (a hidden radio inside a big label). */
function targetBoxes(element: Element): DOMRect[] {
  const labels = Array.from((element as HTMLInputElement).labels ?? []);
  return [element.getBoundingClientRect(), ...labels.map((label) => label.getBoundingClientRect())];
}

/**
 * Interactive elements inside any shadow root under `container` smaller than
 * `min` × `min` px. Links inside a sentence (display: inline) are exempt, as
 * WCAG's target-size rule exempts them; so are disabled and hidden controls.
 */
export function findSmallTargets(container: HTMLElement, min = MIN_TARGET_PX): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  for (const element of deepElements(container)) {
    if (!(element.getRootNode() instanceof ShadowRoot) || !element.matches(INTERACTIVE)) continue;
    if (element.hasAttribute('tabindex') && !element.matches('button,a[href],input,select,textarea,summary,[role]') && (element as HTMLElement).tabIndex < 0) continue;
    if (isDisabled(element) || !isShown(element)) continue;
    if (element.localName === 'a' && getComputedStyle(element).display === 'inline') continue;
    const boxes = targetBoxes(element);
    // Half a pixel of slack: 2.75rem rounds to 43.99 px in some engines.
    if (boxes.some((box) => box.width >= min - 0.5 && box.height >= min - 0.5)) continue;
    // The control's own size, or its label's if the control itself is hidden.
    const box = boxes.find((rect) => !isVisuallyHidden(rect));
    if (box) problems.push({ kind: 'target', path: pathOf(element, container), detail: `${round(box.width)}×${round(box.height)} px` });
  }
  return problems;
}
