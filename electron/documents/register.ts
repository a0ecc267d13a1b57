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
  documentRows,
  issuedDocuments,
  keepNumbersOutsideRegister,
  markIssued,
  sequencesInSeries,
  setDraftFile,
  setFillHash,
  type DocumentRow as DocumentRecord,
} from "../../db/queries/documents";
import { newId } from "../../db/ids";
import { writeFileAtomic } from "../atomic-write";
import {
  asidePath,
  checkDocumentFolder,
  documentFile,
  pendingIssueFile,
  putInPlace,
  type FolderCheck,
} from "./register-files";
import type { AppContext, RestoreResult } from "../app-context";
import { conflict, invalid, notFound } from "../app-errors";
import type { DocumentRow, Profile } from "../contract";
import { documentNumber, nextSequence } from "../domain/doc-numbering";
import { fillTemplate, type FillData } from "./fill";
import { readTemplate } from "./template-store";
import { issuingBody } from "./issuing-body";
import { templateCatalog, type TemplateId } from "./template-catalog";
import type { SignerLines } from "../contract/format";

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

/** The ký hiệu of a document's number: the issuing body's, as its signer decides (issuing-body.ts). */
export function issuerOf(profile: Profile, id: TemplateId, signer?: SignerLines): string {
  return issuingBody(profile, id, signer).abbreviation;
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

/** The filled .docx of a register document, as its fill data says. */
function fillFile(r: DocumentRecord, data: FillData, ctx: AppContext): Promise<Uint8Array> {
  return fillTemplate(r.templateId, readTemplate(ctx.paths, r.templateId), data);
}

export interface NewDocument {
  templateId: TemplateId;
  docDate: string;
  summary: string;
  signerName: string;
  /** The signer's lines when one is chosen: with the template, they decide the issuing body. */
  signer?: SignerLines;
  /** The ký hiệu of a body outside the settings (a cluster's own minutes); else issuerOf. */
  issuer?: string;
  sourceKind: string;
  sourceId?: string | null;
  /** What the resolver needs to refill it (stored as JSON). */
  input: unknown;
}

/**
 * A draft in the register with its .docx written. The file is written (and flushed) under its
 * final name before the row that names it is committed: a crash in between leaves a file no row
 * names, which the start-up check moves aside, never a row without its file.
 */
export async function createDocument(ctx: AppContext, doc: NewDocument): Promise<DocumentRecord> {
  const profile = requireProfile(ctx);
  const def = templateCatalog[doc.templateId];
  const year = Number(doc.docDate.slice(0, 4));
  const id = newId();
  const draft = {
    templateId: doc.templateId,
    typeCode: def.typeCode,
    issuer: doc.issuer ?? issuerOf(profile, doc.templateId, doc.signer),
    year,
    seq: null,
    docDate: doc.docDate,
    summary: doc.summary,
    signerName: doc.signerName,
    sourceKind: doc.sourceKind,
    sourceId: doc.sourceId ?? null,
    input: JSON.stringify(doc.input),
    fillHash: "",
    filePath: draftFilePath(doc.templateId, year, id),
    state: "du_thao" as const,
  };
  const now = ctx.clock.now();
  const record: DocumentRecord = {
    ...draft,
    id,
    issuedAt: null,
    signedCopyPath: null,
    signedCopyName: null,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    origin: ctx.stamp().origin,
  };
  const data = resolve(ctx, record);
  if (!data) throw new Error(`no fill resolver for ${doc.sourceKind}`);
  const file = documentFile(ctx.paths, record);
  writeFileAtomic(file, await fillFile(record, data, ctx));
  try {
    documentRows.insert(ctx.db, id, { ...draft, fillHash: hashFill(data) }, ctx.stamp());
  } catch (e) {
    fs.rmSync(file, { force: true });
    throw e;
  }
  return getDocument(ctx, id);
}

/** Where a document's file lives, relative to the data folder. */
const draftFilePath = (templateId: TemplateId, year: number, id: string) =>
  path.posix.join("documents", String(year), `${templateId}-${id}.docx`);

/**
 * At start: the documents folder brought in line with the register after whatever the last run
 * went through (checkDocumentFolder), and drafts whose file is missing filled again.
 */
export async function repairRegister(ctx: AppContext): Promise<FolderCheck> {
  const check = checkDocumentFolder(ctx.db, ctx.paths);
  for (const m of check.missing) {
    if (m.state !== "du_thao") continue;
    try {
      const r = getDocument(ctx, m.id);
      if (!r.filePath) setDraftFile(ctx.db, r.id, draftFilePath(r.templateId, r.year, r.id));
      await regenerate(ctx, r.id);
    } catch (e) {
      ctx.log.error(`register: could not refill draft ${m.id} whose file is missing`, e);
    }
  }
  return check;
}

/**
 * After a restore: the documents issued before it that the restored register does not hold were
 * signed and sent, so their numbers are kept used and their files (moved to documents/ngoai-so by
 * the register check) listed. Returns them.
 */
export function keepIssuedNumbers(
  ctx: AppContext,
  issuedBefore: ReturnType<typeof issuedDocuments>,
): RestoreResult["keptNumbers"] {
  const key = (r: { issuer: string; typeCode: string; year: number; seq: number | null }) =>
    JSON.stringify([r.issuer, r.typeCode, r.year, r.seq]);
  const held = new Set(issuedDocuments(ctx.db).map(key));
  const gone = issuedBefore.filter((r) => !held.has(key(r)));
  for (const r of gone) {
    // Still a draft in the restored register: the signed version's file goes aside, and the
    // register check refills the draft's.
    const file = path.join(ctx.paths.dataDir, r.filePath);
    if (documentRows.byId(ctx.db, r.id) && fs.existsSync(file)) {
      writeFileAtomic(path.join(ctx.paths.dataDir, asidePath(r.filePath)), fs.readFileSync(file));
      fs.rmSync(file);
    }
  }
  const numbers = gone.map((r) => ({
    issuer: r.issuer,
    typeCode: r.typeCode,
    year: r.year,
    seq: r.seq!,
    summary: r.summary,
    file: asidePath(r.filePath),
  }));
  keepNumbersOutsideRegister(ctx.db, numbers, ctx.clock.now());
  return numbers.map((n) => ({
    number: documentNumber(n.seq, n.typeCode, n.issuer),
    summary: n.summary,
    file: n.file,
  }));
}

/** Rewrites a draft's file from its source as it is now. Issued documents never change. */
export async function regenerate(ctx: AppContext, id: string): Promise<DocumentRecord> {
  const r = getDocument(ctx, id);
  if (r.state !== "du_thao") {
    throw conflict(`Văn bản số ${numberOf(r)} đã ban hành nên không tạo lại được.`);
  }
  const data = resolve(ctx, r);
  if (!data) throw invalid("Văn bản này không tạo lại được từ dữ liệu gốc.");
  // The file first: a crash before the hash is recorded only shows the draft as out of date.
  writeFileAtomic(documentFile(ctx.paths, r), await fillFile(r, data, ctx));
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
 * Gives the draft its number and marks it issued. The numbered file is written (and flushed) next
 * to the draft's first; then one immediate transaction checks the number is still free (the unique
 * index also refuses it across processes), marks the draft issued and runs `alongside` (what the
 * issuing area records with it, e.g. a decision's award registry); only then does the numbered
 * file replace the draft's. A crash before the commit leaves the draft; a crash after it leaves
 * the numbered file waiting, which the start-up check puts in place (completeIssues).
 */
export async function issueDocument(
  ctx: AppContext,
  id: string,
  override?: number,
  alongside?: (issued: DocumentRecord) => void,
): Promise<DocumentRecord> {
  // Numbers being filled in this process are held, so concurrent issues take the next ones; a
  // number taken meanwhile by another process is noticed at the commit, and the file refilled.
  for (;;) {
    const r = getDocument(ctx, id);
    const series = seriesKey(r);
    const seq = freeSequence(ctx, r, override, [...(beingIssued.get(series) ?? [])]);
    hold(series, seq, true);
    try {
      const issued: DocumentRecord = { ...r, seq, state: "da_ban_hanh", issuedAt: ctx.clock.now() };
      const data = resolve(ctx, issued);
      if (!data) throw new Error(`no fill resolver for ${issued.sourceKind}`);
      const file = documentFile(ctx.paths, r);
      const waiting = pendingIssueFile(file, seq);
      const bytes = await fillFile(issued, data, ctx);
      // From here to the rename nothing awaits: no other request runs in between.
      writeFileAtomic(waiting, bytes);
      const commit = ctx.sqlite.transaction(() => {
        const current = getDocument(ctx, id);
        if (override === undefined && current.state === "du_thao")
          if (usedSequences(ctx, current).includes(seq)) return false;
        freeSequence(ctx, current, seq); // refuses an issued draft or a taken typed number
        markIssued(ctx.db, id, seq, issued.issuedAt!);
        setFillHash(ctx.db, id, hashFill(data));
        alongside?.(getDocument(ctx, id));
        return true;
      });
      let committed = false;
      try {
        committed = commit.immediate();
      } finally {
        if (!committed) fs.rmSync(waiting, { force: true });
      }
      if (!committed) continue;
      putInPlace(waiting, file);
      return getDocument(ctx, id);
    } finally {
      hold(series, seq, false);
    }
  }
}

/** Numbers of each series (issuer, type, year) being filled by an issue in this process. */
const beingIssued = new Map<string, Set<number>>();
const seriesKey = (r: Pick<DocumentRecord, "issuer" | "typeCode" | "year">) =>
  JSON.stringify([r.issuer, r.typeCode, r.year]);
function hold(series: string, seq: number, held: boolean) {
  const set = beingIssued.get(series) ?? new Set<number>();
  if (held) set.add(seq);
  else set.delete(seq);
  if (set.size) beingIssued.set(series, set);
  else beingIssued.delete(series);
}

/**
 * The number a draft gets (the next free one, or the one the officer typed), refused when the
 * draft is already issued or the typed number is taken. `held` are numbers other issues hold.
 */
function freeSequence(
  ctx: AppContext,
  r: DocumentRecord,
  override?: number,
  held: number[] = [],
): number {
  if (r.state !== "du_thao")
    throw conflict(`Văn bản đã ban hành với số ${numberOf(r)}; số không thay đổi được.`);
  const used = usedSequences(ctx, r);
  const seq = override ?? nextSequence([...used, ...held]);
  if (used.includes(seq) || held.includes(seq)) {
    throw conflict(
      `Số ${documentNumber(seq, r.typeCode, r.issuer)} năm ${r.year} đã được dùng cho văn bản khác.`,
      { seq: "Số này đã được dùng" },
    );
  }
  return seq;
}
