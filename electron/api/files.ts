import fs from "node:fs";
import path from "node:path";
import type { filesProcedures } from "../contract";
import type { AppPaths } from "../paths";
import type { AppContext } from "./context";
import { AppError, notFound } from "./errors";
import type { HandlersFor } from "./router";

/** Where browser mode's uploads land (inside the data folder). */
export function incomingDir(paths: AppPaths): string {
  return path.join(paths.dataDir, "incoming");
}

function isInside(dir: string, target: string): boolean {
  const rel = path.relative(dir, target);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}

/**
 * A file the officer gave the app to read: uploaded in browser mode, or chosen in the desktop
 * app's open dialog. Anything else is refused, so a request cannot make the app read other files.
 */
export function resolveIncomingFile(ctx: AppContext, file: string): string {
  const abs = path.resolve(file);
  if (!isInside(incomingDir(ctx.paths), abs) && !ctx.chosenFiles.has(abs)) {
    throw new AppError("FORBIDDEN", "Tệp này chưa được chọn qua ứng dụng. Hãy chọn lại tệp.");
  }
  if (!fs.existsSync(abs) || !fs.statSync(abs).isFile()) {
    throw notFound(
      "Không tìm thấy tệp đã chọn (có thể đã bị xóa hoặc di chuyển). Hãy chọn lại tệp.",
    );
  }
  return abs;
}

/**
 * Runs `use` on a file the officer chose. An upload (browser mode's copy under incoming/) is used
 * once, then removed, so no one's personal data stays behind in the data folder.
 */
export async function withIncomingFile<T>(
  ctx: AppContext,
  file: string,
  use: (abs: string) => T | Promise<T>,
): Promise<T> {
  const abs = resolveIncomingFile(ctx, file);
  try {
    return await use(abs);
  } finally {
    discardUpload(ctx, abs);
  }
}

/** Removes browser mode's copy of an upload once used (a file chosen in a dialog stays). */
export function discardUpload(ctx: AppContext, abs: string) {
  if (isInside(incomingDir(ctx.paths), abs)) fs.rmSync(abs, { force: true });
}

/** The data-folder areas whose files the officer may open or download. */
const servedAreas = ["documents", "exports", "templates", "attachments"];

const inServedArea = (dataDir: string, file: string) =>
  servedAreas.some((area) => isInside(path.join(dataDir, area), file));

/**
 * A file the app produced inside the data folder, or null. Accepts absolute or relative paths.
 * Both the path as given and the file it really is must lie in a served area: a link placed in
 * the data folder that points elsewhere (another folder, the database, a system file) is refused.
 */
export function resolveDataFile(paths: AppPaths, file: string): string | null {
  const abs = path.resolve(paths.dataDir, file);
  if (!inServedArea(paths.dataDir, abs)) return null;
  try {
    const real = fs.realpathSync(abs);
    const allowed = inServedArea(fs.realpathSync(paths.dataDir), real);
    return allowed && fs.statSync(real).isFile() ? abs : null;
  } catch {
    return null;
  }
}

export const filesHandlers: HandlersFor<typeof filesProcedures> = {
  "files.chooseOpenFile": async ({ title, extensions }, ctx) => {
    if (ctx.platform.kind === "headless") {
      throw new AppError(
        "UNAVAILABLE",
        "Ở chế độ trình duyệt, hãy chọn tệp bằng nút tải tệp lên trên trang.",
      );
    }
    const chosen = await ctx.platform.chooseOpenFile({ title, extensions });
    if (!chosen) return null;
    const abs = path.resolve(chosen);
    ctx.chosenFiles.add(abs);
    return { path: abs, name: path.basename(abs), size: fs.statSync(abs).size };
  },
  "files.show": async ({ path: file, action }, ctx) => {
    const abs = resolveDataFile(ctx.paths, file);
    if (!abs) throw notFound("Không tìm thấy tệp này trong thư mục dữ liệu.");
    if (action === "open") await ctx.platform.openPath(abs);
    else await ctx.platform.revealInFolder(abs);
    return { path: abs };
  },
};
