/** The part of Eleventy's configuration API the site's plugins use (Eleventy ships no types). */
export interface EleventyConfig {
  addPlugin<O>(
    plugin: (config: EleventyConfig, options: O) => void | Promise<void>,
    options?: O,
  ): void;
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  /** A Nunjucks tag whose return value is inserted unescaped. */
  addShortcode(name: string, shortcode: (...args: never[]) => string): void;
  /** Handles templates ending in `extension` like an existing engine (`key`). */
  addExtension(extension: string, options: { key: string }): void;
  addWatchTarget(target: string): void;
  setLibrary(extension: string, library: unknown): void;
  on(
    event: "eleventy.before" | "eleventy.after",
    listener: (event: {
      directories: { input: string; output: string };
      runMode: string;
    }) => void | Promise<void>,
  ): void;
  /** Rewrites each rendered output; `this.page.outputPath` names the file (false when not written). */
  addTransform(
    name: string,
    transform: (this: { page: { outputPath: string | false } }, content: string) => string,
  ): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  /** Options of Eleventy's dev server (`--serve`): middleware run before it serves a file, port. */
  setServerOptions(options: {
    middleware?: ((...args: never[]) => unknown)[];
    port?: number;
  }): void;
  /** Runs before a template is read; returning `false` leaves the template out of the build (Eleventy 3). */
  addPreprocessor(
    name: string,
    extensions: string,
    callback: (data: { page: { inputPath: string } }, content: string) => unknown,
  ): void;
}
