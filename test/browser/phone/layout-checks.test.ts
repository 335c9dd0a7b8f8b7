// The phone checks must catch what they are for: fixtures that overflow or
// have small targets are reported with their path and size, and fixtures
// that fit are not (so stories.test.ts can neither pass nor fail by accident).
import { expect } from '@open-wc/testing';
import { createFrame } from './frame.js';
import { findOverflow, findSmallTargets } from './layout-checks.js';
import { settle } from './settle.js';

customElements.define('phone-fixture', class extends HTMLElement {});

/** A `<phone-fixture>` whose shadow root holds `markup`, in a frame `width` px wide. */
function mount(markup: string, width = 320): HTMLElement {
  const frame = createFrame(width);
  const host = document.createElement('phone-fixture');
  host.attachShadow({ mode: 'open' }).innerHTML = markup;
  frame.append(host);
  return frame;
}

const ok = '<button style="min-width:44px;min-height:44px">Ok</button>';

describe('phone layout checks (self-test)', () => {
  afterEach(() => document.querySelectorAll('[data-phone-frame]').forEach((frame) => frame.remove()));

  it('reports content wider than the container, naming the innermost element', () => {
    const frame = mount('<div part="row" style="display:flex"><span style="flex:none;width:200px">narration</span><b class="amount" style="flex:none;width:200px">₦1,000,000,000.00</b></div>');
    const problems = findOverflow(frame);
    expect(problems.map((problem) => problem.path)).to.include('phone-fixture › div[part=row] › b.amount');
    expect(problems.find((problem) => problem.path.endsWith('b.amount'))!.detail).to.equal('spans 200…400 px of a 320 px container');
    expect(problems.some((problem) => problem.path === '(container)')).to.equal(true);
  });

  it('reports a cut-off amount and a sideways scroller, even a labelled one of a list', () => {
    const clipped = findOverflow(mount('<div class="cell" style="overflow:hidden;width:100px"><span style="display:inline-block;width:180px">₦1,000,000,000.00</span></div>'));
    expect(clipped).to.deep.equal([{ kind: 'overflow', path: 'phone-fixture › div.cell', detail: 'clips 180 px of content in 100 px' }]);
    const scroller = findOverflow(mount('<div class="wrap" role="region" aria-label="Transactions" tabindex="0" style="overflow-x:auto"><div role="table" style="width:600px">a</div></div>'));
    expect(scroller.map((problem) => problem.path)).to.deep.equal(['phone-fixture › div.wrap[role=region]']);
    expect(scroller[0]!.detail).to.match(/^scrolls 60\d px of content in 3\d\d px$/);
  });

  it('reports interactive elements under 44×44 px, with their size', () => {
    const frame = mount(`<button part="retry" style="width:60px;height:28px;padding:0;border:0">Retry</button>
      <a href="#x" style="display:inline-block;width:30px;height:30px">x</a>
      <div role="tab" style="width:40px;height:50px">t</div>
      <span tabindex="0" style="display:inline-block;width:20px;height:20px"></span>${ok}`);
    expect(findSmallTargets(frame).map((problem) => `${problem.path} ${problem.detail}`)).to.deep.equal([
      'phone-fixture › button[part=retry] 60×28 px',
      'phone-fixture › a 30×30 px',
      'phone-fixture › div[role=tab] 40×50 px',
      'phone-fixture › span 20×20 px',
    ]);
  });

  it('passes layouts that fit, and exempts what is not a target or not laid out against the container', () => {
    const frame = mount(`${ok}
      <p>Read <a href="#terms">the terms</a> first.</p>
      <button disabled style="width:20px;height:20px"></button>
      <button hidden></button>
      <span tabindex="-1" style="display:inline-block;width:10px;height:10px"></span>
      <label style="display:flex;min-height:44px;min-width:44px"><input type="checkbox" style="width:13px;height:13px">Label</label>
      <label for="period" style="display:block">Period</label><select id="period" style="width:120px;height:44px"></select>
      <span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap">screen-reader only text that is long</span>
      <span style="display:block;overflow:hidden;text-overflow:ellipsis;white-space:nowrap">${'long narration '.repeat(20)}</span>
      <div style="position:fixed;left:0;width:900px">toast</div>
      <table><thead style="position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)"><tr><th style="width:900px">Amount</th></tr></thead></table>
      <div role="region" aria-label="Figures" tabindex="0" style="overflow-x:auto;min-height:88px"><table style="width:700px"><tr><td>1</td></tr></table></div>`);
    expect(findOverflow(frame)).to.deep.equal([]);
    expect(findSmallTargets(frame)).to.deep.equal([]);
  });

  it('waits for busy content, and gives up on content that stays busy', async () => {
    const frame = mount('<div aria-busy="true">loading</div>');
    const region = frame.querySelector('phone-fixture')!.shadowRoot!.querySelector('div')!;
    setTimeout(() => region.setAttribute('aria-busy', 'false'), 300);
    expect(await settle(frame, { timeoutMs: 2000 })).to.equal(true);
    region.setAttribute('aria-busy', 'true');
    const started = performance.now();
    expect(await settle(frame, { timeoutMs: 400 })).to.equal(false);
    expect(performance.now() - started).to.be.within(380, 1500);
  });
});
