// Entry of one render shard process (see renderShards.ts): builds its share in-process.
import { formatCliError } from "../cli/formatCliError.ts";
import { buildSite, type BuildSiteOptions } from "./buildSite.ts";
import { renderShardVariable } from "./buildSettings.ts";
import { shardJobVariable } from "./renderShards.ts";

const options = JSON.parse(process.env[shardJobVariable] ?? "{}") as BuildSiteOptions;
try {
  await buildSite({ ...options, renderShards: 1 });
} catch (error) {
  // This process is part of the CLI: its failure is one line too (the stack only with --debug).
  const shard = process.env[renderShardVariable] ?? "?";
  process.stderr.write(
    formatCliError(error, {
      command: `build (render shard ${shard})`,
      debug: options.debug === true,
    }),
  );
  process.exitCode = 1;
}
