// Read-only data: the app says at start what is wrong (the folder or the database file cannot be
// written) instead of reporting "ready" and failing every save. Permissions do not stop root: as
// root the file or folder is made immutable (chattr +i, which stops root too) where the file system
// allows it, else the app runs as the unprivileged user "nobody", as an officer would.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { projectRoot, sampleSetup, startTestBackend } from "../helpers/backend";

const asRoot = process.getuid?.() === 0;
const OFFICER = 65534;

let dir: string;
/** Files made immutable, to release before removing the folder. */
let immutable: string[] = [];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-readonly-"));
  fs.chmodSync(dir, 0o755);
});
afterEach(() => {
  for (const f of immutable) spawnSync("chattr", ["-i", f]);
  immutable = [];
  fs.rmSync(dir, { recursive: true, force: true });
});

/** How this run makes data unwritable: permissions, immutability (root), or another user. */
const mode: "chmod" | "chattr" | "officer" = !asRoot
  ? "chmod"
  : (() => {
      const probe = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-chattr-"));
      const works = spawnSync("chattr", ["+i", probe]).status === 0;
      if (works) spawnSync("chattr", ["-i", probe]);
      fs.rmSync(probe, { recursive: true, force: true });
      return works ? "chattr" : "officer";
    })();

/** Makes a file or folder unwritable for the app as this run starts it. */
function unwritable(target: string) {
  if (mode === "chattr") {
    expect(spawnSync("chattr", ["+i", target]).status).toBe(0);
    immutable.push(target);
  } else if (mode === "chmod")
    fs.chmodSync(target, fs.statSync(target).isDirectory() ? 0o555 : 0o444);
  // "officer": root owns it and the app runs as nobody.
}

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
    ...(mode === "officer" ? { uid: OFFICER, gid: OFFICER } : {}),
    env: { ...process.env, HOME: dir, TMPDIR: os.tmpdir() },
  });
  if (r.status !== 0) throw new Error(`the app did not start: ${r.stderr}`);
  return JSON.parse(r.stdout) as {
    ok: boolean;
    value: { state: string; damage: { message: string; readOnly: boolean } | null };
  };
}

describe("read-only data", () => {
  it("says the data folder cannot be written, and opens nothing", () => {
    const data = path.join(dir, "du-lieu");
    fs.mkdirSync(data);
    unwritable(data);
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
    // The officer may write the folder and everything in it but the database file.
    if (mode === "officer")
      for (const f of [data, ...fs.readdirSync(data, { recursive: true }).map(String)]) {
        const abs = path.isAbsolute(f) ? f : path.join(data, f);
        if (!abs.endsWith(".sqlite")) fs.chownSync(abs, OFFICER, OFFICER);
        fs.chmodSync(abs, fs.statSync(abs).isDirectory() ? 0o700 : 0o644);
      }
    else unwritable(t.paths.database);
    const { value } = statusAsOfficer(data);
    expect(value.state).toBe("damaged");
    expect(value.damage).toMatchObject({ readOnly: true });
    expect(value.damage!.message).toContain("chế độ chỉ đọc");
  });

  it("opens as usual when the officer can write", async () => {
    const data = path.join(dir, "du-lieu");
    fs.mkdirSync(data);
    if (mode === "officer") fs.chownSync(data, OFFICER, OFFICER);
    const { value } = statusAsOfficer(data);
    expect(value.state).toBe("needs_setup");
    expect(value.damage).toBeNull();
  });
});
