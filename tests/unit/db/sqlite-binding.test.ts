import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBackup, verifyBackup } from "../../../db/backup";
import { openDatabase } from "../../../db/open-database";
import { setNativeBinding } from "../../../db/sqlite";
import { projectRoot } from "../../helpers/backend";
import { makeTempDir, type TempDir } from "../../helpers/temp-dir";

const require = createRequire(import.meta.url);

/** The real Node build of SQLite, wrapped so that the test can count the connections opened with it. */
function countingBinding() {
  const addon = require(require.resolve("better-sqlite3/build/Release/better_sqlite3.node")) as {
    Database: new (...a: unknown[]) => object;
  };
  const counter = { connections: 0 };
  const Database = new Proxy(addon.Database, {
    construct(target, args) {
      counter.connections++;
      return Reflect.construct(target, args);
    },
  });
  const binding = new Proxy(addon, {
    get: (target, key) => (key === "Database" ? Database : Reflect.get(target, key)),
  });
  return { binding, counter };
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "migrations" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

describe("the SQLite native binding", () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => {
    setNativeBinding(undefined);
    dir.remove();
  });

  it("is used by the database, its backups and their verification alike", async () => {
    const { binding, counter } = countingBinding();
    const opened = await openDatabase({
      file: path.join(dir.path, "tdkt.sqlite"),
      migrationsFolder: path.join(projectRoot, "db", "migrations"),
      nativeBinding: binding as unknown as string,
    });
    try {
      expect(counter.connections).toBe(1);
      const entry = await createBackup(
        opened.sqlite,
        path.join(dir.path, "backups"),
        "manual",
        Date.now(),
      );
      const afterBackup = counter.connections;
      // The backup itself is made through the open connection; its check opens one more at least.
      expect(afterBackup).toBeGreaterThan(1);
      expect(verifyBackup(path.join(dir.path, "backups", entry.file))).toBe(true);
      expect(counter.connections).toBe(afterBackup + 1);
    } finally {
      opened.sqlite.close();
    }
  });

  it("is the only way the backend constructs a SQLite connection", () => {
    // The packaged desktop app has no Node build of SQLite: a connection opened with
    // `new Database()` anywhere else would fail there (and a failing verification rejects every backup).
    const offenders = [
      ...sourceFiles(path.join(projectRoot, "db")),
      ...sourceFiles(path.join(projectRoot, "electron")),
    ]
      .filter((f) => path.relative(projectRoot, f) !== path.join("db", "sqlite.ts"))
      .filter((f) =>
        /^import\s+(?!type\b)[^;]*from\s+["']better-sqlite3["']/m.test(fs.readFileSync(f, "utf8")),
      )
      .map((f) => path.relative(projectRoot, f));
    expect(offenders).toEqual([]);
  });
});
