import type { Db } from "../../db/open-database";
import {
  awardsForStatistics,
  catalogueStatInfo,
  decisionSpending,
  forwardedForStatistics,
  fundReceiptsOfYear,
  movementsForStatistics,
  tdktBodiesOfYear,
  tdktStaffOfYear,
  unitsForStatistics,
} from "../../db/queries/statistics";
import type { FormSource } from "../contract/statistics";
import {
  awardLevelOf,
  awardTypeOfDossierKind,
  movementMethodOf,
  type DossierKind,
  type RecipientKind,
  type StatGroup,
} from "../contract/vocabulary";
import { ageBucket, durationBucket, seniorityBucket } from "../domain/statistics-buckets";
import { awardBaseName } from "../documents/movement-plan";
import type { FormItem } from "./form-engine";

/** An item with what the "chưa phân loại" list shows: its name and where to fix it. */
export type LabelledItem = FormItem & { _label: string; _route: string };

/**
 * The phân loại đối tượng a registry line counts under: the one recorded, or for a collective
 * with none, that of its unit (a doanh nghiệp, otherwise a cơ quan, đơn vị); a household has none.
 */
export function effectiveCategory(
  recipientKind: RecipientKind,
  recorded: string | null,
  unitKind: string | null,
): string | null {
  if (recorded) return recorded;
  if (recipientKind === "tap_the") return unitKind === "doanh_nghiep" ? "doanh_nghiep" : "co_quan";
  return null;
}

/** Each unit rolled up to the top of its tree (the units directly under the office). */
function topUnits(db: Db) {
  const units = new Map(unitsForStatistics(db).map((u) => [u.id, u]));
  const top = (id: string | null) => {
    let u = id ? units.get(id) : undefined;
    for (let guard = 0; u?.parentId && units.has(u.parentId) && guard < 50; guard++)
      u = units.get(u.parentId)!;
    return u;
  };
  return { units, top };
}

function awardItems(db: Db, year: number): LabelledItem[] {
  const catalogue = catalogueStatInfo(db);
  const { units, top } = topUnits(db);
  return awardsForStatistics(db, year).map((r) => {
    const c = catalogue.get(r.awardCode);
    const statGroup = (c?.statGroup ?? null) as StatGroup | null;
    const root = top(r.unitId);
    const unitKind = r.unitId ? (units.get(r.unitId)?.kind ?? null) : null;
    return {
      level: statGroup ? awardLevelOf(statGroup) : null,
      statGroup,
      form: awardBaseName(c?.name ?? r.awardName),
      formOrder: c?.sortOrder ?? null,
      awardKind: c?.kind ?? null,
      recipientKind: r.recipientKind,
      category: effectiveCategory(r.recipientKind, r.recipientCategory, unitKind),
      awardType: r.awardType,
      proposingBody: r.proposingBody,
      unit: root?.name ?? (r.unitName || r.recipientName),
      unitOrder: null,
      unitGroup: root?.kind === "xa_thi_tran" ? "xa" : "don_vi",
      _label: `${r.recipientName} — ${r.awardName}${r.decisionNumber ? ` (${r.decisionNumber})` : ""}`,
      _route: statGroup ? `/so-khen-thuong?ban-ghi=${r.id}` : "/cai-dat/danh-muc",
    };
  });
}

function movementItems(db: Db, year: number): LabelledItem[] {
  return movementsForStatistics(db, year).map((m) => ({
    launchLevel: m.launchLevel,
    scope: m.scope,
    duration: durationBucket(m.startDate, m.endDate),
    method: movementMethodOf(m.kind),
    _label: m.name,
    _route: `/phong-trao/${m.id}`,
  }));
}

function forwardedItems(db: Db, year: number): LabelledItem[] {
  const catalogue = catalogueStatInfo(db);
  return forwardedForStatistics(db, year).map((n) => {
    const c = catalogue.get(n.awardCode);
    return {
      form: awardBaseName(c?.name ?? n.awardCode),
      formOrder: c?.sortOrder ?? null,
      recipientKind: n.nomineeKind,
      decided: n.decided ? "co" : "khong",
      awardType: n.awardType ?? awardTypeOfDossierKind(n.dossierKind as DossierKind),
      category: effectiveCategory(n.nomineeKind, n.category, n.unitKind),
      business: n.unitKind === "doanh_nghiep" ? "co" : "khong",
      _label: c?.name ?? n.awardCode,
      _route: "/chuyen-cap-tren",
    };
  });
}

function fundItems(db: Db, year: number): LabelledItem[] {
  const catalogue = catalogueStatInfo(db);
  const received = fundReceiptsOfYear(db, year).map((r) => ({
    fund: r.fund,
    flow: "thu",
    item: r.item,
    amount: r.amount,
    _label: `${r.fund}: ${r.item}`,
    _route: "/cai-dat/thong-ke",
  }));
  const spent = decisionSpending(db, year).map((s) => ({
    fund: s.fund,
    flow: "chi",
    item:
      catalogue.get(s.awardCode)?.kind === "danh_hieu"
        ? "Danh hiệu thi đua"
        : "Hình thức khen thưởng",
    amount: s.money,
    _label: s.fund,
    _route: "/quyet-dinh",
  }));
  return [...received, ...spent];
}

/** A source's items for the year; `defaultFund` names the fund of decisions that name none. */
export function formItems(
  db: Db,
  source: FormSource,
  year: number,
  defaultFund: string,
): LabelledItem[] {
  switch (source) {
    case "movements":
      return movementItems(db, year);
    case "awards":
      return awardItems(db, year);
    case "forwarded":
      return forwardedItems(db, year);
    case "fund":
      return fundItems(db, year).map((i) => ({ ...i, fund: i.fund || defaultFund }));
    case "bodies":
      return tdktBodiesOfYear(db, year).map((b) => ({
        level: b.level,
        _label: b.name,
        _route: "/cai-dat/thong-ke",
      }));
    case "staff":
      return tdktStaffOfYear(db, year).map((s) => ({
        gender: s.gender,
        age: ageBucket(year - s.birthYear),
        training: s.training,
        seniority: seniorityBucket(year - s.sinceYear),
        _label: s.fullName,
        _route: "/cai-dat/thong-ke",
      }));
  }
}
