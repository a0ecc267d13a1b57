import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import { newId } from "../../db/ids";
import { incomingDir, resolveDataFile } from "../api/files";
import { isDiskFull } from "../app-errors";
import { defaultErrorMessages } from "../contract";
import type { AppPaths } from "../paths";

export const DEFAULT_MAX_UPLOAD = 100 * 1024 * 1024;

type Reply = (status: number, body: unknown) => void;

/** Keep letters (any script), digits, dot, dash, underscore and spaces; never a path. */
export function safeFileName(name: string): string {
  const base = path.basename(name.replace(/\\/g, "/")).normalize("NFC");
  const cleaned = base
    .replace(/[^\p{L}\p{N}._ -]/gu, "_")
    .replace(/^\.+/, "")
    .slice(0, 120);
  return cleaned || "tep";
}

/**
 * POST /upload?name=… : browser mode's way of handing the backend a file the officer chose.
 * The body is the raw file; it is written under incoming/ and its path returned. A body over the
 * limit is discarded and nothing is kept.
 */
export async function receiveUpload(
  req: http.IncomingMessage,
  url: URL,
  paths: AppPaths,
  maxBytes: number,
  reply: Reply,
) {
  const name = safeFileName(url.searchParams.get("name") ?? "");
  const tooLarge = () =>
    reply(413, {
      ok: false,
      error: {
        code: "VALIDATION",
        message: `Tệp quá lớn (tối đa ${Math.round(maxBytes / 1024 / 1024)} MB). Hãy chọn tệp nhỏ hơn.`,
      },
    });
  if (Number(req.headers["content-length"] ?? 0) > maxBytes) {
    req.resume();
    return tooLarge();
  }
  const dir = incomingDir(paths);
  const target = path.join(dir, `${newId()}-${name}`);
  const partial = `${target}.partial`;
  let size = 0;
  let over = false;
  // The stream opens its file asynchronously: a .partial is removed only once the stream has
  // closed, or an open still pending would create it again after the removal.
  let closed: Promise<void> = Promise.resolve();
  try {
    fs.mkdirSync(dir, { recursive: true });
    const out = fs.createWriteStream(partial);
    closed = new Promise<void>((resolve) => out.once("close", () => resolve()));
    await new Promise<void>((resolve, reject) => {
      const fail = (e: unknown) => {
        out.destroy();
        req.resume();
        reject(e);
      };
      out.on("error", fail);
      req.on("error", fail);
      req.on("aborted", () => fail(new Error("upload aborted")));
      req.on("data", (chunk: Buffer) => {
        if (over) return;
        size += chunk.length;
        if (size > maxBytes) {
          // Stop writing at the limit; the rest of the body is read and dropped.
          over = true;
          out.destroy();
          return;
        }
        if (!out.write(chunk)) {
          req.pause();
          out.once("drain", () => req.resume());
        }
      });
      req.on("end", () => (over ? resolve() : out.end(() => resolve())));
    });
    if (over) {
      await closed;
      fs.rmSync(partial, { force: true });
      return tooLarge();
    }
    // On disk before it gets its final name: a crash leaves a .partial (cleared at start), never
    // a truncated file that looks whole.
    const fd = fs.openSync(partial, "r+");
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(partial, target);
  } catch (e) {
    await closed;
    fs.rmSync(partial, { force: true });
    if (isDiskFull(e))
      return reply(507, {
        ok: false,
        error: { code: "DISK_FULL", message: defaultErrorMessages.DISK_FULL },
      });
    return reply(400, {
      ok: false,
      error: {
        code: "VALIDATION",
        message: "Tệp chưa được gửi trọn vẹn nên không nhận. Hãy chọn lại tệp.",
      },
    });
  }
  reply(200, { ok: true, value: { path: target, name, size } });
}

/**
 * The name a download is saved under: the one the page asks for (e.g. a register document's
 * "Ke hoach cong tac TDKT nam 2026 - 01-KH-PNV.docx", not its stored id name), made safe and
 * always ending with the served file's own extension; else the stored name.
 */
export function downloadName(file: string, asked: string | null): string {
  const ext = path.extname(file);
  const cleaned = asked ? safeFileName(asked).trim() : "";
  if (!cleaned || cleaned === "tep") return path.basename(file);
  return cleaned.toLowerCase().endsWith(ext.toLowerCase()) ? cleaned : `${cleaned}${ext}`;
}

/** GET /download?path=…[&name=…] : a file the app produced in the data folder, as an attachment. */
export function sendDownload(res: http.ServerResponse, url: URL, paths: AppPaths, reply: Reply) {
  const file = resolveDataFile(paths, url.searchParams.get("path") ?? "");
  if (!file) {
    return reply(404, {
      ok: false,
      error: { code: "NOT_FOUND", message: "Không tìm thấy tệp này trong thư mục dữ liệu." },
    });
  }
  const name = downloadName(file, url.searchParams.get("name"));
  const ascii =
    name
      .normalize("NFD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\]/g, "_") || "tep";
  res.writeHead(200, {
    "content-type": "application/octet-stream",
    "content-length": fs.statSync(file).size,
    "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  fs.createReadStream(file).pipe(res);
}
