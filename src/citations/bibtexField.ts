// Characters that TeX or BibTeX read as markup. Braces are replaced by commands, not escaped with a
// backslash: BibTeX balances braces even after `\`, so a lone `\{` would still end the field early.
const TEX_SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\textbraceleft{}",
  "}": "\\textbraceright{}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "^": "\\textasciicircum{}",
  "~": "\\textasciitilde{}",
};

/** A text as the value of a braced BibTeX field: TeX specials escaped, whitespace on one line. */
export function bibtexText(text: string): string {
  return text
    .replace(/[\\{}&%$#_^~]/g, (char) => TEX_SPECIALS[char] ?? char)
    .replace(/\s+/g, " ")
    .trim();
}

/** A URL as the value of a `url` field (read verbatim by the url package): only braces, backslashes and spaces are encoded. */
export function bibtexUrl(url: string): string {
  return url.replace(
    /[{}\\\s]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

/** One BibTeX entry; fields with an undefined value are left out, the rest written in the given order. */
export function bibtexEntry(
  type: string,
  key: string,
  fields: readonly (readonly [string, string | undefined])[],
): string {
  const lines = fields
    .filter((field): field is readonly [string, string] => field[1] !== undefined)
    .map(([name, value]) => `  ${name} = {${value}}`);
  return `@${type}{${key},\n${lines.join(",\n")}\n}`;
}
