import { z } from "zod";
import { id, isoDate, okOutput, optionalText, requiredText, year } from "./common";
import { mutation, query } from "./define";
import { documentRowSchema } from "./documents";
import { launchLevels, movementKinds, movementScopes, recipientKinds } from "./vocabulary";

export const quotaLine = z.discriminatedUnion("scope", [
  z.object({ scope: z.literal("moi_don_vi"), quota: z.number().int() }),
  z.object({
    scope: z.literal("loai_don_vi"),
    unitKind: z.string().min(1, "Chọn loại đơn vị"),
    quota: z.number().int(),
  }),
  z.object({ scope: z.literal("don_vi"), unitId: id, quota: z.number().int() }),
]);

export const allocationInput = z.object({
  awardId: id,
  recipientKind: z.enum(recipientKinds),
  criteria: optionalText("Tiêu chuẩn", 4000),
  totalQuota: z.number().int().min(1, "Tổng số phải từ 1 trở lên").nullable().default(null),
  quotaLines: z.array(quotaLine).default([]),
});

const target = z.object({
  text: requiredText("Chỉ tiêu", 1000),
  number: z.number().nullable().default(null),
  unit: optionalText("Đơn vị tính", 50),
});

export const movementInput = z
  .object({
    kind: z.enum(movementKinds),
    name: requiredText("Tên phong trào", 500),
    theme: optionalText("Chủ đề", 1000),
    slogan: optionalText("Khẩu hiệu", 500),
    startDate: isoDate,
    endDate: isoDate,
    legalBasisIds: z.array(id).default([]),
    purposes: optionalText("Mục đích", 8000),
    requirements: optionalText("Yêu cầu", 8000),
    targets: z.array(target).default([]),
    participantUnitKinds: z.array(z.string()).default([]),
    participantCategories: z.array(z.string()).default([]),
    registrationDeadline: isoDate.nullable().default(null),
    dossierDeadline: isoDate.nullable().default(null),
    reportDeadline: isoDate.nullable().default(null),
    launchLevel: z.enum(launchLevels).nullable().default(null),
    scope: z.enum(movementScopes).nullable().default(null),
    launchDecisionDate: isoDate.nullable().default(null),
    allocations: z.array(allocationInput).default([]),
  })
  .refine((m) => m.endDate >= m.startDate, {
    message: "Ngày kết thúc phải sau ngày bắt đầu",
    path: ["endDate"],
  });

export const movementSchema = z.object({
  id,
  kind: z.enum(movementKinds),
  name: z.string(),
  theme: z.string(),
  slogan: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  year: z.number().int(),
  legalBasisIds: z.array(z.string()),
  purposes: z.string(),
  requirements: z.string(),
  targets: z.array(z.object({ text: z.string(), number: z.number().nullable(), unit: z.string() })),
  participantUnitKinds: z.array(z.string()),
  participantCategories: z.array(z.string()),
  registrationDeadline: z.string().nullable(),
  dossierDeadline: z.string().nullable(),
  reportDeadline: z.string().nullable(),
  launchLevel: z.enum(launchLevels).nullable(),
  scope: z.enum(movementScopes).nullable(),
  launchDecisionDate: z.string().nullable(),
  allocations: z.array(
    z.object({
      id,
      awardId: z.string(),
      awardName: z.string(),
      recipientKind: z.enum(recipientKinds),
      criteria: z.string(),
      totalQuota: z.number().int().nullable(),
      quotaLines: z.array(quotaLine),
    }),
  ),
});
export type Movement = z.infer<typeof movementSchema>;

export const movementsProcedures = {
  "movements.list": query(z.object({ year }), z.array(movementSchema)),
  "movements.get": query(z.object({ id }), movementSchema),
  "movements.save": mutation(
    z.intersection(movementInput, z.object({ id: id.optional() })),
    movementSchema,
  ),
  "movements.delete": mutation(z.object({ id }), okOutput),
  /** A unit's quota for one allocation (null: no limit), for registrations and dossiers. */
  "movements.quotaForUnit": query(
    z.object({ allocationId: id, unitId: id }),
    z.object({ quota: z.number().int().nullable() }),
  ),
  /** The Kế hoạch phát động (seeds 003/004's structure), entered in the register as a draft. */
  "movements.generatePlan": mutation(
    z.object({
      id,
      docDate: isoDate,
      signerId: id,
      noiNhan: z.array(z.string().trim().min(1).max(300)).max(30).default([]),
    }),
    documentRowSchema,
  ),
};
