import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/account-card/account-card.js';
import '../../../src/elements/account-status/account-status.js';
import '../../../src/elements/reauth-prompt/reauth-prompt.js';
import '../../../src/elements/institution-picker/institution-picker.js';
import '../../../src/elements/provider/provider.js';
import type { MonoAccountCard } from '../../../src/elements/account-card/account-card.component.js';
import type { MonoReauthPrompt } from '../../../src/elements/reauth-prompt/reauth-prompt.component.js';
import { createMemoryFetcher, SIMULATED_ACCOUNTS } from '../../../src/testing/index.js';
import { untilShown } from './i18n-helpers.js';

const text = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('existing elements in French', () => {
  it('<mono-account-status>: the status in French, and back in English when lang goes', async () => {
    const page = await fixture(html`<div lang="fr"><mono-account-status account-id=${SIMULATED_ACCOUNTS.failed} .fetcher=${createMemoryFetcher()}></mono-account-status></div>`);
    const el = page.querySelector('mono-account-status')!;
    await untilShown(el, '[part="label"]', 'Les données de la banque n’ont pas pu être récupérées');
    await expect(page).to.be.accessible();
    page.removeAttribute('lang');
    await untilShown(el, '[part="label"]', 'The bank’s data could not be fetched');
  });

  it('<mono-account-card>: French words, and the balance in fr-NG (NGN kept) unless locale is set', async () => {
    const fetcher = createMemoryFetcher();
    const account = fetcher.simulator.account(SIMULATED_ACCOUNTS.partial)!;
    const page = await fixture(html`<div lang="fr">
      <mono-account-card account-id=${SIMULATED_ACCOUNTS.partial} .fetcher=${fetcher}></mono-account-card>
      <mono-account-card locale="en-NG" account-id=${SIMULATED_ACCOUNTS.partial} .fetcher=${fetcher}></mono-account-card>
    </div>`);
    const [card, english] = page.querySelectorAll<MonoAccountCard>('mono-account-card');
    await waitUntil(() => text(card!, '[part="status"]').startsWith('Données partielles'), 'French status note');
    const frNG = new Intl.NumberFormat('fr-NG', { style: 'currency', currency: 'NGN' }).format(account.balance / 100);
    expect(text(card!, '[part="balance"]')).to.equal(`Solde : ${frNG}`.replace(/\s+/g, ' '));
    expect(card!.shadowRoot!.querySelector('article')!.getAttribute('aria-label')).to.equal(`Compte ${account.bank.name}`);
    const enNG = new Intl.NumberFormat('en-NG', { style: 'currency', currency: 'NGN' }).format(account.balance / 100);
    await waitUntil(() => text(english!, '[part="balance"]') === `Solde : ${enNG}`.replace(/\s+/g, ' '), 'locale wins for the amount, lang for the words');
    await expect(page).to.be.accessible();
  });

  it('<mono-account-card>: in French, an error shows its French words, not the backend\'s English', async () => {
    const fetcher = createMemoryFetcher({ retry: { retries: 0 } });
    fetcher.simulator.faults.serverErrors = 1;
    const page = await fixture(html`<div lang="fr"><mono-account-card account-id=${SIMULATED_ACCOUNTS.available} .fetcher=${fetcher}></mono-account-card></div>`);
    const card = page.querySelector('mono-account-card')!;
    await waitUntil(() => text(card, '.error p') === 'Ce compte n’a pas pu être chargé.', 'French error');
    expect(text(card, '[part="retry"]')).to.equal('Réessayer');
  });

  it('<mono-reauth-prompt>: asks in French, and its link button is French too', async () => {
    const page = await fixture(html`<div lang="fr"><mono-reauth-prompt account-id="acc" .fetcher=${createMemoryFetcher()}></mono-reauth-prompt></div>`);
    const prompt = page.querySelector<MonoReauthPrompt>('mono-reauth-prompt')!;
    prompt.require();
    await untilShown(prompt, '[part="message"]', 'Votre banque vous demande de vous reconnecter avant que ce compte puisse être mis à jour.');
    const button = prompt.shadowRoot!.querySelector('mono-link-button')!;
    expect(button.textContent!.trim()).to.equal('Reconnecter le compte');
    await expect(page).to.be.accessible();
  });

  it('<mono-institution-picker>: French label and counts (0 and 1 singular, 2 plural)', async () => {
    const banks = (names: string[]) => createMemoryFetcher({ institutions: { institutions: names.map((name, i) => ({ id: `b${i}`, name, authMethods: ['internet_banking'] })) } });
    const page = await fixture(html`<div lang="fr">
      <mono-institution-picker id="one" .fetcher=${banks(['GTBank'])}></mono-institution-picker>
      <mono-institution-picker id="two" .fetcher=${banks(['GTBank', 'Kuda'])}></mono-institution-picker>
    </div>`);
    const one = page.querySelector('#one')!;
    const two = page.querySelector('#two')!;
    await untilShown(one, '[part="status"]', '1 banque');
    await untilShown(two, '[part="status"]', '2 banques');
    expect(text(one, '[part="label"]')).to.equal('Trouvez votre banque');
    await expect(page).to.be.accessible();
  });

  it('a provider overrides one message of a data element', async () => {
    const provider = await fixture(html`<mono-provider
      .fetcher=${createMemoryFetcher()}
      .messages=${{ fr: { 'mono-account-status': { FAILED: 'Échec chez la banque' } } }}
      ><div lang="fr"><mono-account-status account-id=${SIMULATED_ACCOUNTS.failed}></mono-account-status></div
    ></mono-provider>`);
    await untilShown(provider.querySelector('mono-account-status')!, '[part="label"]', 'Échec chez la banque');
  });
});
