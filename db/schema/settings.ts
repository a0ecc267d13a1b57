import { sql } from "drizzle-orm";
import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { syncColumns } from "./common";
import { authorityPrefixes, councilRoles } from "../../electron/contract/vocabulary";

export const signers = sqliteTable("signers", {
  ...syncColumns,
  fullName: text("full_name").notNull(),
  position: text("position").notNull(),
  /** "", "TM.", "KT.", "Q.", "TL." or "TUQ.". */
  authority: text("authority", { enum: authorityPrefixes }).notNull().default(""),
  /** What the authority prefix stands for ("Chủ tịch" after KT.). */
  authorityOf: text("authority_of").notNull().default(""),
  /** Optional extra "TM. …" line printed above a KT. line. */
  onBehalfOf: text("on_behalf_of").notNull().default(""),
  isDefault: integer("is_default", { mode: "boolean" }).notNull().default(false),
  sortOrder: integer("sort_order").notNull().default(0),
});

export const councilMembers = sqliteTable("council_members", {
  ...syncColumns,
  fullName: text("full_name").notNull(),
  position: text("position").notNull().default(""),
  /** chu_tich, pho_chu_tich, uy_vien_thuong_truc, uy_vien, thu_ky. */
  role: text("role", { enum: councilRoles }).notNull(),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  sortOrder: integer("sort_order").notNull().default(0),
});

/** Mức lương cơ sở history; a row applies from its date until the next row's date. */
export const baseSalaries = sqliteTable(
  "base_salaries",
  {
    ...syncColumns,
    /** In đồng. */
    amount: integer("amount").notNull(),
    effectiveFrom: text("effective_from").notNull(),
    legalBasis: text("legal_basis").notNull().default(""),
  },
  (t) => [
    uniqueIndex("base_salaries_effective_from_live")
      .on(t.effectiveFrom)
      .where(sql`deleted_at is null`),
  ],
);
