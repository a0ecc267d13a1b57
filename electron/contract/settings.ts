import { z } from "zod";
import { empty, id, isoDate, okOutput, optionalText, requiredText, year } from "./common";
import { mutation, query } from "./define";
import { authorityPrefixes, councilRoles, profileLevels, profilePresets } from "./vocabulary";

export const profileSchema = z.object({
  preset: z.enum(profilePresets),
  level: z.enum(profileLevels),
  /** e.g. "Ủy ban nhân dân huyện Vĩnh Cửu" — printed in capitals, not bold, in the header. */
  parentBody: requiredText("Tên cơ quan chủ quản", 200),
  /** e.g. "Phòng Nội vụ" — printed in bold capitals under the parent body. */
  issuingBody: requiredText("Tên cơ quan ban hành", 200),
  /** Used in document numbers: "Số: 12/TTr-PNV". */
  abbreviation: z
    .string()
    .trim()
    .min(1, "Chữ viết tắt không được để trống")
    .max(20, "Chữ viết tắt quá dài")
    .regex(/^[\p{L}\d.-]+$/u, "Chữ viết tắt chỉ gồm chữ, số, dấu chấm hoặc gạch nối"),
  parentAbbreviation: z.string().trim().max(20).default("UBND"),
  /** Địa danh for the date line: "Vĩnh Cửu, ngày 05 tháng 02 năm 2025". */
  placeName: requiredText("Địa danh", 100),
  councilName: requiredText("Tên Hội đồng Thi đua – Khen thưởng", 200),
  councilAbbreviation: z
    .string()
    .trim()
    .min(1, "Chữ viết tắt của Hội đồng không được để trống")
    .max(20),
});
export type Profile = z.infer<typeof profileSchema>;
/** A preset before the officer has typed the place name: blanks allowed. */
export const presetProfileSchema = profileSchema.extend({
  parentBody: z.string(),
  issuingBody: z.string(),
  abbreviation: z.string(),
  placeName: z.string(),
  councilName: z.string(),
});

export const signerInput = z.object({
  fullName: requiredText("Họ tên người ký", 100),
  /** The signer's own post, e.g. "Phó Chủ tịch". */
  position: requiredText("Chức vụ", 100),
  authority: z.enum(authorityPrefixes).default(""),
  /** What the prefix stands for: "Ủy ban nhân dân" after TM., "Chủ tịch" after KT. */
  authorityOf: optionalText("Thẩm quyền thay mặt", 150),
  /** An extra "TM. …" line above a KT. line (seed 002: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH). */
  onBehalfOf: optionalText("Dòng TM. phía trên", 150),
  isDefault: z.boolean().default(false),
});
export const signerSchema = signerInput.extend({ id, sortOrder: z.number().int() });
export type Signer = z.infer<typeof signerSchema>;
export type SignerInput = z.input<typeof signerInput>;

export const councilMemberInput = z.object({
  fullName: requiredText("Họ tên thành viên", 100),
  /** Post and unit, e.g. "Trưởng phòng Nội vụ". */
  position: optionalText("Chức vụ, đơn vị", 200),
  role: z.enum(councilRoles),
  active: z.boolean().default(true),
});
export const councilMemberSchema = councilMemberInput.extend({ id, sortOrder: z.number().int() });
export type CouncilMember = z.infer<typeof councilMemberSchema>;

export const baseSalaryInput = z.object({
  amount: z
    .number({ error: "Mức lương cơ sở phải là số" })
    .int("Mức lương cơ sở phải là số nguyên (đồng)")
    .positive("Mức lương cơ sở phải lớn hơn 0")
    .max(100_000_000, "Mức lương cơ sở quá lớn"),
  effectiveFrom: isoDate,
  legalBasis: optionalText("Căn cứ", 300),
});
export const baseSalarySchema = baseSalaryInput.extend({ id });
export type BaseSalary = z.infer<typeof baseSalarySchema>;

export const roundingSchema = z.object({
  step: z
    .number({ error: "Bước làm tròn phải là số" })
    .int("Bước làm tròn phải là số nguyên")
    .min(1, "Bước làm tròn phải từ 1 đồng")
    .max(1_000_000, "Bước làm tròn quá lớn"),
  mode: z.enum(["up", "nearest", "down"]),
});
export type Rounding = z.infer<typeof roundingSchema>;

export const preferencesSchema = z.object({ workingYear: year });

export const setupInput = z.object({
  profile: profileSchema,
  signers: z.array(signerInput).min(1, "Cần ít nhất một người ký"),
  councilMembers: z.array(councilMemberInput).default([]),
});

const reorderInput = z.object({ ids: z.array(id) });

export const settingsProcedures = {
  "settings.getProfile": query(empty, profileSchema.nullable()),
  "settings.presets": query(
    z.object({ placeName: z.string().trim().max(100).default("") }),
    z.array(
      z.object({ key: z.enum(profilePresets), label: z.string(), profile: presetProfileSchema }),
    ),
  ),
  "settings.completeSetup": mutation(setupInput, okOutput),
  "settings.saveProfile": mutation(profileSchema, profileSchema),
  "settings.listSigners": query(empty, z.array(signerSchema)),
  "settings.saveSigner": mutation(signerInput.extend({ id: id.optional() }), signerSchema),
  "settings.deleteSigner": mutation(z.object({ id }), okOutput),
  "settings.reorderSigners": mutation(reorderInput, okOutput),
  "settings.listCouncil": query(empty, z.array(councilMemberSchema)),
  "settings.saveCouncilMember": mutation(
    councilMemberInput.extend({ id: id.optional() }),
    councilMemberSchema,
  ),
  "settings.deleteCouncilMember": mutation(z.object({ id }), okOutput),
  "settings.reorderCouncil": mutation(reorderInput, okOutput),
  "settings.listBaseSalaries": query(empty, z.array(baseSalarySchema)),
  "settings.saveBaseSalary": mutation(
    baseSalaryInput.extend({ id: id.optional() }),
    baseSalarySchema,
  ),
  "settings.deleteBaseSalary": mutation(z.object({ id }), okOutput),
  "settings.baseSalaryOn": query(z.object({ date: isoDate }), baseSalarySchema.nullable()),
  "settings.getRounding": query(empty, roundingSchema),
  "settings.saveRounding": mutation(roundingSchema, roundingSchema),
  "settings.getPreferences": query(empty, preferencesSchema),
  "settings.savePreferences": mutation(preferencesSchema, preferencesSchema),
};
