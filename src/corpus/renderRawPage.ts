import iconv from "iconv-lite";

/** Everything that decides the bytes of one scraped page. */
export interface RawPage {
  /** Ticker headlines in order; an empty string is an empty slot. */
  ticker: readonly string[];
  /** Separator between headlines: four no-break spaces, or four plain spaces on some pages. */
  tickerSeparator: "nbsp" | "space";
  tickerLeadingRun: boolean;
  tickerTrailingRun: boolean;
  /** The image-report widget appears on pages with an image. */
  imageWidget: boolean;
  title: string;
  /** Author printed before `نشر في` on opinion pieces. */
  author?: string;
  newspaper: string;
  date: { day: number; month: number; year: number };
  arabicIndicDigits: boolean;
  paragraphs: readonly string[];
  bodyLayout: "lines" | "blank-separated" | "one-line";
  finalNewline: boolean;
}

/** How the page text is turned into bytes. */
export interface RawEncoding {
  charset: "utf-8" | "windows-1256" | "utf-16le";
  /** Byte order mark (always written for UTF-16). */
  bom: boolean;
  crlf: boolean;
}

export const FOOTER = "انقر هنا لقراءة الخبر من مصدره.";
export const IMAGE_WIDGET = [
  "شكرا على الإبلاغ!",
  "سيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص.",
] as const;

const ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩";

/** Writes digits as Arabic-Indic (٠–٩) when asked. */
function digits(value: number, width: number, arabicIndic: boolean): string {
  const text = String(value).padStart(width, "0");
  return arabicIndic ? text.replace(/\d/g, (d) => ARABIC_INDIC[Number(d)] as string) : text;
}

/** The attribution line, e.g. `نشر في الحياة يوم 06 - 10 - 2017`, with the author first when known. */
export function attributionLine(
  page: Pick<RawPage, "author" | "newspaper" | "date" | "arabicIndicDigits">,
): string {
  const { day, month, year } = page.date;
  const ind = page.arabicIndicDigits;
  const date = `${digits(day, 2, ind)} - ${digits(month, 2, ind)} - ${digits(year, 4, ind)}`;
  const credit = `نشر في ${page.newspaper} يوم ${date}`;
  return page.author ? `${page.author} ${credit}` : credit;
}

/** The ticker line: headlines joined by runs of four separators, as the aggregator prints it. */
export function tickerLine(
  page: Pick<RawPage, "ticker" | "tickerSeparator" | "tickerLeadingRun" | "tickerTrailingRun">,
): string {
  const run = (page.tickerSeparator === "nbsp" ? "\u00A0" : " ").repeat(4);
  const joined = page.ticker.join(run);
  return `${page.tickerLeadingRun ? run : ""}${joined}${page.tickerTrailingRun ? run : ""}`;
}

/** Renders a page to text in the aggregator's layout (LF line endings). */
export function renderRawPage(page: RawPage): string {
  const head = page.imageWidget
    ? ["", "", "", "", "", "", "", ...IMAGE_WIDGET, "", "", ""]
    : ["", "", "", "", "", "", "", "", "", ""];
  const body =
    page.bodyLayout === "one-line"
      ? [page.paragraphs.join(" ")]
      : page.bodyLayout === "blank-separated"
        ? page.paragraphs.flatMap((paragraph, i) => (i === 0 ? [paragraph] : ["", paragraph]))
        : [...page.paragraphs];
  const lines = [
    tickerLine(page),
    ...head,
    page.title,
    attributionLine(page),
    "",
    ...body,
    "",
    "",
    FOOTER,
  ];
  return lines.join("\n") + (page.finalNewline ? "\n" : "");
}

/** Encodes page text; returns undefined when the charset cannot hold every character. */
export function encodeRawPage(text: string, encoding: RawEncoding): Buffer | undefined {
  const withEndings = encoding.crlf ? text.replace(/\n/g, "\r\n") : text;
  if (encoding.charset === "utf-8") {
    const body = Buffer.from(withEndings, "utf8");
    return encoding.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  if (encoding.charset === "utf-16le") {
    return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(withEndings, "utf16le")]);
  }
  const bytes = iconv.encode(withEndings, "windows-1256");
  // iconv-lite writes "?" for characters Windows-1256 lacks (e.g. ٪ or Arabic-Indic digits).
  return iconv.decode(bytes, "windows-1256") === withEndings ? bytes : undefined;
}
