import fs from "node:fs";
import path from "node:path";
import { signersBySortOrder } from "../../db/queries/signers";
import {
  allTdktBodies,
  allTdktStaff,
  formVersionRows,
  fundReceiptRows,
  fundReceiptsOfYear,
  officeFormVersions,
  tdktBodyRows,
  tdktStaffRows,
} from "../../db/queries/statistics";
import { writeFileAtomic } from "../atomic-write";
import type { ParsedInputOf, statisticsProcedures } from "../contract";
import { defaultFund, signatureLines } from "../contract/format";
import {
  formFieldLabels,
  formLayoutSchema,
  type FormLayout,
  type FormResult,
  type FormVersion,
} from "../contract/statistics";
import { convertToPdf, NoOfficeSuiteError } from "../documents/office-convert";
import { requireProfile } from "../documents/register";
import { formatDate, formatDateLine, isoDateOf } from "../domain/vietnamese";
import { exchangeIdentity } from "../exchange/usb";
import { freeExportFile } from "../paths";
import { computeForm, coversYear, fieldsRead, matchesFilter } from "../reports/form-engine";
import { formItems, type LabelledItem } from "../reports/form-items";
import { formDocxBuffer, formXlsxBuffer, type FormPrint } from "../reports/form-print";
import { shippedForms } from "../reports/forms";
import type { AppContext } from "./context";
import { AppError, conflict, invalid, notFound } from "./errors";
import { chosenSigner } from "./lookups";
import type { HandlersFor } from "./router";

/** Every version: the shipped ones, then those the office added. */
export function formVersions(ctx: AppContext): FormVersion[] {
  return [
    ...shippedForms.map((f) => ({
      id: f.id,
      code: f.code,
      title: f.title,
      legalBasis: f.legalBasis,
      validFrom: f.validFrom,
      validTo: f.validTo,
      builtIn: true,
      group: f.group,
      layout: JSON.stringify(formLayoutSchema.parse(f.layout)),
    })),
    ...officeFormVersions(ctx.db).map((f) => ({
      id: f.id,
      code: f.code,
      title: f.title,
      legalBasis: f.legalBasis,
      validFrom: f.validFrom,
      validTo: f.validTo,
      builtIn: false,
      group: "statutory" as const,
      layout: f.layout,
    })),
  ];
}

/** A layout typed by the office, checked: a clear message for bad JSON or an unknown shape. */
export function parseLayout(text: string): FormLayout {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalid("Bố cục biểu không phải JSON hợp lệ.", { layout: "Bố cục không đọc được" });
  }
  const parsed = formLayoutSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const where = first.path.join(".");
    throw invalid(`Bố cục biểu chưa đúng${where ? ` ở “${where}”` : ""}: ${first.message}.`, {
      layout: "Bố cục chưa đúng",
    });
  }
  return parsed.data;
}

function versionOf(ctx: AppContext, id: string, year: number) {
  const v = formVersions(ctx).find((f) => f.id === id);
  if (!v) throw notFound("Không tìm thấy biểu thống kê này.");
  if (!coversYear(v, year))
    throw invalid(
      `Biểu ${v.code} theo ${v.legalBasis} áp dụng ${
        v.validTo
          ? `từ ${formatDate(v.validFrom)} đến ${formatDate(v.validTo)}`
          : `từ ${formatDate(v.validFrom)}`
      }; năm ${year} không thuộc thời gian áp dụng của phiên bản này.`,
    );
  return { version: v, layout: parseLayout(v.layout) };
}

/** Items of sources already read in this call (every form of a year reads a source once). */
type ItemCache = Map<string, LabelledItem[]>;

function itemsOf(ctx: AppContext, layout: FormLayout, year: number, cache?: ItemCache) {
  const key = `${layout.source}|${year}`;
  const hit = cache?.get(key);
  if (hit) return hit;
  const items = formItems(ctx.db, layout.source, year, defaultFund(requireProfile(ctx).parentBody));
  cache?.set(key, items);
  return items;
}

const UNCLASSIFIED_LISTED = 200;

/** One form for a year: its grid from the data, or what data is missing and where to enter it. */
export function formResult(
  ctx: AppContext,
  id: string,
  year: number,
  cache?: ItemCache,
): FormResult {
  const { version, layout } = versionOf(ctx, id, year);
  const items = itemsOf(ctx, layout, year, cache);
  const scoped = items.filter((i) => matchesFilter(i, layout.scope));
  // Records whose scope fields are unknown may belong here: listed, not counted.
  const maybe = items.filter(
    (i) =>
      !matchesFilter(i, layout.scope) &&
      Object.entries(layout.scope).every(([k, vs]) => i[k] == null || vs.includes(String(i[k]))),
  );
  const has = scoped.some((i) => matchesFilter(i, layout.missing.requires));
  const grid = computeForm(layout, items);
  const checked = [...fieldsRead(layout)].filter((f) => f in formFieldLabels);
  const unclassified = [...maybe, ...scoped]
    .map((i) => ({
      label: i._label,
      missing: checked.filter((f) => i[f] == null).map((f) => formFieldLabels[f]!),
      route: i._route,
    }))
    .filter((u) => u.missing.length > 0);
  return {
    form: version,
    year,
    missing: has
      ? null
      : {
          message: layout.missing.message.replace("{year}", String(year)),
          where: layout.missing.where,
          route: layout.missing.route,
        },
    ...grid,
    unclassified: unclassified.slice(0, UNCLASSIFIED_LISTED),
    unclassifiedTotal: unclassified.length,
  };
}

interface PrintInput {
  preparer: string;
  signerId: string | null;
  receiver: string;
}

function printOf(ctx: AppContext, result: FormResult, input: PrintInput): FormPrint {
  const profile = requireProfile(ctx);
  const signer = input.signerId
    ? chosenSigner(ctx, input.signerId)
    : (signersBySortOrder(ctx.db).find((s) => s.isDefault) ?? signersBySortOrder(ctx.db)[0]);
  const layout = parseLayout(result.form.layout);
  return {
    result,
    reportingUnit: profile.parentBody,
    receiver: input.receiver || exchangeIdentity(ctx).parentName,
    preparer: input.preparer,
    leaderLines: layout.leaderTitle
      ? [layout.leaderTitle.toLocaleUpperCase("vi")]
      : signer
        ? signatureLines(signer)
        : ["THỦ TRƯỞNG ĐƠN VỊ"],
    leaderName: signer && !layout.leaderTitle ? signer.fullName : "",
    placeDate: `${profile.placeName}, ${formatDateLine(isoDateOf(ctx.clock.now()))}`,
  };
}

const refuseMissing = (r: FormResult) => {
  if (r.missing)
    throw invalid(`${r.missing.message} ${r.missing.where} Biểu không in khi chưa có số liệu.`);
};

const fileBase = (r: FormResult) =>
  `Bieu-${r.form.code.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/-+$/, "")}-${r.year}`;

async function exportForm(
  ctx: AppContext,
  input: PrintInput & { formId: string; year: number; format: "xlsx" | "docx" | "pdf" },
) {
  const result = formResult(ctx, input.formId, input.year);
  refuseMissing(result);
  const print = printOf(ctx, result, input);
  const note =
    result.unclassifiedTotal > 0
      ? ` Có ${result.unclassifiedTotal} bản ghi chưa phân loại, được tính ở dòng “Chưa phân loại”.`
      : "";
  if (input.format === "xlsx") {
    const { file, fileName } = freeExportFile(ctx.paths, fileBase(result), "xlsx");
    writeFileAtomic(file, await formXlsxBuffer([print]));
    return { path: file, fileName, message: `Đã xuất ${fileName}.${note}` };
  }
  const docx = await formDocxBuffer(print);
  if (input.format === "docx") {
    const { file, fileName } = freeExportFile(ctx.paths, fileBase(result), "docx");
    writeFileAtomic(file, docx);
    return { path: file, fileName, message: `Đã xuất ${fileName}.${note}` };
  }
  // PDF: converted from the .docx in a work folder; only the finished PDF reaches the exports.
  fs.mkdirSync(path.join(ctx.paths.dataDir, "cache"), { recursive: true });
  const work = fs.mkdtempSync(path.join(ctx.paths.dataDir, "cache", "bieu-"));
  try {
    const src = path.join(work, `${fileBase(result)}.docx`);
    fs.writeFileSync(src, docx);
    let made: string;
    try {
      made = await convertToPdf(src, work, {
        profileDir: path.join(ctx.paths.dataDir, "cache", "lo-profile"),
      });
    } catch (e) {
      if (e instanceof NoOfficeSuiteError)
        throw new AppError(
          "UNAVAILABLE",
          "Máy này chưa có LibreOffice hoặc Microsoft Word nên không tạo được PDF. Hãy xuất Word (.docx) rồi lưu thành PDF trên máy có Word.",
        );
      ctx.log.error("statistics: PDF conversion failed", e);
      throw new AppError("UNAVAILABLE", "Không chuyển được biểu sang PDF. Hãy xuất Word (.docx).");
    }
    const { file, fileName } = freeExportFile(ctx.paths, fileBase(result), "pdf");
    writeFileAtomic(file, fs.readFileSync(made));
    return { path: file, fileName, message: `Đã xuất ${fileName}.${note}` };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Every statutory form in force for the year, one sheet each; forms without data are named. */
export async function exportAllForms(ctx: AppContext, input: PrintInput & { year: number }) {
  const cache: ItemCache = new Map();
  const results = formVersions(ctx)
    .filter((v) => v.group === "statutory" && coversYear(v, input.year))
    .map((v) => formResult(ctx, v.id, input.year, cache));
  const ready = results.filter((r) => !r.missing);
  const skipped = results.filter((r) => r.missing).map((r) => r.form.code);
  if (!ready.length)
    throw invalid(
      `Chưa có số liệu cho biểu thống kê nào của năm ${input.year}. Nhập phong trào, kết quả khen thưởng hoặc các danh sách ở Cài đặt → Số liệu thống kê.`,
    );
  const { file, fileName } = freeExportFile(ctx.paths, `Bieu-thong-ke-${input.year}`, "xlsx");
  writeFileAtomic(file, await formXlsxBuffer(ready.map((r) => printOf(ctx, r, input))));
  return {
    path: file,
    fileName,
    message: `Đã xuất ${ready.length} biểu vào ${fileName}.${
      skipped.length ? ` Chưa có số liệu nên không in: ${skipped.join(", ")}.` : ""
    }`,
  };
}

function saveFormVersion(ctx: AppContext, id: string | undefined, value: FormVersionValue) {
  parseLayout(value.layout);
  if (id) {
    if (formVersions(ctx).some((f) => f.id === id && f.builtIn))
      throw conflict("Phiên bản biểu có sẵn không sửa được; hãy thêm phiên bản mới.");
    if (!formVersionRows.byId(ctx.db, id)) throw notFound("Không tìm thấy phiên bản biểu này.");
  }
  const dup = officeFormVersions(ctx.db).find(
    (f) => f.id !== id && f.code === value.code && f.validFrom === value.validFrom,
  );
  if (dup)
    throw conflict(
      `Đã có phiên bản biểu ${value.code} áp dụng từ ${formatDate(value.validFrom)}.`,
      {
        validFrom: "Trùng phiên bản",
      },
    );
  return { id: formVersionRows.save(ctx.db, id, value, ctx.stamp())! };
}
type FormVersionValue = Omit<ParsedInputOf<"statistics.saveForm">, "id">;

const gone = (what: string) => notFound(`Không tìm thấy ${what} này (có thể đã bị xóa).`);

/** Saving and deleting a row of one of the registers kept in settings. */
function registerOf<V>(
  rows: {
    byId: (db: AppContext["db"], id: string) => unknown;
    save: (
      db: AppContext["db"],
      id: string | undefined,
      v: V,
      s: ReturnType<AppContext["stamp"]>,
    ) => string | null | undefined;
    tombstone: (db: AppContext["db"], id: string, now: number) => unknown;
  },
  what: string,
) {
  return {
    save: ({ id, ...value }: { id?: string } & V, ctx: AppContext) => {
      if (id && !rows.byId(ctx.db, id)) throw gone(what);
      return { id: rows.save(ctx.db, id, value as V, ctx.stamp())! };
    },
    remove: ({ id }: { id: string }, ctx: AppContext) => {
      if (!rows.tombstone(ctx.db, id, ctx.clock.now())) throw gone(what);
      return { ok: true as const };
    },
  };
}
const bodies = registerOf(tdktBodyRows, "tổ chức");
const staff = registerOf(tdktStaffRows, "công chức");
const receipts = registerOf(fundReceiptRows, "khoản thu");

export const statisticsHandlers: HandlersFor<typeof statisticsProcedures> = {
  "statistics.forms": (_input, ctx) => formVersions(ctx),
  "statistics.form": ({ formId, year }, ctx) => formResult(ctx, formId, year),
  "statistics.exportForm": (input, ctx) => exportForm(ctx, input),
  "statistics.exportAll": (input, ctx) => exportAllForms(ctx, input),
  "statistics.saveForm": ({ id, ...value }, ctx) => saveFormVersion(ctx, id, value),
  "statistics.deleteForm": ({ id }, ctx) => {
    if (!formVersionRows.tombstone(ctx.db, id, ctx.clock.now())) throw gone("phiên bản biểu");
    return { ok: true };
  },
  "statistics.bodies": (_i, ctx) => allTdktBodies(ctx.db),
  "statistics.saveBody": bodies.save,
  "statistics.deleteBody": bodies.remove,
  "statistics.staff": (_i, ctx) => allTdktStaff(ctx.db),
  "statistics.saveStaff": staff.save,
  "statistics.deleteStaff": staff.remove,
  "statistics.fundReceipts": ({ year }, ctx) => fundReceiptsOfYear(ctx.db, year),
  "statistics.saveFundReceipt": receipts.save,
  "statistics.deleteFundReceipt": receipts.remove,
};
