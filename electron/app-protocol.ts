/**
 * The desktop window loads the renderer from app://thidua/, a privileged custom scheme, instead
 * of file://: the page gets a real origin, file:// needs no extra privileges (the packaging fuse
 * turns them off), and the handler serves nothing but the built renderer's own files.
 */
import fs from "node:fs";
import path from "node:path";
import { CONTENT_SECURITY_POLICY, mimeOf } from "./http/server";

export const APP_SCHEME = "app";
const APP_HOST = "thidua";
/** The page the window loads; IPC and navigation are checked against it. */
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** What Electron is told about the scheme before the app is ready. */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const inside = (root: string, file: string) => file.startsWith(root + path.sep);

/**
 * The file of the built renderer an app:// URL names, or null: the app's host only, no way out of
 * the renderer folder (.., encoded or not, backslashes, NUL), and the file it really is (through
 * any link) must be a file inside the folder too.
 */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  let u: URL;
  let rel: string;
  try {
    u = new URL(url);
    rel = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  if (rel.includes("\0") || rel.includes("\\")) return null;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${path.posix.normalize(`/${rel}`)}`);
  const target = file === root || rel === "/" ? path.join(root, "index.html") : file;
  if (!inside(root, target)) return null;
  try {
    const real = fs.realpathSync(target);
    return inside(fs.realpathSync(root), real) && fs.statSync(real).isFile() ? target : null;
  } catch {
    return null;
  }
}

/** The app:// handler's answer: the file with its type and the app's CSP, or 404. */
export function appProtocolResponse(rendererDir: string, url: string): Response {
  const file = resolveAppFile(rendererDir, url);
  if (!file)
    return new Response("Không tìm thấy.", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  return new Response(new Uint8Array(fs.readFileSync(file)), {
    headers: {
      "content-type": mimeOf(file),
      "content-security-policy": CONTENT_SECURITY_POLICY,
      "x-content-type-options": "nosniff",
    },
  });
}
