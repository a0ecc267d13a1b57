import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { Logger } from "../api/errors";
import type { Router } from "../api/router";
import type { AppErrorPayload } from "../contract";
import type { AppPaths } from "../paths";
import { DEFAULT_MAX_UPLOAD, receiveUpload, sendDownload } from "./file-routes";

export const TOKEN_HEADER = "x-tdkt-token";
/** The signed-in session's token (beside the per-run token that opens the door at all). */
export const SESSION_HEADER = "x-tdkt-session";
export const DEFAULT_MAX_BODY = 1024 * 1024;

/** The renderer's Content-Security-Policy: nothing but this origin, no remote anything. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export interface HttpServerOptions {
  router: Router;
  /** The built renderer (index.html and assets); null serves the API only. */
  rendererDir: string | null;
  port?: number;
  token?: string;
  maxBodyBytes?: number;
  /** Enables POST /upload and GET /download over the data folder (browser mode). */
  paths?: AppPaths;
  maxUploadBytes?: number;
  log: Logger;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** The content type the app serves a renderer file with (HTTP door and app:// alike). */
export function mimeOf(file: string): string {
  return mime[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

const mime: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
};

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  res.end(text);
}

function refuse(
  res: http.ServerResponse,
  status: number,
  message: string,
  code: AppErrorPayload["code"] = "FORBIDDEN",
) {
  sendJson(res, status, { ok: false, error: { code, message } });
}

/** decodeURIComponent that answers null for a malformed escape instead of throwing. */
function decodePath(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function tokensEqual(given: string, expected: string) {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** Read at most `limit` bytes; resolves null when the body is larger. */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limit) return resolve(null);
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > limit) over = true;
      else chunks.push(c);
    });
    req.on("end", () => resolve(over ? null : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/**
 * Browser mode's door: 127.0.0.1 only, a random per-run token on every API call, Host and Origin
 * checked against DNS rebinding, bodies limited. Never part of the packaged app.
 */
export function startHttpServer(opts: HttpServerOptions): Promise<RunningServer> {
  const token = opts.token ?? crypto.randomBytes(24).toString("base64url");
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  const hasToken = (given: string | string[] | undefined) =>
    typeof given === "string" && tokensEqual(given, token);
  const refuseSession = (res: http.ServerResponse) =>
    refuse(
      res,
      401,
      "Phiên làm việc không hợp lệ. Hãy mở lại ứng dụng bằng địa chỉ có mã truy cập.",
    );

  const server = http.createServer(async (req, res) => {
    try {
      if (!allowedHosts().has(req.headers.host ?? ""))
        return refuse(res, 403, "Địa chỉ truy cập không hợp lệ.");
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedOrigins().has(origin))
        return refuse(res, 403, "Nguồn yêu cầu không được phép.");
      const url = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);

      const reply = (status: number, body: unknown) => sendJson(res, status, body);
      if (opts.paths && url.pathname === "/upload") {
        if (req.method !== "POST") return refuse(res, 405, "Phương thức không được hỗ trợ.");
        if (!hasToken(req.headers[TOKEN_HEADER])) return refuseSession(res);
        return await receiveUpload(
          req,
          url,
          opts.paths,
          opts.maxUploadBytes ?? DEFAULT_MAX_UPLOAD,
          reply,
        );
      }
      if (opts.paths && url.pathname === "/download") {
        if (req.method !== "GET") return refuse(res, 405, "Phương thức không được hỗ trợ.");
        // A download is a plain navigation, which cannot carry a header: the token rides in the query.
        if (!hasToken(url.searchParams.get("token") ?? undefined)) return refuseSession(res);
        return sendDownload(res, url, opts.paths, reply);
      }

      if (url.pathname.startsWith("/api/")) {
        if (req.method !== "POST") return refuse(res, 405, "Phương thức không được hỗ trợ.");
        if (!hasToken(req.headers[TOKEN_HEADER])) return refuseSession(res);
        if (!(req.headers["content-type"] ?? "").startsWith("application/json")) {
          return refuse(res, 415, "Dữ liệu gửi lên phải ở dạng JSON.", "VALIDATION");
        }
        const body = await readBody(req, maxBody);
        if (body === null) {
          return refuse(res, 413, "Dữ liệu gửi lên quá lớn.", "VALIDATION");
        }
        let input: unknown;
        try {
          input = body.length ? JSON.parse(body.toString("utf8")) : {};
        } catch {
          return refuse(res, 400, "Dữ liệu gửi lên không đọc được.", "VALIDATION");
        }
        const channel = decodePath(url.pathname.slice("/api/".length));
        if (channel === null)
          return refuse(res, 400, "Địa chỉ yêu cầu không hợp lệ.", "VALIDATION");
        const session = req.headers[SESSION_HEADER];
        return sendJson(
          res,
          200,
          await opts.router(channel, input, typeof session === "string" ? session : undefined),
        );
      }

      if (req.method !== "GET" && req.method !== "HEAD")
        return refuse(res, 405, "Phương thức không được hỗ trợ.");
      return serveStatic(opts.rendererDir, url.pathname, res);
    } catch (e) {
      opts.log.error("http request failed", e);
      if (!res.headersSent) refuse(res, 500, "Đã xảy ra lỗi ngoài ý muốn.", "INTERNAL");
      else res.end();
    }
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => {
      port = (server.address() as { port: number }).port;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        port,
        token,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function serveStatic(root: string | null, pathname: string, res: http.ServerResponse) {
  if (!root || !fs.existsSync(path.join(root, "index.html"))) {
    res.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
    return res.end("Giao diện chưa được dựng (chạy npm run build).");
  }
  const decoded = decodePath(pathname);
  if (decoded === null) return refuse(res, 400, "Đường dẫn không hợp lệ.", "VALIDATION");
  const rel = path.normalize(decoded).replace(/^([/\\])+/, "");
  let file = path.join(root, rel);
  if (!file.startsWith(root + path.sep) && file !== root)
    return refuse(res, 403, "Đường dẫn không hợp lệ.");
  // Routes of the single-page app fall back to index.html.
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, "index.html");
  const isIndex = file.endsWith("index.html");
  res.writeHead(200, {
    "content-type": mimeOf(file),
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": isIndex ? "no-store" : "public, max-age=31536000, immutable",
  });
  fs.createReadStream(file).pipe(res);
}
