import { integer, text } from "drizzle-orm/sqlite-core";

/**
 * Columns of records that travel between installations on a USB package: a UUIDv7 id, times in
 * epoch ms, a tombstone instead of deletion, and the installation the record was created on.
 */
export const syncColumns = {
  id: text("id").primaryKey(),
  createdAt: integer("created_at").notNull(),
  updatedAt: integer("updated_at").notNull(),
  /** Tombstone: set instead of deleting so that imports can tell "deleted" from "never seen". */
  deletedAt: integer("deleted_at"),
  /** installation.id of the installation that created the record. */
  origin: text("origin").notNull(),
};
