import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readRenderJob, type RenderJob } from "../../src/build/renderJob.ts";
import { resolveSiteConfig } from "../../src/site/siteConfig.ts";
import { parseSiteOverrides } from "../../src/site/siteConfigSchema.ts";

const job: RenderJob = {
  contentDir: "/content",
  outDir: "/out",
  config: resolveSiteConfig({ itemsPerPage: 2 }),
  shard: { index: 1, count: 3 },
  scope: { kind: "part", number: 2, count: 3 },
  modelFile: "/tmp/news-archive-render-x/model.v8",
  render: ["/articles/2019/10/4d5e6f708192/"],
  quiet: true,
};

async function jobFile(value: unknown): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "render-job-")), "job.json");
  await writeFile(file, JSON.stringify(value));
  return file;
}

describe("a render process's job", () => {
  it("reads back the job its parent wrote", async () => {
    expect(await readRenderJob(await jobFile(job))).toEqual(job);
  });

  it("refuses a job with a field it does not know, naming the field", async () => {
    await expect(readRenderJob(await jobFile({ ...job, env: { A: "1" } }))).rejects.toThrow(/env/);
  });

  it("refuses a shard index past the shard count", async () => {
    const file = await jobFile({ ...job, shard: { index: 3, count: 3 } });
    await expect(readRenderJob(file)).rejects.toThrow(/shard index must be below the count/);
  });

  it("refuses a part past the part count", async () => {
    const file = await jobFile({ ...job, scope: { kind: "part", number: 4, count: 3 } });
    await expect(readRenderJob(file)).rejects.toThrow(/part number must not exceed the count/);
  });

  it("refuses a site config with a value of the wrong type, naming the setting", async () => {
    const file = await jobFile({ ...job, config: { ...job.config, itemsPerPage: "20" } });
    await expect(readRenderJob(file)).rejects.toThrow(/itemsPerPage/);
  });
});

describe("--site-config", () => {
  it("accepts a JSON object of known settings", () => {
    expect(parseSiteOverrides('{"itemsPerPage":50,"digits":"arab"}')).toEqual({
      itemsPerPage: 50,
      digits: "arab",
    });
  });

  it("refuses an unknown setting or text that is not JSON in one line", () => {
    expect(() => parseSiteOverrides('{"itemsPerPag":50}')).toThrow(/itemsPerPag/);
    expect(() => parseSiteOverrides("{itemsPerPage:50}")).toThrow(/--site-config is not JSON/);
    expect(() => parseSiteOverrides('{"itemsPerPage":0}')).toThrow(
      /^--site-config: [^\n]*itemsPerPage[^\n]*$/,
    );
  });
});
