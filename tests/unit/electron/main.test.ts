import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { channels } from "../../../electron/contract";
import type { FakeBrowserWindow, FakeElectron } from "./fake-electron";

vi.mock("electron", () => import("./fake-electron").then((m) => m.fakeElectron()));
vi.mock("../../../electron/backend", () => {
  const backend = { router: vi.fn(), close: vi.fn(), startupBackup: Promise.resolve() };
  return { Backend: { start: vi.fn(async () => backend) } };
});

const savedArgv = process.argv;
let dataDir: string;

/**
 * Imports main.ts afresh (it runs on import, so never import it statically here: it would start
 * with the test runner's argv) and hands back the mocks it saw.
 */
async function runMain(opts: { lock?: boolean; nativePresent?: boolean } = {}) {
  vi.resetModules();
  vi.clearAllMocks();
  const electron = (await import("electron")) as unknown as FakeElectron;
  const { Backend } = await import("../../../electron/backend");
  electron.BrowserWindow.instances = [];
  electron.app.listeners.clear();
  electron.app.requestSingleInstanceLock.mockReturnValue(opts.lock ?? true);
  const realExists = fs.existsSync;
  vi.spyOn(fs, "existsSync").mockImplementation((p) =>
    String(p).endsWith("better_sqlite3.node") ? (opts.nativePresent ?? true) : realExists(p),
  );
  const main = await import("../../../electron/main");
  const windows: FakeBrowserWindow[] = electron.BrowserWindow.instances;
  return { main, electron, start: vi.mocked(Backend.start), windows };
}

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-main-"));
  process.argv = ["/usr/bin/electron", ".", "--data-dir", dataDir, "--demo", "--enable-logging"];
});
afterEach(() => {
  process.argv = savedArgv;
  vi.restoreAllMocks();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("main process", () => {
  it("quits at once when another instance holds the lock", async () => {
    const { electron, start } = await runMain({ lock: false });
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(start).not.toHaveBeenCalled();
  });

  it("points userData at the data folder before taking the lock (one instance per data folder)", async () => {
    const { electron } = await runMain({ lock: false });
    expect(electron.app.setPath).toHaveBeenCalledWith("userData", dataDir);
    const setPathOrder = electron.app.setPath.mock.invocationCallOrder[0]!;
    expect(setPathOrder).toBeLessThan(
      electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!,
    );
  });

  it("starts the backend, registers every channel and opens the window", async () => {
    const { electron, start, windows } = await runMain();
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    const opts = start.mock.calls[0]![0];
    expect(opts).toMatchObject({ mode: "electron", demo: true, version: "0.0.0-test" });
    expect(opts.paths.dataDir).toBe(dataDir);
    expect(opts.nativeBinding).toMatch(/out[\\/]native[\\/]electron[\\/]better_sqlite3\.node$/);
    expect(opts.platform.kind).toBe("electron");
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(channels.length);
    // The renderer is served through app://, from the built renderer folder only.
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: "app" }),
    ]);
    expect(electron.protocol.handle).toHaveBeenCalledWith("app", expect.any(Function));
    expect(windows[0]!.loadURL).toHaveBeenCalledWith("app://thidua/index.html");
  });

  it("focuses the existing window when a second instance starts", async () => {
    const { electron, windows } = await runMain();
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    windows[0]!.isMinimized.mockReturnValue(true);
    electron.app.emit("second-instance");
    expect(windows[0]!.restore).toHaveBeenCalled();
    expect(windows[0]!.focus).toHaveBeenCalled();
  });

  it("quits when the window closes and closes the database on the way out", async () => {
    const { electron, start, windows } = await runMain();
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    const backend = await start.mock.results[0]!.value;
    electron.app.emit("window-all-closed");
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    const event = { preventDefault: vi.fn() };
    electron.app.emit("will-quit", event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(backend.close).toHaveBeenCalled());
    expect(electron.app.quit).toHaveBeenCalledTimes(2);
  });

  it("says in Vietnamese what to do when the Electron build of SQLite is missing", async () => {
    const { electron, start } = await runMain({ nativePresent: false });
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1));
    expect(electron.dialog.showErrorBox.mock.calls[0]![1]).toMatch(/npm run rebuild:electron/);
    expect(start).not.toHaveBeenCalled();
  });
});

describe("resolveLayout", () => {
  it("packaged: code and renderer in app.asar, the rest in resources/", async () => {
    const { resolveLayout } = (await runMain({ lock: false })).main;
    const res = path.resolve("/opt/tdkt/resources");
    const layout = resolveLayout({
      isPackaged: true,
      appPath: path.join(res, "app.asar"),
      resourcesPath: res,
      mainDir: path.join(res, "app.asar", "out", "electron"),
    });
    expect(layout).toEqual({
      resourcesRoot: res,
      rendererDir: path.join(res, "app.asar", "out", "renderer"),
      preload: path.join(res, "app.asar", "out", "electron", "preload.cjs"),
      nativeBinding: path.join(res, "native", "better_sqlite3.node"),
    });
  });

  it("development: the repository, with the SQLite build made for Electron", async () => {
    const { resolveLayout } = (await runMain({ lock: false })).main;
    const root = path.resolve(__dirname, "../../..");
    const layout = resolveLayout({
      isPackaged: false,
      appPath: root,
      resourcesPath: "/unused",
      mainDir: path.join(root, "out", "electron"),
    });
    expect(layout.resourcesRoot).toBe(root);
    expect(layout.nativeBinding).toBe(
      path.join(root, "out", "native", "electron", "better_sqlite3.node"),
    );
    expect(fs.existsSync(path.join(layout.resourcesRoot, "db", "migrations"))).toBe(true);
  });
});
