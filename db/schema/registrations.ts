import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { syncColumns } from "./common";
import { codesOf, registrationStatuses } from "../../electron/contract/vocabulary";

/**
 * Đăng ký thi đua (seed 000): at the start of a year each unit registers the collective titles it
 * aims at, the numeric targets it commits to and its individuals with a title each. One live row
 * per (year, movement or none, unit).
 */
export const registrations = sqliteTable(
  "registrations",
  {
    ...syncColumns,
    year: integer("year").notNull(),
    /** movements.id for a movement's registration; null for the regular yearly one. */
    movementId: text("movement_id"),
    unitId: text("unit_id").notNull(),
    /** chua_nop, da_nop, can_bo_sung, da_duyet. */
    status: text("status", { enum: codesOf(registrationStatuses) })
      .notNull()
      .default("chua_nop"),
    /** The day the office received it (YYYY-MM-DD). */
    receivedDate: text("received_date"),
    /** Why it has to be completed (cần bổ sung). */
    reason: text("reason").notNull().default(""),
    note: text("note").notNull().default(""),
  },
  (t) => [index("registrations_year_unit").on(t.year, t.unitId)],
);

/** A collective title the unit registers for (award_catalogue.code: TTLDTT, TTLDXS, …). */
export const registrationTitles = sqliteTable(
  "registration_titles",
  {
    ...syncColumns,
    registrationId: text("registration_id").notNull(),
    titleCode: text("title_code").notNull(),
    note: text("note").notNull().default(""),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [index("registration_titles_registration").on(t.registrationId)],
);

/** A target the unit commits to ("100% HTX hoạt động đúng Luật"), optionally with a number. */
export const registrationTargets = sqliteTable(
  "registration_targets",
  {
    ...syncColumns,
    registrationId: text("registration_id").notNull(),
    text: text("text").notNull(),
    number: real("number"),
    unit: text("unit").notNull().default(""),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [index("registration_targets_registration").on(t.registrationId)],
);

/** An individual and the title registered for (award_catalogue.code: LDTT, CSTDCS, …). */
export const registrationPeople = sqliteTable(
  "registration_people",
  {
    ...syncColumns,
    registrationId: text("registration_id").notNull(),
    /** people.id, or null when the person is not in the directory yet (free name). */
    personId: text("person_id"),
    /** The name as registered (the directory's name at save time, or the free name). */
    fullName: text("full_name").notNull(),
    birthYear: integer("birth_year"),
    position: text("position").notNull().default(""),
    /** For free names; directory people use people.is_leader. */
    isLeader: integer("is_leader", { mode: "boolean" }).notNull().default(false),
    titleCode: text("title_code").notNull(),
    note: text("note").notNull().default(""),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [
    index("registration_people_registration").on(t.registrationId),
    index("registration_people_person").on(t.personId),
  ],
);
