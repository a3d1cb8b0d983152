// Entry of one render shard process (see renderShards.ts): builds its share in-process.
import { buildSite, type BuildSiteOptions } from "./buildSite.ts";
import { shardJobVariable } from "./renderShards.ts";

const options = JSON.parse(process.env[shardJobVariable] ?? "{}") as BuildSiteOptions;
await buildSite({ ...options, renderShards: 1 });
