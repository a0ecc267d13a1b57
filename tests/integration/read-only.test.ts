// Read-only data: the app says at start what is wrong (the folder or the database file cannot be
// written) instead of reporting "ready" and failing every save. Permissions do not stop root, so
// when the tests run as root the app runs as the unprivileged user "nobody", as an officer would.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { projectRoot, sampleSetup, startTestBackend } from "../helpers/backend";

const asRoot = process.getuid?.() === 0;
const OFFICER = 65534;

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-readonly-"));
  fs.chmodSync(dir, 0o755);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Starts the backend over `dataDir` as the officer would run it; returns system.status. */
function statusAsOfficer(dataDir: string) {
  const script = `
    import { Backend } from ${JSON.stringify(path.join(projectRoot, "electron/backend.ts"))};
    import { resolvePaths } from ${JSON.stringify(path.join(projectRoot, "electron/paths.ts"))};
    import { createHeadlessPlatform } from ${JSON.stringify(path.join(projectRoot, "electron/platform/headless-platform.ts"))};
    const quiet = { info() {}, warn() {}, error() {} };
    const backend = await Backend.start({
      paths: resolvePaths({ dataDir: ${JSON.stringify(dataDir)}, resourcesRoot: ${JSON.stringify(projectRoot)} }),
      platform: createHeadlessPlatform(), mode: "browser", log: quiet, version: "0.0.0-test",
      dailyBackup: false,
    });
    process.stdout.write(JSON.stringify(await backend.router("system.status", {})));
    backend.close();
  `;
  const file = path.join(dir, "start.mts");
  fs.writeFileSync(file, script, { mode: 0o644 });
  const r = spawnSync(path.join(projectRoot, "node_modules", ".bin", "tsx"), [file], {
    encoding: "utf8",
    ...(asRoot ? { uid: OFFICER, gid: OFFICER } : {}),
    env: { ...process.env, HOME: dir, TMPDIR: os.tmpdir() },
  });
  if (r.status !== 0) throw new Error(`the app did not start: ${r.stderr}`);
  return JSON.parse(r.stdout) as {
    ok: boolean;
    value: { state: string; damage: { message: string; readOnly: boolean } | null };
  };
}

/** A folder the officer may read but not write (owned by root, or without the write bit). */
function readOnlyFolder(folder: string) {
  fs.mkdirSync(folder, { recursive: true });
  fs.chmodSync(folder, asRoot ? 0o755 : 0o555);
}

describe("read-only data", () => {
  it("says the data folder cannot be written, and opens nothing", () => {
    const data = path.join(dir, "du-lieu");
    readOnlyFolder(data);
    const { value } = statusAsOfficer(data);
    expect(value.state).toBe("damaged");
    expect(value.damage).toMatchObject({ readOnly: true });
    expect(value.damage!.message).toContain("Không ghi được vào thư mục dữ liệu");
    expect(fs.readdirSync(data)).toEqual([]);
  });

  it("says the database file is read-only", async () => {
    const data = path.join(dir, "du-lieu");
    const t = await startTestBackend({ dataDir: data });
    await t.expectOk("settings.completeSetup", sampleSetup());
    t.close();
    // The officer owns the folder and everything in it but the database file.
    if (asRoot)
      for (const f of [data, ...fs.readdirSync(data, { recursive: true }).map(String)]) {
        const abs = path.isAbsolute(f) ? f : path.join(data, f);
        if (!abs.endsWith(".sqlite")) fs.chownSync(abs, OFFICER, OFFICER);
        fs.chmodSync(abs, fs.statSync(abs).isDirectory() ? 0o700 : 0o644);
      }
    else fs.chmodSync(t.paths.database, 0o444);
    const { value } = statusAsOfficer(data);
    expect(value.state).toBe("damaged");
    expect(value.damage).toMatchObject({ readOnly: true });
    expect(value.damage!.message).toContain("chế độ chỉ đọc");
  });

  it("opens as usual when the officer can write", async () => {
    const data = path.join(dir, "du-lieu");
    fs.mkdirSync(data);
    if (asRoot) fs.chownSync(data, OFFICER, OFFICER);
    const { value } = statusAsOfficer(data);
    expect(value.state).toBe("needs_setup");
    expect(value.damage).toBeNull();
  });
});
