// Prints, as JSON, the search page's wasm memory, JS heap and Pagefind indexes decoded after
// 1, 10, 30 and 60 searches of 30 rare words (twice) on one page of a built site.
// Usage: npx tsx scripts/measure-search-memory.ts <site> [other-search-page.js to compare]
import { measureSearchMemory } from "../src/bench/measureSearchMemory.ts";

const [siteDir = "_site", client] = process.argv.slice(2);
const checkpoints = await measureSearchMemory(siteDir, {
  rounds: 2,
  checkpoints: [1, 10, 30, 60],
  ...(client ? { client } : {}),
});
process.stdout.write(`${JSON.stringify(checkpoints, null, 2)}\n`);
