import { institutionId, SIMULATED_BANKS, type SimulatedBank } from './data.js';

/** Brand-ish colours, so the picker's demo looks like a list of banks and not a list of grey squares. */
const COLOURS: Record<string, string> = {
  gtbank: '#E24407',
  access: '#F07E1B',
  zenith: '#E30613',
  firstbank: '#003B65',
  uba: '#D42E12',
  kuda: '#40196D',
};

/** A small inline SVG: the bank's initial on its colour. Inline, so the demo needs no network. */
function icon(bank: SimulatedBank, colour: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><circle cx="20" cy="20" r="20" fill="${colour}"/>` +
    `<text x="20" y="26" font-family="sans-serif" font-size="18" font-weight="700" fill="#fff" text-anchor="middle">${bank.name[0]}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** Mono's institution list (`GET /v1/institutions`), in Mono's shape: `_id`, `auth_methods[].type`, `primaryColor`, and the login form `ui` the proxy leaves out. */
export function simulatedInstitutions(): unknown[] {
  return SIMULATED_BANKS.map((bank, index) => {
    const colour = COLOURS[bank.id] ?? '#555555';
    // Every other bank offers mobile banking too, so a picker's login-method filter has something to filter.
    const methods = index % 2 === 0 ? ['internet_banking', 'mobile_banking'] : ['internet_banking'];
    return {
      _id: institutionId(bank),
      name: bank.name,
      type: bank.type,
      bank_code: bank.bankCode,
      auth_methods: methods.map((type) => ({ type, name: type === 'internet_banking' ? 'Internet Banking' : 'Mobile Banking', ui: { title: `Log in to ${bank.name}`, form: [] } })),
      icon: icon(bank, colour),
      identifier: `mono.connections.${bank.id}`,
      primaryColor: colour,
      country: 'ng',
      ui: { title: `Log in to ${bank.name}`, form: [] },
    };
  });
}
