// The rows a test checks the demo's figures against, read the way any
// backend client would: page by page through the demo's own proxy routes,
// with none of the elements' code (so a summing or paging bug in the
// elements cannot hide behind the same bug here).

export interface ApiRow {
  id: string;
  type: 'debit' | 'credit';
  amount: number;
  date: string;
  narration: string;
  currency?: string;
}

/** Every transaction of an account through `GET /api/mono/accounts/:id/transactions`, with the given filter. */
export async function readAllRows(demoUrl: string, accountId: string, filter: Record<string, string> = {}): Promise<ApiRow[]> {
  const rows: ApiRow[] = [];
  for (let page = 1; page < 100; page++) {
    const query = new URLSearchParams({ ...filter, limit: '100', page: String(page) });
    const response = await fetch(new URL(`/api/mono/accounts/${accountId}/transactions?${query}`, demoUrl));
    if (!response.ok) throw new Error(`transactions page ${page}: HTTP ${response.status}`);
    const body = (await response.json()) as { data: ApiRow[]; meta: { total: number; next: string | null } };
    rows.push(...body.data);
    if (!body.meta.next) {
      if (rows.length !== body.meta.total) throw new Error(`read ${rows.length} rows, the API says ${body.meta.total}`);
      return rows;
    }
  }
  throw new Error('more than 100 pages');
}

/** An amount as the page shows it (`₦1,470.85`, `1 470,85 NGN`) in minor units: its digits. */
export const shownMinor = (text: string | null): number => Number((text ?? '').replace(/\D/g, ''));

/** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') record.push(field), (field = '');
    else if (char === '\r' && body[i + 1] === '\n') continue;
    else if (char === '\n') record.push(field), records.push(record), (record = []), (field = '');
    else field += char;
  }
  if (field || record.length) record.push(field), records.push(record);
  return records;
}
