import { z } from "zod";
import { id, isoDate, okOutput, optionalText, year } from "./common";
import { mutation, query } from "./define";
import {
  awardSources,
  awardTypes,
  categoriesOfKind,
  codesOf,
  eligibilityLevels,
  proposingBodies,
  recipientCategories,
  recipientKindLabels,
  recipientKinds,
  type RecipientKind,
} from "./vocabulary";

/** The award registry (sổ khen thưởng) and the eligibility checks that read it. */

/** What the statistical forms read of a registry line (null: not classified yet). */
const classification = {
  recipientCategory: z.enum(recipientCategories).nullable().default(null),
  awardType: z.enum(awardTypes).nullable().default(null),
  proposingBody: z.enum(proposingBodies).nullable().default(null),
};
const categoryFitsKind = (a: { recipientKind: RecipientKind; recipientCategory: string | null }) =>
  a.recipientCategory === null ||
  (categoriesOfKind[a.recipientKind] as readonly string[]).includes(a.recipientCategory);
const categoryMessage = {
  message: "Phân loại đối tượng không hợp với loại đối tượng (tập thể, cá nhân, hộ gia đình)",
  path: ["recipientCategory"],
};

/** Classifying a line, whatever its source (a decision's lines are otherwise read-only). */
export const awardClassifyInput = z
  .object({ id, recipientKind: z.enum(recipientKinds), ...classification })
  .refine(categoryFitsKind, categoryMessage);

export const awardRecordInput = z
  .object({
    year,
    recipientKind: z.enum(codesOf(recipientKindLabels), { error: "Chưa chọn loại đối tượng" }),
    personId: id.nullable().default(null),
    unitId: id.nullable().default(null),
    householdId: id.nullable().default(null),
    /** Required when nothing in the directory is linked. */
    recipientName: optionalText("Tên đối tượng", 300),
    awardCode: z.string().trim().min(1, "Chưa chọn hình thức khen thưởng"),
    decisionNumber: optionalText("Số quyết định", 50),
    decisionDate: isoDate.nullable().default(null),
    issuer: optionalText("Cấp quyết định", 300),
    note: optionalText("Ghi chú", 1000),
    ...classification,
  })
  .refine(categoryFitsKind, categoryMessage)
  .refine((a) => !a.decisionDate || Number(a.decisionDate.slice(0, 4)) >= a.year, {
    message: "Ngày quyết định không thể trước năm khen thưởng",
    path: ["decisionDate"],
  });
export type AwardRecordInput = z.input<typeof awardRecordInput>;

export const awardRecordRow = z.object({
  id,
  year: z.number().int(),
  recipientKind: z.enum(codesOf(recipientKindLabels)),
  personId: z.string().nullable(),
  unitId: z.string().nullable(),
  householdId: z.string().nullable(),
  recipientName: z.string(),
  unitName: z.string(),
  awardCode: z.string(),
  awardName: z.string(),
  decisionNumber: z.string(),
  decisionDate: z.string().nullable(),
  issuer: z.string(),
  source: z.enum(codesOf(awardSources)),
  decisionId: z.string().nullable(),
  cancelledBy: z.string().nullable(),
  cancelledOn: z.string().nullable(),
  note: z.string(),
  recipientCategory: z.enum(recipientCategories).nullable(),
  awardType: z.enum(awardTypes).nullable(),
  proposingBody: z.enum(proposingBodies).nullable(),
});
export type AwardRecordRow = z.infer<typeof awardRecordRow>;

export const awardFilter = z.object({
  q: z.string().max(100).default(""),
  year: year.nullable().default(null),
  awardCode: z.string().nullable().default(null),
  recipientKind: z.enum(codesOf(recipientKindLabels)).nullable().default(null),
  unitId: id.nullable().default(null),
  source: z.enum(codesOf(awardSources)).nullable().default(null),
});
export type AwardFilter = z.input<typeof awardFilter>;

export const awardImportPreview = z.object({
  token: z.string(),
  fileName: z.string(),
  convertedCells: z.number().int(),
  /** Formula cells read by the value Excel last showed for them. */
  formulaCells: z.number().int(),
  counts: z.object({
    new: z.number().int(),
    duplicate: z.number().int(),
    error: z.number().int(),
  }),
  rows: z.array(
    z.object({
      row: z.number().int(),
      status: z.enum(["new", "duplicate", "error"]),
      label: z.string(),
      reason: z.string(),
    }),
  ),
});
export type AwardImportPreview = z.infer<typeof awardImportPreview>;

// Eligibility --------------------------------------------------------------------------------

export const nomineeRef = z.object({
  kind: z.enum(codesOf(recipientKindLabels)),
  id: id.nullable(),
  name: z.string().max(300).default(""),
});
export const eligibilityNominationInput = z.object({
  nominee: nomineeRef,
  awardCode: z.string().min(1),
  year,
  /** The proposing unit, for quotas and caps. */
  unitId: id.nullable().default(null),
  label: z.string().max(200).default(""),
  /** The dossier nomination being checked: the award its own decision conferred is not held against it. */
  nominationId: id.nullable().default(null),
});
export const quotaSpecInput = z.object({
  awardCode: z.string().min(1),
  totalQuota: z.number().int().nullable().default(null),
  lines: z
    .array(
      z.discriminatedUnion("scope", [
        z.object({ scope: z.literal("moi_don_vi"), quota: z.number().int() }),
        z.object({
          scope: z.literal("loai_don_vi"),
          unitKind: z.string(),
          quota: z.number().int(),
        }),
        z.object({ scope: z.literal("don_vi"), unitId: id, quota: z.number().int() }),
      ]),
    )
    .default([]),
});
export const extraRuleInput = z.object({
  awardCode: z.string().min(1),
  ruleCode: z.string().min(1),
  level: z.enum(["blocking", "warning"]).default("blocking"),
  params: z.record(z.string(), z.unknown()).default({}),
});
export const eligibilityResultSchema = z.object({
  level: z.enum(codesOf(eligibilityLevels)),
  ruleCode: z.string(),
  message: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type EligibilityResultRow = z.infer<typeof eligibilityResultSchema>;

export const awardRuleRow = z.object({
  id,
  awardCode: z.string(),
  ruleCode: z.string(),
  ruleName: z.string(),
  level: z.enum(["blocking", "warning"]),
  params: z.record(z.string(), z.unknown()),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  note: z.string(),
});

const savedFile = z.object({ path: z.string(), fileName: z.string() });

/** Whose award history to print: exactly one person, one collective (unit) or one household. */
export const awardHistoryInput = z
  .object({
    personId: id.optional(),
    unitId: id.optional(),
    householdId: id.optional(),
    format: z.enum(["xlsx", "docx"], { error: "Chọn định dạng Excel hoặc Word" }),
  })
  .refine((a) => [a.personId, a.unitId, a.householdId].filter(Boolean).length === 1, {
    message: "Chọn một cá nhân, một tập thể hoặc một hộ gia đình để in quá trình khen thưởng",
    path: ["personId"],
  });
export type AwardHistoryInput = z.input<typeof awardHistoryInput>;

export const awardsProcedures = {
  "awards.list": query(
    awardFilter.extend({
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
    }),
    z.object({ rows: z.array(awardRecordRow), total: z.number().int() }),
  ),
  "awards.save": mutation(
    z.intersection(awardRecordInput, z.object({ id: id.optional() })),
    awardRecordRow,
  ),
  "awards.get": query(z.object({ id }), awardRecordRow),
  "awards.delete": mutation(z.object({ id }), okOutput),
  /** Sets a line's statistics classification, whatever its source (for the statistical forms). */
  "awards.classify": mutation(awardClassifyInput, awardRecordRow),
  /** Every award of a person, newest first (the person's page, Báo cáo thành tích section III). */
  "awards.forPerson": query(z.object({ personId: id }), z.array(awardRecordRow)),
  /** A unit's own (collective) awards and those of the people and households under it. */
  "awards.forUnit": query(
    z.object({ unitId: id }),
    z.object({ collective: z.array(awardRecordRow), members: z.array(awardRecordRow) }),
  ),
  "awards.importTemplate": mutation(z.object({}), savedFile),
  "awards.previewImport": mutation(
    z.object({ path: z.string().min(1, "Chưa chọn tệp") }),
    awardImportPreview,
  ),
  "awards.commitImport": mutation(
    z.object({ token: z.string().min(1) }),
    z.object({ inserted: z.number().int(), backup: z.string() }),
  ),
  "awards.export": mutation(awardFilter, savedFile),
  /**
   * Quá trình khen thưởng of one person, collective or household (REPORT-FORMS §1.5): every
   * registry line, oldest first, cancelled ones struck and noted; refused when there is none.
   */
  "awards.historySheet": mutation(awardHistoryInput, savedFile),
  /** The eligibility rules of the catalogue (all periods), for the settings and the officer. */
  "awards.listRules": query(
    z.object({ awardCode: z.string().nullable().default(null) }),
    z.array(awardRuleRow),
  ),
  /**
   * Eligibility of a list of nominations against the registry, ratings, discipline and
   * initiatives; `others` are nominations already made elsewhere (duplicates, quotas).
   */
  "awards.checkEligibility": query(
    z.object({
      nominations: z
        .array(eligibilityNominationInput)
        .max(5000, "Tối đa 5.000 đề nghị mỗi lần kiểm tra"),
      others: z.array(eligibilityNominationInput).max(20000).default([]),
      quotas: z.array(quotaSpecInput).default([]),
      /**
       * Conditions of this occasion beyond the catalogue's, e.g. a movement's criteria (seed 004:
       * "2016–2019 liên tục hoàn thành tốt nhiệm vụ trở lên, có 02 năm hoàn thành xuất sắc").
       */
      extraRules: z.array(extraRuleInput).max(100).default([]),
    }),
    z.array(
      z.object({
        level: z.enum(codesOf(eligibilityLevels)),
        results: z.array(eligibilityResultSchema),
      }),
    ),
  ),
};
