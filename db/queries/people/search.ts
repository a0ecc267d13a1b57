/**
 * The directory's people and household searches (FTS or word-prefix LIKE) and their list rows.
 */
import type { Gender } from "../../../electron/contract/vocabulary";
import type { Db } from "../../open-database";
import { ftsPrefixQuery, ftsWords, searchWords, unitSubtree } from "../directory";
import { allRows, firstRow, firstValue, placeholders } from "../raw";

interface PersonSql {
  id: string;
  full_name: string;
  gender: Gender;
  birth_year: number | null;
  birth_date: string | null;
  category: string;
  position: string;
  is_leader: number;
  unit_id: string | null;
  unit_name: string | null;
  phone: string;
  hometown: string;
  residence: string;
  education: string;
  notes: string;
}
const personColumns = `p.id, p.full_name, p.gender, p.birth_year, p.birth_date, p.category, p.position,
  p.is_leader, p.unit_id, u.name AS unit_name, p.phone, p.hometown, p.residence, p.education, p.notes`;

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
  /** Quê quán, trú quán, trình độ chuyên môn (the Báo cáo thành tích's section I). */
  hometown: string;
  residence: string;
  education: string;
  notes: string;
}

/** A household as the directory lists it (the contract's HouseholdRow). */
export interface HouseholdRow {
  id: string;
  headName: string;
  headGender: "" | "nam" | "nu";
  address: string;
  unitId: string | null;
  unitName: string;
  note: string;
}

function toPersonRow(r: PersonSql): PersonRow {
  return {
    id: r.id,
    fullName: r.full_name,
    gender: r.gender,
    birthYear: r.birth_year,
    birthDate: r.birth_date,
    category: r.category,
    position: r.position,
    isLeader: r.is_leader === 1,
    unitId: r.unit_id,
    unitName: r.unit_name ?? "",
    phone: r.phone,
    hometown: r.hometown,
    residence: r.residence,
    education: r.education,
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
    head_gender: HouseholdRow["headGender"];
    address: string;
    unit_id: string | null;
    unit_name: string | null;
    note: string;
  }>(
    db,
    `SELECT h.id, h.head_name, h.head_gender, h.address, h.unit_id, u.name AS unit_name, h.note ${from} ORDER BY h.sort_key LIMIT ? OFFSET ?`,
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
      headGender: r.head_gender,
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
