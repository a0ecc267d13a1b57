/**
 * Giấy khen: the field layout and printer offsets (app_settings "certificate_layout"), the test
 * page, and `renderCertificates` for the decisions work to print a decision's recipients.
 */
import { writeFileAtomic } from "../atomic-write";
import { asciiFileName } from "../contract/text";
import { getSetting, setSetting } from "../../db/queries/app-settings";
import {
  certificateRecordSchema,
  type CertificateLayout,
  type CertificateMode,
  type CertificateRecord,
  type certificatesProcedures,
} from "../contract";
import { defaultCertificateLayout, layoutOrDefault } from "../documents/certificates/layout";
import { renderCertificateTestPage, renderCertificatesPdf } from "../documents/certificates/pdf";
import { freeExportFile } from "../paths";
import type { AppContext } from "./context";
import { invalid } from "./errors";
import type { HandlersFor } from "./router";

export const CERTIFICATE_LAYOUT_KEY = "certificate_layout";

export function certificateLayoutOf(ctx: AppContext): CertificateLayout {
  return layoutOrDefault(getSetting<unknown>(ctx.db, CERTIFICATE_LAYOUT_KEY));
}

function checkPrinter(layout: CertificateLayout, printer: string | undefined) {
  if (printer === undefined) return;
  if (!layout.printers.some((p) => p.name.trim() === printer.trim()))
    throw invalid(`Không có máy in "${printer}" trong mẫu in Giấy khen.`, {
      printer: "Máy in không có trong danh sách",
    });
}

/** A file name the officer can recognise and any file system accepts. */
function safeName(name: string): string {
  return asciiFileName(name, "giay-khen").replace(/(\.pdf)?$/i, ".pdf");
}

/** A new file under dataDir/exports: "name.pdf", or "name-2.pdf" … when that one exists. */
const exportTarget = (ctx: AppContext, fileName: string) =>
  freeExportFile(ctx.paths, fileName.replace(/\.pdf$/i, ""), "pdf");

export interface RenderCertificatesInput {
  /** "phoi": only the text, onto pre-printed blanks; "day_du": the whole certificate. */
  mode: CertificateMode;
  /** Printer whose calibration applies in phôi mode; the layout's active printer by default. */
  printer?: string;
  /** File name under dataDir/exports (made ASCII; "-2" … added when taken); by default
   * "giay-khen-phoi-<time>.pdf" or "giay-khen-day-du-<time>.pdf". */
  fileName?: string;
}

/**
 * Print certificates for recipients, one A4 landscape page each in the given order, with the
 * saved layout, into dataDir/exports. Every record is checked first (Vietnamese message naming
 * the record); nothing is written when one is invalid. For the decisions work: build one
 * CertificateRecord per recipient of an issued decision, call this, hand `path` to the
 * renderer's offerDownload, then mark the nominations "đã in bằng".
 */
export async function renderCertificates(
  ctx: AppContext,
  records: CertificateRecord[],
  opts: RenderCertificatesInput,
): Promise<{ path: string; fileName: string; pages: number }> {
  if (!records.length) throw invalid("Chưa chọn người, tập thể nào để in Giấy khen.");
  const parsed = records.map((r, i) => {
    const result = certificateRecordSchema.safeParse(r);
    if (!result.success) {
      const who = typeof r.recipientName === "string" && r.recipientName.trim();
      throw invalid(
        `Giấy khen thứ ${i + 1}${who ? ` (${who})` : ""}: ${result.error.issues[0]?.message ?? "dữ liệu chưa hợp lệ"}.`,
      );
    }
    return result.data;
  });
  const layout = certificateLayoutOf(ctx);
  checkPrinter(layout, opts.printer);
  const pdf = await renderCertificatesPdf(parsed, {
    mode: opts.mode,
    layout,
    fontDir: ctx.paths.certificateFonts,
    printer: opts.printer,
  });
  const { file, fileName } = exportTarget(
    ctx,
    safeName(
      opts.fileName ?? `giay-khen-${opts.mode === "phoi" ? "phoi" : "day-du"}-${ctx.clock.now()}`,
    ),
  );
  writeFileAtomic(file, pdf);
  return { path: file, fileName, pages: parsed.length };
}

export const certificatesHandlers: HandlersFor<typeof certificatesProcedures> = {
  "certificates.getLayout": (_i, ctx) => {
    const stored = getSetting<unknown>(ctx.db, CERTIFICATE_LAYOUT_KEY);
    return { layout: layoutOrDefault(stored), isDefault: stored == null };
  },
  "certificates.saveLayout": (layout, ctx) => {
    setSetting(ctx.db, CERTIFICATE_LAYOUT_KEY, layout, ctx.clock.now());
    return layout;
  },
  "certificates.resetLayout": (_i, ctx) => {
    const layout = defaultCertificateLayout();
    // The printers and their offsets belong to the office's machines, not to the layout.
    const current = certificateLayoutOf(ctx);
    const reset = { ...layout, printers: current.printers, activePrinter: current.activePrinter };
    setSetting(ctx.db, CERTIFICATE_LAYOUT_KEY, reset, ctx.clock.now());
    return reset;
  },
  "certificates.printTestPage": async ({ layout, printer }, ctx) => {
    const used = layout ?? certificateLayoutOf(ctx);
    checkPrinter(used, printer);
    const pdf = await renderCertificateTestPage({
      layout: used,
      fontDir: ctx.paths.certificateFonts,
      printer,
    });
    const { file, fileName } = exportTarget(ctx, "giay-khen-trang-thu.pdf");
    writeFileAtomic(file, pdf);
    return { path: file, fileName };
  },
};
