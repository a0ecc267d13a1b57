import path from "node:path";
import {
  awardEntryRows,
  awardRecordRows,
  awardRecordsOf,
  awardRecordsPage,
  awardRuleList,
  awardSearchKey,
  liveUnitName,
  recipientSnapshot,
  sameAwardRecords,
  type AwardRecordRow as Row,
  type AwardRecordSql,
} from "../../db/queries/awards";
import { awardCatalogueOn } from "../../db/queries/catalogue";
import {
  awardSources,
  recipientKindLabels,
  type AwardRecordRow,
  type ParsedInputOf,
  type awardsProcedures,
} from "../contract";
import { ruleKinds } from "../domain/eligibility";
import { householdName } from "../contract/format";
import { isReadOnlyAwardSource } from "../contract/vocabulary";
import { foldForSearch } from "../domain/vietnamese";
import {
  planAwardImport,
  writeAwardTemplate,
  type AwardImportPlan,
  type CatalogueEntry,
} from "../exchange/award-import";
import { countByStatus, planFile, PreviewStore, shownFileName } from "../exchange/import-kit";
import { writeTable } from "../exchange/xlsx-write";
import { inExportsDir } from "../paths";
import { writeAwardHistory } from "./award-history";
import type { AppContext } from "./context";
import { checkEligibility, parseParams } from "./eligibility";
import { conflict, invalid, notFound } from "./errors";
import { withIncomingFile } from "./files";
import type { HandlersFor } from "./router";

/**
 * The award registry (sổ khen thưởng). Records from decisions issued here are read-only; other
 * areas write them with recordDecisionAwards (db/queries/awards.ts) when a decision is issued.
 */

type P = typeof awardsProcedures;
const ok = { ok: true as const };

function toRow(r: Row): AwardRecordRow {
  return {
    id: r.id,
    year: r.year,
    recipientKind: r.recipientKind,
    personId: r.personId,
    unitId: r.unitId,
    householdId: r.householdId,
    recipientName: r.recipientName,
    unitName: r.unitName,
    awardCode: r.awardCode,
    awardName: r.awardName,
    decisionNumber: r.decisionNumber,
    decisionDate: r.decisionDate,
    issuer: r.issuer,
    source: r.source,
    decisionId: r.decisionId,
    cancelledBy: r.cancelledBy,
    cancelledOn: r.cancelledOn,
    note: r.note,
    recipientCategory: r.recipientCategory,
    awardType: r.awardType,
    proposingBody: r.proposingBody,
  };
}

function fromSql(r: AwardRecordSql): AwardRecordRow {
  return {
    id: r.id,
    year: r.year,
    recipientKind: r.recipient_kind,
    personId: r.person_id,
    unitId: r.unit_id,
    householdId: r.household_id,
    recipientName: r.recipient_name,
    unitName: r.unit_name,
    awardCode: r.award_code,
    awardName: r.award_name,
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    issuer: r.issuer,
    source: r.source,
    decisionId: r.decision_id,
    cancelledBy: r.cancelled_by,
    cancelledOn: r.cancelled_on,
    note: r.note,
    recipientCategory: r.recipient_category,
    awardType: r.award_type,
    proposingBody: r.proposing_body,
  };
}

type Filter = ParsedInputOf<"awards.export">;

export function queryAwards(ctx: AppContext, f: Filter, limit = -1, offset = 0) {
  const { rows, total } = awardRecordsPage(ctx.db, f, limit, offset);
  return { rows: rows.map(fromSql), total };
}

/** The catalogue, one entry per code (its latest version), for matching and snapshots. */
export function catalogueEntries(ctx: AppContext): CatalogueEntry[] {
  const byCode = new Map<string, CatalogueEntry>();
  for (const r of awardEntryRows(ctx.db))
    byCode.set(r.code, {
      code: r.code,
      name: r.name,
      recipientKind: r.recipient_kind,
    });
  return [...byCode.values()];
}

type SaveInput = ParsedInputOf<"awards.save">;

/** Resolves the recipient of a hand-entered record: directory snapshots or the free name. */
function recipientOf(ctx: AppContext, a: SaveInput) {
  if (a.recipientKind === "ca_nhan" && a.personId) {
    const p = recipientSnapshot(ctx.db, "person", a.personId);
    if (!p) throw notFound("Không tìm thấy cá nhân này trong danh bạ (có thể đã bị xóa).");
    return {
      personId: a.personId,
      householdId: null,
      unitId: p.unit_id ?? null,
      recipientName: p.name,
      unitName: p.unit_name ?? "",
    };
  }
  if (a.recipientKind === "tap_the" && a.unitId) {
    const name = liveUnitName(ctx.db, a.unitId);
    if (name === undefined)
      throw notFound("Không tìm thấy đơn vị này trong danh bạ (có thể đã bị xóa).");
    return {
      personId: null,
      householdId: null,
      unitId: a.unitId,
      recipientName: name,
      unitName: "",
    };
  }
  if (a.recipientKind === "ho_gia_dinh" && a.householdId) {
    const h = recipientSnapshot(ctx.db, "household", a.householdId);
    if (!h) throw notFound("Không tìm thấy hộ gia đình này trong danh bạ (có thể đã bị xóa).");
    return {
      personId: null,
      householdId: a.householdId,
      unitId: h.unit_id ?? null,
      recipientName: householdName(h.name, h.gender),
      unitName: h.unit_name ?? "",
    };
  }
  if (!a.recipientName)
    throw invalid("Hãy chọn đối tượng trong danh bạ hoặc ghi tên đối tượng.", {
      recipientName: "Chưa có tên đối tượng",
    });
  let unitName = "";
  if (a.unitId) {
    const name = liveUnitName(ctx.db, a.unitId);
    if (name === undefined)
      throw notFound("Không tìm thấy đơn vị này trong danh bạ (có thể đã bị xóa).");
    unitName = name;
  }
  return {
    personId: null,
    householdId: null,
    unitId: a.unitId,
    recipientName: a.recipientName,
    unitName,
  };
}

const readOnlyMessage = (r: Row) =>
  r.source === "cap_tren"
    ? `Bản ghi này là kết quả khen thưởng cấp trên gửi về (Quyết định số ${r.decisionNumber || "(chưa số)"}) nên không sửa hoặc xóa ở đây. Nếu có sai sót, hãy báo cấp trên điều chỉnh rồi gửi lại.`
    : `Bản ghi này được ghi từ Quyết định số ${r.decisionNumber || "(chưa số)"} ban hành trong ứng dụng nên không thể sửa hoặc xóa ở sổ khen thưởng. Muốn thay đổi, hãy ban hành quyết định hủy bỏ hoặc điều chỉnh.`;

function saveAward(ctx: AppContext, input: SaveInput): AwardRecordRow {
  const { id, ...a } = input;
  const existing = id ? awardRecordRows.byId(ctx.db, id) : undefined;
  if (id && !existing) throw notFound("Không tìm thấy bản ghi khen thưởng này (có thể đã bị xóa).");
  if (existing && isReadOnlyAwardSource(existing.source)) throw conflict(readOnlyMessage(existing));
  const award = awardCatalogueOn(ctx.db).on(a.awardCode, a.decisionDate ?? `${a.year}-12-31`);
  if (!award)
    throw invalid(`Hình thức “${a.awardCode}” không có trong danh mục khen thưởng.`, {
      awardCode: "Không có trong danh mục",
    });
  if (award.recipientKind !== a.recipientKind)
    throw invalid(
      `“${award.name}” dành cho ${(recipientKindLabels[award.recipientKind] ?? award.recipientKind).toLowerCase()}, không dành cho ${recipientKindLabels[a.recipientKind].toLowerCase()}.`,
      { awardCode: "Không đúng loại đối tượng" },
    );
  const who = recipientOf(ctx, input);
  const linkOf = (r: {
    personId: string | null;
    householdId: string | null;
    unitId: string | null;
  }) => r.personId ?? r.householdId ?? (a.recipientKind === "tap_the" ? r.unitId : null);
  const link = linkOf(who);
  const dup = sameAwardRecords(ctx.db, id ?? "", a.year, a.awardCode, a.recipientKind).find((r) =>
    link
      ? linkOf(r) === link
      : !linkOf(r) && foldForSearch(r.name) === foldForSearch(who.recipientName),
  )?.decisionNumber;
  if (dup !== undefined)
    throw conflict(
      `Sổ khen thưởng đã có “${award.name}” năm ${a.year} của ${who.recipientName}${dup ? ` (Quyết định số ${dup})` : ""}.`,
    );
  const values = {
    year: a.year,
    recipientKind: a.recipientKind,
    ...who,
    awardCode: a.awardCode,
    awardName: award.name,
    decisionNumber: a.decisionNumber,
    decisionDate: a.decisionDate,
    issuer: a.issuer,
    note: a.note,
    recipientCategory: a.recipientCategory,
    awardType: a.awardType,
    proposingBody: a.proposingBody,
    ...(existing ? {} : { source: "nhap_tay" as const }),
  };
  const savedId = awardRecordRows.save(
    ctx.db,
    id,
    { ...values, searchKey: awardSearchKey(values) },
    ctx.stamp(),
  );
  return toRow(awardRecordRows.byId(ctx.db, savedId!)!);
}

/** Previews of imports waiting for the officer's confirmation. */
const pending = new PreviewStore<AwardImportPlan>();

function exportPath(ctx: AppContext, base: string) {
  const d = new Date(ctx.clock.now());
  const p = (n: number) => String(n).padStart(2, "0");
  const fileName = `${base}-${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}.xlsx`;
  return { file: inExportsDir(ctx.paths, fileName), fileName };
}

export const awardsHandlers: HandlersFor<P> = {
  "awards.list": ({ limit, offset, ...f }, ctx) => queryAwards(ctx, f, limit, offset),
  "awards.save": (input, ctx) => saveAward(ctx, input),
  "awards.get": ({ id }, ctx) => {
    const r = awardRecordRows.byId(ctx.db, id);
    if (!r) throw notFound("Không tìm thấy bản ghi khen thưởng này (có thể đã bị xóa).");
    return toRow(r);
  },
  "awards.classify": ({ id, recipientKind, ...c }, ctx) => {
    const r = awardRecordRows.byId(ctx.db, id);
    if (!r) throw notFound("Không tìm thấy bản ghi khen thưởng này (có thể đã bị xóa).");
    if (r.recipientKind !== recipientKind)
      throw conflict("Bản ghi đã đổi loại đối tượng; hãy tải lại trang rồi phân loại.");
    awardRecordRows.save(ctx.db, id, c, ctx.stamp());
    return toRow(awardRecordRows.byId(ctx.db, id)!);
  },
  "awards.delete": ({ id }, ctx) => {
    const r = awardRecordRows.byId(ctx.db, id);
    if (!r) throw notFound("Không tìm thấy bản ghi khen thưởng này (có thể đã bị xóa).");
    if (isReadOnlyAwardSource(r.source)) throw conflict(readOnlyMessage(r));
    awardRecordRows.tombstone(ctx.db, id, ctx.clock.now());
    return ok;
  },
  "awards.forPerson": ({ personId }, ctx) =>
    awardRecordsOf(ctx.db, "person_id", personId).map(fromSql),
  "awards.forUnit": ({ unitId }, ctx) => {
    const rows = awardRecordsOf(ctx.db, "unit_id", unitId).map(fromSql);
    return {
      collective: rows.filter((r) => r.recipientKind === "tap_the"),
      members: rows.filter((r) => r.recipientKind !== "tap_the"),
    };
  },
  "awards.importTemplate": async (_i, ctx) => {
    const fileName = "Mau-nhap-so-khen-thuong.xlsx";
    const file = inExportsDir(ctx.paths, fileName);
    await writeAwardTemplate(file, catalogueEntries(ctx));
    return { path: file, fileName };
  },
  "awards.previewImport": async ({ path: file }, ctx) => {
    const plan = await withIncomingFile(ctx, file, (abs) =>
      planFile(() => planAwardImport(ctx.sqlite, abs, shownFileName(abs), catalogueEntries(ctx))),
    );
    const token = pending.put(ctx.sqlite, plan, ctx.clock.now(), plan.rows.length);
    return {
      token,
      fileName: plan.fileName,
      convertedCells: plan.convertedCells,
      formulaCells: plan.formulaCells,
      counts: countByStatus(plan.rows, ["new", "duplicate", "error"]),
      rows: plan.rows.map(({ row, status, label, reason }) => ({ row, status, label, reason })),
    };
  },
  "awards.commitImport": async ({ token }, ctx) => {
    const plan = pending.get(ctx.sqlite, token, ctx.clock.now());
    const writes = plan.rows.filter((r) => r.values);
    if (!writes.length)
      throw invalid("Không có dòng mới nào để nhập (mọi dòng đã có trong sổ khen thưởng).");
    const saved = await ctx.backup("pre-import");
    pending.delete(token);
    const stamp = ctx.stamp();
    ctx.db.transaction((tx) => {
      for (const r of writes) {
        const values = { ...r.values!, source: "nhap_excel" as const };
        awardRecordRows.save(
          tx,
          undefined,
          { ...values, searchKey: awardSearchKey(values) },
          stamp,
        );
      }
    });
    return { inserted: writes.length, backup: path.basename(saved.file) };
  },
  "awards.export": async (filter, ctx) => {
    const { rows } = queryAwards(ctx, filter);
    const { file, fileName } = exportPath(ctx, "So-khen-thuong");
    await writeTable<AwardRecordRow>(
      file,
      "Sổ khen thưởng",
      `Sổ khen thưởng${filter.year ? ` năm ${filter.year}` : ""} (${rows.length} lượt)`,
      [
        { header: "STT", width: 6, value: (r) => rows.indexOf(r) + 1 },
        { header: "Năm", width: 7, value: (r) => r.year },
        { header: "Loại đối tượng", width: 13, value: (r) => recipientKindLabels[r.recipientKind] },
        { header: "Họ tên / Tên tập thể", width: 30, value: (r) => r.recipientName },
        { header: "Đơn vị (tên hoặc mã)", width: 30, value: (r) => r.unitName },
        { header: "Hình thức khen thưởng", width: 32, value: (r) => r.awardName },
        { header: "Số quyết định", width: 16, value: (r) => r.decisionNumber },
        { header: "Ngày quyết định", width: 14, value: (r) => r.decisionDate, date: true },
        { header: "Cấp quyết định", width: 26, value: (r) => r.issuer },
        { header: "Nguồn", width: 18, value: (r) => awardSources[r.source] },
        {
          header: "Ghi chú",
          width: 30,
          value: (r) =>
            [r.cancelledBy ? `Đã hủy bởi Quyết định số ${r.cancelledBy}` : "", r.note]
              .filter(Boolean)
              .join("; "),
        },
      ],
      rows,
    );
    return { path: file, fileName };
  },
  "awards.historySheet": (input, ctx) => writeAwardHistory(ctx, input),
  "awards.listRules": ({ awardCode }, ctx) =>
    awardRuleList(ctx.db, awardCode ?? undefined).map((r) => {
      return {
        id: r.id!,
        awardCode: r.award_code!,
        ruleCode: r.rule_code!,
        ruleName: (ruleKinds as Record<string, string>)[r.rule_code!] ?? r.rule_code!,
        level: r.level === "warning" ? ("warning" as const) : ("blocking" as const),
        params: parseParams(r.params ?? "{}"),
        validFrom: r.valid_from!,
        validTo: r.valid_to ?? null,
        note: r.note ?? "",
      };
    }),
  "awards.checkEligibility": (input, ctx) => checkEligibility(ctx, input),
};
