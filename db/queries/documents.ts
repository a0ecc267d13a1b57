import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../open-database";
import { documents } from "../schema";
import { liveRows, syncedRows } from "./sync-rows";

export type DocumentRow = typeof documents.$inferSelect;

export const documentRows = syncedRows(documents);

/** Puts an issued register document back to a draft: no number, not issued. */
export function unissueDocument(db: Db, id: string): void {
  db.update(documents)
    .set({ seq: null, state: "du_thao", issuedAt: null })
    .where(eq(documents.id, id))
    .run();
}

/** Refreshes a draft's heading (date, its year, summary, signer) before its file is refilled. */
export function updateDraftHeading(
  db: Db,
  id: string,
  h: { docDate: string; summary: string; signerName: string; now: number },
): void {
  db.update(documents)
    .set({
      docDate: h.docDate,
      year: Number(h.docDate.slice(0, 4)),
      summary: h.summary,
      signerName: h.signerName,
      updatedAt: h.now,
    })
    .where(eq(documents.id, id))
    .run();
}

/** The live register documents made from one source record by some kinds, oldest first. */
export function documentsOfSource(db: Db, sourceId: string, sourceKinds: string[]): DocumentRow[] {
  return liveRows(
    db,
    documents,
    [documents.createdAt],
    and(eq(documents.sourceId, sourceId), inArray(documents.sourceKind, sourceKinds)),
  );
}
