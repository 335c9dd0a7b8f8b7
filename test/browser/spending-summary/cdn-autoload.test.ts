import { expect, waitUntil } from '@open-wc/testing';
import { autoloadDataElements, loadSpendingSummary } from '../../../src/cdn/autoload.js';

// The CDN file's loader: the summary's code (charts, d3-array) arrives only
// when its tag is on the page, as a chunk of its own.
describe('CDN autoload of <mono-spending-summary>', () => {
  it('loads the summary when its tag appears, and not before', async () => {
    expect(customElements.get('mono-spending-summary')).to.equal(undefined);
    autoloadDataElements(document);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(customElements.get('mono-spending-summary')).to.equal(undefined, 'nothing loaded for a page without the tag');
    const el = document.createElement('mono-spending-summary');
    document.body.append(el);
    await waitUntil(() => customElements.get('mono-spending-summary'), 'the summary defined', { timeout: 8000 });
    const { MonoSpendingSummary } = await loadSpendingSummary();
    expect(el).to.be.instanceOf(MonoSpendingSummary);
    expect(customElements.get('mono-transactions')).to.equal(undefined, 'the data elements chunk is not needed for it');
    el.remove();
  });
});
