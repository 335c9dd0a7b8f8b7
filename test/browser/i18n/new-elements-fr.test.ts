import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/statement-download/statement-download.js';
import '../../../src/elements/spending-summary/spending-summary.js';
import '../../../src/elements/accounts/accounts.js';
import type { MonoSpendingSummary } from '../../../src/elements/spending-summary/spending-summary.component.js';
import { createMemoryFetcher, SIMULATED_ACCOUNTS } from '../../../src/testing/index.js';

const text = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('the newer elements in French', () => {
  it('<mono-statement-download>: picker and button in French (1 month singular), axe clean', async () => {
    const page = await fixture(html`<div lang="fr"><mono-statement-download account-id=${SIMULATED_ACCOUNTS.available} manual .fetcher=${createMemoryFetcher()}></mono-statement-download></div>`);
    const el = page.querySelector('mono-statement-download')!;
    await waitUntil(() => text(el, '[part~="button"]') === 'Obtenir le relevé PDF', 'French button', { timeout: 5000 });
    const options = [...el.shadowRoot!.querySelectorAll('option')].map((option) => option.textContent!.trim());
    expect(options).to.deep.equal(['Le mois dernier', 'Les 3 derniers mois', 'Les 6 derniers mois', 'Les 12 derniers mois']);
    expect(text(el, '[part~="label"]')).to.equal('Période du relevé');
    await expect(page).to.be.accessible();
  });

  it('<mono-spending-summary>: French words and month names (fr-NG), axe clean', async () => {
    const page = await fixture(html`<div lang="fr"><mono-spending-summary account-id=${SIMULATED_ACCOUNTS.available} end="2026-10-31" months="3" .fetcher=${createMemoryFetcher()}></mono-spending-summary></div>`);
    const el = page.querySelector<MonoSpendingSummary>('mono-spending-summary')!;
    await waitUntil(() => el.state === 'ready', 'ready', { timeout: 8000 });
    await waitUntil(() => text(el, '#title') === 'Résumé des dépenses', 'French title');
    expect(text(el, '[part="toggle"]')).to.equal('Afficher en tableau');
    expect(text(el, '[part="period"]')).to.match(/août|sept\.|oct\./);
    expect(el.shadowRoot!.querySelector('[part="bar-chart"]')!.getAttribute('aria-label')).to.match(/^Entrées et sorties d’argent sur les 3 derniers mois/);
    await expect(page).to.be.accessible();
  });

  it('<mono-accounts>: French list label and empty state, axe clean', async () => {
    const page = await fixture(html`<div lang="fr"><mono-accounts .fetcher=${createMemoryFetcher({ accounts: [] })}></mono-accounts></div>`);
    const el = page.querySelector('mono-accounts')!;
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Aucun compte bancaire lié pour l’instant'), 'French empty state', { timeout: 5000 });
    await expect(page).to.be.accessible();
  });
});
