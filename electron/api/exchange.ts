import { liveUnitIdByCode, packageById, packageList } from "../../db/queries/exchange";
import { unitRows } from "../../db/queries/directory";
import { dossiersOfYear } from "../../db/queries/dossiers";
import { movementsOfYear } from "../../db/queries/movements";
import { formatDate } from "../contract/format";
import { isoDateOf } from "../domain/vietnamese";
import { awardVersions } from "../../db/queries/catalogue";
import { inForce } from "../contract/periods";
import { writeExcelPack } from "../exchange/excel-pack";
import { lookups } from "./directory-exchange";
import { listRows, titleCatalogue } from "./registrations";
import type { exchangeProcedures } from "../contract";
import { exchangePurposeLabels, type ExchangePurpose } from "../contract";
import { PreviewStore } from "../exchange/import-kit";
import { keyFingerprint, type StepProgress } from "../exchange/package";
import { purposes } from "../exchange/purposes";
import {
  commitIncoming,
  exchangeIdentity,
  installationKeys,
  openIncoming,
  FULL_COPY_PURPOSE,
  previewFullCopy,
  previewOutgoing,
  RECEIPT_PURPOSE,
  reportOf,
  saveExchangeIdentity,
  writeOutgoing,
  writeReceipt,
  writeUpwardPapersZip,
  type OpenedPackage,
} from "../exchange/usb";
import type { AppContext } from "./context";
import { AppError, invalid, notFound } from "./errors";
import { discardUpload, resolveIncomingFile } from "./files";
import type { HandlersFor } from "./router";

/** A package being written: how far it is, and whether the officer cancelled it. */
interface Job {
  phase: StepPhase;
  done: number;
  total: number;
  cancelled: boolean;
}
type StepPhase = Parameters<StepProgress>[0];
const jobs = new Map<string, Job>();
const phaseLabels: Record<StepPhase, string> = {
  dong_goi: "Đang đóng gói",
  ghi: "Đang ghi ra USB",
  kiem_tra: "Đang đọc lại để kiểm tra",
};

/** Opened packages waiting for the officer's commit, by token. */
const opened = new PreviewStore<OpenedPackage>();

/** Who a package goes to: upward the declared parent, downward the unit chosen by its code. */
function recipientOf(ctx: AppContext, purpose: ExchangePurpose, recipientCode: string) {
  const identity = exchangeIdentity(ctx);
  if (purpose === FULL_COPY_PURPOSE)
    return { code: identity.unitCode, name: "Máy mới của chính đơn vị này" };
  if (purposes[purpose].direction === "xuong") {
    const unitId = recipientCode ? liveUnitIdByCode(ctx.db, recipientCode) : undefined;
    if (!unitId) throw invalid("Hãy chọn đơn vị nhận (đơn vị có mã trong danh bạ).");
    return { code: recipientCode, name: unitRows.byId(ctx.db, unitId)?.name ?? recipientCode };
  }
  if (!identity.parentCode)
    throw invalid(
      "Chưa khai báo mã đơn vị cấp trên (nơi nhận gói). Hãy vào Trao đổi dữ liệu → Định danh.",
    );
  return { code: identity.parentCode, name: identity.parentName || identity.parentCode };
}

const purposeLabel = (p: string) =>
  p === RECEIPT_PURPOSE
    ? "Biên nhận"
    : (exchangePurposeLabels[p as keyof typeof exchangePurposeLabels] ?? p);

export const exchangeHandlers: HandlersFor<typeof exchangeProcedures> = {
  "exchange.identity": (_i, ctx) => {
    const identity = exchangeIdentity(ctx);
    const unitId = liveUnitIdByCode(ctx.db, identity.unitCode);
    const unit = unitId ? unitRows.byId(ctx.db, unitId) : undefined;
    return {
      ...identity,
      unitName: unit?.name ?? "",
      fingerprint: keyFingerprint(installationKeys(ctx).publicKey),
    };
  },
  "exchange.saveIdentity": (input, ctx) => {
    saveExchangeIdentity(ctx, input);
    return { ok: true as const };
  },
  "exchange.preview": ({ purpose, year, recipientCode }, ctx) => {
    const recipient = recipientOf(ctx, purpose, recipientCode);
    if (purpose === FULL_COPY_PURPOSE) return { recipient, ...previewFullCopy(ctx) };
    return { recipient, ...previewOutgoing(ctx, { purpose, year, recipientCode: recipient.code }) };
  },
  "exchange.progress": ({ jobId }) => {
    const job = jobs.get(jobId);
    return job
      ? { phase: job.phase, label: phaseLabels[job.phase], done: job.done, total: job.total }
      : null;
  },
  "exchange.cancel": ({ jobId }) => {
    const job = jobs.get(jobId);
    if (job) job.cancelled = true;
    return { ok: true as const };
  },
  "exchange.send": async ({ purpose, year, recipientCode, chooseFolder, jobId }, ctx) => {
    const recipient = recipientOf(ctx, purpose, recipientCode);
    let folder: string | undefined;
    if (chooseFolder) {
      if (ctx.platform.kind === "headless")
        throw new AppError(
          "UNAVAILABLE",
          "Ở chế độ trình duyệt, gói được ghi vào thư mục dữ liệu rồi tải về; hãy lưu tệp tải về vào USB.",
        );
      const chosen = await ctx.platform.chooseFolder({ title: "Chọn USB hoặc thư mục để ghi gói" });
      if (!chosen) return null;
      folder = chosen;
    }
    const job: Job = { phase: "dong_goi", done: 0, total: 0, cancelled: false };
    if (jobId) jobs.set(jobId, job);
    const written = await writeOutgoing(
      ctx,
      { purpose, year, recipientCode: recipient.code },
      folder,
      async (phase, done, total) => {
        Object.assign(job, { phase, done, total });
        // Let the progress and cancel requests in between steps.
        await new Promise((resolve) => setImmediate(resolve));
        if (job.cancelled) throw invalid("Đã hủy ghi gói dữ liệu: không có tệp nào được để lại.");
      },
    ).finally(() => {
      if (jobId) jobs.delete(jobId);
    });
    return {
      path: written.file,
      fileName: written.fileName,
      sizeBytes: written.sizeBytes,
      folder: folder ?? "",
    };
  },
  "exchange.open": ({ path: file, acceptNewKey }, ctx) => {
    const abs = resolveIncomingFile(ctx, file);
    let keep = false;
    try {
      const result = openIncoming(ctx, abs, acceptNewKey);
      if ("keyChanged" in result) {
        // Kept, to open it again once the officer has confirmed the new key.
        keep = true;
        return { kind: "key_changed" as const, ...result.keyChanged };
      }
      if ("already" in result) {
        const report = result.already.reportJson ? JSON.parse(result.already.reportJson) : null;
        return { kind: "already" as const, importedAt: result.already.at, report };
      }
      const token = opened.put(ctx.sqlite, result, ctx.clock.now(), result.plans.length);
      return { kind: "plan" as const, token, report: reportOf(result) };
    } finally {
      if (!keep) discardUpload(ctx, abs);
    }
  },
  "exchange.commit": async ({ token, takeTheirs, confirmKey }, ctx) => {
    const plan = opened.get(ctx.sqlite, token, ctx.clock.now());
    const settled = await commitIncoming(ctx, plan, { takeTheirs, confirmKey });
    opened.delete(token);
    return settled;
  },
  "exchange.receipt": async ({ packageId }, ctx) => {
    const written = await writeReceipt(ctx, packageId);
    return { path: written.file, fileName: written.fileName };
  },
  "exchange.packages": ({ direction }, ctx) =>
    packageList(ctx.db, direction).map((p) => {
      const counts = JSON.parse(p.countsJson) as Record<string, number>;
      const report = p.reportJson ? (JSON.parse(p.reportJson) as { conflicts?: unknown[] }) : null;
      return {
        id: p.id,
        fileName: p.fileName,
        sizeBytes: p.sizeBytes,
        senderCode: p.senderCode,
        senderName: p.senderName,
        recipientCode: p.recipientCode,
        purposeLabel: purposeLabel(p.purpose),
        period: p.period,
        createdAt: p.createdAt,
        at: p.at,
        receiptAt: p.receiptAt,
        records: Object.values(counts).reduce((a, b) => a + b, 0),
        conflicts: report?.conflicts?.length ?? 0,
      };
    }),
  "exchange.unitStatus": ({ year }, ctx) => {
    const today = isoDateOf(ctx.clock.now());
    const received = packageList(ctx.db, "nhan").filter((p) => p.purpose !== RECEIPT_PURPOSE);
    const missing = new Map<string, string[]>();
    const note = (unitId: string, what: string) =>
      missing.set(unitId, [...(missing.get(unitId) ?? []), what]);
    const expected = new Map<string, { name: string }>();
    // Registrations: the regular one and each movement's, against their deadlines.
    const scopes = [null, ...movementsOfYear(ctx.db, year).map((m) => m.id)];
    const movementNames = new Map(movementsOfYear(ctx.db, year).map((m) => [m.id, m.name]));
    for (const movementId of scopes) {
      const { deadline, rows } = listRows(ctx, year, movementId);
      const scope = movementId ? ` ${movementNames.get(movementId)}` : ` năm ${year}`;
      for (const r of rows) {
        expected.set(r.unitId, { name: r.unitName });
        if (r.status === "can_bo_sung") note(r.unitId, `Đăng ký${scope}: cần bổ sung`);
        else if (r.status === "chua_nop" && deadline && today > deadline)
          note(r.unitId, `Chưa nộp đăng ký${scope} (hạn ${formatDate(deadline)})`);
      }
    }
    // Dossiers of movements whose deadline has passed.
    const dossiers = dossiersOfYear(ctx.db, year);
    for (const m of movementsOfYear(ctx.db, year)) {
      if (!m.dossierDeadline || today <= m.dossierDeadline) continue;
      const sent = new Set(dossiers.filter((d) => d.movementId === m.id).map((d) => d.unitId));
      for (const unitId of expected.keys())
        if (!sent.has(unitId))
          note(unitId, `Chưa nộp hồ sơ ${m.name} (hạn ${formatDate(m.dossierDeadline)})`);
    }
    return [...expected.entries()]
      .map(([unitId, u]) => {
        const code = unitRows.byId(ctx.db, unitId)?.code ?? "";
        const mine = code ? received.filter((p) => p.senderCode === code) : [];
        return {
          unitId,
          unitCode: code,
          unitName: u.name,
          packages: mine.length,
          lastReceivedAt: mine[0]?.at ?? null,
          lastPurposeLabel: mine[0] ? `${purposeLabel(mine[0].purpose)} năm ${mine[0].period}` : "",
          missing: missing.get(unitId) ?? [],
        };
      })
      .filter((r) => r.unitCode || r.missing.length);
  },
  "exchange.excelPack": async ({ unitId, year }, ctx) => {
    const unit = unitRows.byId(ctx.db, unitId);
    if (!unit) throw notFound("Không tìm thấy đơn vị này trong danh bạ.");
    const onDate = `${year}-12-31`;
    return writeExcelPack(ctx, {
      unit: { id: unit.id, name: unit.name, code: unit.code },
      year,
      titles: titleCatalogue(ctx, year),
      catalogues: lookups(ctx),
      awards: awardVersions(ctx.db)
        .filter((a) => inForce({ from: a.validFrom, to: a.validTo }, onDate))
        .map((a) => a.name),
    });
  },
  "exchange.upwardPapers": ({ year }, ctx) => writeUpwardPapersZip(ctx, year),
  "exchange.report": ({ packageId }, ctx) => {
    const p = packageById(ctx.db, packageId);
    if (!p || !p.reportJson) throw notFound("Không tìm thấy báo cáo nhập của gói này.");
    return JSON.parse(p.reportJson);
  },
};
