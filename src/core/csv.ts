/**
 * RFC 4180 CSV: fields separated by commas, optionally in double quotes; a quoted field may hold commas,
 * line breaks and doubled quotes (`""`). Accepts LF or CRLF and a leading byte-order mark. Never throws:
 * an unterminated quote takes the rest of the text as its field.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') endRow();
    else if (ch === '\r') {
      if (text[i + 1] !== '\n') endRow();
    } else field += ch;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/**
 * Rows as records keyed by the header row. The R-style missing value `NA` (unquoted or quoted) and
 * empty fields become undefined.
 */
export function csvRecords(text: string): Record<string, string | undefined>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows
    .filter((r) => !(r.length === 1 && r[0] === ''))
    .map((r) => {
      const record: Record<string, string | undefined> = {};
      header.forEach((name, i) => {
        const value = r[i];
        record[name] = value === undefined || value === '' || value === 'NA' ? undefined : value;
      });
      return record;
    });
}
