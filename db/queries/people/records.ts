/**
 * What hangs on people: work periods, ratings, disciplines and initiatives, and the writes that
 * go with them.
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../open-database";
import { disciplines, initiativeAuthors, initiatives, personUnits, ratings } from "../../schema";
import { allRows, firstColumn, firstValue, placeholders } from "../raw";
import { liveRows, syncedRows } from "../sync-rows";

export type InitiativeRow = typeof initiatives.$inferSelect;
export type DisciplineRow = typeof disciplines.$inferSelect;
export type PersonUnitRow = typeof personUnits.$inferSelect;

export const personUnitRows = syncedRows(personUnits);
export const disciplineRows = syncedRows(disciplines);
export const ratingRows = syncedRows(ratings);
export const initiativeRows = syncedRows(initiatives);
export const initiativeAuthorRows = syncedRows(initiativeAuthors);

/** The authors of some initiatives, in their order. */
export function authorsOfInitiatives(
  db: Db,
  initiativeIds: string[],
): { initiative_id: string; person_id: string; full_name: string }[] {
  return allRows(
    db,
    `SELECT a.initiative_id, a.person_id, p.full_name FROM initiative_authors a JOIN people p ON p.id = a.person_id
       WHERE a.deleted_at IS NULL AND a.initiative_id IN (${placeholders(initiativeIds.length)}) ORDER BY a.sort_order`,
    ...initiativeIds,
  );
}

/** Live initiatives by year (of one year when given). */
export function initiativesByYear(db: Db, year?: number): InitiativeRow[] {
  return liveRows(
    db,
    initiatives,
    [initiatives.year],
    year ? eq(initiatives.year, year) : undefined,
  );
}

/** Live initiatives among `ids`, by year. */
export function initiativesByIds(db: Db, ids: string[]): InitiativeRow[] {
  return liveRows(db, initiatives, [initiatives.year], inArray(initiatives.id, ids));
}

/** Ids of the initiatives a person authored. */
export function initiativeIdsOfAuthor(db: Db, personId: string): string[] {
  return firstColumn<string>(
    db,
    "SELECT initiative_id FROM initiative_authors WHERE person_id = ? AND deleted_at IS NULL",
    personId,
  );
}

/** Tombstones the author lines of an initiative. */
export function clearInitiativeAuthors(db: Db, initiativeId: string, now: number): void {
  db.update(initiativeAuthors)
    .set({ deletedAt: now, updatedAt: now })
    .where(
      and(eq(initiativeAuthors.initiativeId, initiativeId), isNull(initiativeAuthors.deletedAt)),
    )
    .run();
}

/** The people of a unit with their rating of a year (null when not rated), by name. */
export function ratingsGridRows<R>(
  db: Db,
  unitId: string,
  year: number,
): { id: string; full_name: string; position: string; rating: R | null; note: string }[] {
  return allRows(
    db,
    `SELECT p.id, p.full_name, p.position, r.rating, coalesce(r.note, '') AS note FROM people p
       LEFT JOIN ratings r ON r.subject_id = p.id AND r.year = ? AND r.deleted_at IS NULL
       WHERE p.unit_id = ? AND p.deleted_at IS NULL ORDER BY p.sort_key`,
    year,
    unitId,
  );
}

/** The live rating of a person or unit for a year, if any. */
export function ratingOfSubject<R>(db: Db, subjectId: string, year: number): R | undefined {
  return firstValue<R>(
    db,
    "SELECT rating FROM ratings WHERE subject_id = ? AND year = ? AND deleted_at IS NULL",
    subjectId,
    year,
  );
}

/** The id of the live rating of a person or unit for a year, if any. */
export function ratingIdOf(db: Db, subjectId: string, year: number): string | undefined {
  return firstValue<string>(
    db,
    "SELECT id FROM ratings WHERE subject_id = ? AND year = ? AND deleted_at IS NULL",
    subjectId,
    year,
  );
}

/** Every live rating of a person or unit, latest year first. */
export function ratingsOfSubject<R>(
  db: Db,
  subjectId: string,
): { year: number; rating: R; note: string }[] {
  return allRows(
    db,
    "SELECT year, rating, note FROM ratings WHERE subject_id = ? AND deleted_at IS NULL ORDER BY year DESC",
    subjectId,
  );
}

/** Ids of the live people of a unit. */
export function memberIdsOfUnit(db: Db, unitId: string): string[] {
  return firstColumn<string>(
    db,
    "SELECT id FROM people WHERE unit_id = ? AND deleted_at IS NULL",
    unitId,
  );
}

/** Where a person worked (công tác), latest first; deleted units named as such. */
export function unitHistoryOf(
  db: Db,
  personId: string,
): {
  id: string;
  unit_id: string;
  unit_name: string;
  from_date: string;
  to_date: string | null;
  position: string;
}[] {
  return allRows(
    db,
    `SELECT h.id, h.unit_id, coalesce(u.name, '(đơn vị đã xóa)') AS unit_name, h.from_date, h.to_date, h.position
         FROM person_units h LEFT JOIN units u ON u.id = h.unit_id WHERE h.person_id = ? AND h.deleted_at IS NULL
         ORDER BY h.from_date DESC`,
    personId,
  );
}

/** The live periods of a person still open (no end date). */
export function openUnitPeriods(db: Db, personId: string): PersonUnitRow[] {
  return liveRows(
    db,
    personUnits,
    [],
    and(eq(personUnits.personId, personId), isNull(personUnits.toDate)),
  );
}

/** Sets the position of a person's open periods. */
export function setOpenPeriodPosition(
  db: Db,
  personId: string,
  position: string,
  now: number,
): void {
  db.update(personUnits)
    .set({ position, updatedAt: now })
    .where(
      and(
        eq(personUnits.personId, personId),
        isNull(personUnits.toDate),
        isNull(personUnits.deletedAt),
      ),
    )
    .run();
}

/** A person's live disciplines (kỷ luật), by decision date. */
export function disciplinesOf(db: Db, personId: string): DisciplineRow[] {
  return liveRows(db, disciplines, [disciplines.decidedOn], eq(disciplines.personId, personId));
}

/** Tombstones what hangs on a deleted person: periods, disciplines, ratings, authorships. */
export function tombstonePersonRecords(db: Db, personId: string, now: number): void {
  for (const t of [personUnits, disciplines] as const)
    db.update(t)
      .set({ deletedAt: now, updatedAt: now })
      .where(and(eq(t.personId, personId), isNull(t.deletedAt)))
      .run();
  db.update(ratings)
    .set({ deletedAt: now, updatedAt: now })
    .where(and(eq(ratings.subjectId, personId), isNull(ratings.deletedAt)))
    .run();
  db.update(initiativeAuthors)
    .set({ deletedAt: now, updatedAt: now })
    .where(and(eq(initiativeAuthors.personId, personId), isNull(initiativeAuthors.deletedAt)))
    .run();
}
