import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/link-button/link-button.js';
import type { MonoLinkButton } from '../../../src/elements/link-button/link-button.component.js';
import { requestsFor } from '../helpers.js';

/** Stands in for connect.js loaded by Mono's own script tag. */
class PageConnect {
  static instances: PageConnect[] = [];
  setupConfig?: Record<string, unknown>;
  opened = false;
  constructor(readonly options: Record<string, any>) {
    PageConnect.instances.push(this);
  }
  setup(config: Record<string, unknown>) {
    this.setupConfig = config;
  }
  reauthorise() {}
  open() {
    this.opened = true;
    this.options.onLoad();
  }
  close() {
    this.options.onClose();
  }
}

describe('<mono-link-button> with Mono\'s script tag on the page', () => {
  before(() => {
    (window as { Connect?: unknown }).Connect = PageConnect;
  });
  after(() => {
    delete (window as { Connect?: unknown }).Connect;
  });

  it('uses window.Connect instead of importing connect.js', async () => {
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_page" reference="ref-1"></mono-link-button>`);
    setTimeout(() => el.open());
    await oneEvent(el, 'mono-load');
    expect(PageConnect.instances).to.have.length(1);
    expect(PageConnect.instances[0].options).to.include({ key: 'test_pk_page', scope: 'auth', reference: 'ref-1' });
    expect(PageConnect.instances[0].opened).to.equal(true);
    expect(requestsFor('@mono.co/connect.js')).to.deep.equal([]);
    setTimeout(() => el.close());
    const closed = await oneEvent(el, 'mono-close');
    expect(closed.detail).to.deep.equal({ reason: 'api' });
  });
});
