import type Database from "better-sqlite3";
import type { Db } from "../db/open-database";
import type { BackupEntry } from "../db/backup";
import type { ChainCheck } from "../db/audit";
import type { AppPaths } from "./paths";
import type { Platform } from "./platform/platform";
import type { Logger } from "./app-errors";
import type { Sessions } from "./auth/sessions";

export interface Clock {
  now(): number;
}

/** What every handler receives. `db` throws DATABASE_DAMAGED while no healthy database is open. */
export interface AppContext {
  readonly db: Db;
  readonly sqlite: Database.Database;
  /** This installation's id, the `origin` of the records it creates. */
  readonly origin: string;
  readonly paths: AppPaths;
  readonly platform: Platform;
  readonly clock: Clock;
  readonly log: Logger;
  readonly mode: "electron" | "browser";
  readonly version: string;
  /** Null while the database is open; the reason it is not, otherwise. */
  readonly damage: string | null;
  backup(kind: BackupEntry["kind"]): Promise<BackupEntry>;
  restore(file: string): Promise<RestoreResult>;
  repair(): Promise<{ repaired: boolean; message: string }>;
  readonly backupFailure: BackupFailure | null;
  /** The data folder or the database file cannot be written (nothing is open then). */
  readonly readOnly: boolean;
  /** Files the officer chose in the desktop app's open dialog during this run (absolute paths). */
  readonly chosenFiles: Set<string>;
  /** A write stamp for sync columns. */
  stamp(): { now: number; origin: string };
  /** The audit chain as last verified (null while the check at open runs, or nothing is open). */
  readonly auditCheck: ChainCheck | null;
  /** Walks the audit chain now (null: the database was swapped meanwhile). */
  verifyAudit(): Promise<ChainCheck | null>;
  /** Signed-in sessions (memory only). */
  readonly sessions: Sessions;
}

/** What a restore did: the snapshot of the state it replaced, and the numbers it kept used. */
export interface RestoreResult {
  safetyBackup: BackupEntry | null;
  /** Documents issued after the backup's time: their files moved aside, their numbers skipped. */
  keptNumbers: { number: string; summary: string; file: string }[];
}

/** A backup that failed, and whether the full integrity check found the database damaged. */
export interface BackupFailure {
  at: number;
  kind: BackupEntry["kind"];
  damaged: boolean;
  /** What the integrity check reported (at most 20 lines). */
  details: string[];
  message: string;
}
