import { createRequire } from "node:module";
import path from "node:path";

/** One self-hosted font file and the @font-face rule that loads it. */
export interface FontFile {
  /** Absolute path of the woff2 file in node_modules. */
  source: string;
  /** File name under the output's `assets/fonts/`. */
  fileName: string;
  weight: number;
  subset: "arabic" | "latin";
}

/** Weights the stylesheet uses (regular and bold); only these files are shipped. */
export const fontWeights = [400, 700] as const;
const subsets = ["arabic", "latin"] as const;
const family = "Noto Naskh Arabic";

/** The Noto Naskh Arabic files to copy: the Arabic and Latin subsets of each used weight. */
export function listFontFiles(): FontFile[] {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve("@fontsource/noto-naskh-arabic/package.json"));
  return fontWeights.flatMap((weight) =>
    subsets.map((subset) => {
      const fileName = `noto-naskh-arabic-${subset}-${weight}-normal.woff2`;
      return { source: path.join(packageDir, "files", fileName), fileName, weight, subset };
    }),
  );
}

/** Reads the subsets' unicode ranges shipped by @fontsource. */
export function readUnicodeRanges(): Record<string, string> {
  const require = createRequire(import.meta.url);
  return require("@fontsource/noto-naskh-arabic/unicode.json") as Record<string, string>;
}

/** The Western digits 0–9. */
const digitRange = "U+0030-0039";

/**
 * The font's Latin digits are drawn at Latin cap height, visibly larger than the Naskh letters
 * around them («أرشيف 2017»); this scale brings them to the Arabic text's size (checked in screenshots).
 */
export const latinDigitScale = "86%";

/** Removes the digits from a unicode-range list (`U+0000-00FF` → `U+0000-002F,U+003A-00FF`). */
export function withoutDigits(range: string): string {
  return range
    .split(",")
    .flatMap((part) => {
      const [startHex, endHex = startHex] = part.trim().replace(/^U\+/i, "").split("-");
      const start = parseInt(startHex ?? "", 16);
      const end = parseInt(endHex ?? "", 16);
      if (Number.isNaN(start) || Number.isNaN(end) || end < 0x30 || start > 0x39)
        return [part.trim()];
      const hex = (n: number): string => n.toString(16).toUpperCase().padStart(4, "0");
      const span = (a: number, b: number): string =>
        a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`;
      return [
        ...(start < 0x30 ? [span(start, 0x2f)] : []),
        ...(end > 0x39 ? [span(0x3a, end)] : []),
      ];
    })
    .join(",");
}

function faceRule(file: FontFile, range: string, sizeAdjust?: string): string {
  return [
    "@font-face {",
    `  font-family: "${family}";`,
    "  font-style: normal;",
    `  font-weight: ${file.weight};`,
    "  font-display: swap;",
    `  src: url("fonts/${file.fileName}") format("woff2");`,
    `  unicode-range: ${range};`,
    ...(sizeAdjust ? [`  size-adjust: ${sizeAdjust};`] : []),
    "}",
  ].join("\n");
}

/**
 * Writes the @font-face rules for the font files, relative to a stylesheet in `assets/`. The Latin
 * subset's digits get a face of their own, same file and weight, scaled to the Naskh letters.
 */
export function fontFaceCss(
  files: readonly FontFile[],
  unicodeRanges: Readonly<Record<string, string>>,
): string {
  return files
    .flatMap((file) => {
      const range = unicodeRanges[file.subset] ?? "U+0000-10FFFF";
      if (file.subset !== "latin") return [faceRule(file, range)];
      return [faceRule(file, withoutDigits(range)), faceRule(file, digitRange, latinDigitScale)];
    })
    .join("\n");
}
