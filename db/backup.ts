import type Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { openSqlite } from "./sqlite";

import type { BackupKind } from "../electron/contract/vocabulary";
export type { BackupKind };
export interface BackupEntry {
  file: string;
  kind: BackupKind;
  createdAt: number;
  sizeBytes: number;
}

const kinds: BackupKind[] = ["daily", "manual", "pre-migration", "pre-restore", "pre-import"];
/** tdkt-20261122-095001-123-daily.sqlite */
const namePattern = /^tdkt-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})-([a-z-]+)\.sqlite$/;

export const retention = { daily: 14, monthly: 12, otherPerKind: 10 };

function pad(n: number, w = 2) {
  return String(n).padStart(w, "0");
}

export function backupFileName(kind: BackupKind, at: number): string {
  const d = new Date(at);
  return (
    `tdkt-${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-` +
    `${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}-${pad(d.getMilliseconds(), 3)}-${kind}.sqlite`
  );
}

export function parseBackupName(name: string): { kind: BackupKind; createdAt: number } | null {
  const m = namePattern.exec(name);
  if (!m) return null;
  const kind = m[8] as BackupKind;
  if (!kinds.includes(kind)) return null;
  const [y, mo, d, h, mi, s, ms] = m.slice(1, 8).map(Number) as number[];
  return { kind, createdAt: new Date(y!, mo! - 1, d!, h!, mi!, s!, ms!).getTime() };
}

/** Newest first. Files that do not follow the naming scheme are ignored. */
export function listBackups(dir: string): BackupEntry[] {
  if (!fs.existsSync(dir)) return [];
  const out: BackupEntry[] = [];
  for (const name of fs.readdirSync(dir)) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const full = path.join(dir, name);
    out.push({ file: name, ...parsed, sizeBytes: fs.statSync(full).size });
  }
  return out.sort((a, b) => b.createdAt - a.createdAt);
}

/** Reads a database file without changing it (nor leaving anything beside it). */
export function readDatabaseFile<T>(file: string, read: (db: Database.Database) => T): T {
  // Opening a WAL-mode file, even read-only, leaves -wal and -shm files behind: remove the ones we made.
  const madeHere = ["-wal", "-shm"].map((s) => file + s).filter((f) => !fs.existsSync(f));
  let db: Database.Database | null = null;
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true });
    return read(db);
  } finally {
    db?.close();
    for (const f of madeHere) fs.rmSync(f, { force: true });
  }
}

/** A backup is good when SQLite opens it read-only and its integrity check says "ok". */
export function verifyBackup(file: string): boolean {
  try {
    return readDatabaseFile(file, (db) => {
      const rows = db.pragma("integrity_check") as { integrity_check: string }[];
      if (rows.length !== 1 || rows[0]?.integrity_check !== "ok") return false;
      const tables = db
        .prepare("select count(*) as n from sqlite_master where type = 'table'")
        .get() as { n: number };
      return tables.n > 0;
    });
  } catch {
    return false;
  }
}

/**
 * Snapshot with SQLite's online backup API (consistent even while the app writes), verify it,
 * and only then give it its final name; a failed verification leaves nothing behind.
 */
export async function createBackup(
  source: Database.Database,
  dir: string,
  kind: BackupKind,
  at: number,
): Promise<BackupEntry> {
  fs.mkdirSync(dir, { recursive: true });
  let name = backupFileName(kind, at);
  while (fs.existsSync(path.join(dir, name))) name = backupFileName(kind, (at += 1));
  const finalPath = path.join(dir, name);
  const tmpPath = `${finalPath}.partial`;
  try {
    await source.backup(tmpPath);
    // The copy inherits WAL mode; a self-contained rollback-journal file is what a backup should be.
    const copy = openSqlite(tmpPath);
    try {
      copy.pragma("journal_mode = DELETE");
    } finally {
      copy.close();
    }
    if (!verifyBackup(tmpPath)) throw new Error(`backup verification failed: ${name}`);
    fs.renameSync(tmpPath, finalPath);
  } finally {
    for (const f of [tmpPath, `${tmpPath}-wal`, `${tmpPath}-shm`, `${tmpPath}-journal`])
      fs.rmSync(f, { force: true });
  }
  rotateBackups(dir);
  return { file: name, kind, createdAt: at, sizeBytes: fs.statSync(finalPath).size };
}

/**
 * Removes what an interrupted backup leaves behind (`*.partial` and its -wal, -shm, -journal): never a
 * backup, and it would fill the disk over time. Returns the names removed.
 */
export function removeInterruptedBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const left = fs.readdirSync(dir).filter((f) => /\.partial(-wal|-shm|-journal)?$/.test(f));
  for (const f of left) fs.rmSync(path.join(dir, f), { force: true });
  return left;
}

/**
 * Keep the newest 14 daily snapshots, the oldest daily snapshot of each of the 12 newest months,
 * and the newest 10 of every other kind. Returns the names removed.
 */
export function rotateBackups(dir: string): string[] {
  const all = listBackups(dir);
  const keep = new Set<string>();
  const daily = all.filter((b) => b.kind === "daily");
  daily.slice(0, retention.daily).forEach((b) => keep.add(b.file));
  const firstOfMonth = new Map<string, BackupEntry>();
  for (const b of daily) {
    const d = new Date(b.createdAt);
    firstOfMonth.set(`${d.getFullYear()}-${d.getMonth()}`, b); // newest-first order: last write is the oldest
  }
  [...firstOfMonth.values()]
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, retention.monthly)
    .forEach((b) => keep.add(b.file));
  for (const kind of kinds.filter((k) => k !== "daily")) {
    all
      .filter((b) => b.kind === kind)
      .slice(0, retention.otherPerKind)
      .forEach((b) => keep.add(b.file));
  }
  const removed = all.filter((b) => !keep.has(b.file)).map((b) => b.file);
  for (const name of removed) fs.rmSync(path.join(dir, name), { force: true });
  return removed;
}

export function hasDailyBackupOn(dir: string, at: number): boolean {
  const day = new Date(at).toDateString();
  return listBackups(dir).some(
    (b) => b.kind === "daily" && new Date(b.createdAt).toDateString() === day,
  );
}

export function latestGoodBackup(dir: string): BackupEntry | null {
  for (const b of listBackups(dir)) if (verifyBackup(path.join(dir, b.file))) return b;
  return null;
}

/** Resolve a backup's name inside the folder, refusing anything that points elsewhere. */
export function backupPath(dir: string, file: string): string | null {
  if (path.basename(file) !== file || !parseBackupName(file)) return null;
  const full = path.join(dir, file);
  return fs.existsSync(full) ? full : null;
}
