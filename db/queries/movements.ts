import type { Db } from "../open-database";
import { movements } from "../schema";
import { liveRows, syncedRows } from "./sync-rows";

export type MovementRow = typeof movements.$inferSelect;

export const movementRows = syncedRows(movements);

/** Every live movement (phong trào), in no particular order. */
export function liveMovements(db: Db): MovementRow[] {
  return liveRows(db, movements, []);
}
