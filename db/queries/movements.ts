import { eq } from "drizzle-orm";
import type { Db } from "../open-database";
import { movementAllocations, movements, type StoredQuotaLine } from "../schema";
import { liveRows, syncedRows } from "./sync-rows";

export type MovementRow = typeof movements.$inferSelect;

export const movementRows = syncedRows(movements);

/** Every live movement (phong trào), in no particular order. */
export function liveMovements(db: Db): MovementRow[] {
  return liveRows(db, movements, []);
}

/** A movement by id, deleted or not (old records still name it). */
export function movementEvenDeleted(db: Db, id: string): MovementRow | undefined {
  return db.select().from(movements).where(eq(movements.id, id)).get();
}

export type MovementAllocationRow = typeof movementAllocations.$inferSelect;
export const movementAllocationRows = syncedRows(movementAllocations);

/** An allocation's quota lines (stored as JSON text, see QuotaLine in electron/domain/quotas.ts). */
export function quotaLinesOf(a: Pick<MovementAllocationRow, "quotaLines">): StoredQuotaLine[] {
  return JSON.parse(a.quotaLines) as StoredQuotaLine[];
}

/** The live allocations (chỉ tiêu) of a movement, in their order. */
export function allocationsOfMovement(db: Db, movementId: string): MovementAllocationRow[] {
  return liveRows(
    db,
    movementAllocations,
    [movementAllocations.sortOrder],
    eq(movementAllocations.movementId, movementId),
  );
}

/** The live allocations of a movement, in no particular order. */
export function allocationsOfMovementUnordered(
  db: Db,
  movementId: string,
): MovementAllocationRow[] {
  return liveRows(db, movementAllocations, [], eq(movementAllocations.movementId, movementId));
}

/** The live movements of a year, by start date (or none when `ordered` is false). */
export function movementsOfYear(db: Db, year: number, ordered = true): MovementRow[] {
  return liveRows(db, movements, ordered ? [movements.startDate] : [], eq(movements.year, year));
}
