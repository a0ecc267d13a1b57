import { z } from "zod";
import { id, isoDate, okOutput, optionalText, requiredText, year } from "./common";
import { mutation, query } from "./define";
import { genders, tdktBodyLevels, trainingLevels } from "./vocabulary";

/**
 * Statistical forms (biểu thống kê) as data: a version is a code, its legal basis, the period it
 * is in force and a layout. The engine (electron/reports/form-engine.ts) counts a source's items
 * into the layout's cells; nothing in code is keyed on a form's number.
 */

/** Where a form's items come from, and the fields each item has (for checking a layout). */
export const formSources = {
  movements: {
    label: "Phong trào thi đua",
    fields: ["launchLevel", "scope", "duration", "method"],
  },
  awards: {
    label: "Sổ khen thưởng",
    fields: [
      "level",
      "statGroup",
      "form",
      "awardKind",
      "recipientKind",
      "category",
      "awardType",
      "proposingBody",
      "unit",
      "unitGroup",
    ],
  },
  bodies: { label: "Tổ chức làm công tác thi đua, khen thưởng", fields: ["level"] },
  staff: {
    label: "Công chức làm công tác thi đua, khen thưởng",
    fields: ["gender", "age", "training", "seniority"],
  },
  fund: { label: "Quỹ thi đua, khen thưởng", fields: ["fund", "flow", "item"] },
  forwarded: {
    label: "Hồ sơ trình cấp trên",
    fields: ["form", "recipientKind", "decided", "awardType", "category", "business"],
  },
} as const;
export type FormSource = keyof typeof formSources;

/** What a missing field is called when a record is listed as "chưa phân loại". */
export const formFieldLabels: Record<string, string> = {
  launchLevel: "cấp phát động",
  scope: "phạm vi",
  statGroup: "nhóm thống kê của hình thức",
  category: "phân loại đối tượng",
  awardType: "loại hình khen thưởng",
  proposingBody: "đơn vị trình",
};
export const formSourceCodes = Object.keys(formSources) as [FormSource, ...FormSource[]];

/** Field → the values an item must have one of; a null in the list matches "chưa phân loại". */
export const formFilter = z.record(z.string(), z.array(z.string().nullable()));
export type FormFilter = z.infer<typeof formFilter>;

const sub = z.object({ label: z.string().min(1), filter: formFilter.default({}) });

export const formColumnSchema = z.object({
  key: z.string().min(1),
  /** The header, from the top group to the leaf; equal neighbours merge. */
  head: z.array(z.string()).min(1),
  /** Printed in the numbers row, e.g. "1=(2+3+4)"; expanded columns get "2.1", "2.2"… */
  number: z.string().default(""),
  filter: formFilter.default({}),
  /** One column per value of this field among the items (e.g. each award form present). */
  each: z.string().optional(),
  /** Under each value: these sub-columns (e.g. Tập thể / Cá nhân). */
  split: z.array(sub).optional(),
  /** A ratio of two other columns (by key), printed as a percentage. */
  ratio: z.object({ of: z.string(), to: z.string() }).optional(),
  /** Printed only when some cell is not zero (e.g. "Chưa phân loại"). */
  onlyIfNonZero: z.boolean().optional(),
});
export type FormColumn = z.infer<typeof formColumnSchema>;

export const formRowSchema = z.object({
  code: z.string().default(""),
  label: z.string().min(1),
  unit: z.string().default(""),
  /** total and section print bold; section without a filter prints no figures. */
  style: z.enum(["total", "section", "item", "sub"]).default("item"),
  filter: formFilter.optional(),
  /** One row per value of this field among the row's items (e.g. each unit, each fund). */
  each: z.string().optional(),
  onlyIfNonZero: z.boolean().optional(),
});
export type FormRow = z.infer<typeof formRowSchema>;

export const formLayoutSchema = z.object({
  source: z.enum(formSourceCodes),
  /** count: items; amount: the sum of items' amounts (money). */
  measure: z.enum(["count", "amount"]).default("count"),
  /** Only these items are counted at all (e.g. state-level awards). */
  scope: formFilter.default({}),
  /** Printed under the title; "{year}" is the report year. */
  period: z.string().default("Năm {year}"),
  /** "Đơn vị tính: …" above the grid; "" for none. */
  unitNote: z.string().default(""),
  /** given: the columns' own numbers (with their formulas); sequential: 1, 2, 3… */
  numbering: z.enum(["given", "sequential"]).default("given"),
  /** The stub columns: A is the label; B the code; C the unit of count. */
  showCode: z.boolean().default(true),
  showUnit: z.boolean().default(false),
  /** "Ngày nhận báo cáo" line; "" for forms without one. */
  receiveDate: z.string().default(""),
  /** The leader block's title; "" uses the chosen signer's. */
  leaderTitle: z.string().default(""),
  /** What to say and where to go when the source has nothing for the year. */
  missing: z.object({
    message: z.string(),
    where: z.string(),
    route: z.string(),
    /** The form is missing its data unless some item matches this (default: any item). */
    requires: formFilter.optional(),
  }),
  columns: z.array(formColumnSchema).min(1),
  rows: z.array(formRowSchema).min(1),
});
export type FormLayout = z.infer<typeof formLayoutSchema>;
export type FormLayoutInput = z.input<typeof formLayoutSchema>;

export const formVersionInput = z
  .object({
    code: requiredText("Số hiệu biểu", 60),
    title: requiredText("Tên biểu", 300),
    legalBasis: requiredText("Căn cứ ban hành", 300),
    validFrom: isoDate,
    validTo: isoDate.nullable().default(null),
    /** The layout as JSON text (checked with formLayoutSchema). */
    layout: z.string().min(2, "Bố cục biểu không được để trống"),
  })
  .refine((v) => v.validTo === null || v.validTo >= v.validFrom, {
    message: "Ngày hết hiệu lực phải sau ngày bắt đầu",
    path: ["validTo"],
  });

export const formVersionSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  legalBasis: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  /** Shipped with the app (read-only) or added by the office. */
  builtIn: z.boolean(),
  /** statutory: the Ministry's biểu; summary: the summary forms offices print. */
  group: z.enum(["statutory", "summary"]),
  layout: z.string(),
});
export type FormVersion = z.infer<typeof formVersionSchema>;

/** A record the form could not place: counted under "Chưa phân loại" and listed to fix. */
export const unclassifiedSchema = z.object({
  label: z.string(),
  missing: z.array(z.string()),
  route: z.string(),
});

export const formResultSchema = z.object({
  form: formVersionSchema,
  year: z.number(),
  /** null when the form can be produced; otherwise what data is missing and where to enter it. */
  missing: z.object({ message: z.string(), where: z.string(), route: z.string() }).nullable(),
  /** Header rows of the grid: cells with their spans (the stubs A, B, C included). */
  header: z.array(
    z.array(
      z.object({ text: z.string(), col: z.number(), colSpan: z.number(), rowSpan: z.number() }),
    ),
  ),
  numbers: z.array(z.string()),
  rows: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      unit: z.string(),
      style: z.enum(["total", "section", "item", "sub"]),
      /** One per data column; null for a heading row. */
      values: z.array(z.number().nullable()),
    }),
  ),
  /** The column kinds, to format cells (count, money, percent). */
  formats: z.array(z.enum(["count", "amount", "percent"])),
  unclassified: z.array(unclassifiedSchema),
  unclassifiedTotal: z.number(),
});
export type FormResult = z.infer<typeof formResultSchema>;

const formScope = { formId: id, year };

export const tdktBodyInput = z
  .object({
    name: requiredText("Tên tổ chức", 200),
    level: z.enum(tdktBodyLevels, { error: "Chọn cơ cấu tổ chức" }),
    fromYear: year,
    toYear: year.nullable().default(null),
    note: optionalText("Ghi chú", 500),
  })
  .refine((v) => v.toYear === null || v.toYear >= v.fromYear, {
    message: "Năm kết thúc phải từ năm bắt đầu trở đi",
    path: ["toYear"],
  });
export const tdktBodySchema = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(tdktBodyLevels),
  fromYear: z.number(),
  toYear: z.number().nullable(),
  note: z.string(),
});

export const tdktStaffInput = z
  .object({
    fullName: requiredText("Họ tên", 100),
    gender: z.enum(genders, { error: "Chọn giới tính" }),
    birthYear: year,
    training: z.enum(trainingLevels, { error: "Chọn trình độ đào tạo" }),
    sinceYear: year,
    untilYear: year.nullable().default(null),
    note: optionalText("Ghi chú", 500),
  })
  .refine((v) => v.sinceYear >= v.birthYear + 15, {
    message: "Năm bắt đầu làm công tác thi đua, khen thưởng phải sau năm sinh ít nhất 15 năm",
    path: ["sinceYear"],
  })
  .refine((v) => v.untilYear === null || v.untilYear >= v.sinceYear, {
    message: "Năm thôi làm phải từ năm bắt đầu trở đi",
    path: ["untilYear"],
  });
export const tdktStaffSchema = z.object({
  id: z.string(),
  fullName: z.string(),
  gender: z.enum(genders),
  birthYear: z.number(),
  training: z.enum(trainingLevels),
  sinceYear: z.number(),
  untilYear: z.number().nullable(),
  note: z.string(),
});

export const fundReceiptInput = z.object({
  year,
  fund: requiredText("Tên quỹ", 200),
  item: requiredText("Nguồn thu", 200),
  amount: z
    .number({ error: "Số tiền phải là số" })
    .int("Số tiền tính bằng đồng, không có phần lẻ")
    .positive("Số tiền phải lớn hơn 0")
    .max(1e13, "Số tiền quá lớn"),
  receivedOn: isoDate.nullable().default(null),
  note: optionalText("Ghi chú", 500),
});
export const fundReceiptSchema = z.object({
  id: z.string(),
  year: z.number(),
  fund: z.string(),
  item: z.string(),
  amount: z.number(),
  receivedOn: z.string().nullable(),
  note: z.string(),
});

const exportOutput = z.object({ path: z.string(), fileName: z.string(), message: z.string() });
const saveOf = <T extends z.ZodType>(input: T) =>
  mutation(z.intersection(input, z.object({ id: id.optional() })), z.object({ id: z.string() }));

export const statisticsProcedures = {
  /** Every version of every form, with which cover the year. */
  "statistics.forms": query(z.object({ year }), z.array(formVersionSchema)),
  /** One form for a year: the grid, or what data is missing. */
  "statistics.form": query(z.object(formScope), formResultSchema),
  /** The form as .xlsx laid out like the printed one, or .docx (and .pdf where an office suite is). */
  "statistics.exportForm": mutation(
    z.object({
      ...formScope,
      format: z.enum(["xlsx", "docx", "pdf"]),
      preparer: optionalText("Người lập biểu", 100),
      signerId: id.nullable().default(null),
      receiver: optionalText("Đơn vị nhận báo cáo", 200),
    }),
    exportOutput,
  ),
  /** Every statutory form of a year in one .xlsx workbook (a sheet each). */
  "statistics.exportAll": mutation(
    z.object({
      year,
      preparer: optionalText("Người lập biểu", 100),
      signerId: id.nullable().default(null),
      receiver: optionalText("Đơn vị nhận báo cáo", 200),
    }),
    exportOutput,
  ),
  /** A version the office adds (a new circular's layout), or edits. */
  "statistics.saveForm": saveOf(formVersionInput),
  "statistics.deleteForm": mutation(z.object({ id }), okOutput),
  "statistics.bodies": query(z.object({}), z.array(tdktBodySchema)),
  "statistics.saveBody": saveOf(tdktBodyInput),
  "statistics.deleteBody": mutation(z.object({ id }), okOutput),
  "statistics.staff": query(z.object({}), z.array(tdktStaffSchema)),
  "statistics.saveStaff": saveOf(tdktStaffInput),
  "statistics.deleteStaff": mutation(z.object({ id }), okOutput),
  "statistics.fundReceipts": query(z.object({ year }), z.array(fundReceiptSchema)),
  "statistics.saveFundReceipt": saveOf(fundReceiptInput),
  "statistics.deleteFundReceipt": mutation(z.object({ id }), okOutput),
};
