// What every demo script shares: finding an element, the page's event log,
// and what the page shows once an account is linked (by the widget or by
// Mono's hosted page).

export const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

/** Adds a line to the page's Events log, newest first. */
export function log(text: string): void {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()}  ${text}`;
  $('#log').prepend(item);
}

/** Steps 3 to 8: the account id, then the data elements take it; they wait for the data themselves. */
export function showAccount(accountId: string): void {
  $('#account').textContent = accountId;
  for (const id of ['#status', '#card', '#transactions', '#summary', '#statement', '#reauth']) {
    const element = $(id);
    element.setAttribute('account-id', accountId);
    element.hidden = false;
  }
}
