import { isAllowedFile, signedCopyExtensions } from "../contract/file-types";
import { writeFileAtomic } from "../atomic-write";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { legalBasisList } from "../../db/queries/catalogue";
import {
  documentRows,
  liveDocuments,
  setSignedCopy,
  updateGenericDraft,
  documentInputOf,
} from "../../db/queries/documents";
import type { z } from "zod";
import {
  documentStateLabels,
  formatDate,
  genericDocumentInput,
  type GenericDocumentInput,
  type LegalBasis,
  type documentsProcedures,
} from "../contract";
import {
  describeSequences,
  documentNumber,
  nextSequence,
  sequenceGaps,
} from "../domain/doc-numbering";
import { inForce } from "../domain/periods";
import { foldForSearch, matchesSearch } from "../domain/vietnamese";
import { genericFillData } from "../documents/generic";
import { convertToPdf, NoOfficeSuiteError, renderPages } from "../documents/office-convert";
import {
  createDocument,
  getDocument,
  issueDocument,
  issuerOf,
  numberOf,
  ownIssuerOf,
  regenerate,
  requireProfile,
  toRow,
  usedSequences,
  type DocumentRecord,
  type FillResolver,
} from "../documents/register";
import { writeRegisterWorkbook } from "../documents/register-export";
import { fillTemplate } from "../documents/fill";
import { sampleData } from "../documents/sample-data";
import { templateCatalog, templateIds } from "../documents/template-catalog";
import {
  bundledTemplatePath,
  customTemplatePath,
  droppedPlaceholders,
  lintTemplate,
  readTemplate,
} from "../documents/template-store";
import { inExportsDir } from "../paths";
import type { AppContext } from "./context";
import { chosenSigner, documentContext } from "./lookups";
import { AppError, conflict, invalid, notFound } from "./errors";
import { resolveIncomingFile, withIncomingFile } from "./files";
import type { HandlersFor } from "./router";

const signerById = chosenSigner;

function allLegalBases(ctx: AppContext): LegalBasis[] {
  return legalBasisList(ctx.db, "effective").map((r) => ({
    ...r,
    docType: r.docType,
  }));
}

function genericInputOf(row: DocumentRecord): z.output<typeof genericDocumentInput> {
  return genericDocumentInput.parse(documentInputOf(row));
}

export const genericFill: FillResolver = (ctx, row, number) => {
  const input = genericDocumentInput.parse(documentInputOf(row));
  return genericFillData(input, number, documentContext(ctx, row, signerById(ctx, input.signerId)));
};

function checkGeneric(ctx: AppContext, input: GenericDocumentInput) {
  if (!input.kinhGui?.trim())
    throw invalid("Kính gửi không được để trống", { kinhGui: "Nhập nơi được kính gửi" });
  const known = new Set(allLegalBases(ctx).map((b) => b.id));
  if ((input.legalBasisIds ?? []).some((id) => !known.has(id))) {
    throw invalid("Có căn cứ không còn trong thư viện căn cứ pháp lý.", {
      legalBasisIds: "Chọn lại căn cứ",
    });
  }
  return signerById(ctx, input.signerId);
}

/**
 * Legal bases a document cites that are not in force on its date. Any source whose stored input
 * carries `legalBasisIds` (the generic form does; workflows follow the same convention) is checked.
 */
function notInForce(ctx: AppContext, row: DocumentRecord): string[] {
  let cited: unknown;
  try {
    cited = (documentInputOf(row) as { legalBasisIds?: unknown }).legalBasisIds;
  } catch {
    return [];
  }
  if (!Array.isArray(cited)) return [];
  const ids = new Set(cited.filter((x): x is string => typeof x === "string"));
  return allLegalBases(ctx)
    .filter(
      (b) => ids.has(b.id) && !inForce({ from: b.effectiveFrom, to: b.effectiveTo }, row.docDate),
    )
    .map(
      (b) =>
        `${b.title} (hiệu lực ${formatDate(b.effectiveFrom)} – ${b.effectiveTo ? formatDate(b.effectiveTo) : "nay"})`,
    );
}

function listRows(
  ctx: AppContext,
  f: { search: string; state?: string; year?: number; templateId?: string },
) {
  const q = foldForSearch(f.search);
  return liveDocuments(ctx.db)
    .sort((a, b) => b.docDate.localeCompare(a.docDate) || b.createdAt - a.createdAt)
    .filter((r) => (!f.state || r.state === f.state) && (!f.year || r.year === f.year))
    .filter((r) => !f.templateId || r.templateId === f.templateId)
    .map((r) => toRow(ctx, r))
    .filter(
      (r) =>
        !q ||
        foldForSearch(
          [
            r.number,
            r.summary,
            r.signerName,
            templateCatalog[r.templateId].name,
            formatDate(r.docDate),
          ].join(" "),
        ).includes(q),
    );
}

const rel = (ctx: AppContext, abs: string) =>
  path.relative(ctx.paths.dataDir, abs).split(path.sep).join("/");

async function pdfOf(ctx: AppContext, r: DocumentRecord): Promise<string> {
  const docx = path.join(ctx.paths.dataDir, r.filePath);
  if (!fs.existsSync(docx))
    throw notFound("Không tìm thấy tệp văn bản trong thư mục dữ liệu. Hãy tạo lại văn bản.");
  try {
    return await convertToPdf(docx, path.dirname(docx), {
      profileDir: path.join(ctx.paths.dataDir, "cache", "lo-profile"),
    });
  } catch (e) {
    if (e instanceof NoOfficeSuiteError) throw new AppError("UNAVAILABLE", e.message);
    ctx.log.error("documents: PDF conversion failed", e);
    throw new AppError(
      "UNAVAILABLE",
      "Không chuyển được văn bản sang PDF. Hãy thử mở bằng Word rồi lưu thành PDF.",
    );
  }
}

/** Keeps the scanned signed copy of an issued document (once per content, by its sha256). */
function attachSigned(ctx: AppContext, id: string, abs: string) {
  const r = getDocument(ctx, id);
  if (r.state !== "da_ban_hanh") throw conflict("Chỉ đính kèm bản đã ký cho văn bản đã ban hành.");
  const ext = path.extname(abs).toLowerCase();
  if (!isAllowedFile(abs, signedCopyExtensions)) {
    throw invalid("Bản đã ký phải là tệp PDF hoặc ảnh (JPG, PNG, TIFF).");
  }
  const bytes = fs.readFileSync(abs);
  if (bytes.length === 0) throw invalid("Tệp bản đã ký rỗng.");
  const sha = createHash("sha256").update(bytes).digest("hex");
  const target = path.join(ctx.paths.attachments, `${sha}${ext}`);
  if (!fs.existsSync(target)) {
    writeFileAtomic(target, bytes);
  }
  setSignedCopy(ctx.db, id, {
    path: rel(ctx, target),
    name: path.basename(abs),
    now: ctx.clock.now(),
  });
  return toRow(ctx, getDocument(ctx, id));
}

export const documentsHandlers: HandlersFor<typeof documentsProcedures> = {
  "documents.list": (f, ctx) => listRows(ctx, f),
  "documents.get": ({ id }, ctx) => toRow(ctx, getDocument(ctx, id)),
  "documents.createGeneric": async (input, ctx) => {
    const signer = checkGeneric(ctx, input);
    const r = await createDocument(ctx, {
      templateId: input.kind,
      docDate: input.docDate,
      summary: input.summary,
      signerName: signer.fullName,
      signer,
      sourceKind: "generic",
      input,
    });
    return toRow(ctx, r);
  },
  "documents.genericInput": ({ id }, ctx) => {
    const r = getDocument(ctx, id);
    return r.sourceKind === "generic" ? genericInputOf(r) : null;
  },
  "documents.updateGeneric": async ({ id, ...input }, ctx) => {
    const r = getDocument(ctx, id);
    if (r.sourceKind !== "generic")
      throw invalid("Văn bản này được tạo từ nghiệp vụ, không sửa ở đây.");
    if (r.state !== "du_thao") throw conflict("Văn bản đã ban hành nên không sửa được.");
    if (input.kind !== r.templateId) throw invalid("Không đổi được loại văn bản của bản dự thảo.");
    const signer = checkGeneric(ctx, input);
    updateGenericDraft(ctx.db, id, {
      input: JSON.stringify(input),
      summary: input.summary,
      docDate: input.docDate,
      signerName: signer.fullName,
      issuer: issuerOf(requireProfile(ctx), r.templateId, signer),
      now: ctx.clock.now(),
    });
    return toRow(ctx, await regenerate(ctx, id));
  },
  "documents.regenerate": async ({ id }, ctx) => toRow(ctx, await regenerate(ctx, id)),
  "documents.proposeNumber": ({ id }, ctx) => {
    const r = getDocument(ctx, id);
    if (r.state !== "du_thao") throw conflict(`Văn bản đã ban hành với số ${numberOf(r)}.`);
    const seq = nextSequence(usedSequences(ctx, r));
    return {
      seq,
      number: documentNumber(seq, r.typeCode, r.issuer),
      notInForce: notInForce(ctx, r),
    };
  },
  "documents.issue": async ({ id, seq }, ctx) => {
    const before = getDocument(ctx, id);
    const warnings: string[] = [];
    if (seq !== undefined && before.state === "du_thao") {
      const gaps = sequenceGaps(usedSequences(ctx, before), seq);
      if (gaps.length > 0)
        warnings.push(`Bỏ trống số ${describeSequences(gaps)} trong năm ${before.year}.`);
    }
    const bad = before.state === "du_thao" ? notInForce(ctx, before) : [];
    if (bad.length > 0)
      warnings.push(`Căn cứ không còn hiệu lực vào ngày văn bản: ${bad.join("; ")}.`);
    const own = ownIssuerOf(before.sourceKind);
    if (own) await own(ctx, before, seq);
    const issued = own ? getDocument(ctx, id) : await issueDocument(ctx, id, seq);
    return { row: toRow(ctx, issued), warnings };
  },
  "documents.deleteDraft": ({ id }, ctx) => {
    const r = getDocument(ctx, id);
    if (r.state !== "du_thao") throw conflict("Văn bản đã ban hành nằm trong sổ, không xóa được.");
    documentRows.tombstone(ctx.db, id, ctx.clock.now());
    return { ok: true as const };
  },
  "documents.attachSigned": ({ id, path: file }, ctx) =>
    withIncomingFile(ctx, file, (abs) => attachSigned(ctx, id, abs)),
  "documents.exportPdf": async ({ id }, ctx) => ({ path: await pdfOf(ctx, getDocument(ctx, id)) }),
  "documents.preview": async ({ id }, ctx) => {
    const r = getDocument(ctx, id);
    const pdf = await pdfOf(ctx, r);
    try {
      const { pages, complete } = await renderPages(
        pdf,
        path.join(ctx.paths.dataDir, r.filePath),
        path.join(ctx.paths.dataDir, "cache", "preview", r.id),
        { profileDir: path.join(ctx.paths.dataDir, "cache", "lo-profile"), maxPages: 12 },
      );
      return {
        pdfPath: pdf,
        pages: pages.map((p) => `data:image/png;base64,${fs.readFileSync(p).toString("base64")}`),
        complete,
      };
    } catch (e) {
      if (e instanceof NoOfficeSuiteError) throw new AppError("UNAVAILABLE", e.message);
      ctx.log.error("documents: preview failed", e);
      throw new AppError("UNAVAILABLE", "Không tạo được bản xem trước. Hãy mở văn bản bằng Word.");
    }
  },
  "documents.print": async ({ id }, ctx) => {
    const r = getDocument(ctx, id);
    const abs = path.join(ctx.paths.dataDir, r.filePath);
    if (!fs.existsSync(abs)) throw notFound("Không tìm thấy tệp văn bản trong thư mục dữ liệu.");
    await ctx.platform.printPath(abs);
    return { path: abs };
  },
  "documents.exportRegister": async (f, ctx) => {
    const rows = listRows(ctx, f);
    const file = inExportsDir(ctx.paths, `so-van-ban-${ctx.clock.now()}.xlsx`);
    await writeRegisterWorkbook(file, rows, documentStateLabels);
    return { path: file };
  },
  "documents.templates": (_i, ctx) =>
    templateIds.map((id) => {
      const custom = customTemplatePath(ctx.paths, id);
      const exists = fs.existsSync(custom);
      return {
        id,
        name: templateCatalog[id].name,
        basis: templateCatalog[id].basis ?? "",
        custom: exists,
        customSavedAt: exists ? fs.statSync(custom).mtimeMs : null,
        placeholders: templateCatalog[id].placeholders.map(({ key, label, kind, required }) => ({
          key,
          label,
          kind,
          required,
        })),
      };
    }),
  "documents.exportTemplate": ({ id }, ctx) => {
    const target = inExportsDir(ctx.paths, `mau-${id}.docx`);
    writeFileAtomic(target, readTemplate(ctx.paths, id));
    return { path: target };
  },
  "documents.loadTemplate": async ({ id, path: file, confirmDropped }, ctx) => {
    // The upload stays until the template is accepted: a confirmation sends the same file again.
    const abs = resolveIncomingFile(ctx, file);
    const bytes = fs.readFileSync(abs);
    const problems = await lintTemplate(id, bytes);
    if (problems.length > 0) {
      fs.rmSync(abs, { force: true });
      return { accepted: false, problems, dropped: [] };
    }
    const dropped = droppedPlaceholders(id, bytes);
    if (dropped.length && !confirmDropped) return { accepted: false, problems: [], dropped };
    writeFileAtomic(customTemplatePath(ctx.paths, id), bytes);
    fs.rmSync(abs, { force: true });
    return { accepted: true, problems: [], dropped };
  },
  "documents.restoreTemplate": ({ id }, ctx) => {
    fs.rmSync(customTemplatePath(ctx.paths, id), { force: true });
    if (!fs.existsSync(bundledTemplatePath(ctx.paths, id)))
      throw notFound("Không tìm thấy mẫu mặc định.");
    return { ok: true as const };
  },
  "documents.tryTemplate": async ({ id }, ctx) => {
    const buf = await fillTemplate(id, readTemplate(ctx.paths, id), sampleData(id));
    const target = inExportsDir(ctx.paths, `mau-thu-${id}.docx`);
    writeFileAtomic(target, buf);
    return { path: target };
  },
};

/** Global search: documents by number, trích yếu or signer, accent-insensitively. */
export const documentsSearchProvider = (ctx: AppContext, q: string) =>
  liveDocuments(ctx.db)
    .filter((r) => matchesSearch(`${numberOf(r)} ${r.summary} ${r.signerName}`, q))
    .map((r) => ({
      kind: "document",
      kindLabel: "Văn bản",
      id: r.id,
      title: r.summary,
      subtitle: `${numberOf(r)} · ${formatDate(r.docDate)}`,
      route: "/van-ban/so",
    }));
