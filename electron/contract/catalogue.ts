import { z } from "zod";
import { empty, id, isoDate, okOutput, optionalText, requiredText } from "./common";
import { mutation, query } from "./define";
import { inForce } from "./periods";
import { awardKinds, legalDocTypes, recipientKinds, statGroups } from "./vocabulary";

const validity = {
  validFrom: isoDate,
  validTo: isoDate.nullable().default(null),
};

export const awardInput = z
  .object({
    code: z
      .string()
      .trim()
      .min(1, "Mã không được để trống")
      .max(30, "Mã quá dài")
      .regex(/^[A-Z0-9_]+$/, "Mã chỉ gồm chữ in hoa không dấu, số và dấu gạch dưới"),
    name: requiredText("Tên danh hiệu/hình thức", 200),
    recipientKind: z.enum(recipientKinds),
    kind: z.enum(awardKinds),
    conferredBy: optionalText("Thẩm quyền", 200),
    /** × mức lương cơ sở; null when the award carries no money. */
    coefficient: z
      .number({ error: "Hệ số phải là số" })
      .min(0, "Hệ số tiền thưởng không được âm")
      .max(100, "Hệ số tiền thưởng quá lớn")
      .nullable(),
    criteria: optionalText("Tiêu chuẩn", 4000),
    /** Nhóm thống kê for the statistical forms; null: not yet classified. */
    statGroup: z.enum(statGroups).nullable().default(null),
    ...validity,
  })
  .refine((v) => v.validTo === null || v.validTo >= v.validFrom, {
    message: "Ngày hết hiệu lực phải sau ngày có hiệu lực",
    path: ["validTo"],
  });
export const awardSchema = z.object({
  id,
  code: z.string(),
  name: z.string(),
  recipientKind: z.enum(recipientKinds),
  kind: z.enum(awardKinds),
  conferredBy: z.string(),
  coefficient: z.number().nullable(),
  criteria: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  sortOrder: z.number().int(),
  statGroup: z.enum(statGroups).nullable(),
});
export type Award = z.infer<typeof awardSchema>;

export const legalBasisInput = z
  .object({
    /** The full citation as printed after "Căn cứ": "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022". */
    title: requiredText("Tên văn bản", 500),
    docType: z.enum(legalDocTypes),
    number: optionalText("Số, ký hiệu", 50),
    issuedDate: isoDate.nullable().default(null),
    issuer: optionalText("Cơ quan ban hành", 200),
    effectiveFrom: isoDate,
    /** The last day it applies; null while in force. */
    effectiveTo: isoDate.nullable().default(null),
    note: optionalText("Ghi chú", 1000),
  })
  .refine((v) => v.effectiveTo === null || v.effectiveTo >= v.effectiveFrom, {
    message: "Ngày hết hiệu lực phải sau ngày có hiệu lực",
    path: ["effectiveTo"],
  });
export const legalBasisSchema = z.object({
  id,
  title: z.string(),
  docType: z.enum(legalDocTypes),
  number: z.string(),
  issuedDate: z.string().nullable(),
  issuer: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  note: z.string(),
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

/**
 * A legal-basis picker's options on a date: the bases in force first, then those not in force
 * that day, marked "(hết hiệu lực)" or "(chưa có hiệu lực)" so that nobody cites a repealed law
 * unawares; each group keeps the library's order.
 */
export function legalBasisOptions(
  bases: Pick<LegalBasis, "id" | "title" | "effectiveFrom" | "effectiveTo">[],
  onDate: string,
): { value: string; label: string; inForce: boolean }[] {
  const options = bases.map((b) => {
    const valid = inForce({ from: b.effectiveFrom, to: b.effectiveTo }, onDate);
    const mark = valid ? "" : b.effectiveFrom > onDate ? " (chưa có hiệu lực)" : " (hết hiệu lực)";
    return { value: b.id, label: `${b.title}${mark}`, inForce: valid };
  });
  return [...options.filter((o) => o.inForce), ...options.filter((o) => !o.inForce)];
}

const withOptionalId = <T extends z.ZodType>(schema: T) =>
  z.intersection(schema, z.object({ id: id.optional() }));

export const catalogueProcedures = {
  "catalogue.listAwards": query(z.object({ onDate: isoDate.optional() }), z.array(awardSchema)),
  "catalogue.saveAward": mutation(withOptionalId(awardInput), awardSchema),
  "catalogue.deleteAward": mutation(z.object({ id }), okOutput),
  "catalogue.listLegalBases": query(
    z.object({ onDate: isoDate.optional() }),
    z.array(legalBasisSchema),
  ),
  "catalogue.saveLegalBasis": mutation(withOptionalId(legalBasisInput), legalBasisSchema),
  "catalogue.deleteLegalBasis": mutation(z.object({ id }), okOutput),
  "catalogue.restoreDefaults": mutation(
    empty,
    z.object({ awardsAdded: z.number(), legalBasesAdded: z.number() }),
  ),
};
