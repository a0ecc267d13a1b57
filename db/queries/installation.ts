import type { Db } from "../open-database";
import { installation } from "../schema";
import { newId } from "../ids";

/** This installation's id (the `origin` of records it creates), created on first call. */
export function ensureInstallationId(db: Db, now: number): string {
  const row = db.select().from(installation).get();
  if (row) return row.id;
  const id = newId();
  db.insert(installation).values({ id, createdAt: now }).run();
  return id;
}
