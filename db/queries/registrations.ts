import { newId } from "../ids";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../open-database";
import {
  registrationPeople,
  registrationTargets,
  registrationTitles,
  registrations,
} from "../schema";
import { allRows, firstRow } from "./raw";
import { liveRows, syncedRows, type WriteStamp } from "./sync-rows";
import type { RatingValue } from "../../electron/contract/vocabulary";

export type RegistrationRow = typeof registrations.$inferSelect;
export type RegistrationTitleRow = typeof registrationTitles.$inferSelect;
export type RegistrationTargetRow = typeof registrationTargets.$inferSelect;
export type RegistrationPersonRow = typeof registrationPeople.$inferSelect;

export const registrationRows = syncedRows(registrations);
export const registrationTitleRows = syncedRows(registrationTitles);
export const registrationTargetRows = syncedRows(registrationTargets);

const ofMovement = (movementId: string | null) =>
  movementId ? eq(registrations.movementId, movementId) : isNull(registrations.movementId);

/** A unit's live registration (đăng ký thi đua) of a year and movement (null: the yearly one). */
export function registrationOf(
  db: Db,
  year: number,
  movementId: string | null,
  unitId: string,
): RegistrationRow | undefined {
  return db
    .select()
    .from(registrations)
    .where(
      and(
        eq(registrations.year, year),
        ofMovement(movementId),
        eq(registrations.unitId, unitId),
        isNull(registrations.deletedAt),
      ),
    )
    .get();
}

/** The live registrations of a year and movement, in no particular order. */
export function registrationsOfScope(
  db: Db,
  year: number,
  movementId: string | null,
): RegistrationRow[] {
  return liveRows(db, registrations, [], and(eq(registrations.year, year), ofMovement(movementId)));
}

/** A registration's collective titles, in their order (or none when `ordered` is false). */
export function titlesOfRegistration(
  db: Db,
  registrationId: string,
  ordered = true,
): RegistrationTitleRow[] {
  return liveRows(
    db,
    registrationTitles,
    ordered ? [registrationTitles.sortOrder] : [],
    eq(registrationTitles.registrationId, registrationId),
  );
}

/** A registration's targets (chỉ tiêu), in their order (or none when `ordered` is false). */
export function targetsOfRegistration(
  db: Db,
  registrationId: string,
  ordered = true,
): RegistrationTargetRow[] {
  return liveRows(
    db,
    registrationTargets,
    ordered ? [registrationTargets.sortOrder] : [],
    eq(registrationTargets.registrationId, registrationId),
  );
}

/** A registration's people lines, in their order. */
export function peopleOfRegistration(db: Db, registrationId: string): RegistrationPersonRow[] {
  return liveRows(
    db,
    registrationPeople,
    [registrationPeople.sortOrder],
    eq(registrationPeople.registrationId, registrationId),
  );
}

/** Tombstones every title, target and person line of a registration. */
export function clearRegistrationLines(db: Db, registrationId: string, now: number): void {
  for (const table of [registrationTitles, registrationTargets, registrationPeople] as const)
    db.update(table)
      .set({ deletedAt: now, updatedAt: now })
      .where(and(eq(table.registrationId, registrationId), isNull(table.deletedAt)))
      .run();
}

export interface NewPersonLine {
  personId: string | null;
  fullName: string;
  birthYear: number | null;
  position: string;
  isLeader: boolean;
  titleCode: string;
  note: string;
}

/** Writes a registration's people lines in order (run it in a transaction). */
export function insertRegistrationPeople(
  db: Db,
  registrationId: string,
  lines: NewPersonLine[],
  stamp: WriteStamp,
): void {
  const rows = lines.map((p, i) => ({
    id: newId(),
    createdAt: stamp.now,
    updatedAt: stamp.now,
    origin: stamp.origin,
    registrationId,
    personId: p.personId,
    fullName: p.fullName,
    birthYear: p.birthYear,
    position: p.position,
    isLeader: p.isLeader,
    titleCode: p.titleCode,
    note: p.note,
    sortOrder: i,
  }));
  for (let i = 0; i < rows.length; i += 200)
    db.insert(registrationPeople)
      .values(rows.slice(i, i + 200))
      .run();
}

export interface ScopeLine {
  registration_id: string;
  person_id: string | null;
  full_name: string;
  birth_year: number | null;
  title_code: string;
}

/** Every people line of the live registrations of a year and movement. */
export function peopleLinesOfScope(db: Db, year: number, movementId: string | null): ScopeLine[] {
  return allRows<ScopeLine>(
    db,
    `SELECT l.registration_id, l.person_id, l.full_name, l.birth_year, l.title_code
       FROM registration_people l JOIN registrations r ON r.id = l.registration_id
       WHERE l.deleted_at IS NULL AND r.deleted_at IS NULL AND r.year = ? AND r.movement_id IS ?`,
    year,
    movementId,
  );
}

/** The registering unit's name by registration id, for a year and movement. */
export function unitNamesOfScope(
  db: Db,
  year: number,
  movementId: string | null,
): Map<string, string> {
  return new Map(
    allRows<{ id: string; name: string }>(
      db,
      "SELECT r.id, u.name FROM registrations r JOIN units u ON u.id = r.unit_id WHERE r.year = ? AND r.movement_id IS ? AND r.deleted_at IS NULL",
      year,
      movementId,
    ).map((r) => [r.id, r.name] as const),
  );
}

/** How many live title or target lines each registration of a year and movement has. */
export function lineCountsOfScope(
  db: Db,
  table: "registration_titles" | "registration_targets",
  year: number,
  movementId: string | null,
): Map<string, number> {
  return new Map(
    allRows<{ id: string; n: number }>(
      db,
      `SELECT l.registration_id AS id, count(*) AS n FROM ${table} l JOIN registrations r ON r.id = l.registration_id
             WHERE l.deleted_at IS NULL AND r.deleted_at IS NULL AND r.year = ? AND r.movement_id IS ? GROUP BY l.registration_id`,
      year,
      movementId,
    ).map((x) => [x.id, x.n]),
  );
}

/** People lines per registration and title code, for a year and movement. */
export function peopleCountsByTitle(
  db: Db,
  year: number,
  movementId: string | null,
): { id: string; code: string; n: number }[] {
  return allRows(
    db,
    `SELECT l.registration_id AS id, l.title_code AS code, count(*) AS n FROM registration_people l JOIN registrations r ON r.id = l.registration_id
       WHERE l.deleted_at IS NULL AND r.deleted_at IS NULL AND r.year = ? AND r.movement_id IS ? GROUP BY l.registration_id, l.title_code`,
    year,
    movementId,
  );
}

/** The collective titles registered per registration, for a year and movement. */
export function collectiveTitlesOfScope(
  db: Db,
  year: number,
  movementId: string | null,
): { id: string; code: string }[] {
  return allRows(
    db,
    `SELECT l.registration_id AS id, l.title_code AS code FROM registration_titles l JOIN registrations r ON r.id = l.registration_id
       WHERE l.deleted_at IS NULL AND r.deleted_at IS NULL AND r.year = ? AND r.movement_id IS ?`,
    year,
    movementId,
  );
}

export interface RegisteringPerson {
  full_name: string;
  birth_year: number | null;
  position: string;
  is_leader: number;
}

/** A live person as a registration line copies them; only in `unitId` when given. */
export function registeringPerson(
  db: Db,
  personId: string,
  unitId?: string,
): RegisteringPerson | undefined {
  return unitId === undefined
    ? firstRow<RegisteringPerson>(
        db,
        "SELECT full_name, birth_year, position, is_leader FROM people WHERE id = ? AND deleted_at IS NULL",
        personId,
      )
    : firstRow<RegisteringPerson>(
        db,
        "SELECT full_name, birth_year, position, is_leader FROM people WHERE id = ? AND unit_id = ? AND deleted_at IS NULL",
        personId,
        unitId,
      );
}

/** A person's live rating (xếp loại) of a year, if any. */
export function personRatingOf(db: Db, personId: string, year: number): RatingValue | undefined {
  return firstRow<{ rating: RatingValue }>(
    db,
    "SELECT rating FROM ratings WHERE subject_kind = 'person' AND subject_id = ? AND year = ? AND deleted_at IS NULL",
    personId,
    year,
  )?.rating;
}

/** Whether a person (deleted or not) is marked as a leader; undefined when unknown. */
export function personIsLeader(db: Db, personId: string): boolean | undefined {
  const p = firstRow<{ is_leader: number }>(
    db,
    "SELECT is_leader FROM people WHERE id = ?",
    personId,
  );
  return p ? p.is_leader === 1 : undefined;
}
