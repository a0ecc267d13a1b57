import {
  clearClusterMembers,
  clusterList,
  clusterMemberRows,
  clusterMembersOfYear,
  clusterRows,
  customListItems,
  listItemRows,
  liveUnits,
  liveUnitsSorted,
  peopleCountsByUnit,
  unitKeys,
  unitRows,
  unitsWithCode,
  unitUses,
} from "../../db/queries/directory";
import {
  builtInPersonCategories,
  builtInUnitKinds,
  type Cluster,
  type Unit,
  type directoryProcedures,
} from "../contract";
import { foldForSearch } from "../domain/vietnamese";
import { isoDateOf } from "../domain/vietnamese";
import type { AppContext } from "./context";
import { conflict, invalid, notFound } from "./errors";
import type { HandlersFor } from "./router";
import type { OutputOf, ParsedInputOf } from "../contract";

type P = typeof directoryProcedures;
const ok = { ok: true as const };

export function listItems(ctx: AppContext, list: "unit_kind" | "person_category") {
  const builtIn = list === "unit_kind" ? builtInUnitKinds : builtInPersonCategories;
  return [
    ...Object.entries(builtIn).map(([code, label]) => ({ code, label, custom: false })),
    ...customListItems(ctx.db, list).map((r) => ({ code: r.code, label: r.label, custom: true })),
  ];
}

export function listUnits(ctx: AppContext, includeInactive = true): Unit[] {
  const counts = peopleCountsByUnit(ctx.db);
  return liveUnitsSorted(ctx.db)
    .filter((u) => includeInactive || u.active)
    .map((u) => ({
      id: u.id,
      code: u.code,
      name: u.name,
      shortName: u.shortName,
      kind: u.kind,
      parentId: u.parentId,
      address: u.address,
      headName: u.headName,
      headPosition: u.headPosition,
      active: u.active,
      inactiveSince: u.inactiveSince,
      peopleCount: counts.get(u.id) ?? 0,
    }));
}

function unitById(ctx: AppContext, id: string): Unit {
  const u = listUnits(ctx).find((x) => x.id === id);
  if (!u) throw notFound("Không tìm thấy đơn vị này (có thể đã bị xóa).");
  return u;
}

/** Refuses a parent that is the unit itself or lies below it. */
function checkParent(ctx: AppContext, id: string | undefined, parentId: string | null) {
  if (!parentId) return;
  if (!unitRows.byId(ctx.db, parentId))
    throw invalid("Đơn vị cấp trên không tồn tại.", { parentId: "Không tìm thấy đơn vị cấp trên" });
  if (!id) return;
  let cursor: string | null = parentId;
  for (let depth = 0; cursor && depth < 100; depth++) {
    if (cursor === id)
      throw invalid("Một đơn vị không thể trực thuộc chính nó hoặc đơn vị cấp dưới của nó.", {
        parentId: "Không thể chọn chính đơn vị này hoặc đơn vị cấp dưới",
      });
    cursor = unitRows.byId(ctx.db, cursor)?.parentId ?? null;
  }
}

function checkKind(
  ctx: AppContext,
  list: "unit_kind" | "person_category",
  code: string,
  field: string,
) {
  if (!listItems(ctx, list).some((k) => k.code === code))
    throw invalid("Loại đã chọn không có trong danh mục.", {
      [field]: "Loại không có trong danh mục",
    });
}

/** The work behind directory.listClusters, for other areas too. */
export function listClusters(
  ctx: AppContext,
  { year }: ParsedInputOf<"directory.listClusters">,
): OutputOf<"directory.listClusters"> {
  const names = new Map(liveUnits(ctx.db).map((u) => [u.id, u.name]));
  const members = clusterMembersOfYear(ctx.db, year);
  const roleOrder = { truong: 0, pho: 1, thanh_vien: 2 } as Record<string, number>;
  return clusterList(ctx.db).map((c): Cluster => ({
    id: c.id,
    name: c.name,
    kind: c.kind,
    note: c.note,
    members: members
      .filter((m) => m.clusterId === c.id)
      .map((m) => ({
        unitId: m.unitId,
        role: m.role,
        unitName: names.get(m.unitId) ?? "(đơn vị đã xóa)",
      }))
      .sort(
        (a, b) =>
          (roleOrder[a.role] ?? 3) - (roleOrder[b.role] ?? 3) ||
          a.unitName.localeCompare(b.unitName, "vi"),
      ),
  }));
}

export const unitHandlers: Pick<
  HandlersFor<P>,
  | "directory.listKinds"
  | "directory.addListItem"
  | "directory.listUnits"
  | "directory.saveUnit"
  | "directory.setUnitActive"
  | "directory.deleteUnit"
  | "directory.listClusters"
  | "directory.saveCluster"
  | "directory.deleteCluster"
  | "directory.setClusterMembers"
  | "directory.copyClusters"
> = {
  "directory.listKinds": (_i, ctx) => ({
    unitKinds: listItems(ctx, "unit_kind"),
    personCategories: listItems(ctx, "person_category"),
  }),
  "directory.addListItem": ({ list, label }, ctx) => {
    const existing = listItems(ctx, list).find(
      (i) => foldForSearch(i.label) === foldForSearch(label),
    );
    if (existing)
      throw conflict(`“${existing.label}” đã có trong danh mục.`, {
        label: "Đã có trong danh mục",
      });
    const code = `tuy_chon_${foldForSearch(label)
      .replace(/[^a-z0-9]+/g, "_")
      .slice(0, 24)}_${Date.now().toString(36)}`;
    listItemRows.save(ctx.db, undefined, { list, code, label }, ctx.stamp());
    return { code, label, custom: true };
  },
  "directory.listUnits": ({ includeInactive }, ctx) => listUnits(ctx, includeInactive),
  "directory.saveUnit": ({ id, ...values }, ctx) => {
    checkParent(ctx, id, values.parentId);
    checkKind(ctx, "unit_kind", values.kind, "kind");
    if (values.code) {
      const dup = unitsWithCode(ctx.db, values.code).find((u) => u.id !== id);
      if (dup)
        throw conflict(`Mã ${values.code} đã dùng cho “${dup.name}”.`, { code: "Trùng mã đơn vị" });
    }
    const saved = unitRows.save(
      ctx.db,
      id,
      { ...values, ...unitKeys(values.name, values.shortName, values.code) },
      ctx.stamp(),
    );
    if (!saved) throw notFound("Không tìm thấy đơn vị này (có thể đã bị xóa).");
    return unitById(ctx, saved);
  },
  "directory.setUnitActive": ({ id, active, since }, ctx) => {
    const inactiveSince = active ? null : (since ?? isoDateOf(ctx.clock.now()));
    if (!unitRows.save(ctx.db, id, { active, inactiveSince }, ctx.stamp())) throw notFound();
    return unitById(ctx, id);
  },
  "directory.deleteUnit": ({ id }, ctx) => {
    const unit = unitRows.byId(ctx.db, id);
    if (!unit) throw notFound("Không tìm thấy đơn vị này (có thể đã bị xóa).");
    const n = unitUses(ctx.db, id);
    const uses = [
      [n.subUnits, "đơn vị trực thuộc"],
      [n.periods, "lượt cá nhân công tác"],
      [n.households, "hộ gia đình"],
      [n.ratings, "kết quả xếp loại"],
      [n.clusterSeats, "lượt tham gia cụm, khối"],
    ] as const;
    const used = uses.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
    if (used.length)
      throw conflict(
        `Không xóa được “${unit.name}” vì đơn vị đã có ${used.join(", ")}. Hãy chuyển đơn vị sang “Ngừng hoạt động” để giữ lịch sử.`,
      );
    unitRows.tombstone(ctx.db, id, ctx.clock.now());
    return ok;
  },
  "directory.listClusters": (input, ctx) => listClusters(ctx, input),
  "directory.saveCluster": ({ id, ...values }, ctx) => {
    if (!clusterRows.save(ctx.db, id, values, ctx.stamp())) throw notFound();
    return ok;
  },
  "directory.deleteCluster": ({ id }, ctx) => {
    ctx.db.transaction((tx) => {
      if (!clusterRows.tombstone(tx, id, ctx.clock.now())) throw notFound();
      clearClusterMembers(tx, id, ctx.clock.now());
    });
    return ok;
  },
  "directory.setClusterMembers": ({ clusterId, year, members }, ctx) => {
    if (!clusterRows.byId(ctx.db, clusterId)) throw notFound("Không tìm thấy cụm, khối này.");
    for (const m of members)
      if (!unitRows.byId(ctx.db, m.unitId)) throw invalid("Có đơn vị không còn trong danh bạ.");
    const stamp = ctx.stamp();
    ctx.db.transaction((tx) => {
      clearClusterMembers(tx, clusterId, stamp.now, year);
      for (const m of members)
        clusterMemberRows.save(tx, undefined, { clusterId, year, ...m }, stamp);
    });
    return ok;
  },
  "directory.copyClusters": ({ fromYear, toYear }, ctx) => {
    if (fromYear === toYear) throw invalid("Năm nguồn và năm đích phải khác nhau.");
    const source = clusterMembersOfYear(ctx.db, fromYear);
    if (!source.length)
      throw invalid(`Năm ${fromYear} chưa có cụm, khối nào có thành viên để sao chép.`);
    const target = clusterMembersOfYear(ctx.db, toYear, false);
    if (target.length)
      throw conflict(
        `Năm ${toYear} đã có thành viên cụm, khối. Hãy xóa hoặc sửa trực tiếp thay vì sao chép đè.`,
      );
    const activeUnits = new Set(
      liveUnits(ctx.db)
        .filter((u) => u.active)
        .map((u) => u.id),
    );
    const copied = source.filter((m) => activeUnits.has(m.unitId));
    const stamp = ctx.stamp();
    ctx.db.transaction((tx) => {
      for (const m of copied)
        clusterMemberRows.save(
          tx,
          undefined,
          { clusterId: m.clusterId, year: toYear, unitId: m.unitId, role: m.role },
          stamp,
        );
    });
    return { clusters: new Set(copied.map((m) => m.clusterId)).size, members: copied.length };
  },
};
