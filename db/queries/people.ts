/**
 * People, households, ratings, disciplines and initiatives of the directory: the paged searches
 * (FTS or word-prefix LIKE), a person's page and the writes that go with them.
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Gender } from "../../electron/contract/vocabulary";
import type { Db } from "../open-database";
import { disciplines, initiativeAuthors, initiatives, personUnits, ratings } from "../schema";
import { ftsPrefixQuery, ftsWords, searchWords, unitSubtree } from "./directory";
import { allRows, firstColumn, firstRow, firstValue, placeholders } from "./raw";
import { liveRows, syncedRows } from "./sync-rows";

export type InitiativeRow = typeof initiatives.$inferSelect;
export type DisciplineRow = typeof disciplines.$inferSelect;
export type PersonUnitRow = typeof personUnits.$inferSelect;

export const personUnitRows = syncedRows(personUnits);
export const disciplineRows = syncedRows(disciplines);
export const ratingRows = syncedRows(ratings);
export const initiativeRows = syncedRows(initiatives);
export const initiativeAuthorRows = syncedRows(initiativeAuthors);

interface PersonSql {
  id: string;
  full_name: string;
  gender: string;
  birth_year: number | null;
  birth_date: string | null;
  category: string;
  position: string;
  is_leader: number;
  unit_id: string | null;
  unit_name: string | null;
  phone: string;
  notes: string;
}
const personColumns = `p.id, p.full_name, p.gender, p.birth_year, p.birth_date, p.category, p.position,
  p.is_leader, p.unit_id, u.name AS unit_name, p.phone, p.notes`;

/** A person as the directory lists them (the contract's PersonRow). */
export interface PersonRow {
  id: string;
  fullName: string;
  gender: Gender;
  birthYear: number | null;
  birthDate: string | null;
  category: string;
  position: string;
  isLeader: boolean;
  unitId: string | null;
  unitName: string;
  phone: string;
  notes: string;
}

/** A household as the directory lists it (the contract's HouseholdRow). */
export interface HouseholdRow {
  id: string;
  headName: string;
  address: string;
  unitId: string | null;
  unitName: string;
  note: string;
}

function toPersonRow(r: PersonSql): PersonRow {
  return {
    id: r.id,
    fullName: r.full_name,
    gender: r.gender as Gender,
    birthYear: r.birth_year,
    birthDate: r.birth_date,
    category: r.category,
    position: r.position,
    isLeader: r.is_leader === 1,
    unitId: r.unit_id,
    unitName: r.unit_name ?? "",
    phone: r.phone,
    notes: r.notes,
  };
}

/** The directory's people filter (see the contract's peopleFilter). */
export interface PeopleFilter {
  q?: string;
  unitId?: string;
  /** Include the people of the unit's sub-units too (the default). */
  withSubUnits?: boolean;
  category?: string;
  gender?: Gender;
  isLeader?: boolean;
  sort?: "name" | "birthYear" | "unit";
  desc?: boolean;
}

/** Above this many name matches, walking the name index beats sorting the matches. */
const DENSE_MATCHES = 800;

/**
 * WHERE clause and parameters for a people filter (shared by the list and the export). The name
 * search is either the FTS index (few matches) or a word-prefix LIKE checked while walking the
 * sort index (many matches, e.g. the first letter typed): both find the same people.
 */
function peopleWhere(db: Db, f: PeopleFilter, dense: boolean) {
  const where = ["p.deleted_at IS NULL"];
  const params: unknown[] = [];
  const match = ftsPrefixQuery(f.q ?? "");
  if (match && dense) {
    for (const w of ftsWords(f.q ?? "")) {
      where.push("(' ' || p.search_key) LIKE ?");
      params.push(`% ${w}%`);
    }
  } else if (match) {
    where.push("p.rowid IN (SELECT rowid FROM people_fts WHERE people_fts MATCH ?)");
    params.push(match);
  }
  let filtered = false;
  if (f.unitId) {
    const ids = f.withSubUnits === false ? [f.unitId] : unitSubtree(db, f.unitId);
    where.push(`p.unit_id IN (${placeholders(ids.length)})`);
    params.push(...ids);
    filtered = true;
  }
  for (const [column, value] of [
    ["p.category", f.category],
    ["p.gender", f.gender],
    ["p.is_leader", f.isLeader === undefined ? undefined : f.isLeader ? 1 : 0],
  ] as const) {
    if (value === undefined) continue;
    where.push(`${column} = ?`);
    params.push(value);
    filtered = true;
  }
  const dir = f.desc ? "DESC" : "ASC";
  // With few matches, sort them ("+" keeps SQLite from walking the whole name index instead).
  const name = match && !dense ? "+p.sort_key" : "p.sort_key";
  const order =
    f.sort === "birthYear"
      ? `p.birth_year ${dir}, ${name}`
      : f.sort === "unit"
        ? `u.sort_key ${dir}, ${name}`
        : `${name} ${dir}`;
  return { sql: where.join(" AND "), params, order, match, filtered };
}

/** A page of the people matching a filter, and how many match in all. */
export function peoplePage(db: Db, f: PeopleFilter, page = 1, pageSize = 1_000_000) {
  const match = ftsPrefixQuery(f.q ?? "");
  const matches = match
    ? firstValue<number>(db, "SELECT count(*) FROM people_fts WHERE people_fts MATCH ?", match)!
    : 0;
  const w = peopleWhere(db, f, matches > DENSE_MATCHES && (f.sort ?? "name") === "name");
  const rows = allRows<PersonSql>(
    db,
    `SELECT ${personColumns} FROM people p LEFT JOIN units u ON u.id = p.unit_id WHERE ${w.sql} ORDER BY ${w.order} LIMIT ? OFFSET ?`,
    ...w.params,
    pageSize,
    (page - 1) * pageSize,
  );
  // The FTS index holds live people only: with no other filter its count is the total.
  const total =
    match && !w.filtered
      ? matches
      : firstValue<number>(db, `SELECT count(*) FROM people p WHERE ${w.sql}`, ...w.params)!;
  return { rows: rows.map(toPersonRow), total };
}

/** A live person as the directory lists them. */
export function personRowOf(db: Db, id: string): PersonRow | undefined {
  const r = firstRow<PersonSql>(
    db,
    `SELECT ${personColumns} FROM people p LEFT JOIN units u ON u.id = p.unit_id WHERE p.id = ? AND p.deleted_at IS NULL`,
    id,
  );
  return r && toPersonRow(r);
}

function householdPage(db: Db, where: string, params: unknown[], limit: number, offset: number) {
  const from = `FROM households h LEFT JOIN units u ON u.id = h.unit_id WHERE h.deleted_at IS NULL ${where}`;
  const rows = allRows<{
    id: string;
    head_name: string;
    address: string;
    unit_id: string | null;
    unit_name: string | null;
    note: string;
  }>(
    db,
    `SELECT h.id, h.head_name, h.address, h.unit_id, u.name AS unit_name, h.note ${from} ORDER BY h.sort_key LIMIT ? OFFSET ?`,
    ...params,
    limit,
    offset,
  );
  const total = firstValue<number>(db, `SELECT count(*) ${from}`, ...params)!;
  return {
    total,
    rows: rows.map((r): HouseholdRow => ({
      id: r.id,
      headName: r.head_name,
      address: r.address,
      unitId: r.unit_id,
      unitName: r.unit_name ?? "",
      note: r.note,
    })),
  };
}

/** Households matching a search (folded words) within a unit and its sub-units. */
export function householdsMatching(
  db: Db,
  q: string,
  unitId: string | undefined,
  limit = 1_000_000,
  offset = 0,
) {
  let where = "";
  const params: unknown[] = [];
  for (const w of searchWords(q)) {
    where += " AND h.search_key LIKE ? ESCAPE '\\'";
    params.push(w);
  }
  if (unitId) {
    const ids = unitSubtree(db, unitId);
    where += ` AND h.unit_id IN (${placeholders(ids.length)})`;
    params.push(...ids);
  }
  return householdPage(db, where, params, limit, offset);
}

/** A live household as the directory lists it. */
export function householdRowOf(db: Db, id: string): HouseholdRow | undefined {
  return householdPage(db, " AND h.id = ?", [id], 1, 0).rows[0];
}

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
