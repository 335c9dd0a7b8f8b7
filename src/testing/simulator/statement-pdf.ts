/*
 * A small, real PDF (1.4): Courier text lines on A4 pages, with a correct
 * cross-reference table, so any viewer opens it and tests can parse it. A
 * library (pdf-lib, jsPDF: 100+ KB) would buy fonts and drawing the simulator
 * does not need; a statement is lines of text in a fixed-width font.
 */

import type { SimulatedAccount, SimulatedTransaction } from './data.js';

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const MARGIN = 40;
const FONT_SIZE = 8;
const LEADING = 11;
const LINES_PER_PAGE = Math.floor((PAGE_HEIGHT - 2 * MARGIN) / LEADING);
/** Courier is 0.6 em wide: this many characters fit between the margins. */
export const PDF_LINE_WIDTH = Math.floor((PAGE_WIDTH - 2 * MARGIN) / (FONT_SIZE * 0.6));

/** Printable ASCII only, so string length is byte length and the standard font can draw every character. */
const ascii = (text: string): string => text.normalize('NFKD').replace(/[^\x20-\x7e]/g, '?');
/** A PDF literal string: backslash, parentheses escaped. */
const literal = (text: string): string => `(${ascii(text).replace(/[\\()]/g, (c) => `\\${c}`)})`;

/** The bytes of a PDF showing `lines`, as many A4 pages as they need. */
export function buildPdf(lines: readonly string[], title: string): Uint8Array<ArrayBuffer> {
  const pages: string[][] = [];
  for (let i = 0; i < Math.max(lines.length, 1); i += LINES_PER_PAGE) pages.push(lines.slice(i, i + LINES_PER_PAGE).map((line) => line.slice(0, PDF_LINE_WIDTH)));

  // Objects: 1 catalog, 2 page tree, 3 font, 4 info, then a page and its content per page.
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 5 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>';
  objects[4] = `<< /Title ${literal(title)} /Producer (mono-connect-elements simulator) >>`;
  pages.forEach((pageLines, i) => {
    const [first = '', ...rest] = pageLines;
    const text = [`BT /F1 ${FONT_SIZE} Tf ${LEADING} TL ${MARGIN} ${PAGE_HEIGHT - MARGIN} Td ${literal(first)} Tj`, ...rest.map((line) => `${literal(line)} '`), 'ET'].join('\n');
    objects[pageIds[i]!] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`;
    objects[pageIds[i]! + 1] = `<< /Length ${text.length} >>\nstream\n${text}\nendstream`;
  });

  // A binary comment line after the header tells transfer tools the file is binary (PDF spec 7.5.2).
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character is below 256 (the header's four are the only ones above 127): one byte each.
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

/** 147085 → `1,470.85`: fixed, so the file is the same on every machine. */
export function formatKobo(kobo: number): string {
  const sign = kobo < 0 ? '-' : '';
  const abs = Math.abs(Math.round(kobo));
  const naira = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${naira}.${String(abs % 100).padStart(2, '0')}`;
}

const column = (text: string, width: number, right = false) => {
  const cut = text.length > width ? `${text.slice(0, width - 1)}~` : text;
  return right ? cut.padStart(width) : cut.padEnd(width);
};

/** The lines of a statement: header, then one line per transaction (newest first), then totals. */
export function statementLines(account: SimulatedAccount, rows: readonly SimulatedTransaction[], from: Date, to: Date, period: string): string[] {
  const day = (date: Date | string) => new Date(date).toISOString().slice(0, 10);
  const money = (kobo: number) => `${account.currency} ${formatKobo(kobo)}`;
  const debits = rows.filter((row) => row.type === 'debit').reduce((sum, row) => sum + row.amount, 0);
  const credits = rows.filter((row) => row.type === 'credit').reduce((sum, row) => sum + row.amount, 0);
  const narrationWidth = PDF_LINE_WIDTH - 10 - 2 - 3 * (17 + 1);
  const header = `${column('Date', 10)}  ${column('Narration', narrationWidth)} ${column('Debit', 17, true)} ${column('Credit', 17, true)} ${column('Balance', 17, true)}`;
  return [
    'BANK STATEMENT (simulated by the Mono API simulator, not a real bank document)',
    '',
    `Account:  ${account.name}`,
    `Bank:     ${account.bank.name}, account ending ${account.accountNumber.slice(-4)} (${account.type})`,
    `Period:   ${day(from)} to ${day(to)} (${period})`,
    `Money in: ${money(credits)}    Money out: ${money(debits)}    Transactions: ${rows.length}`,
    '',
    header,
    '-'.repeat(header.length),
    ...rows.map(
      (row) =>
        `${column(day(row.date), 10)}  ${column(row.narration, narrationWidth)} ${column(row.type === 'debit' ? money(row.amount) : '', 17, true)} ${column(
          row.type === 'credit' ? money(row.amount) : '',
          17,
          true,
        )} ${column(money(row.balance), 17, true)}`,
    ),
    ...(rows.length ? [] : ['No transactions in this period.']),
  ];
}
