import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listBackups, verifyBackup } from "../../db/backup";
import { openDatabase, DatabaseDamagedError } from "../../db/open-database";
import { defaultErrorMessages } from "../../electron/contract";
import { projectRoot, sampleSetup, startTestBackend } from "../helpers/backend";
import { makeTempDir, type TempDir } from "../helpers/temp-dir";

const migrations = path.join(projectRoot, "db", "migrations");
const journalEntries = () =>
  (
    JSON.parse(fs.readFileSync(path.join(migrations, "meta", "_journal.json"), "utf8")) as {
      entries: { when: number }[];
    }
  ).entries;

let dir: TempDir;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => dir.remove());

/** A copy of the shipped migrations with one more (custom) migration at the end. */
function migrationsWithOneMore(): string {
  const copy = path.join(dir.path, "migrations-next");
  fs.cpSync(migrations, copy, { recursive: true });
  const journalFile = path.join(copy, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as {
    entries: Record<string, unknown>[];
  };
  const last = journal.entries.at(-1)! as { idx: number; when: number; version: string };
  journal.entries.push({
    idx: last.idx + 1,
    version: last.version,
    when: last.when + 1000,
    tag: "9999_test_extra",
    breakpoints: true,
  });
  fs.writeFileSync(journalFile, JSON.stringify(journal, null, 2));
  fs.writeFileSync(
    path.join(copy, "9999_test_extra.sql"),
    "CREATE TABLE `test_extra` (`id` integer PRIMARY KEY NOT NULL);\n",
  );
  return copy;
}

const tableNames = (sqlite: Database.Database) =>
  sqlite
    .prepare("select name from sqlite_master where type = 'table' order by name")
    .pluck()
    .all() as string[];

describe("opening the database", () => {
  it("puts WAL, foreign keys and synchronous FULL in force", async () => {
    const t = await startTestBackend({ dataDir: dir.path });
    try {
      const s = t.backend.sqlite;
      expect(s.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(s.pragma("foreign_keys", { simple: true })).toBe(1);
      expect(s.pragma("synchronous", { simple: true })).toBe(2);
      expect(s.pragma("busy_timeout", { simple: true })).toBe(5000);
    } finally {
      t.close();
    }
  });

  it("applies every migration to a new file, without a pre-migration backup", async () => {
    const t = await startTestBackend({ dataDir: dir.path });
    try {
      const applied = t.backend.sqlite
        .prepare("select count(*) from __drizzle_migrations")
        .pluck()
        .get();
      expect(applied).toBe(journalEntries().length);
      expect(tableNames(t.backend.sqlite)).toEqual(
        expect.arrayContaining([
          "app_settings",
          "installation",
          "signers",
          "council_members",
          "base_salaries",
          "award_catalogue",
          "legal_bases",
        ]),
      );
      expect(listBackups(t.paths.backups)).toEqual([]);
    } finally {
      t.close();
    }
  });

  it("changes nothing when an up-to-date database is opened again", async () => {
    const first = await startTestBackend({ dataDir: dir.path });
    await first.expectOk("settings.completeSetup", sampleSetup());
    const origin = first.backend.origin;
    first.close();

    const again = await startTestBackend({ dataDir: dir.path });
    try {
      expect(
        again.backend.sqlite.prepare("select count(*) from __drizzle_migrations").pluck().get(),
      ).toBe(journalEntries().length);
      expect(again.backend.origin).toBe(origin);
      expect((await again.expectOk("system.status", {})).state).toBe("ready");
      expect(listBackups(again.paths.backups)).toEqual([]);
    } finally {
      again.close();
    }
  });

  it("backs up an existing database before running a pending migration", async () => {
    const first = await startTestBackend({ dataDir: dir.path });
    await first.expectOk("settings.completeSetup", sampleSetup());
    first.close();

    const next = migrationsWithOneMore();
    const upgraded = await startTestBackend({ dataDir: dir.path, migrationsFolder: next });
    let backupFile: string;
    try {
      expect(tableNames(upgraded.backend.sqlite)).toContain("test_extra");
      expect(
        upgraded.backend.sqlite.prepare("select count(*) from __drizzle_migrations").pluck().get(),
      ).toBe(journalEntries().length + 1);
      const backups = listBackups(upgraded.paths.backups);
      expect(backups.map((b) => b.kind)).toEqual(["pre-migration"]);
      backupFile = path.join(upgraded.paths.backups, backups[0]!.file);
      expect((await upgraded.expectOk("system.status", {})).state).toBe("ready");
    } finally {
      upgraded.close();
    }

    // The snapshot is the database as it was before the migration, data included.
    expect(verifyBackup(backupFile)).toBe(true);
    const before = new Database(backupFile, { readonly: true });
    try {
      expect(tableNames(before)).not.toContain("test_extra");
      expect(before.prepare("select count(*) from signers").pluck().get()).toBe(2);
    } finally {
      before.close();
    }

    // Once migrated, opening again takes no further snapshot.
    const reopened = await startTestBackend({ dataDir: dir.path, migrationsFolder: next });
    reopened.close();
    expect(listBackups(path.join(dir.path, "backups"))).toHaveLength(1);
  });

  it("takes no pre-migration backup of a brand-new file", async () => {
    const t = await startTestBackend({
      dataDir: dir.path,
      migrationsFolder: migrationsWithOneMore(),
    });
    try {
      expect(tableNames(t.backend.sqlite)).toContain("test_extra");
      expect(listBackups(t.paths.backups)).toEqual([]);
    } finally {
      t.close();
    }
  });
});

describe("a damaged database file", () => {
  /** A set-up data folder with one good manual backup; returns the backup's name. */
  async function setUpWithBackup(): Promise<string> {
    const t = await startTestBackend({ dataDir: dir.path });
    await t.expectOk("settings.completeSetup", sampleSetup());
    await t.expectOk("settings.saveRounding", { step: 1_000, mode: "nearest" });
    const backup = await t.expectOk("system.createBackup", {});
    t.close();
    return backup.file;
  }

  it("made of random bytes is not opened", async () => {
    const file = path.join(dir.path, "tdkt.sqlite");
    fs.writeFileSync(file, Buffer.alloc(64 * 1024, 0x5a));
    await expect(openDatabase({ file, migrationsFolder: migrations })).rejects.toBeInstanceOf(
      DatabaseDamagedError,
    );
    // Not overwritten or "repaired" by the attempt.
    expect(fs.readFileSync(file).equals(Buffer.alloc(64 * 1024, 0x5a))).toBe(true);
  });

  it("with a page overwritten is not opened", async () => {
    await setUpWithBackup();
    const file = path.join(dir.path, "tdkt.sqlite");
    const probe = new Database(file, { readonly: true });
    const rootPage = probe
      .prepare("select rootpage from sqlite_master where name = 'award_catalogue'")
      .pluck()
      .get() as number;
    probe.close();
    const fd = fs.openSync(file, "r+");
    fs.writeSync(fd, Buffer.alloc(4096, 0xee), 0, 4096, (rootPage - 1) * 4096);
    fs.closeSync(fd);
    await expect(openDatabase({ file, migrationsFolder: migrations })).rejects.toBeInstanceOf(
      DatabaseDamagedError,
    );
  });

  it("starts the backend in the damaged state, offers the latest good backup, and restores it", async () => {
    const good = await setUpWithBackup();
    const backups = path.join(dir.path, "backups");
    // A newer backup that is itself broken must not be the one offered.
    const brokenName = good.replace(/^tdkt-(\d{4})/, (_m, y: string) => `tdkt-${Number(y) + 1}`);
    fs.writeFileSync(
      path.join(backups, brokenName),
      fs.readFileSync(path.join(backups, good)).subarray(0, 2048),
    );
    expect(listBackups(backups)[0]!.file).toBe(brokenName);

    const damagedBytes = Buffer.alloc(32 * 1024, 0x42);
    fs.writeFileSync(path.join(dir.path, "tdkt.sqlite"), damagedBytes);

    const t = await startTestBackend({ dataDir: dir.path, dailyBackup: true });
    try {
      const status = await t.expectOk("system.status", {});
      expect(status.state).toBe("damaged");
      expect(status.damage?.message).toContain("bị hỏng");
      expect(status.damage?.latestBackup?.file).toBe(good);
      expect(t.log.errors.map((e) => e.message)).toContain("database damaged at open");

      // Nothing else works, and says so in Vietnamese.
      expect(await t.call("settings.getProfile", {})).toEqual({
        ok: false,
        error: { code: "DATABASE_DAMAGED", message: defaultErrorMessages.DATABASE_DAMAGED },
      });
      expect(await t.call("system.createBackup", {})).toMatchObject({
        ok: false,
        error: { code: "DATABASE_DAMAGED" },
      });
      await t.backend.startupBackup;
      expect(
        listBackups(backups)
          .map((b) => b.file)
          .sort(),
      ).toEqual([brokenName, good].sort());

      // The broken backup is refused; the good one restores.
      expect(await t.call("system.restoreBackup", { file: brokenName })).toMatchObject({
        ok: false,
        error: { code: "VALIDATION" },
      });
      expect((await t.expectOk("system.status", {})).state).toBe("damaged");

      t.clock.advance(1000);
      expect(await t.expectOk("system.restoreBackup", { file: good })).toEqual({
        safetyBackup: null,
        keptNumbers: [],
      });
      expect((await t.expectOk("system.status", {})).state).toBe("ready");
      expect(await t.expectOk("settings.getRounding", {})).toEqual({
        step: 1_000,
        mode: "nearest",
      });
      expect((await t.expectOk("settings.listSigners", {})).length).toBe(2);

      // The damaged file is kept aside, not deleted.
      const aside = fs.readdirSync(dir.path).filter((f) => f.startsWith("tdkt.sqlite.hong-"));
      expect(aside).toEqual([`tdkt.sqlite.hong-${t.clock.now()}`]);
      expect(fs.readFileSync(path.join(dir.path, aside[0]!)).equals(damagedBytes)).toBe(true);
    } finally {
      t.close();
    }
  });

  for (const loss of ["empty", "missing"] as const)
    it(`treats a ${loss} database file as damage when good backups exist, and restores the latest`, async () => {
      const good = await setUpWithBackup();
      const file = path.join(dir.path, "tdkt.sqlite");
      for (const suffix of ["-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
      if (loss === "empty") fs.writeFileSync(file, "");
      else fs.rmSync(file);

      const t = await startTestBackend({ dataDir: dir.path });
      try {
        const status = await t.expectOk("system.status", {});
        expect(status.state).toBe("damaged");
        expect(status.damage?.message).toContain(
          loss === "empty" ? "trống (0 byte)" : "Không tìm thấy",
        );
        expect(status.damage?.latestBackup?.file).toBe(good);
        // Nothing was created in its place: no setup, no new database.
        expect(fs.existsSync(file) ? fs.statSync(file).size : -1).toBe(loss === "empty" ? 0 : -1);

        t.clock.advance(1000);
        await t.expectOk("system.restoreBackup", { file: good });
        expect((await t.expectOk("system.status", {})).state).toBe("ready");
        expect(await t.expectOk("settings.getRounding", {})).toEqual({
          step: 1_000,
          mode: "nearest",
        });
      } finally {
        t.close();
      }
    });

  it("opens a missing database as a new installation when there is no backup", async () => {
    const t = await startTestBackend({ dataDir: dir.path });
    try {
      expect((await t.expectOk("system.status", {})).state).toBe("needs_setup");
    } finally {
      t.close();
    }
  });

  it("says so with no backup to offer when there is none", async () => {
    fs.writeFileSync(path.join(dir.path, "tdkt.sqlite"), Buffer.alloc(8192, 0x01));
    const t = await startTestBackend({ dataDir: dir.path });
    try {
      const status = await t.expectOk("system.status", {});
      expect(status).toMatchObject({ state: "damaged", damage: { latestBackup: null } });
    } finally {
      t.close();
    }
  });
});
