import { and, eq, inArray, isNull } from "drizzle-orm";
import {
  ftsPrefixQuery,
  ftsWords,
  nameKeys,
  searchWords,
  unitPath,
  unitSubtree,
} from "../../db/queries/directory";
import { liveRow, liveRows, tombstoneRow, upsertRow } from "../../db/queries/sync-rows";
import {
  disciplines,
  households,
  initiativeAuthors,
  initiatives,
  people,
  personUnits,
  ratings,
  units,
} from "../../db/schema";
import type {
  HouseholdRow,
  Initiative,
  InputOf,
  PersonPage,
  PersonRow,
  RatingValue,
  directoryProcedures,
} from "../contract";
import { foldForSearch, isoDateOf } from "../domain/vietnamese";
import { listItems } from "./directory-units";
import type { AppContext } from "./context";
import { invalid, notFound } from "./errors";
import type { HandlersFor } from "./router";
import type { OutputOf, ParsedInputOf } from "../contract";

type P = typeof directoryProcedures;
const ok = { ok: true as const };

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

function toPersonRow(r: PersonSql): PersonRow {
  return {
    id: r.id,
    fullName: r.full_name,
    gender: r.gender as PersonRow["gender"],
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

type PeopleFilter = Omit<InputOf<"directory.listPeople">, "page" | "pageSize">;

/** Above this many name matches, walking the name index beats sorting the matches. */
const DENSE_MATCHES = 800;

/**
 * WHERE clause and parameters for a people filter (shared by the list and the export). The name
 * search is either the FTS index (few matches) or a word-prefix LIKE checked while walking the
 * sort index (many matches, e.g. the first letter typed): both find the same people.
 */
function peopleWhere(ctx: AppContext, f: PeopleFilter, dense: boolean) {
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
    const ids = f.withSubUnits === false ? [f.unitId] : unitSubtree(ctx.sqlite, f.unitId);
    where.push(`p.unit_id IN (${ids.map(() => "?").join(",")})`);
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

export function queryPeople(ctx: AppContext, f: PeopleFilter, page = 1, pageSize = 1_000_000) {
  const match = ftsPrefixQuery(f.q ?? "");
  const matches = match
    ? (ctx.sqlite
        .prepare("SELECT count(*) FROM people_fts WHERE people_fts MATCH ?")
        .pluck()
        .get(match) as number)
    : 0;
  const w = peopleWhere(ctx, f, matches > DENSE_MATCHES && (f.sort ?? "name") === "name");
  const rows = ctx.sqlite
    .prepare(
      `SELECT ${personColumns} FROM people p LEFT JOIN units u ON u.id = p.unit_id WHERE ${w.sql} ORDER BY ${w.order} LIMIT ? OFFSET ?`,
    )
    .all(...w.params, pageSize, (page - 1) * pageSize) as PersonSql[];
  // The FTS index holds live people only: with no other filter its count is the total.
  const total =
    match && !w.filtered
      ? matches
      : (ctx.sqlite
          .prepare(`SELECT count(*) FROM people p WHERE ${w.sql}`)
          .pluck()
          .get(...w.params) as number);
  return { rows: rows.map(toPersonRow), total };
}

function personRowById(ctx: AppContext, id: string): PersonRow {
  const r = ctx.sqlite
    .prepare(
      `SELECT ${personColumns} FROM people p LEFT JOIN units u ON u.id = p.unit_id WHERE p.id = ? AND p.deleted_at IS NULL`,
    )
    .get(id) as PersonSql | undefined;
  if (!r) throw notFound("Không tìm thấy cá nhân này (có thể đã bị xóa).");
  return toPersonRow(r);
}

function requireUnit(ctx: AppContext, unitId: string | null) {
  if (unitId && !liveRow(ctx.db, units, unitId))
    throw invalid("Đơn vị đã chọn không còn trong danh bạ.", { unitId: "Không tìm thấy đơn vị" });
}

const dayBefore = (iso: string) => isoDateOf(new Date(`${iso}T12:00:00`).getTime() - 86_400_000);

function toInitiatives(ctx: AppContext, rows: (typeof initiatives.$inferSelect)[]): Initiative[] {
  if (!rows.length) return [];
  const authors = ctx.sqlite
    .prepare(
      `SELECT a.initiative_id, a.person_id, p.full_name FROM initiative_authors a JOIN people p ON p.id = a.person_id
       WHERE a.deleted_at IS NULL AND a.initiative_id IN (${rows.map(() => "?").join(",")}) ORDER BY a.sort_order`,
    )
    .all(...rows.map((r) => r.id)) as {
    initiative_id: string;
    person_id: string;
    full_name: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    year: r.year,
    level: r.level as Initiative["level"],
    decisionNumber: r.decisionNumber,
    decisionDate: r.decisionDate,
    scope: r.scope,
    authors: authors
      .filter((a) => a.initiative_id === r.id)
      .map((a) => ({ personId: a.person_id, fullName: a.full_name })),
  }));
}

function householdRows(
  ctx: AppContext,
  where: string,
  params: unknown[],
  limit: number,
  offset: number,
) {
  const from = `FROM households h LEFT JOIN units u ON u.id = h.unit_id WHERE h.deleted_at IS NULL ${where}`;
  const rows = ctx.sqlite
    .prepare(
      `SELECT h.id, h.head_name, h.address, h.unit_id, u.name AS unit_name, h.note ${from} ORDER BY h.sort_key LIMIT ? OFFSET ?`,
    )
    .all(...params, limit, offset) as {
    id: string;
    head_name: string;
    address: string;
    unit_id: string | null;
    unit_name: string | null;
    note: string;
  }[];
  const total = ctx.sqlite
    .prepare(`SELECT count(*) ${from}`)
    .pluck()
    .get(...params) as number;
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
export function queryHouseholds(
  ctx: AppContext,
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
    const ids = unitSubtree(ctx.sqlite, unitId);
    where += ` AND h.unit_id IN (${ids.map(() => "?").join(",")})`;
    params.push(...ids);
  }
  return householdRows(ctx, where, params, limit, offset);
}

/** The work behind directory.getRatingsGrid, for other areas too. */
export function ratingsGrid(
  ctx: AppContext,
  { unitId, year }: ParsedInputOf<"directory.getRatingsGrid">,
): OutputOf<"directory.getRatingsGrid"> {
  const unit = liveRow(ctx.db, units, unitId);
  if (!unit) throw notFound("Không tìm thấy đơn vị này.");
  const rows = ctx.sqlite
    .prepare(
      `SELECT p.id, p.full_name, p.position, r.rating, coalesce(r.note, '') AS note FROM people p
       LEFT JOIN ratings r ON r.subject_id = p.id AND r.year = ? AND r.deleted_at IS NULL
       WHERE p.unit_id = ? AND p.deleted_at IS NULL ORDER BY p.sort_key`,
    )
    .all(year, unitId) as {
    id: string;
    full_name: string;
    position: string;
    rating: RatingValue | null;
    note: string;
  }[];
  const unitRating = ctx.sqlite
    .prepare("SELECT rating FROM ratings WHERE subject_id = ? AND year = ? AND deleted_at IS NULL")
    .pluck()
    .get(unitId, year) as RatingValue | undefined;
  return {
    unitId,
    unitName: unit.name,
    year,
    unitRating: unitRating ?? null,
    rows: rows.map((r) => ({
      personId: r.id,
      fullName: r.full_name,
      position: r.position,
      rating: r.rating,
      note: r.note,
    })),
  };
}

/** The work behind directory.listInitiatives, for other areas too. */
export function listInitiatives(
  ctx: AppContext,
  { q, year }: ParsedInputOf<"directory.listInitiatives">,
): OutputOf<"directory.listInitiatives"> {
  const words = foldForSearch(q).split(" ").filter(Boolean);
  const rows = liveRows(
    ctx.db,
    initiatives,
    [initiatives.year],
    year ? eq(initiatives.year, year) : undefined,
  )
    .reverse()
    .filter((r) => words.every((w) => r.searchKey.includes(w)));
  return toInitiatives(ctx, rows);
}

export const peopleHandlers: Omit<
  HandlersFor<P>,
  | keyof typeof import("./directory-units").unitHandlers
  | "directory.importTemplate"
  | "directory.previewImport"
  | "directory.commitImport"
  | "directory.exportPeople"
  | "directory.exportHouseholds"
  | "directory.exportUnits"
  | "directory.exportClusters"
  | "directory.exportInitiatives"
  | "directory.exportRatings"
> = {
  "directory.listPeople": ({ page, pageSize, ...filter }, ctx) =>
    queryPeople(ctx, filter, page, pageSize),
  "directory.getPerson": ({ id }, ctx): PersonPage => {
    const person = personRowById(ctx, id);
    const history = ctx.sqlite
      .prepare(
        `SELECT h.id, h.unit_id, coalesce(u.name, '(đơn vị đã xóa)') AS unit_name, h.from_date, h.to_date, h.position
         FROM person_units h LEFT JOIN units u ON u.id = h.unit_id WHERE h.person_id = ? AND h.deleted_at IS NULL
         ORDER BY h.from_date DESC`,
      )
      .all(id) as {
      id: string;
      unit_id: string;
      unit_name: string;
      from_date: string;
      to_date: string | null;
      position: string;
    }[];
    const ratingRows = ctx.sqlite
      .prepare(
        "SELECT year, rating, note FROM ratings WHERE subject_id = ? AND deleted_at IS NULL ORDER BY year DESC",
      )
      .all(id) as { year: number; rating: RatingValue; note: string }[];
    const initiativeIds = ctx.sqlite
      .prepare(
        "SELECT initiative_id FROM initiative_authors WHERE person_id = ? AND deleted_at IS NULL",
      )
      .pluck()
      .all(id) as string[];
    const initiativeRows = initiativeIds.length
      ? liveRows(
          ctx.db,
          initiatives,
          [initiatives.year],
          inArray(initiatives.id, initiativeIds),
        ).reverse()
      : [];
    return {
      person,
      unitPath: person.unitId ? unitPath(ctx.sqlite, person.unitId) : [],
      history: history.map((h) => ({
        id: h.id,
        unitId: h.unit_id,
        unitName: h.unit_name,
        fromDate: h.from_date,
        toDate: h.to_date,
        position: h.position,
      })),
      ratings: ratingRows,
      disciplines: liveRows(
        ctx.db,
        disciplines,
        [disciplines.decidedOn],
        eq(disciplines.personId, id),
      )
        .reverse()
        .map((d) => ({
          id: d.id,
          measure: d.measure as PersonPage["disciplines"][number]["measure"],
          decisionNumber: d.decisionNumber,
          decidedOn: d.decidedOn,
          until: d.until,
          note: d.note,
        })),
      initiatives: toInitiatives(ctx, initiativeRows),
    };
  },
  "directory.savePerson": ({ id, movedOn, ...values }, ctx) => {
    requireUnit(ctx, values.unitId);
    if (!listItems(ctx, "person_category").some((c) => c.code === values.category))
      throw invalid("Đối tượng đã chọn không có trong danh mục.", {
        category: "Không có trong danh mục",
      });
    const birthYear = values.birthDate ? Number(values.birthDate.slice(0, 4)) : values.birthYear;
    const stamp = ctx.stamp();
    const today = isoDateOf(stamp.now);
    const savedId = ctx.db.transaction((tx) => {
      const before = id ? liveRow(tx, people, id) : undefined;
      if (id && !before) throw notFound("Không tìm thấy cá nhân này (có thể đã bị xóa).");
      const saved = upsertRow(
        tx,
        people,
        id,
        { ...values, birthYear, ...nameKeys(values.fullName) },
        stamp,
      )!;
      const moved = (before?.unitId ?? null) !== values.unitId;
      if (moved) {
        const on = movedOn ?? today;
        const open = liveRows(
          tx,
          personUnits,
          [],
          and(eq(personUnits.personId, saved), isNull(personUnits.toDate)),
        );
        for (const h of open) {
          if (h.fromDate > on)
            throw invalid("Ngày chuyển đơn vị phải sau ngày bắt đầu công tác ở đơn vị cũ.", {
              movedOn: "Ngày chuyển chưa hợp lệ",
            });
          upsertRow(
            tx,
            personUnits,
            h.id,
            { toDate: dayBefore(on) < h.fromDate ? h.fromDate : dayBefore(on) },
            stamp,
          );
        }
        if (values.unitId)
          upsertRow(
            tx,
            personUnits,
            undefined,
            {
              personId: saved,
              unitId: values.unitId,
              fromDate: on,
              toDate: null,
              position: values.position,
            },
            stamp,
          );
      } else if (values.unitId && before && before.position !== values.position) {
        tx.update(personUnits)
          .set({ position: values.position, updatedAt: stamp.now })
          .where(
            and(
              eq(personUnits.personId, saved),
              isNull(personUnits.toDate),
              isNull(personUnits.deletedAt),
            ),
          )
          .run();
      }
      return saved;
    });
    return personRowById(ctx, savedId);
  },
  "directory.deletePerson": ({ id }, ctx) => {
    const now = ctx.clock.now();
    ctx.db.transaction((tx) => {
      if (!tombstoneRow(tx, people, id, now))
        throw notFound("Không tìm thấy cá nhân này (có thể đã bị xóa).");
      for (const t of [personUnits, disciplines] as const)
        tx.update(t)
          .set({ deletedAt: now, updatedAt: now })
          .where(and(eq(t.personId, id), isNull(t.deletedAt)))
          .run();
      tx.update(ratings)
        .set({ deletedAt: now, updatedAt: now })
        .where(and(eq(ratings.subjectId, id), isNull(ratings.deletedAt)))
        .run();
      tx.update(initiativeAuthors)
        .set({ deletedAt: now, updatedAt: now })
        .where(and(eq(initiativeAuthors.personId, id), isNull(initiativeAuthors.deletedAt)))
        .run();
    });
    return ok;
  },
  "directory.addDiscipline": (input, ctx) => {
    if (!liveRow(ctx.db, people, input.personId)) throw notFound("Không tìm thấy cá nhân này.");
    upsertRow(ctx.db, disciplines, undefined, input, ctx.stamp());
    return ok;
  },
  "directory.deleteDiscipline": ({ id }, ctx) => {
    if (!tombstoneRow(ctx.db, disciplines, id, ctx.clock.now())) throw notFound();
    return ok;
  },
  "directory.listHouseholds": ({ q, unitId, page, pageSize }, ctx) =>
    queryHouseholds(ctx, q, unitId, pageSize, (page - 1) * pageSize),
  "directory.saveHousehold": ({ id, ...values }, ctx) => {
    requireUnit(ctx, values.unitId);
    const saved = upsertRow(
      ctx.db,
      households,
      id,
      { ...values, ...nameKeys(values.headName, values.address) },
      ctx.stamp(),
    );
    if (!saved) throw notFound("Không tìm thấy hộ gia đình này (có thể đã bị xóa).");
    return householdRows(ctx, " AND h.id = ?", [saved], 1, 0).rows[0]!;
  },
  "directory.deleteHousehold": ({ id }, ctx) => {
    if (!tombstoneRow(ctx.db, households, id, ctx.clock.now())) throw notFound();
    return ok;
  },
  "directory.getRatingsGrid": (input, ctx) => ratingsGrid(ctx, input),
  "directory.saveRatingsGrid": ({ unitId, year, unitRating, rows }, ctx) => {
    if (!liveRow(ctx.db, units, unitId)) throw notFound("Không tìm thấy đơn vị này.");
    const members = new Set(
      ctx.sqlite
        .prepare("SELECT id FROM people WHERE unit_id = ? AND deleted_at IS NULL")
        .pluck()
        .all(unitId) as string[],
    );
    const stranger = rows.find((r) => !members.has(r.personId));
    if (stranger) throw invalid("Có cá nhân không thuộc đơn vị này; hãy tải lại bảng xếp loại.");
    const stamp = ctx.stamp();
    const existing = ctx.sqlite.prepare(
      "SELECT id FROM ratings WHERE subject_id = ? AND year = ? AND deleted_at IS NULL",
    );
    let saved = 0;
    ctx.db.transaction((tx) => {
      const put = (
        subjectKind: "person" | "unit",
        subjectId: string,
        rating: RatingValue | null,
        note: string,
      ) => {
        const current = existing.pluck().get(subjectId, year) as string | undefined;
        if (rating === null) {
          if (current) tombstoneRow(tx, ratings, current, stamp.now);
          return;
        }
        upsertRow(tx, ratings, current, { subjectKind, subjectId, year, rating, note }, stamp);
        saved++;
      };
      put("unit", unitId, unitRating, "");
      for (const r of rows) put("person", r.personId, r.rating, r.note);
    });
    return { saved };
  },
  "directory.listInitiatives": (input, ctx) => listInitiatives(ctx, input),
  "directory.saveInitiative": ({ id, authorIds, ...values }, ctx) => {
    for (const a of authorIds)
      if (!liveRow(ctx.db, people, a))
        throw invalid("Có tác giả không còn trong danh bạ.", {
          authorIds: "Tác giả không tồn tại",
        });
    const names = authorIds.map((a) => liveRow(ctx.db, people, a)!.fullName).join(" ");
    const stamp = ctx.stamp();
    const saved = ctx.db.transaction((tx) => {
      const savedId = upsertRow(
        tx,
        initiatives,
        id,
        { ...values, searchKey: foldForSearch(`${values.title} ${names}`) },
        stamp,
      );
      if (!savedId) throw notFound("Không tìm thấy sáng kiến này (có thể đã bị xóa).");
      tx.update(initiativeAuthors)
        .set({ deletedAt: stamp.now, updatedAt: stamp.now })
        .where(
          and(eq(initiativeAuthors.initiativeId, savedId), isNull(initiativeAuthors.deletedAt)),
        )
        .run();
      authorIds.forEach((personId, sortOrder) =>
        upsertRow(
          tx,
          initiativeAuthors,
          undefined,
          { initiativeId: savedId, personId, sortOrder },
          stamp,
        ),
      );
      return savedId;
    });
    return toInitiatives(ctx, [liveRow(ctx.db, initiatives, saved)!])[0]!;
  },
  "directory.deleteInitiative": ({ id }, ctx) => {
    const now = ctx.clock.now();
    ctx.db.transaction((tx) => {
      if (!tombstoneRow(tx, initiatives, id, now)) throw notFound();
      tx.update(initiativeAuthors)
        .set({ deletedAt: now, updatedAt: now })
        .where(and(eq(initiativeAuthors.initiativeId, id), isNull(initiativeAuthors.deletedAt)))
        .run();
    });
    return ok;
  },
};
