import { and, asc, eq, isNull, type SQL } from "drizzle-orm";
import type { AnySQLiteColumn, SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { newId } from "../ids";
import type { Db } from "../open-database";

/** A table carrying the sync columns of db/schema/common.ts. */
type SyncTable = SQLiteTable & {
  id: AnySQLiteColumn;
  createdAt: AnySQLiteColumn;
  updatedAt: AnySQLiteColumn;
  deletedAt: AnySQLiteColumn;
  origin: AnySQLiteColumn;
};

export interface WriteStamp {
  now: number;
  origin: string;
}

/** Rows not tombstoned, in the given order. */
export function liveRows<T extends SyncTable>(
  db: Db,
  table: T,
  orderBy: SQLiteColumn[],
  where?: SQL,
) {
  const live = isNull(table.deletedAt);
  return db
    .select()
    .from(table as SyncTable)
    .where(where ? and(live, where) : live)
    .orderBy(...orderBy.map((c) => asc(c)))
    .all() as T["$inferSelect"][];
}

export function liveRow<T extends SyncTable>(db: Db, table: T, id: string) {
  return db
    .select()
    .from(table as SyncTable)
    .where(and(eq(table.id, id), isNull(table.deletedAt)))
    .get() as T["$inferSelect"] | undefined;
}

/** Insert with a new UUIDv7, or update the live row with that id; returns the id. */
export function upsertRow<T extends SyncTable>(
  db: Db,
  table: T,
  id: string | undefined,
  values: SaveValues<T>,
  stamp: WriteStamp,
): string | null {
  if (!id) return insertRow(db, table, newId(), values, stamp);
  const res = db
    .update(table as SyncTable)
    .set({ ...values, updatedAt: stamp.now } as never)
    .where(and(eq(table.id, id), isNull(table.deletedAt)))
    .run();
  return res.changes === 1 ? id : null;
}

/** Inserts a row under an id chosen beforehand (e.g. one that names its file). */
export function insertRow<T extends SyncTable>(
  db: Db,
  table: T,
  id: string,
  values: SaveValues<T>,
  stamp: WriteStamp,
): string {
  db.insert(table as SyncTable)
    .values({
      ...values,
      id,
      createdAt: stamp.now,
      updatedAt: stamp.now,
      origin: stamp.origin,
    } as never)
    .run();
  return id;
}

/** Tombstone instead of delete, so that USB imports can tell deleted from never seen. */
export function tombstoneRow<T extends SyncTable>(
  db: Db,
  table: T,
  id: string,
  now: number,
): boolean {
  const res = db
    .update(table as SyncTable)
    .set({ deletedAt: now, updatedAt: now } as never)
    .where(and(eq(table.id, id), isNull(table.deletedAt)))
    .run();
  return res.changes === 1;
}

/** The fields a save may set on a table (the sync columns come from the stamp). */
export type SaveValues<T extends SyncTable> = Partial<
  Omit<T["$inferInsert"], "id" | "createdAt" | "updatedAt" | "origin">
>;

/**
 * The single-row reads and writes of one synced table, typed by its schema: the live row by id,
 * save (insert without an id, update the live row with one; the id, or null when that row is
 * gone) and tombstone.
 */
export function syncedRows<T extends SyncTable>(table: T) {
  return {
    byId: (db: Db, id: string) => liveRow(db, table, id),
    save: (db: Db, id: string | undefined, values: SaveValues<T>, stamp: WriteStamp) =>
      upsertRow(db, table, id, values, stamp),
    insert: (db: Db, id: string, values: SaveValues<T>, stamp: WriteStamp) =>
      insertRow(db, table, id, values, stamp),
    tombstone: (db: Db, id: string, now: number) => tombstoneRow(db, table, id, now),
  };
}
