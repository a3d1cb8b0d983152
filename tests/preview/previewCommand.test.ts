import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const siteDir = fileURLToPath(new URL("../fixtures/preview/site", import.meta.url));

describe("news-archive preview", () => {
  it("prints the prefixed URL, serves the site there with the CSP header, and stops cleanly on SIGTERM", async () => {
    const child = spawn(
      process.execPath,
      [
        "scripts/news-archive.js",
        "preview",
        "--out",
        siteDir,
        "--port",
        "0",
        "--path-prefix",
        "/news-archive/",
      ],
      { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] },
    );
    try {
      let output = "";
      child.stdout.setEncoding("utf8");
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (chunk: string) => {
          output += chunk;
          const match = /at (http:\/\/127\.0\.0\.1:\d+\/news-archive\/)/.exec(output);
          if (match?.[1] !== undefined) resolve(match[1]);
        });
        child.once("exit", (code) => reject(new Error(`preview exited ${code}: ${output}`)));
      });
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(await response.text()).toContain("<h1>الرئيسية</h1>");
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      const [code] = await exited;
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });

  it("refuses to start without a built site and says to run the build", () => {
    const result = spawnSync(
      process.execPath,
      ["scripts/news-archive.js", "preview", "--out", "/nonexistent-site", "--port", "0"],
      {
        cwd: repoRoot,
        encoding: "utf8",
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("run `npm run build` first");
  });
});
