import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { syncColumns } from "./common";
import {
  awardSources,
  awardTypes,
  codesOf,
  proposingBodies,
  recipientCategories,
  recipientKinds,
} from "../../electron/contract/vocabulary";

/**
 * The award registry (sổ khen thưởng): every award conferred, from decisions made here and from
 * history typed or imported. It is what the eligibility rules read.
 */
export const awardRecords = sqliteTable(
  "award_records",
  {
    ...syncColumns,
    /** The year (or the end of the period) the award is for. */
    year: integer("year").notNull(),
    /** ca_nhan, tap_the, ho_gia_dinh. */
    recipientKind: text("recipient_kind", { enum: recipientKinds }).notNull(),
    /** Directory links; all null for a recipient typed by name only. */
    personId: text("person_id"),
    householdId: text("household_id"),
    /** The collective itself (tap_the), or the unit a person/household belonged to at the time. */
    unitId: text("unit_id"),
    /** Snapshot of the recipient's name (or the free name when nothing is linked). */
    recipientName: text("recipient_name").notNull(),
    /** Snapshot of the unit's name at the time (for a person or household), "" when none. */
    unitName: text("unit_name").notNull().default(""),
    /** A code of award_catalogue; the name is a snapshot in case the catalogue changes. */
    awardCode: text("award_code").notNull(),
    awardName: text("award_name").notNull(),
    decisionNumber: text("decision_number").notNull().default(""),
    decisionDate: text("decision_date"),
    issuer: text("issuer").notNull().default(""),
    /** quyet_dinh (issued here, read-only), nhap_tay, nhap_excel. */
    source: text("source", { enum: codesOf(awardSources) }).notNull(),
    /** The decision record of this app that conferred it (source quyet_dinh). */
    decisionId: text("decision_id"),
    /** Set when a later decision cancelled this award: its number and date; never deleted. */
    cancelledBy: text("cancelled_by"),
    cancelledOn: text("cancelled_on"),
    note: text("note").notNull().default(""),
    /** Statistics classification (biểu 0602/0603); null: not classified ("chưa phân loại"). */
    recipientCategory: text("recipient_category", { enum: recipientCategories }),
    awardType: text("award_type", { enum: awardTypes }),
    proposingBody: text("proposing_body", { enum: proposingBodies }),
    /** Folded recipient, unit, award and decision number (foldForSearch). */
    searchKey: text("search_key").notNull(),
  },
  (t) => [
    index("award_records_person").on(t.personId),
    index("award_records_unit").on(t.unitId),
    index("award_records_household").on(t.householdId),
    index("award_records_year_code").on(t.year, t.awardCode),
    index("award_records_decision").on(t.decisionId),
    // Covers the Thống kê page's counts per year, kind, form and unit (live, not cancelled).
    index("award_records_stats")
      .on(t.year, t.recipientKind, t.awardCode, t.unitId)
      .where(sql`${t.deletedAt} IS NULL AND ${t.cancelledBy} IS NULL`),
    // The same, unit first: the per-unit counts stream in unit order without sorting.
    index("award_records_unit_stats")
      .on(t.unitId, t.year, t.recipientKind, t.awardCode)
      .where(sql`${t.deletedAt} IS NULL AND ${t.cancelledBy} IS NULL`),
  ],
);
