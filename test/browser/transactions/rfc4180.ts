/**
 * A strict RFC 4180 reader, for tests only: records end in CRLF (the last
 * one too, as our writer does), a field is either plain (no `"`, CR or LF)
 * or quoted with `""` for a quote. Anything else throws, so a writer that
 * bends the rules fails the test instead of being read leniently.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new SyntaxError(`${why} at ${i}: ${JSON.stringify(text.slice(Math.max(0, i - 10), i + 10))}`);
  };
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') fail('quote or LF in a plain field');
        field += text[i++];
      }
    }
    fields.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      i += 2;
      records.push(fields);
      fields = [];
    } else fail('expected a comma or CRLF');
  }
  if (fields.length) fail('last record without CRLF');
  return records;
}
