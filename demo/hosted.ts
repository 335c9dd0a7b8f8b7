// Step 1, the other way: Mono's hosted page in the whole window (mode="hosted").
// The button asks /api/mono/link/hosted, the window goes to Mono (the
// simulator's page in the sandbox) and comes back with mono_ref; the button
// finishes the link by itself and the rest of the page follows, as after the widget.
export {};

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

function log(text: string): void {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()}  ${text}`;
  $('#log').prepend(item);
}

const hosted = $('#link-hosted');
for (const type of ['mono-redirect', 'mono-linked', 'mono-error'] as const) {
  hosted.addEventListener(type, (event) => log(`hosted: ${type} ${JSON.stringify(event.detail)}`));
}
hosted.addEventListener('mono-linked', (event) => {
  const { accountId } = event.detail;
  $('#account').textContent = accountId;
  for (const id of ['#status', '#card', '#transactions', '#summary', '#statement', '#reauth']) {
    const element = $(id);
    element.setAttribute('account-id', accountId);
    element.hidden = false;
  }
});
