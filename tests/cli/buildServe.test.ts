import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawRequest } from "../helpers/rawRequest.ts";

// `npm start` (`build --serve`) runs Eleventy's dev server. Before the guard, one request for
// `/..%2f..%2fetc/passwd` killed it with a stack trace ("Error: Invalid path"), it listened on every
// interface, served files of a sibling folder whose name starts with the output folder's, and
// followed symbolic links out of the site.
const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const content = fileURLToPath(new URL("../fixtures/site/content", import.meta.url));
const secret = "secret outside the site root";

let workDir: string;
let child: ChildProcess;
let output = "";
let origin: string;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), "build-serve-"));
  const outDir = join(workDir, "site");
  // A sibling whose name starts with the output folder's: a bare startsWith check lets it through.
  mkdirSync(join(workDir, "site-private"));
  writeFileSync(join(workDir, "site-private", "notes.html"), `${secret}\n`);
  writeFileSync(join(workDir, "secret.html"), `${secret}\n`);
  child = spawn(
    process.execPath,
    [
      "scripts/news-archive.js",
      "build",
      "--content",
      content,
      "--out",
      outDir,
      "--no-search",
      "--serve",
      "--port",
      "0",
    ],
    { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const port = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /Server at http:\/\/[^:/]+:(\d+)\//.exec(output);
      if (match?.[1]) {
        clearInterval(timer);
        resolve(match[1]);
      }
    }, 100);
    child.once("exit", (code) => {
      clearInterval(timer);
      reject(new Error(`build --serve exited ${code}: ${output}`));
    });
  });
  origin = `http://127.0.0.1:${port}`;
  symlinkSync(join(workDir, "secret.html"), join(outDir, "linked.html"));
}, 120_000);

afterAll(async () => {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
  rmSync(workDir, { recursive: true, force: true });
});

describe("news-archive build --serve", () => {
  it("serves the site", async () => {
    const home = await rawRequest(origin, "/");
    expect(home.status).toBe(200);
    expect(home.body).toContain('lang="ar"');
  });

  it.each([
    ["/..%2f..%2f..%2fetc/passwd"],
    ["/%2e%2e%2f%2e%2e%2fetc/passwd"],
    ["/..%5c..%5cetc/passwd"],
    ["/%"],
    ["/%E0%A4%A"],
    ["/..%2fsite-private/notes.html"],
    ["/linked.html"],
  ])("answers %s without serving anything outside the site, and keeps running", async (attack) => {
    const response = await rawRequest(origin, attack);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.body).not.toContain(secret);
    expect(response.body).not.toContain("root:");
    const after = await rawRequest(origin, "/");
    expect(after.status, output).toBe(200);
    expect(output).not.toMatch(/^ {4}at /m);
  });

  it("listens on the loopback interface only", async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === "IPv4" && !address.internal);
    if (!external) return; // no other interface to try on this machine
    const port = Number(new URL(origin).port);
    const reached = await new Promise<boolean>((resolve) => {
      const socket = connect(port, external.address);
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    expect(reached, `reached ${external.address}:${port}`).toBe(false);
  });
});
