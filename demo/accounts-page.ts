// Step 8 of the demo: the user's accounts after the link (DESIGN.md "After
// the link"). The elements do the work; this file only reports what they say.
import { $, log } from './page.js';

const accounts = $('#accounts');
for (const type of ['mono-account-select', 'mono-refreshed', 'mono-unlinked', 'mono-error'] as const) {
  accounts.addEventListener(type, (event) => log(`accounts: ${type} ${JSON.stringify((event as CustomEvent).detail)}`));
}
$('#picker').addEventListener('mono-institution-select', (event) => log(`picker: mono-institution-select ${event.detail.institution.name}`));

const add = $('#add-account');
add.addEventListener('mono-linked', (event) => {
  const { accountId, duplicateOf } = event.detail;
  log(`add account: mono-linked ${JSON.stringify(event.detail)}`);
  // The backend's onLinked already put the new id in the old one's place; the list reloads by itself.
  const relinked = $('#relinked');
  relinked.hidden = !duplicateOf;
  relinked.textContent = duplicateOf ? `Re-linked: ${accountId} replaces ${duplicateOf}` : '';
});
