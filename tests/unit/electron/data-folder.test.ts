import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ensureDataFolders, resolvePaths } from "../../../electron/paths";

describe.skipIf(process.platform === "win32")("the data folder", () => {
  it("is the officer's alone (0700), also when it already existed open to others", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-perm-"));
    const dataDir = path.join(root, "du-lieu");
    fs.mkdirSync(dataDir, { mode: 0o755 });
    fs.chmodSync(dataDir, 0o755);
    try {
      const paths = resolvePaths({ dataDir, resourcesRoot: process.cwd() });
      ensureDataFolders(paths);
      for (const dir of [paths.dataDir, paths.backups, paths.documents, paths.logs])
        expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
