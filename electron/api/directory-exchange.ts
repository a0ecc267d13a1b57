import path from "node:path";
import { randomUUID } from "node:crypto";
import {
  genderLabels,
  importKinds,
  type HouseholdRow,
  type PersonRow,
  type Unit,
  type directoryProcedures,
} from "../contract";
import { foldForSearch } from "../domain/vietnamese";
import { commitPlan, planImport, type ImportPlan } from "../exchange/directory-import";
import { writeImportTemplate } from "../exchange/directory-templates";
import { writeTable } from "../exchange/xlsx-write";
import { SheetError } from "../exchange/xlsx-read";
import type { AppContext } from "./context";
import { queryHouseholds, queryPeople } from "./directory-people";
import { listItems, listUnits } from "./directory-units";
import { invalid, notFound } from "./errors";
import { resolveIncomingFile } from "./files";
import type { HandlersFor } from "./router";

type P = typeof directoryProcedures;

/** Previews waiting for the officer's confirmation; one per import, dropped after an hour. */
const pending = new Map<string, { plan: ImportPlan; at: number; db: unknown }>();

function stampName(ctx: AppContext) {
  const d = new Date(ctx.clock.now());
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

export function lookups(ctx: AppContext) {
  return { unitKinds: listItems(ctx, "unit_kind"), categories: listItems(ctx, "person_category") };
}

export async function previewImport(
  ctx: AppContext,
  kind: keyof typeof importKinds,
  file: string,
  fileName: string,
) {
  let plan: ImportPlan;
  try {
    plan = await planImport(ctx.sqlite, kind, file, fileName, lookups(ctx));
  } catch (e) {
    if (e instanceof SheetError) throw invalid(e.message);
    throw e;
  }
  const now = ctx.clock.now();
  for (const [k, v] of pending) if (now - v.at > 3_600_000) pending.delete(k);
  const token = randomUUID();
  pending.set(token, { plan, at: now, db: ctx.sqlite });
  const counts = { new: 0, update: 0, duplicate: 0, error: 0 };
  for (const r of plan.rows) counts[r.status]++;
  return {
    token,
    kind,
    fileName,
    convertedCells: plan.convertedCells,
    counts,
    rows: plan.rows.map(({ row, status, label, reason }) => ({ row, status, label, reason })),
  };
}

export async function commitImport(ctx: AppContext, token: string, backup = true) {
  const entry = pending.get(token);
  if (!entry || entry.db !== ctx.sqlite)
    throw notFound("Bản xem trước đã hết hạn hoặc đã được nhập. Hãy chọn lại tệp để xem trước.");
  if (!entry.plan.rows.some((r) => r.write)) throw invalid("Không có dòng hợp lệ nào để nhập.");
  const saved = backup ? await ctx.backup("pre-import") : null;
  pending.delete(token);
  const result = commitPlan(ctx.sqlite, entry.plan, ctx.origin, ctx.clock.now());
  return { ...result, backup: saved ? path.basename(saved.file) : "" };
}

const yesNo = (b: boolean) => (b ? "Có" : "Không");

export const exchangeHandlers: Pick<
  HandlersFor<P>,
  | "directory.importTemplate"
  | "directory.previewImport"
  | "directory.commitImport"
  | "directory.exportPeople"
  | "directory.exportHouseholds"
  | "directory.exportUnits"
> = {
  "directory.importTemplate": async ({ kind }, ctx) => {
    const fileName = `Mau-nhap-${kind}.xlsx`;
    const file = path.join(ctx.paths.dataDir, "exports", fileName);
    await writeImportTemplate(file, kind, lookups(ctx));
    return { path: file, fileName };
  },
  "directory.previewImport": ({ kind, path: file }, ctx) => {
    const abs = resolveIncomingFile(ctx, file);
    // Uploads are stored as "<uuid>-<name>": show the officer the name they chose.
    const shown = path
      .basename(abs)
      .replace(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-/i, "");
    return previewImport(ctx, kind, abs, shown);
  },
  "directory.commitImport": ({ token }, ctx) => commitImport(ctx, token),
  "directory.exportPeople": async (filter, ctx) => {
    const { rows } = queryPeople(ctx, filter);
    const categories = new Map(listItems(ctx, "person_category").map((c) => [c.code, c.label]));
    const fileName = `Danh-sach-ca-nhan-${stampName(ctx)}.xlsx`;
    const file = path.join(ctx.paths.dataDir, "exports", fileName);
    await writeTable<PersonRow>(
      file,
      "Cá nhân",
      `Danh sách cá nhân (${rows.length} người)`,
      [
        { header: "STT", width: 6, value: (r) => rows.indexOf(r) + 1 },
        { header: "Họ và tên", width: 26, value: (r) => r.fullName },
        { header: "Giới tính", width: 9, value: (r) => genderLabels[r.gender] },
        { header: "Ngày sinh", width: 12, value: (r) => r.birthDate, date: true },
        { header: "Năm sinh", width: 9, value: (r) => r.birthYear },
        { header: "Đối tượng", value: (r) => categories.get(r.category) ?? r.category },
        { header: "Chức vụ", width: 24, value: (r) => r.position },
        { header: "Lãnh đạo", width: 9, value: (r) => yesNo(r.isLeader) },
        { header: "Đơn vị", width: 32, value: (r) => r.unitName },
        { header: "Điện thoại", width: 14, value: (r) => r.phone },
        { header: "Ghi chú", width: 24, value: (r) => r.notes },
      ],
      rows,
    );
    return { path: file, fileName };
  },
  "directory.exportHouseholds": async ({ q, unitId }, ctx) => {
    const { rows } = queryHouseholds(ctx, q, unitId);
    const fileName = `Danh-sach-ho-gia-dinh-${stampName(ctx)}.xlsx`;
    const file = path.join(ctx.paths.dataDir, "exports", fileName);
    await writeTable<HouseholdRow>(
      file,
      "Hộ gia đình",
      `Danh sách hộ gia đình (${rows.length} hộ)`,
      [
        { header: "STT", width: 6, value: (r) => rows.indexOf(r) + 1 },
        { header: "Họ tên chủ hộ", width: 26, value: (r) => r.headName },
        { header: "Địa chỉ", width: 30, value: (r) => r.address },
        { header: "Xã, thôn", width: 30, value: (r) => r.unitName },
        { header: "Ghi chú", width: 24, value: (r) => r.note },
      ],
      rows,
    );
    return { path: file, fileName };
  },
  "directory.exportUnits": async ({ includeInactive, q }, ctx) => {
    const all = listUnits(ctx, includeInactive);
    const names = new Map(all.map((u) => [u.id, u.name]));
    const kinds = new Map(listItems(ctx, "unit_kind").map((k) => [k.code, k.label]));
    const words = foldForSearch(q);
    const rows = all.filter((u) => !words || foldForSearch(`${u.name} ${u.code}`).includes(words));
    const fileName = `Danh-sach-don-vi-${stampName(ctx)}.xlsx`;
    const file = path.join(ctx.paths.dataDir, "exports", fileName);
    await writeTable<Unit>(
      file,
      "Đơn vị",
      `Danh sách đơn vị (${rows.length} đơn vị)`,
      [
        { header: "STT", width: 6, value: (r) => rows.indexOf(r) + 1 },
        { header: "Mã đơn vị", width: 12, value: (r) => r.code },
        { header: "Tên đơn vị", width: 36, value: (r) => r.name },
        { header: "Loại đơn vị", width: 22, value: (r) => kinds.get(r.kind) ?? r.kind },
        {
          header: "Trực thuộc",
          width: 30,
          value: (r) => (r.parentId ? (names.get(r.parentId) ?? "") : ""),
        },
        { header: "Thủ trưởng", width: 24, value: (r) => r.headName },
        { header: "Địa chỉ", width: 30, value: (r) => r.address },
        { header: "Số người", width: 9, value: (r) => r.peopleCount },
        { header: "Ngừng hoạt động từ", width: 14, value: (r) => r.inactiveSince, date: true },
      ],
      rows,
    );
    return { path: file, fileName };
  },
};
