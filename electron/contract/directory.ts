import { z } from "zod";
import { id, isoDate, okOutput, optionalText, requiredText, year } from "./common";
import { mutation, query } from "./define";
import {
  clusterKinds,
  clusterRoles,
  disciplineMeasures,
  genders,
  importKinds,
  importRowStatuses,
  initiativeLevels,
  ratingValues,
  codesOf,
} from "./vocabulary";

const listCode = z.string().trim().min(1, "Chưa chọn loại").max(40);

export const listItemSchema = z.object({
  code: z.string(),
  label: z.string(),
  custom: z.boolean(),
});

// Units -------------------------------------------------------------------------------------

export const unitInput = z.object({
  code: z
    .string()
    .trim()
    .max(30, "Mã đơn vị quá dài")
    .regex(/^[A-Za-z0-9_.-]*$/, "Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch")
    .default(""),
  name: requiredText("Tên đơn vị", 300),
  shortName: optionalText("Tên viết tắt", 100),
  kind: listCode,
  parentId: id.nullable().default(null),
  address: optionalText("Địa chỉ", 300),
  headName: optionalText("Thủ trưởng", 100),
  headPosition: optionalText("Chức vụ thủ trưởng", 100),
});
export const unitSchema = z.object({
  id,
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: z.string(),
  parentId: z.string().nullable(),
  address: z.string(),
  headName: z.string(),
  headPosition: z.string(),
  active: z.boolean(),
  inactiveSince: z.string().nullable(),
  peopleCount: z.number().int(),
});
export type Unit = z.infer<typeof unitSchema>;

// Clusters ----------------------------------------------------------------------------------

export const clusterInput = z.object({
  name: requiredText("Tên cụm, khối", 200),
  kind: z.enum(codesOf(clusterKinds)),
  note: optionalText("Ghi chú", 1000),
});
const clusterMember = z.object({
  unitId: id,
  role: z.enum(codesOf(clusterRoles)),
});
export const clusterSchema = z.object({
  id,
  name: z.string(),
  kind: z.enum(codesOf(clusterKinds)),
  note: z.string(),
  members: z.array(clusterMember.extend({ unitName: z.string() })),
});
export type Cluster = z.infer<typeof clusterSchema>;
export const clusterMembersInput = z
  .object({ clusterId: id, year, members: z.array(clusterMember) })
  .refine((v) => v.members.filter((m) => m.role === "truong").length <= 1, {
    message: "Mỗi cụm, khối chỉ có một đơn vị Trưởng trong năm",
    path: ["members"],
  })
  .refine((v) => new Set(v.members.map((m) => m.unitId)).size === v.members.length, {
    message: "Một đơn vị được chọn hai lần",
    path: ["members"],
  });

// People ------------------------------------------------------------------------------------

/** A line of a person's profile: trimmed, optional (undefined keeps the stored value). */
const profileText = (label: string) =>
  z.string().trim().max(300, `${label} quá dài (tối đa 300 ký tự)`).optional();

export const personInput = z
  .object({
    fullName: requiredText("Họ và tên", 100),
    gender: z.enum(genders, { error: "Chưa chọn giới tính" }),
    birthYear: year.nullable().default(null),
    birthDate: isoDate.nullable().default(null),
    category: listCode,
    position: optionalText("Chức vụ", 200),
    isLeader: z.boolean().default(false),
    unitId: id.nullable().default(null),
    /** The day the person moved to unitId (when it changes); today otherwise. */
    movedOn: isoDate.optional(),
    phone: optionalText("Điện thoại", 30),
    /**
     * Printed in section I of the Báo cáo thành tích. Left out (a caller that does not know them,
     * e.g. the quick "new person" of a dossier), a save keeps what the directory has.
     */
    hometown: profileText("Quê quán"),
    residence: profileText("Trú quán"),
    education: profileText("Trình độ chuyên môn, nghiệp vụ"),
    notes: optionalText("Ghi chú", 2000),
  })
  .refine((v) => !v.birthDate || !v.birthYear || Number(v.birthDate.slice(0, 4)) === v.birthYear, {
    message: "Năm sinh không khớp với ngày sinh",
    path: ["birthYear"],
  });
export const personRow = z.object({
  id,
  fullName: z.string(),
  gender: z.enum(genders),
  birthYear: z.number().int().nullable(),
  birthDate: z.string().nullable(),
  category: z.string(),
  position: z.string(),
  isLeader: z.boolean(),
  unitId: z.string().nullable(),
  unitName: z.string(),
  phone: z.string(),
  hometown: z.string(),
  residence: z.string(),
  education: z.string(),
  notes: z.string(),
});
export type PersonRow = z.infer<typeof personRow>;
export const peopleSorts = ["name", "birthYear", "unit"] as const;
export const peopleFilter = z.object({
  q: z.string().max(100).default(""),
  unitId: id.optional(),
  /** Include the people of the unit's sub-units too. */
  withSubUnits: z.boolean().default(true),
  category: z.string().optional(),
  gender: z.enum(genders).optional(),
  isLeader: z.boolean().optional(),
  sort: z.enum(peopleSorts).default("name"),
  desc: z.boolean().default(false),
});
export const pageInput = {
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
};
export const disciplineInput = z
  .object({
    personId: id,
    measure: z.enum(codesOf(disciplineMeasures)),
    decisionNumber: optionalText("Số quyết định", 50),
    decidedOn: isoDate,
    until: isoDate.nullable().default(null),
    note: optionalText("Ghi chú", 1000),
  })
  .refine((v) => !v.until || v.until >= v.decidedOn, {
    message: "Ngày hết hiệu lực phải sau ngày quyết định",
    path: ["until"],
  });
const ratingEntry = z.object({
  year: z.number().int(),
  rating: z.enum(ratingValues),
  note: z.string(),
});
export const initiativeSchema = z.object({
  id,
  title: z.string(),
  year: z.number().int(),
  level: z.enum(codesOf(initiativeLevels)),
  decisionNumber: z.string(),
  decisionDate: z.string().nullable(),
  scope: z.string(),
  authors: z.array(z.object({ personId: z.string(), fullName: z.string() })),
});
export type Initiative = z.infer<typeof initiativeSchema>;
export const personPageSchema = z.object({
  person: personRow,
  unitPath: z.array(z.object({ id: z.string(), name: z.string() })),
  history: z.array(
    z.object({
      id: z.string(),
      unitId: z.string(),
      unitName: z.string(),
      fromDate: z.string(),
      toDate: z.string().nullable(),
      position: z.string(),
    }),
  ),
  ratings: z.array(ratingEntry),
  disciplines: z.array(
    z.object({
      id: z.string(),
      measure: z.enum(codesOf(disciplineMeasures)),
      decisionNumber: z.string(),
      decidedOn: z.string(),
      until: z.string().nullable(),
      note: z.string(),
    }),
  ),
  initiatives: z.array(initiativeSchema),
});
export type PersonPage = z.infer<typeof personPageSchema>;

// Households --------------------------------------------------------------------------------

export const householdInput = z.object({
  headName: requiredText("Họ tên chủ hộ", 100),
  /** "Hộ ông …" or "Hộ bà …"; "" while not entered. */
  headGender: z.enum(["", ...genders]).default(""),
  address: optionalText("Địa chỉ", 300),
  unitId: id.nullable().default(null),
  note: optionalText("Ghi chú", 1000),
});
export const householdRow = z.object({
  id,
  headName: z.string(),
  headGender: z.enum(["", ...genders]),
  address: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string(),
  note: z.string(),
});
export type HouseholdRow = z.infer<typeof householdRow>;

// Ratings -----------------------------------------------------------------------------------

export const ratingsGridSchema = z.object({
  unitId: id,
  unitName: z.string(),
  year: z.number().int(),
  unitRating: z.enum(ratingValues).nullable(),
  rows: z.array(
    z.object({
      personId: z.string(),
      fullName: z.string(),
      position: z.string(),
      rating: z.enum(ratingValues).nullable(),
      note: z.string(),
    }),
  ),
});
export type RatingsGrid = z.infer<typeof ratingsGridSchema>;
export const ratingsGridInput = z.object({
  unitId: id,
  year,
  unitRating: z.enum(ratingValues).nullable(),
  rows: z.array(
    z.object({
      personId: id,
      rating: z.enum(ratingValues).nullable(),
      note: optionalText("Ghi chú", 500),
    }),
  ),
});

// Initiatives -------------------------------------------------------------------------------

export const initiativesFilter = z.object({
  q: z.string().max(100).default(""),
  year: year.optional(),
});

export const initiativeInput = z.object({
  title: requiredText("Tên sáng kiến, đề tài", 500),
  year,
  level: z.enum(codesOf(initiativeLevels)),
  decisionNumber: optionalText("Số quyết định công nhận", 50),
  decisionDate: isoDate.nullable().default(null),
  scope: optionalText("Phạm vi ảnh hưởng", 1000),
  authorIds: z.array(id).min(1, "Sáng kiến phải có ít nhất một tác giả"),
});

// Import / export ---------------------------------------------------------------------------

export const importPreviewSchema = z.object({
  token: z.string(),
  kind: z.enum(codesOf(importKinds)),
  fileName: z.string(),
  convertedCells: z.number().int(),
  /** Formula cells read by the value Excel last showed for them. */
  formulaCells: z.number().int(),
  counts: z.record(z.enum(codesOf(importRowStatuses)), z.number().int()),
  rows: z.array(
    z.object({
      row: z.number().int(),
      status: z.enum(codesOf(importRowStatuses)),
      label: z.string(),
      reason: z.string(),
      /** What an update changes, field by field (the commit writes exactly this). */
      changes: z
        .array(z.object({ field: z.string(), from: z.string(), to: z.string() }))
        .optional(),
    }),
  ),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;
const fileRef = z.object({ path: z.string().min(1, "Chưa chọn tệp") });
const savedFile = z.object({ path: z.string(), fileName: z.string() });

const withId = <T extends z.ZodType>(schema: T) =>
  z.intersection(schema, z.object({ id: id.optional() }));
const paged = <T extends z.ZodType>(row: T) =>
  z.object({ rows: z.array(row), total: z.number().int() });

export const directoryProcedures = {
  "directory.listKinds": query(
    z.object({}),
    z.object({ unitKinds: z.array(listItemSchema), personCategories: z.array(listItemSchema) }),
  ),
  "directory.addListItem": mutation(
    z.object({
      list: z.enum(["unit_kind", "person_category"]),
      label: requiredText("Tên mục", 100),
    }),
    listItemSchema,
  ),
  "directory.listUnits": query(
    z.object({ includeInactive: z.boolean().default(true) }),
    z.array(unitSchema),
  ),
  "directory.saveUnit": mutation(withId(unitInput), unitSchema),
  "directory.setUnitActive": mutation(
    z.object({ id, active: z.boolean(), since: isoDate.nullable().default(null) }),
    unitSchema,
  ),
  "directory.deleteUnit": mutation(z.object({ id }), okOutput),
  "directory.listClusters": query(z.object({ year }), z.array(clusterSchema)),
  "directory.saveCluster": mutation(withId(clusterInput), okOutput),
  "directory.deleteCluster": mutation(z.object({ id }), okOutput),
  "directory.setClusterMembers": mutation(clusterMembersInput, okOutput),
  "directory.copyClusters": mutation(
    z.object({ fromYear: year, toYear: year }),
    z.object({ clusters: z.number().int(), members: z.number().int() }),
  ),
  "directory.listPeople": query(peopleFilter.extend(pageInput), paged(personRow)),
  "directory.getPerson": query(z.object({ id }), personPageSchema),
  "directory.savePerson": mutation(withId(personInput), personRow),
  "directory.deletePerson": mutation(z.object({ id }), okOutput),
  "directory.addDiscipline": mutation(disciplineInput, okOutput),
  "directory.deleteDiscipline": mutation(z.object({ id }), okOutput),
  "directory.listHouseholds": query(
    z.object({ q: z.string().max(100).default(""), unitId: id.optional(), ...pageInput }),
    paged(householdRow),
  ),
  "directory.saveHousehold": mutation(withId(householdInput), householdRow),
  "directory.deleteHousehold": mutation(z.object({ id }), okOutput),
  "directory.getRatingsGrid": query(z.object({ unitId: id, year }), ratingsGridSchema),
  "directory.saveRatingsGrid": mutation(ratingsGridInput, z.object({ saved: z.number().int() })),
  "directory.listInitiatives": query(initiativesFilter, z.array(initiativeSchema)),
  "directory.saveInitiative": mutation(withId(initiativeInput), initiativeSchema),
  "directory.deleteInitiative": mutation(z.object({ id }), okOutput),
  "directory.importTemplate": mutation(z.object({ kind: z.enum(codesOf(importKinds)) }), savedFile),
  "directory.previewImport": mutation(
    fileRef.extend({ kind: z.enum(codesOf(importKinds)) }),
    importPreviewSchema,
  ),
  "directory.commitImport": mutation(
    z.object({
      token: z.string().min(1),
      /** Rows of the preview the officer unticked: not written. */
      skipRows: z.array(z.number().int()).max(100_000).default([]),
    }),
    z.object({ inserted: z.number().int(), updated: z.number().int(), backup: z.string() }),
  ),
  "directory.exportPeople": mutation(peopleFilter, savedFile),
  "directory.exportHouseholds": mutation(
    z.object({ q: z.string().max(100).default(""), unitId: id.optional() }),
    savedFile,
  ),
  "directory.exportUnits": mutation(
    z.object({ includeInactive: z.boolean().default(true), q: z.string().max(100).default("") }),
    savedFile,
  ),
  /** The clusters of a year, one row per member unit with its role. */
  "directory.exportClusters": mutation(z.object({ year }), savedFile),
  "directory.exportInitiatives": mutation(initiativesFilter, savedFile),
  /** A unit's ratings grid for a year: the unit's own rating, then each person's. */
  "directory.exportRatings": mutation(z.object({ unitId: id, year }), savedFile),
};
