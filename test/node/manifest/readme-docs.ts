// Reads what the README documents for each element: the `## <mono-x>`
// sections (attribute tables, event tables, "Events:", "Methods:",
// "Parts:", default slot, custom properties) and the Theming section.
export type Kind = 'attribute' | 'property' | 'method' | 'event' | 'slot' | 'part' | 'css property';

export interface Documented {
  kind: Kind;
  name: string;
}

/**
 * The elements that read account data through a fetcher (DESIGN.md); the
 * Theming section lists tokens "the data elements share" without naming them.
 */
export const DATA_ELEMENTS = ['mono-account-status', 'mono-transactions', 'mono-account-card'];
const THEMING_DATA_ELEMENTS = /^The data elements share/m;
const PACKAGE = 'mono-connect-elements';

/** `##` sections by heading, code fences removed (examples are not documentation of names). */
function sections(readme: string): Map<string, string> {
  const withoutFences = readme.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
  const result = new Map<string, string>();
  for (const part of withoutFences.split(/^## /m).slice(1)) {
    const newline = part.indexOf('\n');
    result.set(part.slice(0, newline).trim(), part.slice(newline + 1));
  }
  return result;
}

const codes = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);

/** Rows of every Markdown table in the text, as [header cells, row cells]. */
function tableRows(text: string): Array<{ header: string[]; cells: string[] }> {
  const rows: Array<{ header: string[]; cells: string[] }> = [];
  let header: string[] | undefined;
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      header = undefined;
      continue;
    }
    // Split on pipes that are not escaped (`\|` appears inside type columns).
    const cells = line.slice(1, line.endsWith('|') ? -1 : undefined).split(/(?<!\\)\|/).map((cell) => cell.trim());
    if (!header) header = cells.map((cell) => cell.toLowerCase());
    else if (!cells.every((cell) => /^:?-+:?$/.test(cell))) rows.push({ header, cells });
  }
  return rows;
}

/** The first cell of an attribute table row: "`a` / `b`", "`x` (property)", "`a`, `b` (reflected)". */
function attributeCell(cell: string): Documented[] {
  if (cell.includes(' / ')) {
    const [attributes, properties] = cell.split(' / ') as [string, string];
    return [
      ...codes(attributes).map((name) => ({ kind: 'attribute' as const, name })),
      ...codes(properties).map((name) => ({ kind: 'property' as const, name })),
    ];
  }
  const kind = /\(property\)/.test(cell) ? 'property' : 'attribute';
  return codes(cell).map((name) => ({ kind, name }));
}

/** Names listed after a label such as "Parts:" or "Methods:", up to the sentence's end. */
function listAfter(text: string, label: RegExp): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(new RegExp(`${label.source}([\\s\\S]*?)\\.(?:\\s|$)`, 'g'))) names.push(...codes(match[1]!));
  return names;
}

/** What one element's own section documents. */
function elementSection(text: string): Documented[] {
  const found: Documented[] = [];
  for (const { header, cells } of tableRows(text)) {
    if (/attribute|property/.test(header[0]!)) found.push(...attributeCell(cells[0]!));
    if (header[0] === 'event') found.push(...codes(cells[0]!).map((name) => ({ kind: 'event' as const, name })));
  }
  // Every `mono-…` code is an event (tags are written `<mono-…>`), in tables
  // or prose, except the package's own name.
  for (const name of codes(text)) {
    if (/^mono-[a-z-]+$/.test(name) && name !== PACKAGE) found.push({ kind: 'event', name });
    if (/^--mono-[a-z-]+$/.test(name)) found.push({ kind: 'css property', name });
  }
  for (const name of listAfter(text, /Methods?:/)) found.push({ kind: 'method', name: name.replace(/\(\)$/, '') });
  for (const name of listAfter(text, /Parts:/)) found.push({ kind: 'part', name });
  if (/Default slot/.test(text)) found.push({ kind: 'slot', name: '' });
  for (const name of listAfter(text, /Slots?:/)) found.push({ kind: 'slot', name });
  return found;
}

/**
 * The Theming section first themes the link button (its part and custom
 * property tables describe "the native `<button>`"), then lists the tokens
 * "the data elements share".
 */
function themingSection(text: string): Map<string, Documented[]> {
  const split = text.search(THEMING_DATA_ELEMENTS);
  if (split < 0) throw new Error('README Theming: no paragraph starting "The data elements share"; update test/node/manifest/readme-docs.ts.');
  const [button, data] = [text.slice(0, split), text.slice(split)];
  const buttonDocs: Documented[] = [];
  for (const { header, cells } of tableRows(button)) {
    if (header[0] === 'part') buttonDocs.push(...codes(cells[0]!).map((name) => ({ kind: 'part' as const, name })));
  }
  for (const name of codes(button)) if (/^--mono-[a-z-]+$/.test(name)) buttonDocs.push({ kind: 'css property', name });
  const tokens = codes(data).filter((name) => /^--mono-[a-z-]+$/.test(name));
  const result = new Map<string, Documented[]>([['mono-link-button', buttonDocs]]);
  for (const tag of DATA_ELEMENTS) result.set(tag, tokens.map((name) => ({ kind: 'css property', name })));
  return result;
}

/** Everything the README documents, by tag. */
export function readmeDocs(readme: string): Map<string, Documented[]> {
  const byTag = new Map<string, Documented[]>();
  const add = (tag: string, docs: Documented[]) => byTag.set(tag, [...(byTag.get(tag) ?? []), ...docs]);
  for (const [heading, text] of sections(readme)) {
    const tag = /^`<(mono-[a-z-]+)>`$/.exec(heading)?.[1];
    if (tag) add(tag, elementSection(text));
    if (heading === 'Theming') for (const [themed, docs] of themingSection(text)) add(themed, docs);
  }
  // One entry per kind and name.
  for (const [tag, docs] of byTag) {
    byTag.set(tag, [...new Map(docs.map((doc) => [`${doc.kind} ${doc.name}`, doc])).values()]);
  }
  return byTag;
}
