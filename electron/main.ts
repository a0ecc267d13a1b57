// The desktop app's lifecycle: one instance per data folder, one backend, one window.
import { app, dialog, ipcMain, protocol, type BrowserWindow } from "electron";
import fs from "node:fs";
import path from "node:path";
import { Backend } from "./backend";
import { parseCliOptions } from "./cli-options";
import { registerIpc, trustedSender } from "./ipc/register";
import { createFileLogger } from "./logger";
import { findProjectRoot, resolvePaths, restrictNewFiles, type AppPaths } from "./paths";
import { createElectronPlatform } from "./platform/electron-platform";
import { APP_SCHEME, APP_URL, appProtocolResponse, appSchemePrivileges } from "./app-protocol";
import { createMainWindow } from "./window";

export const APP_ID = "vn.gov.thiduakhenthuong";

export interface Layout {
  /** Holds db/migrations and templates (see resolvePaths). */
  resourcesRoot: string;
  rendererDir: string;
  preload: string;
  /** better-sqlite3 built for Electron's ABI; node_modules keeps the Node build for tests. */
  nativeBinding: string;
}

/**
 * Where the shipped pieces live; must agree with build/electron-builder.yml. Packaged: code and
 * renderer inside app.asar, migrations, templates and the SQLite binary in resources/. In
 * development: the repository, with the Electron build of SQLite from build/rebuild-electron.mjs.
 */
export function resolveLayout(env: {
  isPackaged: boolean;
  appPath: string;
  resourcesPath: string;
  mainDir: string;
}): Layout {
  const preload = path.join(env.mainDir, "preload.cjs");
  if (env.isPackaged) {
    return {
      resourcesRoot: env.resourcesPath,
      rendererDir: path.join(env.appPath, "out", "renderer"),
      preload,
      nativeBinding: path.join(env.resourcesPath, "native", "better_sqlite3.node"),
    };
  }
  const root = findProjectRoot(env.mainDir);
  return {
    resourcesRoot: root,
    rendererDir: path.join(root, "out", "renderer"),
    preload,
    nativeBinding: path.join(root, "out", "native", "electron", "better_sqlite3.node"),
  };
}

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;

function fail(message: string): void {
  dialog.showErrorBox("Không khởi động được Thi đua – Khen thưởng", message);
  app.exit(1);
}

function missingSqliteMessage(file: string): string {
  return app.isPackaged
    ? `Bản cài đặt thiếu tệp ${path.basename(file)}. Hãy cài đặt lại ứng dụng.`
    : `Chưa có better-sqlite3 dựng cho Electron (${file}). Hãy chạy: npm run rebuild:electron`;
}

async function start(paths: AppPaths, layout: Layout, demo: boolean): Promise<void> {
  restrictNewFiles();
  const log = createFileLogger(paths.logs);
  // Without this check a missing binary would surface as a "damaged database" screen.
  if (!fs.existsSync(layout.nativeBinding)) return fail(missingSqliteMessage(layout.nativeBinding));
  backend = await Backend.start({
    paths,
    platform: createElectronPlatform(log),
    mode: "electron",
    log,
    version: app.getVersion(),
    demo,
    nativeBinding: layout.nativeBinding,
  });
  log.info(`started ${app.getVersion()} (electron), data in ${paths.dataDir}`);
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(layout.rendererDir, request.url));
  registerIpc(ipcMain, backend.router, trustedSender(APP_URL));
  mainWindow = createMainWindow({ preload: layout.preload });
  mainWindow.on("closed", () => {
    mainWindow = null;
  });
}

function main(): void {
  let paths: AppPaths;
  let layout: Layout;
  let demo: boolean;
  try {
    // Electron's argv carries the executable (and "." in development): unknown words are ignored.
    const options = parseCliOptions(process.argv.slice(1));
    demo = options.demo;
    layout = resolveLayout({
      isPackaged: app.isPackaged,
      appPath: app.getAppPath(),
      resourcesPath: process.resourcesPath,
      mainDir: __dirname,
    });
    paths = {
      ...resolvePaths({ dataDir: options.dataDir, resourcesRoot: layout.resourcesRoot }),
      renderer: layout.rendererDir,
    };
  } catch (e) {
    return fail(
      `Tham số dòng lệnh hoặc thư mục cài đặt không hợp lệ.\n\nChi tiết: ${(e as Error).message}`,
    );
  }

  // Before the lock: Electron's single-instance lock lives in userData, so this makes it one
  // instance per data folder (the database has one writer) and both doors use the same folder.
  app.setPath("userData", paths.dataDir);
  // Chromium's caches stay out of the officer's data folder listing.
  app.setPath("sessionData", path.join(paths.dataDir, "chromium"));
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  if (process.platform === "win32") app.setAppUserModelId(APP_ID);

  app.on("second-instance", () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on("window-all-closed", () => app.quit());
  app.on("will-quit", (event) => {
    if (!backend) return;
    // Let a running start-up backup finish before the database closes, then quit again.
    const closing = backend;
    backend = null;
    event.preventDefault();
    void closing.startupBackup.finally(() => {
      closing.close();
      app.quit();
    });
  });

  // Before the app is ready: app:// is a standard, secure scheme the renderer is served from.
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
  app
    .whenReady()
    .then(() => start(paths, layout, demo))
    .catch((e: unknown) =>
      fail(`Đã xảy ra lỗi khi mở dữ liệu.\n\nChi tiết: ${(e as Error).message}`),
    );
}

main();
