import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { syncColumns } from "./common";
import {
  awardKinds,
  legalDocTypes,
  recipientKinds,
  statGroups,
} from "../../electron/contract/vocabulary";

/** Titles (danh hiệu) and award forms (hình thức), versioned by validity dates per code. */
export const awardCatalogue = sqliteTable(
  "award_catalogue",
  {
    ...syncColumns,
    code: text("code").notNull(),
    name: text("name").notNull(),
    /** ca_nhan, tap_the, ho_gia_dinh. */
    recipientKind: text("recipient_kind", { enum: recipientKinds }).notNull(),
    /** danh_hieu (title) or hinh_thuc (award form). */
    kind: text("kind", { enum: awardKinds }).notNull(),
    conferredBy: text("conferred_by").notNull().default(""),
    /** Money = coefficient × mức lương cơ sở; null when none is paid. */
    coefficient: real("coefficient"),
    criteria: text("criteria").notNull().default(""),
    validFrom: text("valid_from").notNull(),
    /** Last day of validity; null while valid. */
    validTo: text("valid_to"),
    sortOrder: integer("sort_order").notNull().default(0),
    /** Nhóm thống kê (biểu 0602/0603 column group); null: not yet classified. */
    statGroup: text("stat_group", { enum: statGroups }),
  },
  (t) => [index("award_catalogue_code").on(t.code)],
);

/**
 * Eligibility rules of an award, as data: `rule_code` names a check the engine knows
 * (electron/domain/eligibility.ts), `params` its numbers (JSON), with the period the rule is in
 * force (the law changes: the 15% cap on CSTĐCS ended with the 2022 law).
 */
export const awardRules = sqliteTable(
  "award_rules",
  {
    ...syncColumns,
    awardCode: text("award_code").notNull(),
    ruleCode: text("rule_code").notNull(),
    /** JSON object of the rule's parameters. */
    params: text("params").notNull().default("{}"),
    /** blocking or warning: how a failed check is shown. */
    level: text("level").notNull().default("blocking"),
    validFrom: text("valid_from").notNull(),
    /** Last day in force; null while in force. */
    validTo: text("valid_to"),
    note: text("note").notNull().default(""),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [index("award_rules_code").on(t.awardCode)],
);

/** Library of legal bases (căn cứ) cited by documents, with the period each is in force. */
export const legalBases = sqliteTable("legal_bases", {
  ...syncColumns,
  title: text("title").notNull(),
  /** luat, nghi_dinh, thong_tu, quyet_dinh, chi_thi, nghi_quyet, ke_hoach, khac. */
  docType: text("doc_type", { enum: legalDocTypes }).notNull(),
  number: text("number").notNull().default(""),
  issuedDate: text("issued_date"),
  issuer: text("issuer").notNull().default(""),
  effectiveFrom: text("effective_from").notNull(),
  /** Last day it applies; null while in force. */
  effectiveTo: text("effective_to"),
  note: text("note").notNull().default(""),
});
