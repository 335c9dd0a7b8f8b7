import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/link-button/link-button.js';
import '../../../src/elements/provider/provider.js';
import type { MonoLinkButton } from '../../../src/elements/link-button/link-button.component.js';
import { configure } from '../../../src/core/config.js';
import { watchedCount } from '../../../src/core/i18n/lang-observer.js';
import { settle } from '../helpers.js';
import { shownText, untilShown } from './i18n-helpers.js';

const LABEL = '[part="label"]';
const label = (button: Element) => shownText(button, LABEL);

describe('<mono-link-button> speaks the language around it', () => {
  afterEach(() => {
    configure({ messages: undefined });
    document.documentElement.removeAttribute('lang');
  });

  it('is English with no lang anywhere, and with lang="en"', async () => {
    const plain = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_x"></mono-link-button>`);
    expect(label(plain)).to.equal('Link bank account');
    const english = await fixture(html`<div lang="en-NG"><mono-link-button public-key="test_pk_x"></mono-link-button></div>`);
    expect(label(english.firstElementChild!)).to.equal('Link bank account');
  });

  it('is French in its own lang, in an ancestor\'s, and across a shadow root', async () => {
    const own = await fixture<MonoLinkButton>(html`<mono-link-button lang="fr" public-key="test_pk_x"></mono-link-button>`);
    await untilShown(own, LABEL, 'Lier un compte bancaire');

    const ancestor = await fixture(html`<div lang="fr-CI"><p><mono-link-button scope="payments" public-key="test_pk_x"></mono-link-button></p></div>`);
    await untilShown(ancestor.querySelector('mono-link-button')!, LABEL, 'Payer avec Mono');

    const host = document.createElement('div');
    host.lang = 'fr';
    host.attachShadow({ mode: 'open' }).innerHTML = '<mono-link-button account-id="acc" public-key="test_pk_x"></mono-link-button>';
    await fixture(html`<div>${host}</div>`);
    await untilShown(host.shadowRoot!.querySelector('mono-link-button')!, LABEL, 'Reconnecter le compte');
  });

  it('re-renders when lang changes at runtime: on a container, on <html>, inside a shadow root', async () => {
    const container = await fixture(html`<div><mono-link-button public-key="test_pk_x"></mono-link-button></div>`);
    const button = container.querySelector('mono-link-button')!;
    container.setAttribute('lang', 'fr');
    await untilShown(button, LABEL, 'Lier un compte bancaire');
    container.removeAttribute('lang');
    await untilShown(button, LABEL, 'Link bank account');

    document.documentElement.lang = 'fr';
    await untilShown(button, LABEL, 'Lier un compte bancaire');
    document.documentElement.lang = 'en';
    await untilShown(button, LABEL, 'Link bank account');

    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<div lang="en"><mono-link-button public-key="test_pk_x"></mono-link-button></div>';
    await fixture(html`<div>${host}</div>`);
    const inner = host.shadowRoot!.querySelector('mono-link-button')!;
    expect(label(inner)).to.equal('Link bank account');
    host.shadowRoot!.querySelector('div')!.lang = 'fr';
    await untilShown(inner, LABEL, 'Lier un compte bancaire');
  });

  it('follows a move into another language\'s container', async () => {
    const page = await fixture(html`<div><div id="en"><mono-link-button public-key="test_pk_x"></mono-link-button></div><div id="fr" lang="fr"></div></div>`);
    const button = page.querySelector('mono-link-button')!;
    expect(label(button)).to.equal('Link bank account');
    page.querySelector('#fr')!.append(button);
    await untilShown(button, LABEL, 'Lier un compte bancaire');
  });

  it('takes one message from configure({ messages }), in the language it is given for', async () => {
    const page = await fixture(html`<div><mono-link-button public-key="test_pk_x"></mono-link-button><mono-link-button lang="fr" public-key="test_pk_x"></mono-link-button></div>`);
    const [english, french] = page.querySelectorAll('mono-link-button');
    configure({ messages: { en: { 'mono-link-button': { link: 'Connect your bank' } }, fr: { 'mono-link-button': { link: 'Connecter votre banque' } } } });
    await untilShown(english!, LABEL, 'Connect your bank');
    await untilShown(french!, LABEL, 'Connecter votre banque');
    // The other messages are still the built-in ones.
    french!.setAttribute('scope', 'payments');
    await untilShown(french!, LABEL, 'Payer avec Mono');
    configure({ messages: undefined });
    await untilShown(english!, LABEL, 'Link bank account');
  });

  it('takes one message from its provider, which wins over configure()', async () => {
    configure({ messages: { fr: { 'mono-link-button': { link: 'Depuis configure' } } } });
    const provider = await fixture(html`<mono-provider
      .messages=${{ fr: { 'mono-link-button': { link: 'Depuis le fournisseur' } } }}
      ><div lang="fr"><mono-link-button public-key="test_pk_x"></mono-link-button></div
    ></mono-provider>`);
    const button = provider.querySelector('mono-link-button')!;
    await untilShown(button, LABEL, 'Depuis le fournisseur');
    const outside = await fixture(html`<div lang="fr"><mono-link-button public-key="test_pk_x"></mono-link-button></div>`);
    await untilShown(outside.querySelector('mono-link-button')!, LABEL, 'Depuis configure');
  });

  it('speaks a language the package does not ship when the host gives it, English for the rest', async () => {
    configure({ messages: { yo: { 'mono-link-button': { link: 'So àkáǹtì ilé-ifowopamọ́' } } } });
    const page = await fixture(html`<div lang="yo"><mono-link-button public-key="test_pk_x"></mono-link-button><mono-link-button scope="payments" public-key="test_pk_x"></mono-link-button></div>`);
    const [link, pay] = page.querySelectorAll('mono-link-button');
    await untilShown(link!, LABEL, 'So àkáǹtì ilé-ifowopamọ́');
    expect(label(pay!)).to.equal('Pay with Mono');
  });

  it('survives a lang that names an Object property', async () => {
    const el = await fixture<MonoLinkButton>(html`<mono-link-button lang="constructor" public-key="test_pk_x"></mono-link-button>`);
    await settle(50);
    expect(label(el)).to.equal('Link bank account');
  });

  it('is accessible in French', async () => {
    const page = await fixture(html`<div lang="fr"><mono-link-button public-key="test_pk_x"></mono-link-button></div>`);
    const button = page.querySelector('mono-link-button')!;
    await untilShown(button, LABEL, 'Lier un compte bancaire');
    await expect(page).to.be.accessible();
  });
});

describe('the lang observer keeps no element it no longer needs', () => {
  it('lets go of disconnected elements, and follows them again when they come back', async () => {
    const before = watchedCount();
    const page = await fixture(html`<div>${Array.from({ length: 20 }, () => html`<mono-link-button public-key="test_pk_x"></mono-link-button>`)}</div>`);
    expect(watchedCount()).to.equal(before + 20);
    const buttons = [...page.querySelectorAll('mono-link-button')];
    for (const button of buttons) button.remove();
    expect(watchedCount()).to.equal(before);
    page.append(buttons[0]!);
    expect(watchedCount()).to.equal(before + 1);
    page.setAttribute('lang', 'fr');
    await untilShown(buttons[0]!, LABEL, 'Lier un compte bancaire');
    // The ones still out of the page were not re-rendered.
    expect(label(buttons[1]!)).to.equal('Link bank account');
  });
});
