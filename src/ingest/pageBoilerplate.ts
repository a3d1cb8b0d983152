// Fixed lines of the aggregator's page template, in Arabic and in French.

/** The «read the original» footer that closes every article page, per language. */
const FOOTER_PREFIXES: ReadonlyArray<{ prefix: string; lang: "ar" | "fr" }> = [
  { prefix: "انقر هنا لقراءة الخبر من مصدره", lang: "ar" },
  { prefix: "انقر هنا لقراءة المقال من مصدره", lang: "ar" },
  { prefix: "cliquez ici pour lire l'article", lang: "fr" },
  { prefix: "cliquez ici pour lire l’article", lang: "fr" },
  { prefix: "cliquez ici pour lire la suite", lang: "fr" },
];

// Longer lines are article text even if they happen to start like the footer.
const MAX_FOOTER_LENGTH = 120;

/** The footer's language when the line is a known footer, else undefined. */
export function footerLanguage(line: string): "ar" | "fr" | undefined {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_FOOTER_LENGTH) return undefined;
  const lower = text.toLowerCase();
  return FOOTER_PREFIXES.find((f) => lower.startsWith(f.prefix))?.lang;
}

const WIDGET_LINES: readonly string[] = [
  "شكرا على الإبلاغ!",
  "سيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص.",
  "Merci pour le signalement!",
  "Merci pour le signalement !",
];

/** True for the image-report widget lines that appear above the title on pages with an image. */
export function isImageWidgetLine(line: string): boolean {
  const text = line.trim();
  return text.length < 120 && WIDGET_LINES.includes(text);
}
