// Eleventy 3 and its RSS plugin ship JavaScript without declarations: these cover the part the site uses.
declare module "@11ty/eleventy" {
  import type { EleventyConfig } from "../eleventyConfig.ts";

  export interface EleventyOptions {
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    runMode?: "build" | "watch" | "serve";
    config?: (eleventyConfig: EleventyConfig) => void | Promise<void>;
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<unknown>;
    serve(port?: number): Promise<unknown>;
    stopWatch(): Promise<void>;
    /** Prints Eleventy's error report (message chain and original stack) before write() rejects. */
    readonly errorHandler: { logger: { message(...args: unknown[]): void; isVerbose: boolean } };
  }

  export const HtmlBasePlugin: (
    eleventyConfig: EleventyConfig,
    options?: Record<string, unknown>,
  ) => void;
}

declare module "@11ty/eleventy-plugin-rss" {
  export function dateToRfc3339(date: Date): string;
  export function dateToRfc822(date: Date): string;
}

declare module "rtlcss" {
  const rtlcss: { process(css: string, options?: Record<string, unknown>): string };
  export default rtlcss;
}

// Nunjucks (Eleventy's engine) ships no declarations either: tests compare the TypeScript views'
// escaping with a real Nunjucks environment.
declare module "nunjucks" {
  export class Environment {
    constructor(loader: null, options: { autoescape: boolean });
    renderString(template: string, context: Record<string, unknown>): string;
  }
  const nunjucks: { Environment: typeof Environment };
  export default nunjucks;
}
