// Prints, as JSON, what the built site's search page downloads: a first query cold and from the home page, then a second.
import { measureSearchDownloads } from "../src/bench/measureSearchDownloads.ts";

const [siteDir = "_site", first, second] = process.argv.slice(2);
const queries: [string, string] | undefined = first && second ? [first, second] : undefined;
process.stdout.write(
  `${JSON.stringify(await measureSearchDownloads(siteDir, queries), null, 2)}\n`,
);
