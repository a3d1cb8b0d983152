/** A strict RFC 4180 reader for tests: quoted fields, doubled quotes, CRLF records, optional BOM. */
export function readCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  while (i < source.length) {
    if (source[i] === '"' && field === "") {
      i++;
      for (;;) {
        const quote = source.indexOf('"', i);
        if (quote === -1) throw new Error("unterminated quoted field");
        field += source.slice(i, quote);
        if (source[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      if (i < source.length && source[i] !== "," && !source.startsWith("\r\n", i))
        throw new Error(`text after a closing quote at ${i}`);
    } else if (source[i] === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (source.startsWith("\r\n", i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else {
      if (source[i] === "\n" || source[i] === "\r" || source[i] === '"')
        throw new Error(`bare ${JSON.stringify(source[i])} at ${i}`);
      field += source[i];
      i++;
    }
  }
  if (field !== "" || row.length > 0) throw new Error("last record does not end in CRLF");
  return rows;
}
