/** Normalises decoded page text: strips a BOM, turns CRLF and CR into LF, and applies NFC. */
export function normalizePageText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, "\n").normalize("NFC");
}
