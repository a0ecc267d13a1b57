import Database from "better-sqlite3";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  backupFileName,
  listBackups,
  parseBackupName,
  rotateBackups,
  verifyBackup,
  type BackupKind,
} from "../../db/backup";
import { snapshotDatabase } from "../helpers/db-snapshot";
import {
  createTestClock,
  sampleSetup,
  startTestBackend,
  type TestBackend,
} from "../helpers/backend";
import { makeTempDir, type TempDir } from "../helpers/temp-dir";

const require = createRequire(import.meta.url);

let dir: TempDir;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => dir.remove());

function readSetting(file: string, key: string): unknown {
  const db = new Database(file, { readonly: true });
  try {
    const json = db
      .prepare("select value_json from app_settings where key = ?")
      .pluck()
      .get(key) as string | undefined;
    return json === undefined ? undefined : JSON.parse(json);
  } finally {
    db.close();
  }
}

describe("leftovers of an earlier run", () => {
  it("interrupted backups and uploaded files are removed at start; good backups stay", async () => {
    const first = await startTestBackend({ dataDir: dir.path });
    await first.expectOk("settings.completeSetup", sampleSetup());
    const good = await first.expectOk("system.createBackup", {});
    first.close();
    const backups = path.join(dir.path, "backups");
    const partial = `${backupFileName("daily", Date.now())}.partial`;
    for (const f of [partial, `${partial}-wal`, `${partial}-shm`])
      fs.writeFileSync(path.join(backups, f), Buffer.alloc(4096, 1));
    const incoming = path.join(dir.path, "incoming");
    fs.mkdirSync(incoming, { recursive: true });
    fs.writeFileSync(
      path.join(incoming, "0190a6c2-1b2c-7d3e-8f40-123456789abc-Danh sach.xlsx"),
      "PK",
    );

    const t = await startTestBackend({ dataDir: dir.path });
    try {
      expect(fs.readdirSync(backups).filter((f) => f.includes(".partial"))).toEqual([]);
      expect(fs.readdirSync(backups)).toContain(good.file);
      expect(fs.existsSync(incoming) ? fs.readdirSync(incoming) : []).toEqual([]);
      expect((await t.expectOk("system.status", {})).state).toBe("ready");
    } finally {
      t.close();
    }
  });
});

describe("backup files", () => {
  it("are named by time and kind, and the name reads back", () => {
    const at = new Date(2025, 1, 5, 7, 8, 9, 12).getTime();
    expect(backupFileName("pre-migration", at)).toBe(
      "tdkt-20250205-070809-012-pre-migration.sqlite",
    );
    expect(parseBackupName(backupFileName("pre-migration", at))).toEqual({
      kind: "pre-migration",
      createdAt: at,
    });
    expect(parseBackupName("tdkt-20250205-070809-012-weekly.sqlite")).toBeNull();
    expect(parseBackupName("tdkt.sqlite")).toBeNull();
    expect(parseBackupName("tdkt-20250205-070809-012-manual.sqlite.partial")).toBeNull();
  });

  it("are complete, verified, self-contained copies", async () => {
    const t = await startTestBackend({ dataDir: dir.path });
    try {
      await t.expectOk("settings.completeSetup", sampleSetup());
      const entry = await t.expectOk("system.createBackup", {});
      expect(entry).toMatchObject({
        kind: "manual",
        createdAt: t.clock.now(),
        file: backupFileName("manual", t.clock.now()),
      });
      const file = path.join(t.paths.backups, entry.file);
      expect(entry.sizeBytes).toBe(fs.statSync(file).size);
      expect(verifyBackup(file)).toBe(true);
      expect(readSetting(file, "profile")).toEqual(sampleSetup().profile);
      // Nothing but finished backups is left in the folder: no .partial, -wal or -shm files.
      expect(fs.readdirSync(t.paths.backups)).toEqual([entry.file]);
      // Listed with the head of the audit trail it holds (the setup's rows).
      const head = (await t.expectOk("audit.status", {})).headSeq;
      expect(await t.expectOk("system.listBackups", {})).toEqual([
        { ...entry, auditHeadSeq: head, accounts: 0 },
      ]);
    } finally {
      t.close();
    }
  });

  it("taken at the same instant get distinct names", async () => {
    const t = await startTestBackend({ dataDir: dir.path });
    try {
      const a = await t.expectOk("system.createBackup", {});
      const b = await t.expectOk("system.createBackup", {});
      expect(a.file).not.toBe(b.file);
      expect(listBackups(t.paths.backups)).toHaveLength(2);
    } finally {
      t.close();
    }
  });
});

describe("restoring a backup", () => {
  let t: TestBackend;
  beforeEach(async () => {
    t = await startTestBackend({ dataDir: dir.path });
    await t.expectOk("settings.completeSetup", sampleSetup());
  });
  afterEach(() => t.close());

  it("brings the earlier data back and keeps a safety backup of the later state", async () => {
    await t.expectOk("settings.saveRounding", { step: 1_000, mode: "down" });
    const earlier = await t.expectOk("system.createBackup", {});

    t.clock.advance(60_000);
    await t.expectOk("settings.saveRounding", { step: 5_000, mode: "nearest" });
    await t.expectOk("settings.saveSigner", {
      fullName: "Phạm Minh Tuấn",
      position: "Chánh Văn phòng",
    });

    t.clock.advance(60_000);
    const { safetyBackup } = await t.expectOk("system.restoreBackup", { file: earlier.file });
    expect(safetyBackup).toMatchObject({ kind: "pre-restore", createdAt: t.clock.now() });

    expect(await t.expectOk("settings.getRounding", {})).toEqual({ step: 1_000, mode: "down" });
    expect((await t.expectOk("settings.listSigners", {})).map((s) => s.fullName)).toEqual([
      "Trần Văn Hùng",
      "Lê Thị Thu Hà",
    ]);
    expect((await t.expectOk("system.status", {})).state).toBe("ready");

    const safetyFile = path.join(t.paths.backups, safetyBackup!.file);
    expect(verifyBackup(safetyFile)).toBe(true);
    expect(readSetting(safetyFile, "rounding")).toEqual({ step: 5_000, mode: "nearest" });

    // And the later state can be brought back from the safety backup.
    await t.expectOk("system.restoreBackup", { file: safetyBackup!.file });
    expect(await t.expectOk("settings.getRounding", {})).toEqual({ step: 5_000, mode: "nearest" });
    expect((await t.expectOk("settings.listSigners", {})).map((s) => s.fullName)).toContain(
      "Phạm Minh Tuấn",
    );
    expect(t.log.errors).toEqual([]);
  });

  it("refuses a truncated backup with a Vietnamese message and leaves the database untouched", async () => {
    const entry = await t.expectOk("system.createBackup", {});
    const file = path.join(t.paths.backups, entry.file);
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    expect(verifyBackup(file)).toBe(false);

    await t.expectOk("settings.saveRounding", { step: 2_000, mode: "up" });
    const before = snapshotDatabase(t.backend.sqlite);
    const result = await t.call("system.restoreBackup", { file: entry.file });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "VALIDATION",
        message: "Bản sao lưu này bị hỏng, không thể khôi phục. Hãy chọn bản khác.",
      },
    });
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
    expect(await t.expectOk("settings.getRounding", {})).toEqual({ step: 2_000, mode: "up" });
    // No safety backup was taken for a restore that did not happen.
    expect(listBackups(t.paths.backups).map((b) => b.kind)).toEqual(["manual"]);
  });

  it("refuses a backup with a corrupted page", async () => {
    const entry = await t.expectOk("system.createBackup", {});
    const file = path.join(t.paths.backups, entry.file);
    const bytes = fs.readFileSync(file);
    bytes.fill(0xc3, 4096 * 3, 4096 * 4);
    fs.writeFileSync(file, bytes);
    expect(verifyBackup(file)).toBe(false);
    expect(await t.call("system.restoreBackup", { file: entry.file })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION" },
    });
    expect((await t.expectOk("system.status", {})).state).toBe("ready");
  });

  it("refuses a name that points outside the backups folder", async () => {
    const entry = await t.expectOk("system.createBackup", {});
    // A perfectly good backup, but in the data folder instead of backups/.
    fs.copyFileSync(path.join(t.paths.backups, entry.file), path.join(t.paths.dataDir, entry.file));
    const before = snapshotDatabase(t.backend.sqlite);
    for (const file of [
      `../${entry.file}`,
      "../x",
      `${t.paths.backups}/${entry.file}`,
      "..",
      `sub/${entry.file}`,
      "tdkt.sqlite",
    ]) {
      const result = await t.call("system.restoreBackup", { file });
      expect(result, file).toMatchObject({
        ok: false,
        error: { code: "NOT_FOUND", message: "Không tìm thấy bản sao lưu này." },
      });
    }
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
    expect(listBackups(t.paths.backups)).toHaveLength(1);
  });

  it("refuses a well-formed name that does not exist", async () => {
    const result = await t.call("system.restoreBackup", {
      file: backupFileName("manual", t.clock.now() - 1),
    });
    expect(result).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});

describe("a backup taken while another connection keeps writing", () => {
  it("is consistent: integrity ok and no transaction half present", async () => {
    const t = await startTestBackend({ dataDir: dir.path });
    const stop = new Int32Array(new SharedArrayBuffer(4));
    const written = new Int32Array(new SharedArrayBuffer(4));
    let worker: Worker | null = null;
    try {
      // Enough data that the online backup copies it in several steps.
      t.backend.sqlite.exec(
        "create table pairs (txn integer not null, side text not null, padding text not null)",
      );
      const fill = t.backend.sqlite.prepare("insert into pairs values (0, ?, ?)");
      t.backend.sqlite.transaction(() => {
        for (let i = 0; i < 3000; i++) fill.run(i % 2 ? "a" : "b", "x".repeat(400));
      })();

      // Each transaction of the writer inserts two rows that must both be present, or neither.
      worker = new Worker(
        `
        const { workerData } = require("node:worker_threads");
        const Database = require(workerData.sqlitePath);
        const db = new Database(workerData.file, { timeout: 5000 });
        db.pragma("journal_mode = WAL");
        const insert = db.prepare("insert into pairs values (?, ?, ?)");
        const pair = db.transaction((n) => {
          insert.run(n, "a", "y".repeat(300));
          insert.run(n, "b", "y".repeat(300));
        });
        const pause = new Int32Array(new SharedArrayBuffer(4));
        for (let n = 1; Atomics.load(workerData.stop, 0) === 0; n++) {
          pair(n);
          Atomics.store(workerData.written, 0, n);
          Atomics.wait(pause, 0, 0, 1);
        }
        db.close();
        `,
        {
          eval: true,
          workerData: {
            file: t.paths.database,
            sqlitePath: require.resolve("better-sqlite3"),
            stop,
            written,
          },
        },
      );
      const exited = new Promise((resolve, reject) => {
        worker!.on("exit", resolve);
        worker!.on("error", reject);
      });
      while (Atomics.load(written, 0) < 20) await new Promise((r) => setTimeout(r, 5));

      const startedAt = Atomics.load(written, 0);
      const entries = [];
      for (let i = 0; i < 3; i++) {
        t.clock.advance(1000);
        entries.push(await t.backend.backup("manual"));
      }
      const endedAt = Atomics.load(written, 0);
      Atomics.store(stop, 0, 1);
      await exited;
      worker = null;

      // The writer was busy while the backups were taken.
      expect(endedAt).toBeGreaterThan(startedAt);
      for (const entry of entries) {
        const copy = new Database(path.join(t.paths.backups, entry.file), { readonly: true });
        try {
          expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
          const halves = copy
            .prepare(
              "select count(*) from (select txn from pairs where txn > 0 group by txn having count(*) <> 2)",
            )
            .pluck()
            .get();
          expect(halves).toBe(0);
          expect(copy.prepare("select count(*) from pairs where txn = 0").pluck().get()).toBe(3000);
          const pairsCopied = copy
            .prepare("select count(distinct txn) from pairs where txn > 0")
            .pluck()
            .get() as number;
          expect(pairsCopied).toBeGreaterThanOrEqual(startedAt);
        } finally {
          copy.close();
        }
      }
    } finally {
      Atomics.store(stop, 0, 1);
      await worker?.terminate();
      t.close();
    }
  });
});

describe("rotation", () => {
  const day = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12, 0, 0).getTime();

  /** Empty files with backup names: rotation looks at names only. */
  function fabricate(backups: string, kind: BackupKind, times: number[]): string[] {
    fs.mkdirSync(backups, { recursive: true });
    return times.map((at) => {
      const name = backupFileName(kind, at);
      fs.writeFileSync(path.join(backups, name), "");
      return name;
    });
  }

  function everyDay(from: number, to: number): number[] {
    const out: number[] = [];
    for (let d = new Date(from); d.getTime() <= to; d.setDate(d.getDate() + 1))
      out.push(d.getTime());
    return out;
  }

  it("keeps the newest 14 daily backups and the first daily backup of each of the 12 newest months", () => {
    const backups = path.join(dir.path, "backups");
    fabricate(backups, "daily", everyDay(day(2024, 1, 1), day(2025, 3, 20)));
    const removed = rotateBackups(backups);

    const kept = listBackups(backups).map((b) => b.file);
    const newest14 = everyDay(day(2025, 3, 7), day(2025, 3, 20)).map((at) =>
      backupFileName("daily", at),
    );
    const monthly = [
      [2025, 3],
      [2025, 2],
      [2025, 1],
      [2024, 12],
      [2024, 11],
      [2024, 10],
      [2024, 9],
      [2024, 8],
      [2024, 7],
      [2024, 6],
      [2024, 5],
      [2024, 4],
    ].map(([y, m]) => backupFileName("daily", day(y!, m!, 1)));
    expect(kept.sort()).toEqual([...newest14, ...monthly].sort());
    expect(removed).toContain(backupFileName("daily", day(2024, 3, 1)));
    expect(removed).toContain(backupFileName("daily", day(2025, 3, 6)));
    expect(removed).toHaveLength(everyDay(day(2024, 1, 1), day(2025, 3, 20)).length - 26);

    // Stable: rotating again removes nothing.
    expect(rotateBackups(backups)).toEqual([]);
  });

  it("keeps the oldest daily backup of a month even when the month's first days are missing", () => {
    const backups = path.join(dir.path, "backups");
    fabricate(backups, "daily", [
      day(2025, 1, 9),
      day(2025, 1, 20),
      ...everyDay(day(2025, 3, 1), day(2025, 3, 20)),
    ]);
    rotateBackups(backups);
    const kept = new Set(listBackups(backups).map((b) => b.file));
    expect(kept.has(backupFileName("daily", day(2025, 1, 9)))).toBe(true);
    expect(kept.has(backupFileName("daily", day(2025, 1, 20)))).toBe(false);
    expect(kept.has(backupFileName("daily", day(2025, 3, 1)))).toBe(true);
    expect(kept.size).toBe(14 + 2);
  });

  it("keeps the newest 10 of every other kind, each kind on its own", () => {
    const backups = path.join(dir.path, "backups");
    const times = Array.from({ length: 13 }, (_, i) => day(2025, 3, 1) + i * 3_600_000);
    const manual = fabricate(backups, "manual", times);
    const preRestore = fabricate(backups, "pre-restore", times);
    const preMigration = fabricate(backups, "pre-migration", times.slice(0, 4));
    rotateBackups(backups);
    const kept = listBackups(backups)
      .map((b) => b.file)
      .sort();
    expect(kept).toEqual([...manual.slice(3), ...preRestore.slice(3), ...preMigration].sort());
  });

  it("leaves files that are not backups alone", () => {
    const backups = path.join(dir.path, "backups");
    fabricate(
      backups,
      "manual",
      Array.from({ length: 12 }, (_, i) => day(2025, 3, 1) + i * 60_000),
    );
    fs.writeFileSync(path.join(backups, "ghi-chu.txt"), "giữ lại");
    fs.writeFileSync(path.join(backups, "tdkt-copy.sqlite"), "");
    rotateBackups(backups);
    expect(fs.existsSync(path.join(backups, "ghi-chu.txt"))).toBe(true);
    expect(fs.existsSync(path.join(backups, "tdkt-copy.sqlite"))).toBe(true);
    expect(listBackups(backups)).toHaveLength(10);
  });

  it("runs after every backup the app takes", async () => {
    const t = await startTestBackend({ dataDir: dir.path });
    try {
      const old = fabricate(
        t.paths.backups,
        "manual",
        Array.from({ length: 10 }, (_, i) => day(2025, 1, 1) + i * 60_000),
      );
      const entry = await t.expectOk("system.createBackup", {});
      const kept = listBackups(t.paths.backups).map((b) => b.file);
      expect(kept).toHaveLength(10);
      expect(kept[0]).toBe(entry.file);
      expect(kept).not.toContain(old[0]);
    } finally {
      t.close();
    }
  });
});

describe("the daily backup at start", () => {
  it("is taken once per day only", async () => {
    const clock = createTestClock(new Date(2025, 2, 10, 8, 30));
    const start = async () => {
      const t = await startTestBackend({ dataDir: dir.path, clock, dailyBackup: true });
      await t.backend.startupBackup;
      t.close();
      return listBackups(path.join(dir.path, "backups")).filter((b) => b.kind === "daily");
    };

    expect((await start()).map((b) => b.file)).toEqual([backupFileName("daily", clock.now())]);
    clock.set(new Date(2025, 2, 10, 17, 45));
    expect(await start()).toHaveLength(1);
    clock.set(new Date(2025, 2, 10, 23, 59, 59));
    expect(await start()).toHaveLength(1);
    clock.set(new Date(2025, 2, 11, 0, 0, 1));
    const daily = await start();
    expect(daily).toHaveLength(2);
    expect(daily[0]!.file).toBe(backupFileName("daily", clock.now()));
    expect(daily.every((b) => verifyBackup(path.join(dir.path, "backups", b.file)))).toBe(true);
  });

  it("is not taken when turned off", async () => {
    const t = await startTestBackend({ dataDir: dir.path, dailyBackup: false });
    await t.backend.startupBackup;
    t.close();
    expect(listBackups(path.join(dir.path, "backups"))).toEqual([]);
  });

  it("does not count a manual backup of the same day", async () => {
    const first = await startTestBackend({ dataDir: dir.path });
    await first.expectOk("system.createBackup", {});
    first.close();
    const t = await startTestBackend({ dataDir: dir.path, dailyBackup: true });
    await t.backend.startupBackup;
    t.close();
    expect(
      listBackups(path.join(dir.path, "backups"))
        .map((b) => b.kind)
        .sort(),
    ).toEqual(["daily", "manual"]);
  });
});

describe("damage the quick check at start does not see", () => {
  /**
   * Changes the last key of an index in the file itself (its order kept), as a flipped bit on
   * disk would: the b-trees stay well formed, so quick_check passes, but the index no longer
   * matches its table, which only the full integrity check notices.
   */
  function damageAnIndex(file: string) {
    const db = new Database(file);
    db.exec("create table scratch (label text); create index scratch_label on scratch (label)");
    const insert = db.prepare("insert into scratch (label) values (?)");
    for (let i = 0; i < 20; i++) insert.run(`nhan-${String(i).padStart(2, "0")}-qqqq`);
    const root = (
      db.prepare("select rootpage from sqlite_master where name = 'scratch_label'").get() as {
        rootpage: number;
      }
    ).rootpage;
    const pageSize = db.pragma("page_size", { simple: true }) as number;
    db.close(); // checkpoints the WAL into the file
    const bytes = fs.readFileSync(file);
    const page = bytes.subarray((root - 1) * pageSize, root * pageSize);
    const at = page.indexOf("nhan-19-qqqq");
    expect(at).toBeGreaterThan(0);
    page[at + 11] = "r".charCodeAt(0); // nhan-19-qqqr: still the last key
    fs.writeFileSync(file, bytes);
    const check = new Database(file, { readonly: true });
    expect(check.pragma("quick_check", { simple: true })).toBe("ok");
    expect(check.pragma("integrity_check", { simple: true })).not.toBe("ok");
    check.close();
  }

  it("says the database is damaged when a backup fails its check, and repairs it", async () => {
    let t = await startTestBackend({ dataDir: dir.path });
    await t.expectOk("settings.completeSetup", sampleSetup());
    t.close();
    damageAnIndex(t.paths.database);

    t = await startTestBackend({ dataDir: dir.path });
    try {
      expect((await t.expectOk("system.status", {})).state).toBe("ready");
      const failed = await t.call("system.createBackup", {});
      expect(failed.ok).toBe(false);
      expect(failed.ok || failed.error.message).toContain("có chỗ hỏng");
      const status = await t.expectOk("system.status", {});
      expect(status.backupFailure).toMatchObject({ damaged: true, kind: "manual" });
      expect(status.backupFailure!.details.join(" ")).toMatch(/scratch_label/);
      expect(listBackups(t.paths.backups).filter((b) => b.kind === "manual")).toEqual([]);

      const repaired = await t.expectOk("system.repairDatabase", {});
      expect(repaired).toMatchObject({ repaired: true });
      expect((await t.expectOk("system.status", {})).backupFailure).toBeNull();
      const made = listBackups(t.paths.backups).filter((b) => b.kind === "manual");
      expect(made).toHaveLength(1);
      expect(verifyBackup(path.join(t.paths.backups, made[0]!.file))).toBe(true);
      // Nothing was lost: the office's setup is still there.
      expect((await t.expectOk("settings.getProfile", {}))?.placeName).toBe("Vĩnh Cửu");
    } finally {
      t.close();
    }
  });
});
