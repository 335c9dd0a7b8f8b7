// The phone bench's baseline: what a page would hand-write instead of
// <mono-transactions> — one fetch of the proxy's first page, one <li> a row.
// No states, filters, paging or error handling: the floor, not a rival.
interface Row { id: string; narration: string; amount: number; type: string; date: string; category?: string }

const accountId = new URLSearchParams(location.search).get('account')!;
const money = new Intl.NumberFormat('en-NG', { style: 'currency', currency: 'NGN' });
const day = new Intl.DateTimeFormat('en-NG', { dateStyle: 'medium' });

const response = await fetch(`/api/mono/accounts/${encodeURIComponent(accountId)}/transactions`);
const { data } = (await response.json()) as { data: Row[] };
const list = document.getElementById('list')!;
for (const row of data) {
  const item = document.createElement('li');
  item.setAttribute('part', `row ${row.type}`);
  const left = document.createElement('span');
  left.textContent = row.narration;
  const meta = document.createElement('small');
  meta.textContent = `${day.format(new Date(row.date))} · ${row.category ?? ''}`;
  left.append(meta);
  const amount = document.createElement('span');
  amount.className = row.type;
  // Mono's amounts are in kobo.
  amount.textContent = `${row.type === 'debit' ? '−' : '+'}${money.format(row.amount / 100)}`;
  item.append(left, amount);
  list.append(item);
}

export {};
