import fs from "node:fs";
import path from "node:path";

/**
 * Writes a file so that a crash or a full disk leaves either the old file or the new one, never
 * a half-written file under the final name: a temporary file in the same folder, flushed to
 * disk, renamed over the target, then the folder flushed so the rename itself survives.
 */
export function writeFileAtomic(file: string, data: Uint8Array | string): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | null = fs.openSync(tmp, "w");
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(tmp, file);
  } catch (e) {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  syncFolder(dir);
}

/** Flushes a folder's entries (the rename); not possible on Windows, where it is not needed. */
export function syncFolder(dir: string) {
  if (process.platform === "win32") return;
  const fd = fs.openSync(dir, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
