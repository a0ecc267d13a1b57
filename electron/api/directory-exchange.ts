import path from "node:path";
import {
  clusterKinds,
  clusterRoles,
  genderLabels,
  importKinds,
  initiativeLevels,
  ratingLabels,
  type Cluster,
  type HouseholdRow,
  type Initiative,
  type PersonRow,
  type RatingValue,
  type Unit,
  type directoryProcedures,
} from "../contract";
import { foldForSearch } from "../domain/vietnamese";
import { commitPlan, planImport, type ImportPlan } from "../exchange/directory-import";
import { writeImportTemplate } from "../exchange/directory-templates";
import { writeTable } from "../exchange/xlsx-write";
import { countByStatus, planFile, PreviewStore, shownFileName } from "../exchange/import-kit";
import { inExportsDir } from "../paths";
import type { AppContext } from "./context";
import { listInitiatives, queryHouseholds, queryPeople, ratingsGrid } from "./directory-people";
import { listClusters, listItems, listUnits } from "./directory-units";
import { invalid } from "./errors";
import { withIncomingFile } from "./files";
import type { HandlersFor } from "./router";

type P = typeof directoryProcedures;

/** Previews waiting for the officer's confirmation. */
const pending = new PreviewStore<ImportPlan>();

function stampName(ctx: AppContext) {
  const d = new Date(ctx.clock.now());
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/** Where an export is written: the data folder's exports/, stamped so earlier files are kept. */
export function exportFile(ctx: AppContext, base: string) {
  const fileName = `${base}-${stampName(ctx)}.xlsx`;
  return { file: inExportsDir(ctx.paths, fileName), fileName };
}

export function lookups(ctx: AppContext) {
  return {
    unitKinds: listItems(ctx, "unit_kind"),
    categories: listItems(ctx, "person_category"),
    now: ctx.clock.now(),
  };
}

export async function previewImport(
  ctx: AppContext,
  kind: keyof typeof importKinds,
  file: string,
  fileName: string,
) {
  const plan = await planFile(() => planImport(ctx.sqlite, kind, file, fileName, lookups(ctx)));
  const token = pending.put(ctx.sqlite, plan, ctx.clock.now(), plan.rows.length);
  return {
    token,
    kind,
    fileName,
    convertedCells: plan.convertedCells,
    formulaCells: plan.formulaCells,
    counts: countByStatus(plan.rows, ["new", "update", "unchanged", "duplicate", "error"]),
    rows: plan.rows.map(({ row, status, label, reason, changes }) => ({
      row,
      status,
      label,
      reason,
      ...(changes ? { changes } : {}),
    })),
  };
}

export async function commitImport(
  ctx: AppContext,
  token: string,
  backup = true,
  skipRows: number[] = [],
) {
  const stored = pending.get(ctx.sqlite, token, ctx.clock.now());
  // Rows the officer unticked in the preview are left out, as if they were not in the file.
  const skipped = new Set(skipRows);
  const plan = { ...stored, rows: stored.rows.filter((r) => !skipped.has(r.row)) };
  if (!plan.rows.some((r) => r.write)) throw invalid("Không có dòng hợp lệ nào để nhập.");
  const saved = backup ? await ctx.backup("pre-import") : null;
  pending.delete(token);
  const result = commitPlan(ctx.sqlite, plan, ctx.origin, ctx.clock.now());
  return { ...result, backup: saved ? path.basename(saved.file) : "" };
}

const yesNo = (b: boolean) => (b ? "Có" : "Không");
const ratingText = (r: RatingValue | null) => (r ? ratingLabels[r] : "");

type ClusterLine = { cluster: Cluster; member: Cluster["members"][number] | null };
type RatingLine = {
  no: number | null;
  name: string;
  position: string;
  rating: RatingValue | null;
  note: string;
};

export const exchangeHandlers: Pick<
  HandlersFor<P>,
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
  "directory.importTemplate": async ({ kind }, ctx) => {
    const fileName = `Mau-nhap-${kind}.xlsx`;
    const file = inExportsDir(ctx.paths, fileName);
    await writeImportTemplate(file, kind, lookups(ctx));
    return { path: file, fileName };
  },
  "directory.previewImport": ({ kind, path: file }, ctx) =>
    withIncomingFile(ctx, file, (abs) => previewImport(ctx, kind, abs, shownFileName(abs))),
  "directory.commitImport": ({ token, skipRows }, ctx) => commitImport(ctx, token, true, skipRows),
  "directory.exportPeople": async (filter, ctx) => {
    const { rows } = queryPeople(ctx, filter);
    const categories = new Map(listItems(ctx, "person_category").map((c) => [c.code, c.label]));
    const { file, fileName } = exportFile(ctx, "Danh-sach-ca-nhan");
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
        { header: "Quê quán", width: 28, value: (r) => r.hometown },
        { header: "Trú quán", width: 28, value: (r) => r.residence },
        { header: "Trình độ chuyên môn, nghiệp vụ", width: 24, value: (r) => r.education },
        { header: "Ghi chú", width: 24, value: (r) => r.notes },
      ],
      rows,
    );
    return { path: file, fileName };
  },
  "directory.exportHouseholds": async ({ q, unitId }, ctx) => {
    const { rows } = queryHouseholds(ctx, q, unitId);
    const { file, fileName } = exportFile(ctx, "Danh-sach-ho-gia-dinh");
    await writeTable<HouseholdRow>(
      file,
      "Hộ gia đình",
      `Danh sách hộ gia đình (${rows.length} hộ)`,
      [
        { header: "STT", width: 6, value: (r) => rows.indexOf(r) + 1 },
        { header: "Họ tên chủ hộ", width: 26, value: (r) => r.headName },
        {
          header: "Giới tính chủ hộ",
          width: 10,
          value: (r) => (r.headGender ? genderLabels[r.headGender] : ""),
        },
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
    const { file, fileName } = exportFile(ctx, "Danh-sach-don-vi");
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
  "directory.exportClusters": async ({ year }, ctx) => {
    const clusters = listClusters(ctx, { year });
    // One line per member unit; a cluster without members this year still gets its line.
    const rows = clusters.flatMap((cluster): ClusterLine[] =>
      cluster.members.length
        ? cluster.members.map((member) => ({ cluster, member }))
        : [{ cluster, member: null }],
    );
    const { file, fileName } = exportFile(ctx, `Cum-khoi-thi-dua-${year}`);
    await writeTable<ClusterLine>(
      file,
      "Cụm, khối",
      `Cụm, khối thi đua năm ${year} (${clusters.length} cụm, khối)`,
      [
        { header: "STT", width: 6, value: (r) => rows.indexOf(r) + 1 },
        { header: "Cụm, khối", width: 36, value: (r) => r.cluster.name },
        { header: "Loại", width: 14, value: (r) => clusterKinds[r.cluster.kind] },
        { header: "Đơn vị thành viên", width: 36, value: (r) => r.member?.unitName ?? "" },
        {
          header: "Vai trò",
          width: 12,
          value: (r) => (r.member ? clusterRoles[r.member.role] : ""),
        },
        { header: "Ghi chú", width: 24, value: (r) => r.cluster.note },
      ],
      rows,
    );
    return { path: file, fileName };
  },
  "directory.exportInitiatives": async (filter, ctx) => {
    const rows = listInitiatives(ctx, filter);
    const { file, fileName } = exportFile(ctx, "Danh-sach-sang-kien");
    await writeTable<Initiative>(
      file,
      "Sáng kiến",
      `Danh sách sáng kiến, đề tài${filter.year ? ` năm ${filter.year}` : ""} (${rows.length} sáng kiến)`,
      [
        { header: "STT", width: 6, value: (r) => rows.indexOf(r) + 1 },
        { header: "Tên sáng kiến, đề tài", width: 40, value: (r) => r.title },
        { header: "Năm", width: 7, value: (r) => r.year },
        { header: "Cấp công nhận", width: 14, value: (r) => initiativeLevels[r.level] },
        { header: "Số quyết định", width: 16, value: (r) => r.decisionNumber },
        { header: "Ngày quyết định", width: 14, value: (r) => r.decisionDate, date: true },
        { header: "Phạm vi ảnh hưởng, hiệu quả", width: 32, value: (r) => r.scope },
        {
          header: "Tác giả",
          width: 32,
          value: (r) => r.authors.map((a) => a.fullName).join(", "),
        },
      ],
      rows,
    );
    return { path: file, fileName };
  },
  "directory.exportRatings": async (input, ctx) => {
    const grid = ratingsGrid(ctx, input);
    const rows: RatingLine[] = [
      {
        no: null,
        name: `Tập thể ${grid.unitName}`,
        position: "",
        rating: grid.unitRating,
        note: "",
      },
      ...grid.rows.map((r, i) => ({
        no: i + 1,
        name: r.fullName,
        position: r.position,
        rating: r.rating,
        note: r.note,
      })),
    ];
    const { file, fileName } = exportFile(ctx, `Xep-loai-${grid.year}`);
    await writeTable<RatingLine>(
      file,
      "Xếp loại",
      `Kết quả đánh giá, xếp loại năm ${grid.year} – ${grid.unitName}`,
      [
        { header: "STT", width: 6, value: (r) => r.no },
        { header: "Họ và tên", width: 30, value: (r) => r.name },
        { header: "Chức vụ", width: 24, value: (r) => r.position },
        { header: "Xếp loại", width: 30, value: (r) => ratingText(r.rating) },
        { header: "Ghi chú", width: 30, value: (r) => r.note },
      ],
      rows,
    );
    return { path: file, fileName };
  },
};
