import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { createQuietLogger } from "../../helpers/backend";
import { isDiskFull, toErrorPayload } from "../../../electron/app-errors";
import { createFileLogger } from "../../../electron/logger";

describe("the logger", () => {
  it("never throws when the log folder cannot be written", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-log-"));
    // A file where the logs folder should be: every write under it fails (ENOTDIR).
    const blocked = path.join(dir, "logs");
    fs.writeFileSync(blocked, "");
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const log = createFileLogger(blocked, { quiet: true });
      expect(() => log.error("lỗi khi ổ đĩa đầy", new Error("ENOSPC"))).not.toThrow();
      expect(() => log.info("thông tin", { circular: undefined })).not.toThrow();
      // What could not go to the file went to stderr.
      expect(stderr).toHaveBeenCalled();
    } finally {
      stderr.mockRestore();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps a detail it cannot serialise from breaking the line", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-log-"));
    try {
      const log = createFileLogger(dir, { quiet: true });
      const loop: Record<string, unknown> = {};
      loop.self = loop;
      expect(() => log.error("vòng lặp", loop)).not.toThrow();
      const [file] = fs.readdirSync(dir);
      expect(fs.readFileSync(path.join(dir, file!), "utf8")).toContain("ERROR vòng lặp");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a full disk", () => {
  it("reaches the officer as 'Ổ đĩa đầy', from the file system or from SQLite", () => {
    for (const code of ["ENOSPC", "SQLITE_FULL"]) {
      const e = Object.assign(new Error("full"), { code });
      expect(isDiskFull(e)).toBe(true);
      const payload = toErrorPayload(e, createQuietLogger(), "test.call");
      expect(payload.code).toBe("DISK_FULL");
      expect(payload.message).toMatch(/^Ổ đĩa đầy/);
    }
    expect(isDiskFull(new Error("khác"))).toBe(false);
  });
});
