import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const APP_FOLDER = {
  win32: "ThiDuaKhenThuong",
  darwin: "ThiDuaKhenThuong",
  other: "thi-dua-khen-thuong",
};

export interface AppPaths {
  dataDir: string;
  database: string;
  backups: string;
  documents: string;
  attachments: string;
  /** The office's own versions of templates. */
  templates: string;
  logs: string;
  /** Shipped read-only resources. */
  migrations: string;
  bundledTemplates: string;
  /** The Tinos TrueType files Giấy khen PDFs embed (see build/electron-builder.yml). */
  certificateFonts: string;
  renderer: string;
}

/** The per-user application data folder of the OS (the same one the Electron app uses). */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === "win32") {
    return path.win32.join(
      env.APPDATA ?? path.win32.join(home, "AppData", "Roaming"),
      APP_FOLDER.win32,
    );
  }
  if (platform === "darwin")
    return path.posix.join(home, "Library", "Application Support", APP_FOLDER.darwin);
  return path.posix.join(
    env.XDG_DATA_HOME || path.posix.join(home, ".local", "share"),
    APP_FOLDER.other,
  );
}

/**
 * The one place that decides where everything lives. `resourcesRoot` holds db/migrations,
 * templates and the built renderer: the repository in development, process.resourcesPath when
 * packaged.
 */
export function resolvePaths(opts: { dataDir?: string; resourcesRoot: string }): AppPaths {
  const dataDir = path.resolve(opts.dataDir ?? defaultDataDir());
  const r = opts.resourcesRoot;
  return {
    dataDir,
    database: path.join(dataDir, "tdkt.sqlite"),
    backups: path.join(dataDir, "backups"),
    documents: path.join(dataDir, "documents"),
    attachments: path.join(dataDir, "attachments"),
    templates: path.join(dataDir, "templates"),
    logs: path.join(dataDir, "logs"),
    migrations: path.join(r, "db", "migrations"),
    bundledTemplates: path.join(r, "templates"),
    // Packaged: resources/fonts/tinos; development, tests and browser mode: the npm package.
    certificateFonts: fs.existsSync(path.join(r, "fonts", "tinos"))
      ? path.join(r, "fonts", "tinos")
      : path.join(r, "node_modules", "@expo-google-fonts", "tinos"),
    renderer: path.join(r, "out", "renderer"),
  };
}

/**
 * Creates the data folders. On Linux and macOS they are the officer's alone (0700): the folder
 * holds personal data of every person in the directory.
 */
export function ensureDataFolders(p: AppPaths): void {
  const owned = process.platform !== "win32";
  for (const dir of [p.dataDir, p.backups, p.documents, p.attachments, p.templates, p.logs]) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (owned) fs.chmodSync(dir, 0o700);
  }
}

/**
 * Why the app cannot keep data in this folder, or null: the folders cannot be made, a file cannot
 * be written in it, or the database file (or its WAL) is read-only. Checked at start, so the officer
 * reads what is wrong instead of every save failing.
 */
export function unwritableData(p: AppPaths): string | null {
  try {
    ensureDataFolders(p);
    const probe = path.join(p.dataDir, `.thu-ghi-${process.pid}`);
    fs.writeFileSync(probe, "");
    fs.rmSync(probe);
  } catch (e) {
    return `Không ghi được vào thư mục dữ liệu ${p.dataDir} (${(e as { code?: string }).code ?? "lỗi"}: thư mục chỉ đọc hoặc tài khoản này không có quyền ghi). Hãy cấp quyền ghi cho thư mục, hoặc chép nó sang ổ đĩa khác rồi mở ứng dụng với thư mục đó.`;
  }
  for (const file of [p.database, `${p.database}-wal`]) {
    if (!fs.existsSync(file)) continue;
    try {
      fs.closeSync(fs.openSync(file, "r+"));
    } catch (e) {
      return `Tệp ${file} đang ở chế độ chỉ đọc (${(e as { code?: string }).code ?? "lỗi"}) nên không lưu được thay đổi nào. Hãy bỏ thuộc tính chỉ đọc của tệp (chuột phải › Properties › bỏ chọn Read-only) hoặc cấp quyền ghi, rồi mở lại ứng dụng.`;
    }
  }
  return null;
}

/** Files the app creates from now on are readable by the officer only (0600), folders 0700. */
export function restrictNewFiles(): void {
  if (process.platform !== "win32") process.umask(0o077);
}

/** Walk up from a built file to the folder holding package.json (development and tests). */
export function findProjectRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (
      fs.existsSync(path.join(dir, "package.json")) &&
      fs.existsSync(path.join(dir, "db", "migrations"))
    )
      return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`project root not found above ${start}`);
    dir = up;
  }
}

/** Where the files an officer exports (Excel, Word, PDF) are written: dataDir/exports. */
export function exportsDir(p: Pick<AppPaths, "dataDir">): string {
  return path.join(p.dataDir, "exports");
}

/** A path under the exports folder. */
export function inExportsDir(p: Pick<AppPaths, "dataDir">, ...parts: string[]): string {
  return path.join(exportsDir(p), ...parts);
}

/**
 * A new file in the exports folder (created if needed): "base.ext", or "base-2.ext" … when that
 * one exists.
 */
export function freeExportFile(
  p: Pick<AppPaths, "dataDir">,
  base: string,
  ext: string,
): { file: string; fileName: string } {
  const dir = exportsDir(p);
  fs.mkdirSync(dir, { recursive: true });
  for (let n = 1; ; n++) {
    const fileName = n === 1 ? `${base}.${ext}` : `${base}-${n}.${ext}`;
    const file = path.join(dir, fileName);
    if (!fs.existsSync(file)) return { file, fileName };
  }
}
