import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import { newId } from "../../db/ids";
import { incomingDir, resolveDataFile } from "../api/files";
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
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `${newId()}-${name}`);
  const partial = `${target}.partial`;
  const out = fs.createWriteStream(partial);
  let size = 0;
  let over = false;
  await new Promise<void>((resolve, reject) => {
    req.on("data", (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > maxBytes) {
        over = true;
        out.destroy();
        return;
      }
      out.write(chunk);
    });
    req.on("end", () => (over ? resolve() : out.end(resolve)));
    req.on("error", reject);
  });
  if (over) {
    fs.rmSync(partial, { force: true });
    return tooLarge();
  }
  fs.renameSync(partial, target);
  reply(200, { ok: true, value: { path: target, name, size } });
}

/** GET /download?path=… : a file the app produced in the data folder, as an attachment. */
export function sendDownload(res: http.ServerResponse, url: URL, paths: AppPaths, reply: Reply) {
  const file = resolveDataFile(paths, url.searchParams.get("path") ?? "");
  if (!file) {
    return reply(404, {
      ok: false,
      error: { code: "NOT_FOUND", message: "Không tìm thấy tệp này trong thư mục dữ liệu." },
    });
  }
  const name = path.basename(file);
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
