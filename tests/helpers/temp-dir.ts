import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface TempDir {
  path: string;
  remove(): void;
}

/** A fresh folder under the OS temp dir; `remove()` deletes it and everything in it. */
export function makeTempDir(prefix = "tdkt-test-"): TempDir {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { path: dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
