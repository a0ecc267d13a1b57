import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../open-database";
import { awardRecords } from "../schema";
import { foldKey } from "./name-keys";
import { upsertRow, type WriteStamp } from "./sync-rows";

/** What the registry's search matches: recipient, unit, award, decision number. */
export function awardSearchKey(r: {
  recipientName: string;
  unitName: string;
  awardName: string;
  decisionNumber: string;
  issuer: string;
}) {
  return foldKey(`${r.recipientName} ${r.unitName} ${r.awardName} ${r.decisionNumber} ${r.issuer}`);
}

/** One recipient of an issued decision, as the decisions work hands it over. */
export interface DecisionAwardRow {
  year: number;
  recipientKind: "ca_nhan" | "tap_the" | "ho_gia_dinh";
  personId?: string | null;
  unitId?: string | null;
  householdId?: string | null;
  /** Name as printed in the decision. */
  recipientName: string;
  /** The person's or household's unit as printed; "" for a collective. */
  unitName?: string;
  awardCode: string;
  awardName: string;
  note?: string;
}

export interface DecisionInfo {
  decisionNumber: string;
  /** YYYY-MM-DD. */
  decisionDate: string;
  /** Who conferred it, e.g. "Chủ tịch UBND huyện Vĩnh Cửu". */
  issuer: string;
}

/**
 * Writes the recipients of an issued decision into the registry (source quyet_dinh, read-only in
 * the registry's screens). Runs in the caller's transaction when given one. Idempotent: if this
 * decision's recipients are already recorded, returns their ids and writes nothing.
 */
export function recordDecisionAwards(
  db: Db,
  stamp: WriteStamp,
  decisionId: string,
  decision: DecisionInfo,
  rows: DecisionAwardRow[],
): string[] {
  const existing = db
    .select({ id: awardRecords.id })
    .from(awardRecords)
    .where(and(eq(awardRecords.decisionId, decisionId), isNull(awardRecords.deletedAt)))
    .all();
  if (existing.length) return existing.map((r) => r.id);
  return db.transaction((tx) =>
    rows.map((r) => {
      const values = {
        year: r.year,
        recipientKind: r.recipientKind,
        personId: r.personId ?? null,
        unitId: r.unitId ?? null,
        householdId: r.householdId ?? null,
        recipientName: r.recipientName,
        unitName: r.unitName ?? "",
        awardCode: r.awardCode,
        awardName: r.awardName,
        decisionNumber: decision.decisionNumber,
        decisionDate: decision.decisionDate,
        issuer: decision.issuer,
        source: "quyet_dinh",
        decisionId,
        note: r.note ?? "",
      };
      return upsertRow(
        tx,
        awardRecords,
        undefined,
        { ...values, searchKey: awardSearchKey(values) },
        stamp,
      )!;
    }),
  );
}

/**
 * A cancelling decision (quyết định hủy bỏ) marks the recipients of the cancelled decision; the
 * records stay in the registry, struck through, and no longer count for eligibility.
 */
export function cancelDecisionAwards(
  db: Db,
  stamp: WriteStamp,
  decisionId: string,
  cancelling: { decisionNumber: string; decisionDate: string },
): number {
  return db
    .update(awardRecords)
    .set({
      cancelledBy: cancelling.decisionNumber,
      cancelledOn: cancelling.decisionDate,
      updatedAt: stamp.now,
    })
    .where(
      and(
        eq(awardRecords.decisionId, decisionId),
        isNull(awardRecords.deletedAt),
        isNull(awardRecords.cancelledBy),
      ),
    )
    .run().changes;
}
