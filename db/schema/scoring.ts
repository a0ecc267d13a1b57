import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { syncColumns } from "./common";
import { criterionKinds, tieBreaks } from "../../electron/contract/vocabulary";

/** A cluster's score table for a year (giao ước thi đua and its bảng điểm, seed 002). */
export const scoreTables = sqliteTable(
  "score_tables",
  {
    ...syncColumns,
    year: integer("year").notNull(),
    /** clusters.id of the cụm/khối that signed the pact. */
    clusterId: text("cluster_id").notNull(),
    name: text("name").notNull(),
    /** Most bonus points a member can get, and most penalty points it can lose. */
    bonusLimit: real("bonus_limit").notNull().default(0),
    penaltyLimit: real("penalty_limit").notNull().default(0),
    /** dong_hang, diem_chuan or it_diem_tru (electron/domain/scoring.ts). */
    tieBreak: text("tie_break", { enum: tieBreaks }).notNull().default("diem_chuan"),
    /** Prize money per rank, JSON array of đồng: [10000000, 7000000, 5000000]. */
    prizes: text("prizes", { mode: "json" }).$type<number[]>().notNull().default([]),
  },
  (t) => [index("score_tables_year").on(t.year)],
);

export const scoreCriteria = sqliteTable(
  "score_criteria",
  {
    ...syncColumns,
    tableId: text("table_id")
      .notNull()
      .references(() => scoreTables.id),
    parentId: text("parent_id"),
    code: text("code").notNull(),
    title: text("title").notNull(),
    /** Base points, or the most a bonus/penalty item can add/remove. */
    maxPoints: real("max_points").notNull(),
    /** base, bonus or penalty. */
    kind: text("kind", { enum: criterionKinds }).notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [index("score_criteria_table").on(t.tableId)],
);

/** One member unit's points on one leaf criterion: its own, and after review (phúc tra). */
export const memberScores = sqliteTable(
  "member_scores",
  {
    ...syncColumns,
    tableId: text("table_id")
      .notNull()
      .references(() => scoreTables.id),
    unitId: text("unit_id").notNull(),
    criterionId: text("criterion_id")
      .notNull()
      .references(() => scoreCriteria.id),
    selfScore: real("self_score"),
    selfNote: text("self_note").notNull().default(""),
    /** Null until reviewed; ranking uses the reviewed score, or the self score where none. */
    reviewedScore: real("reviewed_score"),
    reviewNote: text("review_note").notNull().default(""),
  },
  (t) => [index("member_scores_table_unit").on(t.tableId, t.unitId)],
);
