import {
  householdRows,
  nameKeys,
  personRows,
  unitPath,
  unitRows,
} from "../../db/queries/directory";
import { ratingYearProblem } from "../domain/rating-year";
import {
  authorsOfInitiatives,
  clearInitiativeAuthors,
  disciplineRows,
  disciplinesOf,
  householdRowOf,
  householdsMatching,
  initiativeAuthorRows,
  initiativeIdsOfAuthor,
  initiativeRows,
  initiativesByIds,
  initiativesByYear,
  memberIdsOfUnit,
  openUnitPeriods,
  peoplePage,
  personRowOf,
  personUnitRows,
  ratingIdOf,
  ratingOfSubject,
  ratingRows,
  ratingsGridRows,
  ratingsOfSubject,
  setOpenPeriodPosition,
  tombstonePersonRecords,
  unitHistoryOf,
  type InitiativeRow,
} from "../../db/queries/people";
import type {
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

type PeopleFilter = Omit<InputOf<"directory.listPeople">, "page" | "pageSize">;

export function queryPeople(ctx: AppContext, f: PeopleFilter, page = 1, pageSize = 1_000_000) {
  return peoplePage(ctx.db, f, page, pageSize);
}

function personRowById(ctx: AppContext, id: string): PersonRow {
  const r = personRowOf(ctx.db, id);
  if (!r) throw notFound("Không tìm thấy cá nhân này (có thể đã bị xóa).");
  return r;
}

function requireUnit(ctx: AppContext, unitId: string | null) {
  if (unitId && !unitRows.byId(ctx.db, unitId))
    throw invalid("Đơn vị đã chọn không còn trong danh bạ.", { unitId: "Không tìm thấy đơn vị" });
}

const dayBefore = (iso: string) => isoDateOf(new Date(`${iso}T12:00:00`).getTime() - 86_400_000);

function toInitiatives(ctx: AppContext, rows: InitiativeRow[]): Initiative[] {
  if (!rows.length) return [];
  const authors = authorsOfInitiatives(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    year: r.year,
    level: r.level,
    decisionNumber: r.decisionNumber,
    decisionDate: r.decisionDate,
    scope: r.scope,
    authors: authors
      .filter((a) => a.initiative_id === r.id)
      .map((a) => ({ personId: a.person_id, fullName: a.full_name })),
  }));
}

/** Households matching a search (folded words) within a unit and its sub-units. */
export function queryHouseholds(
  ctx: AppContext,
  q: string,
  unitId: string | undefined,
  limit = 1_000_000,
  offset = 0,
) {
  return householdsMatching(ctx.db, q, unitId, limit, offset);
}

/** The work behind directory.getRatingsGrid, for other areas too. */
export function ratingsGrid(
  ctx: AppContext,
  { unitId, year }: ParsedInputOf<"directory.getRatingsGrid">,
): OutputOf<"directory.getRatingsGrid"> {
  const unit = unitRows.byId(ctx.db, unitId);
  if (!unit) throw notFound("Không tìm thấy đơn vị này.");
  const rows = ratingsGridRows<RatingValue>(ctx.db, unitId, year);
  const unitRating = ratingOfSubject<RatingValue>(ctx.db, unitId, year);
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
  const rows = initiativesByYear(ctx.db, year)
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
    const history = unitHistoryOf(ctx.db, id);
    const ratingList = ratingsOfSubject<RatingValue>(ctx.db, id);
    const initiativeIds = initiativeIdsOfAuthor(ctx.db, id);
    const authored = initiativeIds.length ? initiativesByIds(ctx.db, initiativeIds).reverse() : [];
    return {
      person,
      unitPath: person.unitId ? unitPath(ctx.db, person.unitId) : [],
      history: history.map((h) => ({
        id: h.id,
        unitId: h.unit_id,
        unitName: h.unit_name,
        fromDate: h.from_date,
        toDate: h.to_date,
        position: h.position,
      })),
      ratings: ratingList,
      disciplines: disciplinesOf(ctx.db, id)
        .reverse()
        .map((d) => ({
          id: d.id,
          measure: d.measure,
          decisionNumber: d.decisionNumber,
          decidedOn: d.decidedOn,
          until: d.until,
          note: d.note,
        })),
      initiatives: toInitiatives(ctx, authored),
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
      const before = id ? personRows.byId(tx, id) : undefined;
      if (id && !before) throw notFound("Không tìm thấy cá nhân này (có thể đã bị xóa).");
      const saved = personRows.save(
        tx,
        id,
        { ...values, birthYear, ...nameKeys(values.fullName) },
        stamp,
      )!;
      const moved = (before?.unitId ?? null) !== values.unitId;
      if (moved) {
        const on = movedOn ?? today;
        const open = openUnitPeriods(tx, saved);
        for (const h of open) {
          if (h.fromDate > on)
            throw invalid("Ngày chuyển đơn vị phải sau ngày bắt đầu công tác ở đơn vị cũ.", {
              movedOn: "Ngày chuyển chưa hợp lệ",
            });
          personUnitRows.save(
            tx,
            h.id,
            { toDate: dayBefore(on) < h.fromDate ? h.fromDate : dayBefore(on) },
            stamp,
          );
        }
        if (values.unitId)
          personUnitRows.save(
            tx,
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
        setOpenPeriodPosition(tx, saved, values.position, stamp.now);
      }
      return saved;
    });
    return personRowById(ctx, savedId);
  },
  "directory.deletePerson": ({ id }, ctx) => {
    const now = ctx.clock.now();
    ctx.db.transaction((tx) => {
      if (!personRows.tombstone(tx, id, now))
        throw notFound("Không tìm thấy cá nhân này (có thể đã bị xóa).");
      tombstonePersonRecords(tx, id, now);
    });
    return ok;
  },
  "directory.addDiscipline": (input, ctx) => {
    if (!personRows.byId(ctx.db, input.personId)) throw notFound("Không tìm thấy cá nhân này.");
    disciplineRows.save(ctx.db, undefined, input, ctx.stamp());
    return ok;
  },
  "directory.deleteDiscipline": ({ id }, ctx) => {
    if (!disciplineRows.tombstone(ctx.db, id, ctx.clock.now())) throw notFound();
    return ok;
  },
  "directory.listHouseholds": ({ q, unitId, page, pageSize }, ctx) =>
    queryHouseholds(ctx, q, unitId, pageSize, (page - 1) * pageSize),
  "directory.saveHousehold": ({ id, ...values }, ctx) => {
    requireUnit(ctx, values.unitId);
    const saved = householdRows.save(
      ctx.db,
      id,
      { ...values, ...nameKeys(values.headName, values.address) },
      ctx.stamp(),
    );
    if (!saved) throw notFound("Không tìm thấy hộ gia đình này (có thể đã bị xóa).");
    return householdRowOf(ctx.db, saved)!;
  },
  "directory.deleteHousehold": ({ id }, ctx) => {
    if (!householdRows.tombstone(ctx.db, id, ctx.clock.now())) throw notFound();
    return ok;
  },
  "directory.getRatingsGrid": (input, ctx) => ratingsGrid(ctx, input),
  "directory.saveRatingsGrid": ({ unitId, year, unitRating, rows }, ctx) => {
    const badYear = ratingYearProblem(year, ctx.clock.now());
    if (badYear) throw invalid(badYear, { year: badYear });
    if (!unitRows.byId(ctx.db, unitId)) throw notFound("Không tìm thấy đơn vị này.");
    const members = new Set(memberIdsOfUnit(ctx.db, unitId));
    const stranger = rows.find((r) => !members.has(r.personId));
    if (stranger) throw invalid("Có cá nhân không thuộc đơn vị này; hãy tải lại bảng xếp loại.");
    const stamp = ctx.stamp();
    let saved = 0;
    ctx.db.transaction((tx) => {
      const put = (
        subjectKind: "person" | "unit",
        subjectId: string,
        rating: RatingValue | null,
        note: string,
      ) => {
        const current = ratingIdOf(tx, subjectId, year);
        if (rating === null) {
          if (current) ratingRows.tombstone(tx, current, stamp.now);
          return;
        }
        ratingRows.save(tx, current, { subjectKind, subjectId, year, rating, note }, stamp);
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
      if (!personRows.byId(ctx.db, a))
        throw invalid("Có tác giả không còn trong danh bạ.", {
          authorIds: "Tác giả không tồn tại",
        });
    const names = authorIds.map((a) => personRows.byId(ctx.db, a)!.fullName).join(" ");
    const stamp = ctx.stamp();
    const saved = ctx.db.transaction((tx) => {
      const savedId = initiativeRows.save(
        tx,
        id,
        { ...values, searchKey: foldForSearch(`${values.title} ${names}`) },
        stamp,
      );
      if (!savedId) throw notFound("Không tìm thấy sáng kiến này (có thể đã bị xóa).");
      clearInitiativeAuthors(tx, savedId, stamp.now);
      authorIds.forEach((personId, sortOrder) =>
        initiativeAuthorRows.save(
          tx,
          undefined,
          { initiativeId: savedId, personId, sortOrder },
          stamp,
        ),
      );
      return savedId;
    });
    return toInitiatives(ctx, [initiativeRows.byId(ctx.db, saved)!])[0]!;
  },
  "directory.deleteInitiative": ({ id }, ctx) => {
    const now = ctx.clock.now();
    ctx.db.transaction((tx) => {
      if (!initiativeRows.tombstone(tx, id, now)) throw notFound();
      clearInitiativeAuthors(tx, id, now);
    });
    return ok;
  },
};
