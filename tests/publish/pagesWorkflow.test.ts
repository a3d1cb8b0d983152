// The GitHub Pages workflow builds the archive as parts on a matrix, merges them and deploys:
// this reads the workflow as YAML and checks its wiring and every news-archive command in it.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { createProgram } from "../../src/cli/runCli.ts";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  outputs?: Record<string, string>;
  strategy?: { matrix: Record<string, unknown[]> };
  steps: Step[];
}
interface Workflow {
  permissions: Record<string, string>;
  env: Record<string, string | number>;
  jobs: Record<string, Job>;
}

const workflow = parseYaml(
  await readFile(join(repoRoot, ".github/workflows/pages.yml"), "utf8"),
) as Workflow;
const jobs = workflow.jobs;
const needsOf = (job: Job | undefined) => [job?.needs ?? []].flat();
const usesOf = (job: Job | undefined) =>
  (job?.steps ?? []).flatMap((step) => (step.uses ? [step.uses.replace(/@.*/, "")] : []));
const stepUsing = (job: Job | undefined, action: string) =>
  job?.steps.filter((step) => step.uses?.startsWith(`${action}@`)) ?? [];
const newsArchiveRun = (job: Job | undefined, command: string) =>
  job?.steps.find((step) => step.run?.includes(`news-archive.js ${command}`));

/**
 * The options of one `node scripts/news-archive.js <command> …` line as the CLI parses them,
 * with `vars` substituted; fails the test on an option the command does not have.
 */
function parseCommandLine(line: string, vars: Record<string, string>) {
  let text = line.trim();
  for (const [name, value] of Object.entries(vars)) text = text.split(name).join(value);
  const words = text.replace(/"/g, "").split(/\s+/);
  expect(words.slice(0, 2)).toEqual(["node", "scripts/news-archive.js"]);
  const program = createProgram(() => {});
  const command = program.commands.find((c) => c.name() === words[2]);
  expect(command, `no news-archive ${words[2]}`).toBeDefined();
  const { operands, unknown } = command!.parseOptions(words.slice(3));
  expect(unknown, `unknown options in: ${line}`).toEqual([]);
  return { options: command!.opts() as Record<string, unknown>, operands };
}

describe("the GitHub Pages workflow", () => {
  it("runs ingest, then the parts as a matrix, then the merge, then the deployment", () => {
    expect(Object.keys(jobs)).toEqual(["ingest", "part", "merge", "deploy"]);
    expect(needsOf(jobs.part)).toEqual(["ingest"]);
    expect(needsOf(jobs.merge).sort()).toEqual(["ingest", "part"]);
    expect(needsOf(jobs.deploy)).toEqual(["merge"]);
    expect(workflow.permissions).toMatchObject({ pages: "write", "id-token": "write" });
    expect(usesOf(jobs.deploy)).toEqual(["actions/deploy-pages"]);
  });

  it("installs Node 20 with npm ci in every job that runs news-archive", () => {
    for (const name of ["ingest", "part", "merge"]) {
      const job = jobs[name];
      expect(stepUsing(job, "actions/setup-node")[0]?.with?.["node-version"], name).toBe(20);
      expect(
        job?.steps.some((step) => step.run?.trim() === "npm ci"),
        name,
      ).toBe(true);
    }
  });

  it("chooses the repository name as path prefix once and builds every part and the merge with it", () => {
    const prefixStep = jobs.ingest?.steps.find((step) => step.id === "prefix");
    expect(prefixStep?.env?.REPOSITORY).toBe("${{ github.event.repository.name }}");
    expect(prefixStep?.run).toContain('prefix="/$REPOSITORY/"');
    expect(jobs.ingest?.outputs?.path_prefix).toBe("${{ steps.prefix.outputs.path_prefix }}");
    for (const [name, command] of [
      ["part", "build"],
      ["merge", "merge"],
    ] as const) {
      const step = newsArchiveRun(jobs[name], command);
      expect(step?.env?.PATH_PREFIX).toBe("${{ needs.ingest.outputs.path_prefix }}");
      expect(
        parseCommandLine(step!.run!, {
          $PATH_PREFIX: "/repo/",
          $PARTS: "3",
          "${{ matrix.part }}": "1",
        }).options.pathPrefix,
      ).toBe("/repo/");
    }
  });

  it("hands the ingested content to every part and to the merge", () => {
    const ingest = parseCommandLine(newsArchiveRun(jobs.ingest, "ingest")!.run!, {});
    expect(ingest.options.content).toBe("content");
    const upload = stepUsing(jobs.ingest, "actions/upload-artifact")[0];
    expect(upload?.with?.name).toBe("content");
    expect(String(upload?.with?.path).trim().split("\n")).toEqual([
      "content/articles",
      "content/headlines",
    ]);
    for (const name of ["part", "merge"]) {
      const download = stepUsing(jobs[name], "actions/download-artifact")[0];
      expect(download?.with, name).toEqual({ name: "content", path: "content" });
    }
  });

  it("builds part i of n in matrix job i, where n is the matrix's size, and uploads each folder", () => {
    const numbers = jobs.part?.strategy?.matrix.part ?? [];
    expect(numbers.length).toBeGreaterThan(1);
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    expect(Number(workflow.env.PARTS)).toBe(numbers.length);
    const run = newsArchiveRun(jobs.part, "build")!.run!;
    for (const number of numbers) {
      const { options } = parseCommandLine(run, {
        "${{ matrix.part }}": String(number),
        $PARTS: String(workflow.env.PARTS),
        $PATH_PREFIX: "/",
      });
      expect(options.part).toEqual({ number, count: numbers.length });
      expect(options.content).toBe("content");
      expect(options.out).toBe(`part-${number}`);
    }
    const upload = stepUsing(jobs.part, "actions/upload-artifact")[0];
    expect(upload?.with).toMatchObject({
      name: "part-${{ matrix.part }}",
      path: "part-${{ matrix.part }}",
    });
  });

  it("merges every uploaded part into _site and uploads that to Pages", () => {
    const downloads = stepUsing(jobs.merge, "actions/download-artifact");
    expect(downloads.map((step) => step.with)).toContainEqual({ pattern: "part-*", path: "parts" });
    const { options, operands } = parseCommandLine(newsArchiveRun(jobs.merge, "merge")!.run!, {
      $PATH_PREFIX: "/",
    });
    // download-artifact puts each artifact in a folder named after it.
    expect(operands).toEqual(["parts/part-*"]);
    expect(options.content).toBe("content");
    expect(options.out).toBe("_site");
    expect(stepUsing(jobs.merge, "actions/upload-pages-artifact")[0]?.with?.path).toBe("_site");
  });
});
