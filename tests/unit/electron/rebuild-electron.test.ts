import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../../..");
const output = path.join(root, "out", "native", "electron", "better_sqlite3.node");
const fingerprint = () => (fs.existsSync(output) ? fs.statSync(output).mtimeMs : null);

describe("build/rebuild-electron.mjs", () => {
  it("fails with one Vietnamese line when the download is impossible, leaving everything in place", () => {
    const nodeBuild = path.join(
      root,
      "node_modules",
      "better-sqlite3",
      "build",
      "Release",
      "better_sqlite3.node",
    );
    const before = { output: fingerprint(), node: fs.statSync(nodeBuild).mtimeMs };
    // A target other than this OS skips the compile fallback; the mirror points at a closed port,
    // so the result does not depend on this machine having Internet access.
    const other = process.platform === "win32" ? "linux" : "win32";
    const res = spawnSync(
      process.execPath,
      [path.join(root, "build", "rebuild-electron.mjs"), "--platform", other],
      {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, npm_config_better_sqlite3_binary_host: "http://127.0.0.1:9" },
        timeout: 60_000,
      },
    );
    expect(res.status).toBe(1);
    const lines = res.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Không tạo được better-sqlite3 .* cần kết nối Internet/);
    expect(fingerprint()).toBe(before.output);
    expect(fs.statSync(nodeBuild).mtimeMs).toBe(before.node);
  });
});
