import { expect, fixture, html } from '@open-wc/testing';
import { nearestLang } from '../../../src/core/i18n/nearest-lang.js';
import { formatLocale } from '../../../src/core/i18n/format-locale.js';

/** A host whose shadow root holds `inner`, so lookups must cross the boundary. */
function shadowHost(lang: string | null, inner: string): { host: HTMLElement; target: Element } {
  const host = document.createElement('div');
  if (lang !== null) host.setAttribute('lang', lang);
  host.attachShadow({ mode: 'open' }).innerHTML = inner;
  return { host, target: host.shadowRoot!.querySelector('#target')! };
}

describe('nearestLang: the language in effect for an element', () => {
  it('is the element\'s own lang first', async () => {
    const el = await fixture(html`<div lang="en"><span lang="FR-ci" id="target"></span></div>`);
    expect(nearestLang(el.querySelector('#target')!)).to.equal('fr-ci');
  });

  it('is the nearest ancestor\'s otherwise', async () => {
    const el = await fixture(html`<section lang="fr"><div lang="yo"><p><span id="target"></span></p></div></section>`);
    expect(nearestLang(el.querySelector('#target')!)).to.equal('yo');
  });

  it('crosses shadow roots, as inheritance does', async () => {
    const { host, target } = shadowHost('fr', '<div><span id="target"></span></div>');
    await fixture(html`<div>${host}</div>`);
    expect(nearestLang(target)).to.equal('fr');
  });

  it('prefers a lang inside the shadow root over the host\'s', async () => {
    const { host, target } = shadowHost('fr', '<div lang="en-GB"><span id="target"></span></div>');
    await fixture(html`<div>${host}</div>`);
    expect(nearestLang(target)).to.equal('en-gb');
  });

  it('is empty when no ancestor sets one (English), and for lang=""', async () => {
    const none = await fixture(html`<div><span></span></div>`);
    expect(nearestLang(none.querySelector('span')!)).to.equal('');
    const unknown = await fixture(html`<div lang="fr"><span lang=""></span></div>`);
    expect(nearestLang(unknown.querySelector('span')!)).to.equal('');
  });
});

describe('formatLocale: amounts and dates when an element sets no locale', () => {
  it('is en-NG with no lang, the language in Nigeria without a region, the tag as is with one', async () => {
    const el = await fixture(html`<div><span id="none"></span><span id="fr" lang="fr"></span><span id="ci" lang="fr-CI"></span></div>`);
    expect(formatLocale(el.querySelector('#none')!)).to.equal('en-NG');
    expect(formatLocale(el.querySelector('#fr')!)).to.equal('fr-NG');
    expect(formatLocale(el.querySelector('#ci')!)).to.equal('fr-ci');
  });
});
