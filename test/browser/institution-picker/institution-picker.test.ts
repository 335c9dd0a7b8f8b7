import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/institution-picker/institution-picker.js';
import '../../../src/elements/link-button/link-button.js';
import type { MonoInstitutionPicker } from '../../../src/elements/institution-picker/institution-picker.component.js';
import type { MonoFetcher } from '../../../src/core/fetcher/types.js';
import { createMemoryFetcher } from '../../../src/testing/memory-fetcher.js';
import { recordEvents } from '../helpers.js';

const BANKS = {
  institutions: [
    { id: 'gt', name: 'GTBank', authMethods: ['internet_banking', 'mobile_banking'] },
    { id: 'sg', name: 'Société Générale', authMethods: ['internet_banking'] },
    { id: 'kuda', name: 'Kuda', icon: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', authMethods: ['mobile_banking'] },
    { id: 'broken', authMethods: ['mobile_banking'] },
    { id: 'zen', name: 'Zenith Bank', icon: 'data:image/png;base64,broken', color: 'red; background: url(https://tracker.invalid/)', authMethods: ['internet_banking'] },
  ],
};

/** A fetcher whose getInstitutions() fails until `heal()` is called, counting calls. */
function failingFetcher() {
  const good = createMemoryFetcher({ institutions: BANKS });
  let broken = true;
  let calls = 0;
  const fetcher: MonoFetcher = {
    ...good,
    getInstitutions: async (init) => {
      calls++;
      if (broken) throw Object.assign(new Error('The backend answered 503.'), { code: 'HTTP_503', status: 503 });
      return good.getInstitutions!(init);
    },
  };
  return { fetcher, heal: () => (broken = false), calls: () => calls };
}

const root = (el: MonoInstitutionPicker) => el.shadowRoot!;
const input = (el: MonoInstitutionPicker) => root(el).querySelector('input')!;
const names = (el: MonoInstitutionPicker) => [...root(el).querySelectorAll('[part="name"]')].map((node) => node.textContent);
const status = (el: MonoInstitutionPicker) => root(el).querySelector('[part="status"]')!.textContent!.trim();

async function mount(template = html`<mono-institution-picker .fetcher=${createMemoryFetcher({ institutions: BANKS })}></mono-institution-picker>`) {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('mono-institution-picker')!;
  await waitUntil(() => el.state !== 'loading', 'the list loads');
  await el.updateComplete;
  return { el, wrapper };
}

async function type(el: MonoInstitutionPicker, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<mono-institution-picker>', () => {
  afterEach(() => fixtureCleanup());

  it('lists the banks it could read (a bad entry is skipped, not the list), each with a logo or an initial', async () => {
    const { el } = await mount();
    expect(el.state).to.equal('ready');
    expect(names(el)).to.deep.equal(['GTBank', 'Société Générale', 'Kuda', 'Zenith Bank']);
    const options = [...root(el).querySelectorAll('[role="option"]')];
    expect(options[2]!.querySelector('img')!.getAttribute('src')).to.match(/^data:image\/gif/);
    expect(options[0]!.querySelector('.initial')!.textContent!.trim()).to.equal('G');
    // A logo that does not load becomes the initial; a "colour" that is more CSS than a colour is not applied.
    await waitUntil(() => options[3]!.querySelector('.initial'), 'the broken logo is replaced');
    expect(options[3]!.querySelector('img')).to.equal(null);
    expect(options[3]!.querySelector('.initial')!.getAttribute('style')).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('typing filters by name, ignoring case and accents', async () => {
    const { el } = await mount();
    await type(el, 'SOCIETE');
    expect(names(el)).to.deep.equal(['Société Générale']);
    expect(status(el)).to.equal('1 bank');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).value).to.equal('');
    expect(names(el)).to.have.length(4);
  });

  it('keyboard only: type, ArrowDown, Enter picks the bank, fires the event and points the slotted link button at it', async () => {
    const { el } = await mount(
      html`<mono-institution-picker auth-method="mobile_banking" .fetcher=${createMemoryFetcher({ institutions: BANKS })}>
        <mono-link-button public-key="test_pk_demo">Link</mono-link-button>
      </mono-institution-picker>`,
    );
    const log = recordEvents(el, ['mono-institution-select']);
    await type(el, 'ku');
    expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const activeId = input(el).getAttribute('aria-activedescendant')!;
    expect(root(el).getElementById(activeId)!.textContent).to.contain('Kuda');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(log.map((entry) => entry.detail.institution.id)).to.deep.equal(['kuda']);
    const button = el.querySelector('mono-link-button')!;
    expect(button.getAttribute('institution-id')).to.equal('kuda');
    expect(button.institutionId).to.equal('kuda');
    expect(button.getAttribute('auth-method')).to.equal('mobile_banking');
    expect(root(el).querySelector('[aria-selected="true"]')!.textContent).to.contain('Kuda');
    await expect(el).to.be.accessible();
  });

  it('ArrowUp wraps to the last match, Home and End jump, and `for` names a link button elsewhere', async () => {
    const { el, wrapper } = await mount(
      html`<mono-institution-picker for="elsewhere" .fetcher=${createMemoryFetcher({ institutions: BANKS })}></mono-institution-picker>
        <mono-link-button id="elsewhere" public-key="test_pk_demo">Link</mono-link-button>`,
    );
    input(el).focus();
    const activeName = () => root(el).getElementById(input(el).getAttribute('aria-activedescendant')!)!.querySelector('[part="name"]')!.textContent;
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(activeName()).to.equal('Zenith Bank');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(activeName()).to.equal('GTBank');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(activeName()).to.equal('Zenith Bank');
    await sendKeys({ press: 'Enter' });
    const button = wrapper.querySelector('#elsewhere')!;
    expect(button.getAttribute('institution-id')).to.equal('zen');
    // Zenith offers one login method, so the widget can open straight on it.
    expect(button.getAttribute('auth-method')).to.equal('internet_banking');
  });

  it('auth-method leaves out banks without that login method', async () => {
    const { el } = await mount(
      html`<mono-institution-picker auth-method="internet_banking" .fetcher=${createMemoryFetcher({ institutions: BANKS })}></mono-institution-picker>`,
    );
    expect(names(el)).to.deep.equal(['GTBank', 'Société Générale', 'Zenith Bank']);
    el.authMethod = 'mobile_banking';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['GTBank', 'Kuda']);
  });

  it('empty: says no bank matches the search, and the list is gone', async () => {
    const { el } = await mount();
    await type(el, 'xyz');
    expect(el.state).to.equal('empty');
    expect(status(el)).to.equal('No bank matches “xyz”.');
    expect(root(el).querySelector<HTMLElement>('[role="listbox"]')!.hidden).to.equal(true);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('loading: busy, with a message', async () => {
    const never: MonoFetcher = { ...createMemoryFetcher(), getInstitutions: () => new Promise(() => {}) };
    const el = await fixture<MonoInstitutionPicker>(html`<mono-institution-picker .fetcher=${never}></mono-institution-picker>`);
    expect(el.state).to.equal('loading');
    expect(input(el).getAttribute('aria-busy')).to.equal('true');
    expect(status(el)).to.equal('Loading banks…');
    await expect(el).to.be.accessible();
  });

  it('error: an alert with a retry button that loads the list again', async () => {
    const failing = failingFetcher();
    const errors: unknown[] = [];
    const el = await fixture<MonoInstitutionPicker>(
      html`<mono-institution-picker .fetcher=${failing.fetcher} @mono-error=${(event: CustomEvent) => errors.push(event.detail)}></mono-institution-picker>`,
    );
    await waitUntil(() => el.state === 'error', 'fails');
    await el.updateComplete;
    expect(errors).to.deep.equal([{ error: { code: 'HTTP_503', message: 'The backend answered 503.', status: 503 }, phase: 'fetch' }]);
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('could not be loaded');
    await expect(el).to.be.accessible();
    failing.heal();
    const retry = root(el).querySelector<HTMLButtonElement>('[part="retry"]')!;
    expect(retry.getBoundingClientRect().height).to.be.at.least(44);
    retry.click();
    await waitUntil(() => el.state === 'ready', 'loads on retry');
    expect(failing.calls()).to.equal(2);
    await el.updateComplete;
    expect(names(el)).to.have.length(4);
  });

  it('fits 320 px: 44 px options and a 16 px search field', async () => {
    const { el, wrapper } = await mount();
    wrapper.style.width = '320px';
    const option = root(el).querySelector('[role="option"]')!;
    expect(option.getBoundingClientRect().height).to.be.at.least(44);
    expect(getComputedStyle(input(el)).fontSize).to.equal('16px');
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(input(el).getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right);
  });
});
