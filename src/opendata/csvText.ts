/**
 * CSV as RFC 4180 writes it (CRLF line ends, a field quoted when it holds `"`, `,`, CR or LF, quotes
 * doubled), UTF-8 with a byte-order mark so that spreadsheet programs read Arabic as UTF-8.
 */
export const CSV_BOM = "\uFEFF";

// A cell starting with one of these is run as a formula by spreadsheet programs (OWASP «CSV
// injection»); a leading apostrophe makes it text. The JSON Lines files keep the exact text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: neutralised if it would start a formula, quoted if it must be. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: BOM, header row, then the rows, each line ending in CRLF. */
export function csvDocument(
  header: readonly string[],
  rows: Iterable<readonly (string | number | undefined)[]>,
): string {
  const lines = [header.map(csvField).join(",")];
  for (const row of rows) lines.push(row.map(csvField).join(","));
  return `${CSV_BOM}${lines.join("\r\n")}\r\n`;
}
