import { eq, inArray } from "drizzle-orm";
import type { Db } from "../open-database";
import { awardCatalogue, baseSalaries, legalBases } from "../schema";
import { liveRows, syncedRows } from "./sync-rows";

export type AwardRow = typeof awardCatalogue.$inferSelect;

/**
 * The award catalogue (danh mục hình thức khen thưởng) read once, its versions by code: which
 * version is in force on a date, else the latest.
 */
export class AwardCatalogue {
  private byCode = new Map<string, AwardRow[]>();
  constructor(rows: AwardRow[]) {
    for (const a of rows) this.byCode.set(a.code, [...(this.byCode.get(a.code) ?? []), a]);
  }
  /** The version in force on the date, if any. */
  inForce(code: string, date: string): AwardRow | undefined {
    // The WHERE a query would write: valid_from <= date AND (valid_to IS NULL OR date <= valid_to).
    return this.byCode
      .get(code)
      ?.find((a) => a.validFrom <= date && (a.validTo === null || date <= a.validTo));
  }
  /** The version in force on the date, else the latest one. */
  on(code: string, date: string): AwardRow | undefined {
    return this.inForce(code, date) ?? this.byCode.get(code)?.at(-1);
  }
}

/** The live catalogue, every version ordered by the date it came into force. */
export function awardCatalogueOn(db: Db): AwardCatalogue {
  return new AwardCatalogue(liveRows(db, awardCatalogue, [awardCatalogue.validFrom]));
}

export type LegalBasisRow = typeof legalBases.$inferSelect;
export type BaseSalaryRow = typeof baseSalaries.$inferSelect;

/** The legal bases library (căn cứ pháp lý), unordered or oldest first by issue or effect date. */
export function legalBasisList(
  db: Db,
  order: "none" | "issued" | "effective" = "none",
): LegalBasisRow[] {
  const by =
    order === "issued"
      ? [legalBases.issuedDate]
      : order === "effective"
        ? [legalBases.effectiveFrom]
        : [];
  return liveRows(db, legalBases, by);
}

export const baseSalaryRows = syncedRows(baseSalaries);

/** The base salary (mức lương cơ sở) history, unordered or oldest first. */
export function baseSalaryList(db: Db, ordered = false): BaseSalaryRow[] {
  return liveRows(db, baseSalaries, ordered ? [baseSalaries.effectiveFrom] : []);
}

/** The live base salaries that take effect on a date. */
export function baseSalariesFrom(db: Db, effectiveFrom: string): BaseSalaryRow[] {
  return liveRows(db, baseSalaries, [], eq(baseSalaries.effectiveFrom, effectiveFrom));
}

/** Every live version of every award, in the catalogue's order (or none when `ordered` is false). */
export function awardVersions(db: Db, ordered = true): AwardRow[] {
  return liveRows(db, awardCatalogue, ordered ? [awardCatalogue.sortOrder] : []);
}

export const awardRows = syncedRows(awardCatalogue);

/** Names of some award versions by id, deleted ones included. */
export function awardNamesByIds(db: Db, ids: string[]): Map<string, string> {
  return new Map(
    db
      .select({ id: awardCatalogue.id, name: awardCatalogue.name })
      .from(awardCatalogue)
      .where(inArray(awardCatalogue.id, ids))
      .all()
      .map((a) => [a.id, a.name]),
  );
}

export const legalBasisRows = syncedRows(legalBases);

/** Every live award version by catalogue order, code and date (the catalogue screen's order). */
export function awardVersionsForList(db: Db): AwardRow[] {
  return liveRows(db, awardCatalogue, [
    awardCatalogue.sortOrder,
    awardCatalogue.code,
    awardCatalogue.validFrom,
  ]);
}

/** The live versions of one award code. */
export function versionsOfCode(db: Db, code: string): AwardRow[] {
  return liveRows(db, awardCatalogue, [], eq(awardCatalogue.code, code));
}

/** The live legal bases with a document number. */
export function legalBasesNumbered(db: Db, number: string): LegalBasisRow[] {
  return liveRows(db, legalBases, [], eq(legalBases.number, number));
}
