import type Database from "better-sqlite3";

/**
 * Every row of every table (drizzle's own bookkeeping included), in a stable order: two equal
 * snapshots mean nothing was written in between.
 */
export function snapshotDatabase(sqlite: Database.Database): Record<string, string[]> {
  const tables = sqlite
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
    )
    .pluck()
    .all() as string[];
  const out: Record<string, string[]> = {};
  for (const t of tables) {
    // Sorted by content rather than rowid: some tables (FTS shadow tables) have no rowid.
    const rows = sqlite.prepare(`select * from "${t}"`).all();
    out[t] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

/** Live (not tombstoned) and tombstoned row counts of a sync table. */
export function rowCounts(
  sqlite: Database.Database,
  table: string,
): { live: number; deleted: number } {
  return sqlite
    .prepare(
      `select sum(deleted_at is null) as live, sum(deleted_at is not null) as deleted from "${table}"`,
    )
    .get() as { live: number; deleted: number };
}
