import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { syncColumns } from "./common";
import {
  codesOf,
  clusterKinds,
  clusterRoles,
  disciplineMeasures,
  genders,
  initiativeLevels,
  ratingValues,
} from "../../electron/contract/vocabulary";

/**
 * The directory (danh bạ): units, clusters, people, households, yearly ratings, discipline and
 * initiatives. Names carry a folded `search_key` (foldForSearch) and a `sort_key`
 * (vietnameseSortKey: given name first, Vietnamese letter order) so lists page and search in SQL.
 */

/** Entries the office adds to the built-in lists (unit kinds, person categories). */
export const directoryListItems = sqliteTable(
  "directory_list_items",
  {
    ...syncColumns,
    /** unit_kind or person_category. */
    list: text("list").notNull(),
    code: text("code").notNull(),
    label: text("label").notNull(),
  },
  (t) => [index("directory_list_items_list").on(t.list)],
);

export const units = sqliteTable(
  "units",
  {
    ...syncColumns,
    /** Optional stable code used to match imports; "" when none. */
    code: text("code").notNull().default(""),
    name: text("name").notNull(),
    shortName: text("short_name").notNull().default(""),
    /** A code of the unit_kind list (built-in or added). */
    kind: text("kind").notNull(),
    parentId: text("parent_id"),
    address: text("address").notNull().default(""),
    headName: text("head_name").notNull().default(""),
    headPosition: text("head_position").notNull().default(""),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    inactiveSince: text("inactive_since"),
    searchKey: text("search_key").notNull(),
    sortKey: text("sort_key").notNull(),
  },
  (t) => [index("units_parent").on(t.parentId), index("units_sort").on(t.sortKey)],
);

export const clusters = sqliteTable("clusters", {
  ...syncColumns,
  name: text("name").notNull(),
  /** cum or khoi. */
  kind: text("kind", { enum: codesOf(clusterKinds) }).notNull(),
  note: text("note").notNull().default(""),
});

/** A unit's place in a cluster for one year: member, leader (truong) or deputy (pho). */
export const clusterMembers = sqliteTable(
  "cluster_members",
  {
    ...syncColumns,
    clusterId: text("cluster_id").notNull(),
    year: integer("year").notNull(),
    unitId: text("unit_id").notNull(),
    /** thanh_vien, truong, pho. */
    role: text("role", { enum: codesOf(clusterRoles) })
      .notNull()
      .default("thanh_vien"),
  },
  (t) => [index("cluster_members_cluster_year").on(t.clusterId, t.year)],
);

export const people = sqliteTable(
  "people",
  {
    ...syncColumns,
    fullName: text("full_name").notNull(),
    /** nam or nu. */
    gender: text("gender", { enum: genders }).notNull(),
    birthYear: integer("birth_year"),
    /** Full birth date when known (YYYY-MM-DD); birth_year is kept in step. */
    birthDate: text("birth_date"),
    /** A code of the person_category list. */
    category: text("category").notNull(),
    position: text("position").notNull().default(""),
    isLeader: integer("is_leader", { mode: "boolean" }).notNull().default(false),
    /** Current unit; the past is in person_units. */
    unitId: text("unit_id"),
    phone: text("phone").notNull().default(""),
    /** Quê quán, trú quán and trình độ chuyên môn as the Báo cáo thành tích prints them. */
    hometown: text("hometown").notNull().default(""),
    residence: text("residence").notNull().default(""),
    education: text("education").notNull().default(""),
    notes: text("notes").notNull().default(""),
    searchKey: text("search_key").notNull(),
    sortKey: text("sort_key").notNull(),
  },
  (t) => [
    // Covers the name-ordered walk of a search with many matches (see queryPeople).
    index("people_sort").on(t.sortKey, t.searchKey, t.deletedAt),
    // Covers "live people per unit" (the units list counts them) without reading the table.
    index("people_unit_live").on(t.unitId, t.deletedAt),
  ],
);

/** Where a person worked and when; to_date null for the current unit. */
export const personUnits = sqliteTable(
  "person_units",
  {
    ...syncColumns,
    personId: text("person_id").notNull(),
    unitId: text("unit_id").notNull(),
    fromDate: text("from_date").notNull(),
    toDate: text("to_date"),
    position: text("position").notNull().default(""),
  },
  (t) => [index("person_units_person").on(t.personId), index("person_units_unit").on(t.unitId)],
);

export const households = sqliteTable(
  "households",
  {
    ...syncColumns,
    headName: text("head_name").notNull(),
    /** The head's gender ("nam", "nu"; "" when not entered): "Hộ ông …" or "Hộ bà …". */
    headGender: text("head_gender", { enum: ["", ...genders] })
      .notNull()
      .default(""),
    address: text("address").notNull().default(""),
    unitId: text("unit_id"),
    note: text("note").notNull().default(""),
    searchKey: text("search_key").notNull(),
    sortKey: text("sort_key").notNull(),
  },
  (t) => [index("households_sort").on(t.sortKey), index("households_unit").on(t.unitId)],
);

/** Yearly rating (đánh giá, xếp loại) of a person or a unit. */
export const ratings = sqliteTable(
  "ratings",
  {
    ...syncColumns,
    /** person or unit. */
    subjectKind: text("subject_kind").notNull(),
    subjectId: text("subject_id").notNull(),
    year: integer("year").notNull(),
    /** htxs, ht_tot, ht, kht. */
    rating: text("rating", { enum: ratingValues }).notNull(),
    note: text("note").notNull().default(""),
  },
  (t) => [index("ratings_subject_year").on(t.subjectId, t.year)],
);

export const disciplines = sqliteTable(
  "disciplines",
  {
    ...syncColumns,
    personId: text("person_id").notNull(),
    /** khien_trach, canh_cao, ha_bac_luong, giang_chuc, cach_chuc, buoc_thoi_viec, khac. */
    measure: text("measure", { enum: codesOf(disciplineMeasures) }).notNull(),
    decisionNumber: text("decision_number").notNull().default(""),
    decidedOn: text("decided_on").notNull(),
    /** Last day the measure counts; null while it still applies or is pending. */
    until: text("until"),
    note: text("note").notNull().default(""),
  },
  (t) => [index("disciplines_person").on(t.personId)],
);

export const initiatives = sqliteTable("initiatives", {
  ...syncColumns,
  title: text("title").notNull(),
  year: integer("year").notNull(),
  /** co_so, huyen, tinh, bo_nganh, toan_quoc. */
  level: text("level", { enum: codesOf(initiativeLevels) }).notNull(),
  decisionNumber: text("decision_number").notNull().default(""),
  decisionDate: text("decision_date"),
  scope: text("scope").notNull().default(""),
  searchKey: text("search_key").notNull(),
});

export const initiativeAuthors = sqliteTable(
  "initiative_authors",
  {
    ...syncColumns,
    initiativeId: text("initiative_id").notNull(),
    personId: text("person_id").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [
    index("initiative_authors_initiative").on(t.initiativeId),
    index("initiative_authors_person").on(t.personId),
  ],
);
