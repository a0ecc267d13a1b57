/**
 * The register (sổ văn bản): creating a document row with its file, numbering at issue time,
 * regenerating drafts. Workflows call createDocument; the handlers in electron/api/documents.ts
 * expose the rest.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getSetting } from "../../db/queries/app-settings";
import {
  deleteUnwrittenDraft,
  documentRows,
  markIssued,
  sequencesInSeries,
  setDocumentFile,
  setFillHash,
  unissueDocument,
  type DocumentRow as DocumentRecord,
} from "../../db/queries/documents";
import type { AppContext } from "../app-context";
import { conflict, invalid, notFound } from "../app-errors";
import type { DocumentRow, Profile } from "../contract";
import { documentNumber, nextSequence } from "../domain/doc-numbering";
import { fillTemplate, type FillData } from "./fill";
import { readTemplate } from "./template-store";
import { templateCatalog, type TemplateId } from "./template-catalog";

export type { DocumentRecord };

/** Works out a document's fill data from its stored input and the current settings. */
export type FillResolver = (ctx: AppContext, row: DocumentRecord, number: string) => FillData;
const resolvers = new Map<string, FillResolver>();
/** Each kind of source record (generic form, later the workflows) says how to refill its documents. */
export function registerFillResolver(sourceKind: string, resolver: FillResolver): void {
  resolvers.set(sourceKind, resolver);
}

/**
 * Sources whose drafts are issued by their own area even from the register, because issuing writes
 * more than the register (a khen thưởng decision fills the award registry and moves nominations).
 */
export type OwnIssuer = (ctx: AppContext, doc: DocumentRecord, seq?: number) => Promise<void>;
const ownIssuers = new Map<string, OwnIssuer>();
export function registerOwnIssuer(sourceKind: string, issue: OwnIssuer): void {
  ownIssuers.set(sourceKind, issue);
}
export function ownIssuerOf(sourceKind: string): OwnIssuer | undefined {
  return ownIssuers.get(sourceKind);
}

export function hashFill(data: FillData): string {
  return createHash("sha256").update(JSON.stringify(data)).digest("hex");
}

export function requireProfile(ctx: AppContext): Profile {
  const p = getSetting<Profile>(ctx.db, "profile");
  if (!p) throw invalid("Chưa khai báo cơ quan ban hành. Hãy hoàn tất phần Thiết lập trước.");
  return p;
}

export function issuerOf(profile: Profile, id: TemplateId): string {
  const kind = templateCatalog[id].issuer;
  if (kind === "parent") return profile.parentAbbreviation || "UBND";
  if (kind === "council") return profile.councilAbbreviation;
  if (kind === "none") return "";
  return profile.abbreviation;
}

export const numberOf = (r: Pick<DocumentRecord, "seq" | "typeCode" | "issuer">) =>
  documentNumber(r.seq, r.typeCode, r.issuer);

function resolve(ctx: AppContext, row: DocumentRecord): FillData | null {
  const resolver = resolvers.get(row.sourceKind);
  return resolver ? resolver(ctx, row, numberOf(row)) : null;
}

export function toRow(ctx: AppContext, r: DocumentRecord): DocumentRow {
  let outdated: boolean;
  try {
    const now = resolve(ctx, r);
    outdated = now !== null && hashFill(now) !== r.fillHash;
  } catch {
    // A source that can no longer be resolved (e.g. its signer was deleted) is outdated too.
    outdated = true;
  }
  return {
    id: r.id,
    templateId: r.templateId,
    typeCode: r.typeCode,
    issuer: r.issuer,
    year: r.year,
    seq: r.seq,
    number: numberOf(r),
    docDate: r.docDate,
    summary: r.summary,
    signerName: r.signerName,
    sourceKind: r.sourceKind,
    sourceId: r.sourceId,
    filePath: r.filePath,
    state: r.state,
    issuedAt: r.issuedAt,
    signedCopyPath: r.signedCopyPath,
    signedCopyName: r.signedCopyName,
    outdated,
  };
}

export function getDocument(ctx: AppContext, id: string): DocumentRecord {
  const r = documentRows.byId(ctx.db, id);
  if (!r) throw notFound("Không tìm thấy văn bản này trong sổ.");
  return r;
}

/** Fills the template and writes the file (atomically: a temp file renamed over the old one). */
async function writeFile(ctx: AppContext, r: DocumentRecord, data: FillData): Promise<void> {
  const buf = await fillTemplate(r.templateId, readTemplate(ctx.paths, r.templateId), data);
  const abs = path.join(ctx.paths.dataDir, r.filePath);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  const tmp = `${abs}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, buf);
  fs.renameSync(tmp, abs);
}

export interface NewDocument {
  templateId: TemplateId;
  docDate: string;
  summary: string;
  signerName: string;
  sourceKind: string;
  sourceId?: string | null;
  /** What the resolver needs to refill it (stored as JSON). */
  input: unknown;
}

/** A draft in the register with its .docx written. */
export async function createDocument(ctx: AppContext, doc: NewDocument): Promise<DocumentRecord> {
  const profile = requireProfile(ctx);
  const def = templateCatalog[doc.templateId];
  const year = Number(doc.docDate.slice(0, 4));
  const draft = {
    templateId: doc.templateId,
    typeCode: def.typeCode,
    issuer: issuerOf(profile, doc.templateId),
    year,
    seq: null,
    docDate: doc.docDate,
    summary: doc.summary,
    signerName: doc.signerName,
    sourceKind: doc.sourceKind,
    sourceId: doc.sourceId ?? null,
    input: JSON.stringify(doc.input),
    fillHash: "",
    filePath: "",
    state: "du_thao" as const,
  };
  const saved = getDocument(ctx, documentRows.save(ctx.db, undefined, draft, ctx.stamp()) ?? "");
  const filePath = path.posix.join("documents", String(year), `${doc.templateId}-${saved.id}.docx`);
  const withPath = { ...saved, filePath };
  try {
    const data = resolve(ctx, withPath);
    if (!data) throw new Error(`no fill resolver for ${doc.sourceKind}`);
    await writeFile(ctx, withPath, data);
    setDocumentFile(ctx.db, saved.id, filePath, hashFill(data));
  } catch (e) {
    deleteUnwrittenDraft(ctx.db, saved.id);
    throw e;
  }
  return getDocument(ctx, saved.id);
}

/** Rewrites a draft's file from its source as it is now. Issued documents never change. */
export async function regenerate(ctx: AppContext, id: string): Promise<DocumentRecord> {
  const r = getDocument(ctx, id);
  if (r.state !== "du_thao") {
    throw conflict(`Văn bản số ${numberOf(r)} đã ban hành nên không tạo lại được.`);
  }
  const data = resolve(ctx, r);
  if (!data) throw invalid("Văn bản này không tạo lại được từ dữ liệu gốc.");
  await writeFile(ctx, r, data);
  setFillHash(ctx.db, id, hashFill(data), ctx.clock.now());
  return getDocument(ctx, id);
}

/** The sequences already used in a document's series (same issuer, type and year). */
export function usedSequences(
  ctx: AppContext,
  r: Pick<DocumentRecord, "issuer" | "typeCode" | "year">,
): number[] {
  return sequencesInSeries(ctx.db, r);
}

/**
 * Gives the draft its number and marks it issued, in one immediate transaction, so two issues at
 * once never share a number (the unique index refuses it even across processes). Then writes the
 * file with the number; if that fails the draft goes back to what it was.
 */
export async function issueDocument(
  ctx: AppContext,
  id: string,
  override?: number,
): Promise<DocumentRecord> {
  const reserve = ctx.sqlite.transaction(() => {
    const r = getDocument(ctx, id);
    if (r.state !== "du_thao")
      throw conflict(`Văn bản đã ban hành với số ${numberOf(r)}; số không thay đổi được.`);
    const used = usedSequences(ctx, r);
    const seq = override ?? nextSequence(used);
    if (used.includes(seq)) {
      throw conflict(
        `Số ${documentNumber(seq, r.typeCode, r.issuer)} năm ${r.year} đã được dùng cho văn bản khác.`,
        {
          seq: "Số này đã được dùng",
        },
      );
    }
    markIssued(ctx.db, id, seq, ctx.clock.now());
    return getDocument(ctx, id);
  });
  const issued = reserve.immediate();
  try {
    const data = resolve(ctx, issued);
    if (!data) throw new Error(`no fill resolver for ${issued.sourceKind}`);
    await writeFile(ctx, issued, data);
    setFillHash(ctx.db, id, hashFill(data));
  } catch (e) {
    unissueDocument(ctx.db, id);
    throw e;
  }
  return getDocument(ctx, id);
}
