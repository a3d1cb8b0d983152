import { xmlSafeText } from "../archive/xmlSafeText.ts";

/** Longest run of non-space characters kept whole; no word in any language comes near it. */
export const LONGEST_TOKEN = 200;
/** Length of the pieces an absurdly long token is cut into (with U+200B between them). */
const TOKEN_PIECE = 100;
const ZERO_WIDTH_SPACE = "\u200B";
const longToken = new RegExp(`[^\\s\\u200B]{${LONGEST_TOKEN + 1},}`, "g");
// Never cut before these: combining marks (Arabic harakat), ZWJ, variation selectors, skin tones.
// (Intl.Segmenter would be exact but takes minutes on a 200,000-letter word.)
const joinsPrevious = /^[\p{M}\u200D\uFE00-\uFE0F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]$/u;

/**
 * Cleans decoded page text of what no reader wants and some outputs cannot carry, saying what it
 * did: characters XML 1.0 cannot carry (C0 controls but tab/LF/CR, U+FFFE/FFFF) are removed, and
 * a run of more than {@link LONGEST_TOKEN} characters without a space gets invisible break points
 * (U+200B every 100 characters) so browsers can wrap it as ordinary text.
 */
export function cleanScrapedText(text: string): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  const safe = xmlSafeText(text);
  if (safe.length !== text.length) {
    warnings.push(`${text.length - safe.length} control character(s) removed`);
  }
  let longest = 0;
  let count = 0;
  const broken = safe.replace(longToken, (token) => {
    count++;
    longest = Math.max(longest, token.length);
    return breakToken(token);
  });
  if (count > 0) {
    warnings.push(
      `${count} run(s) of more than ${LONGEST_TOKEN} characters without a space (longest ${longest}) given break points`,
    );
  }
  return { text: broken, warnings };
}

/**
 * The token in pieces of about {@link TOKEN_PIECE} UTF-16 units, cut between whole code points
 * (a lone surrogate half is invalid in XML and strict JSON) and never inside a letter with its
 * marks or an emoji sequence.
 */
function breakToken(token: string): string {
  const pieces: string[] = [];
  let piece = "";
  let previous = "";
  for (const codePoint of token) {
    const canCut = previous !== "\u200D" && !joinsPrevious.test(codePoint);
    if (canCut && piece.length + codePoint.length > TOKEN_PIECE) {
      pieces.push(piece);
      piece = "";
    }
    piece += codePoint;
    previous = codePoint;
  }
  pieces.push(piece);
  return pieces.join(ZERO_WIDTH_SPACE);
}
