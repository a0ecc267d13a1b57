import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { syncColumns } from "./common";
import { genders, tdktBodyLevels, trainingLevels } from "../../electron/contract/vocabulary";

/**
 * A version of a statistical form the office added as data (a new circular's layout): the
 * shipped versions live in electron/reports/forms; these are read beside them.
 */
export const statisticalForms = sqliteTable("statistical_forms", {
  ...syncColumns,
  /** The form's code as printed, e.g. "0602.N/BNV-TĐKT". */
  code: text("code").notNull(),
  title: text("title").notNull(),
  /** The legal citation printed under the code. */
  legalBasis: text("legal_basis").notNull(),
  validFrom: text("valid_from").notNull(),
  /** Last day in force; null while in force. */
  validTo: text("valid_to"),
  /** JSON layout (electron/contract/statistics.ts formLayoutSchema). */
  layout: text("layout").notNull(),
});

/** Tổ chức làm công tác thi đua, khen thưởng (biểu 0604), kept in settings. */
export const tdktBodies = sqliteTable("tdkt_bodies", {
  ...syncColumns,
  name: text("name").notNull(),
  level: text("level", { enum: tdktBodyLevels }).notNull(),
  /** First and last year it existed; null: open. */
  fromYear: integer("from_year").notNull(),
  toYear: integer("to_year"),
  note: text("note").notNull().default(""),
});

/** Công chức làm công tác thi đua, khen thưởng (biểu 0605), kept in settings. */
export const tdktStaff = sqliteTable("tdkt_staff", {
  ...syncColumns,
  fullName: text("full_name").notNull(),
  gender: text("gender", { enum: genders }).notNull(),
  birthYear: integer("birth_year").notNull(),
  training: text("training", { enum: trainingLevels }).notNull(),
  /** The year they began TĐKT work (seniority), and the last year (null while still in it). */
  sinceYear: integer("since_year").notNull(),
  untilYear: integer("until_year"),
  note: text("note").notNull().default(""),
});

/** Quỹ thi đua, khen thưởng: money received into a fund (the spending is the decisions'). */
export const rewardFundReceipts = sqliteTable("reward_fund_receipts", {
  ...syncColumns,
  year: integer("year").notNull(),
  /** The fund, e.g. "Quỹ thi đua, khen thưởng huyện". */
  fund: text("fund").notNull(),
  /** The revenue item, e.g. "Ngân sách cấp", "Đóng góp của tổ chức, cá nhân". */
  item: text("item").notNull(),
  amount: integer("amount").notNull(),
  receivedOn: text("received_on"),
  note: text("note").notNull().default(""),
});
