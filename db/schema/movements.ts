import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { syncColumns } from "./common";
import {
  launchLevels,
  movementKinds,
  movementScopes,
  recipientKinds,
} from "../../electron/contract/vocabulary";

/** A chỉ tiêu as stored: the number and its unit are for reports (null and "" when none). */
export interface MovementTarget {
  text: string;
  number: number | null;
  unit: string;
}

/** Phong trào thi đua: the regular yearly one, a thematic one, or a special drive (seeds 002–004). */
export const movements = sqliteTable(
  "movements",
  {
    ...syncColumns,
    /** thuong_xuyen, chuyen_de or dot. */
    kind: text("kind", { enum: movementKinds }).notNull(),
    name: text("name").notNull(),
    theme: text("theme").notNull().default(""),
    slogan: text("slogan").notNull().default(""),
    startDate: text("start_date").notNull(),
    endDate: text("end_date").notNull(),
    /** The working year it is listed under (the year of its start). */
    year: integer("year").notNull(),
    /** JSON array of legal_bases.id. */
    legalBasisIds: text("legal_basis_ids", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default([]),
    purposes: text("purposes").notNull().default(""),
    requirements: text("requirements").notNull().default(""),
    /** Chỉ tiêu: JSON array of { text, number, unit } (number and unit optional, for reports). */
    targets: text("targets", { mode: "json" }).$type<MovementTarget[]>().notNull().default([]),
    /** Đối tượng: JSON arrays of unit kinds and person categories taking part. */
    participantUnitKinds: text("participant_unit_kinds", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default([]),
    participantCategories: text("participant_categories", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default([]),
    registrationDeadline: text("registration_deadline"),
    dossierDeadline: text("dossier_deadline"),
    reportDeadline: text("report_deadline"),
    /** Statistics (biểu 0601): who launched it, its scope, the launching decision's date. */
    launchLevel: text("launch_level", { enum: launchLevels }),
    scope: text("scope", { enum: movementScopes }),
    launchDecisionDate: text("launch_decision_date"),
  },
  (t) => [index("movements_year").on(t.year)],
);

/** A quota line as stored in quota_lines (the same shape as electron/domain/quotas.ts QuotaLine). */
export type StoredQuotaLine =
  | { scope: "moi_don_vi"; quota: number }
  | { scope: "loai_don_vi"; unitKind: string; quota: number }
  | { scope: "don_vi"; unitId: string; quota: number };

/** An award form or title offered by a movement, with its criteria and quotas. */
export const movementAllocations = sqliteTable(
  "movement_allocations",
  {
    ...syncColumns,
    movementId: text("movement_id")
      .notNull()
      .references(() => movements.id),
    /** award_catalogue.id. */
    awardId: text("award_id").notNull(),
    /** ca_nhan, tap_the or ho_gia_dinh. */
    recipientKind: text("recipient_kind", { enum: recipientKinds }).notNull(),
    criteria: text("criteria").notNull().default(""),
    /** The most the whole movement may award, or null. */
    totalQuota: integer("total_quota"),
    /** JSON array of quota lines (electron/domain/quotas.ts QuotaLine). */
    quotaLines: text("quota_lines").notNull().default("[]"),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [index("movement_allocations_movement").on(t.movementId)],
);
