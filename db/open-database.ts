import type Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import fs from "node:fs";
import path from "node:path";
import { createBackup } from "./backup";
import * as schema from "./schema";
import { openSqlite, setNativeBinding } from "./sqlite";

/** The database or a transaction on it: queries take either. */
export type Db = BaseSQLiteDatabase<"sync", Database.RunResult, typeof schema>;
export interface OpenedDatabase {
  db: Db;
  sqlite: Database.Database;
  file: string;
}

/** Raised when the file exists but is not a healthy SQLite database: the app must not open it. */
export class DatabaseDamagedError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`database damaged: ${file}: ${detail}`);
    this.name = "DatabaseDamagedError";
  }
}

export interface OpenOptions {
  file: string;
  migrationsFolder: string;
  /** Where to put the snapshot taken before pending migrations run on an existing database. */
  backupsDir?: string;
  now?: () => number;
  /** better-sqlite3 native module path (the Electron-ABI build in the desktop app). */
  nativeBinding?: string;
}

function pendingMigrationCount(sqlite: Database.Database, migrationsFolder: string): number {
  const journal = JSON.parse(
    fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8"),
  ) as { entries: unknown[] };
  const hasTable = sqlite
    .prepare("select 1 from sqlite_master where type='table' and name='__drizzle_migrations'")
    .get();
  const applied = hasTable
    ? (sqlite.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number }).n
    : 0;
  return journal.entries.length - applied;
}

function hasUserTables(sqlite: Database.Database): boolean {
  return !!sqlite
    .prepare("select 1 from sqlite_master where type='table' and name not like 'sqlite_%' limit 1")
    .get();
}

export function applyPragmas(sqlite: Database.Database) {
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  // Offices lose power: FULL makes every committed transaction durable.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("busy_timeout = 5000");
}

export async function openDatabase(opts: OpenOptions): Promise<OpenedDatabase> {
  const isMemory = opts.file === ":memory:";
  if (!isMemory) fs.mkdirSync(path.dirname(opts.file), { recursive: true });
  let sqlite: Database.Database;
  try {
    // Backups and their checks open connections of their own: they must use the same binding.
    if (opts.nativeBinding) setNativeBinding(opts.nativeBinding);
    sqlite = openSqlite(opts.file);
  } catch (e) {
    throw new DatabaseDamagedError(opts.file, (e as Error).message);
  }
  try {
    const check = sqlite.pragma("quick_check") as { quick_check: string }[];
    if (check.length !== 1 || check[0]?.quick_check !== "ok") {
      throw new Error(
        check
          .map((r) => r.quick_check)
          .join("; ")
          .slice(0, 500),
      );
    }
    applyPragmas(sqlite);
  } catch (e) {
    sqlite.close();
    throw new DatabaseDamagedError(opts.file, (e as Error).message);
  }
  try {
    const pending = pendingMigrationCount(sqlite, opts.migrationsFolder);
    if (pending > 0 && !isMemory && opts.backupsDir && hasUserTables(sqlite)) {
      await createBackup(sqlite, opts.backupsDir, "pre-migration", (opts.now ?? Date.now)());
    }
    const db = drizzle(sqlite, { schema });
    if (pending > 0) migrate(db, { migrationsFolder: opts.migrationsFolder });
    return { db, sqlite, file: opts.file };
  } catch (e) {
    sqlite.close();
    throw e;
  }
}
