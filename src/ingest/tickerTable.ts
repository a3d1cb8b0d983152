import { headlineKey } from "./headlineKey.ts";

/**
 * The distinct tickers seen, each as its list of headline keys, plus each headline's text.
 * Thousands of pages share a ticker and tickers share most headlines, so this keeps the state
 * file small and hashes every headline text once per run.
 */
export class TickerTable {
  private readonly tickers = new Map<string, readonly string[]>();
  private readonly texts = new Map<string, string>();
  private readonly keyOfText = new Map<string, string>();

  /** A table holding what the previous run stored (see `toState`). */
  static fromState(
    tickers: Readonly<Record<string, string>>,
    headlines: Readonly<Record<string, string>>,
  ): TickerTable {
    const table = new TickerTable();
    for (const [id, keys] of Object.entries(tickers))
      table.tickers.set(id, keys === "" ? [] : keys.split(" "));
    for (const [key, text] of Object.entries(headlines)) table.texts.set(key, text);
    return table;
  }

  has(tickerId: string): boolean {
    return this.tickers.has(tickerId);
  }

  /** Records a freshly parsed ticker; the first spelling of each headline seen is kept. */
  add(tickerId: string, headlines: readonly string[]): void {
    if (this.tickers.has(tickerId)) return;
    this.tickers.set(
      tickerId,
      headlines.map((text) => {
        let key = this.keyOfText.get(text);
        if (key === undefined) {
          key = headlineKey(text);
          this.keyOfText.set(text, key);
        }
        if (!this.texts.has(key)) this.texts.set(key, text);
        return key;
      }),
    );
  }

  /** Headline keys of a ticker (empty when unknown). */
  keys(tickerId: string): readonly string[] {
    return this.tickers.get(tickerId) ?? [];
  }

  /** The text of a headline key. */
  text(key: string): string {
    return this.texts.get(key) ?? "";
  }

  /** The state's `tickers` and `headlines` tables, restricted to the given ticker ids. */
  toState(tickerIds: Iterable<string>): {
    tickers: Record<string, string>;
    headlines: Record<string, string>;
  } {
    const tickers: Record<string, string> = {};
    const headlines: Record<string, string> = {};
    for (const id of tickerIds) {
      const keys = this.keys(id);
      tickers[id] = keys.join(" ");
      for (const key of keys) headlines[key] = this.text(key);
    }
    return { tickers, headlines };
  }
}
