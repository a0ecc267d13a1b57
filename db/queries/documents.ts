import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "../open-database";
import { documents } from "../schema";
import { getSetting, setSetting } from "./app-settings";
import { allRows } from "./raw";
import { liveRows, syncedRows } from "./sync-rows";

export type DocumentRow = typeof documents.$inferSelect;

export const documentRows = syncedRows(documents);

/**
 * The input a document was made from (stored as JSON text, which raw SQL also reads with
 * json_extract); its shape depends on the document's source kind, so the resolver narrows it.
 */
export function documentInputOf(row: Pick<DocumentRow, "input">): unknown {
  return JSON.parse(row.input);
}

/** Refreshes a draft's heading (date, its year, summary, signer) before its file is refilled. */
export function updateDraftHeading(
  db: Db,
  id: string,
  h: { docDate: string; summary: string; signerName: string; now: number },
): void {
  db.update(documents)
    .set({
      docDate: h.docDate,
      year: Number(h.docDate.slice(0, 4)),
      summary: h.summary,
      signerName: h.signerName,
      updatedAt: h.now,
    })
    .where(eq(documents.id, id))
    .run();
}

/** The live register documents made from one source record by some kinds, oldest first. */
export function documentsOfSource(db: Db, sourceId: string, sourceKinds: string[]): DocumentRow[] {
  return liveRows(
    db,
    documents,
    [documents.createdAt],
    and(eq(documents.sourceId, sourceId), inArray(documents.sourceKind, sourceKinds)),
  );
}

/** Every live register document, in no particular order. */
export function liveDocuments(db: Db): DocumentRow[] {
  return liveRows(db, documents, []);
}

/** Rewrites a generic draft's stored input and heading (date, its year, summary, signer). */
export function updateGenericDraft(
  db: Db,
  id: string,
  d: {
    input: string;
    summary: string;
    docDate: string;
    signerName: string;
    issuer: string;
    now: number;
  },
): void {
  db.update(documents)
    .set({
      input: d.input,
      issuer: d.issuer,
      summary: d.summary,
      docDate: d.docDate,
      year: Number(d.docDate.slice(0, 4)),
      signerName: d.signerName,
      updatedAt: d.now,
    })
    .where(eq(documents.id, id))
    .run();
}

/** Records the scanned signed copy of an issued document (a path under the data folder). */
export function setSignedCopy(
  db: Db,
  id: string,
  copy: { path: string; name: string; now: number },
): void {
  db.update(documents)
    .set({ signedCopyPath: copy.path, signedCopyName: copy.name, updatedAt: copy.now })
    .where(eq(documents.id, id))
    .run();
}

/** Records the hash of the data a document's file was (re)filled with; `now` also stamps it. */
export function setFillHash(db: Db, id: string, fillHash: string, now?: number): void {
  db.update(documents)
    .set(now === undefined ? { fillHash } : { fillHash, updatedAt: now })
    .where(eq(documents.id, id))
    .run();
}

/**
 * A number issued on paper that the register no longer holds: a restore went back to before it.
 * Numbering skips it, so no two documents ever carry the same number.
 */
export interface NumberOutsideRegister {
  issuer: string;
  typeCode: string;
  year: number;
  seq: number;
  summary: string;
  /** Where its file was moved (documents/ngoai-so/…), relative to the data folder. */
  file: string;
}
const NUMBERS_OUTSIDE_KEY = "register_numbers_outside";

export function numbersOutsideRegister(db: Db): NumberOutsideRegister[] {
  return getSetting<NumberOutsideRegister[]>(db, NUMBERS_OUTSIDE_KEY) ?? [];
}

/** Adds numbers to the list numbering skips (each series and number once). */
export function keepNumbersOutsideRegister(
  db: Db,
  numbers: NumberOutsideRegister[],
  now: number,
): void {
  const all = [...numbersOutsideRegister(db)];
  const key = (n: NumberOutsideRegister) => JSON.stringify([n.issuer, n.typeCode, n.year, n.seq]);
  const seen = new Set(all.map(key));
  for (const n of numbers) {
    if (seen.has(key(n))) continue;
    all.push(n);
    seen.add(key(n));
  }
  setSetting(db, NUMBERS_OUTSIDE_KEY, all, now);
}

/** The issued documents of the register, with what a restore needs to keep their numbers. */
export function issuedDocuments(
  db: Db,
): Pick<DocumentRow, "id" | "issuer" | "typeCode" | "year" | "seq" | "summary" | "filePath">[] {
  return db
    .select({
      id: documents.id,
      issuer: documents.issuer,
      typeCode: documents.typeCode,
      year: documents.year,
      seq: documents.seq,
      summary: documents.summary,
      filePath: documents.filePath,
    })
    .from(documents)
    .where(and(isNotNull(documents.seq), isNull(documents.deletedAt)))
    .all();
}

/**
 * The sequences already used in a series (same issuer, type and year): the register's, and the
 * numbers issued on paper that a restore took out of it.
 */
export function sequencesInSeries(
  db: Db,
  s: { issuer: string; typeCode: string; year: number },
): number[] {
  const inRegister = db
    .select({ seq: documents.seq })
    .from(documents)
    .where(
      and(
        eq(documents.issuer, s.issuer),
        eq(documents.typeCode, s.typeCode),
        eq(documents.year, s.year),
        isNotNull(documents.seq),
        isNull(documents.deletedAt),
      ),
    )
    .all()
    .map((x) => x.seq as number);
  const outside = numbersOutsideRegister(db)
    .filter((n) => n.issuer === s.issuer && n.typeCode === s.typeCode && n.year === s.year)
    .map((n) => n.seq);
  return [...inRegister, ...outside];
}

/** Gives a draft its number and marks it issued. */
export function markIssued(db: Db, id: string, seq: number, now: number): void {
  db.update(documents)
    .set({ seq, state: "da_ban_hanh", issuedAt: now, updatedAt: now })
    .where(eq(documents.id, id))
    .run();
}

/** Every register row's file, deleted drafts included (their files stay on disk). */
export function documentFiles(
  db: Db,
): Pick<DocumentRow, "id" | "filePath" | "state" | "seq" | "deletedAt">[] {
  return db
    .select({
      id: documents.id,
      filePath: documents.filePath,
      state: documents.state,
      seq: documents.seq,
      deletedAt: documents.deletedAt,
    })
    .from(documents)
    .all();
}

/** Records a draft's file path (a draft a crash left without one gets it back). */
export function setDraftFile(db: Db, id: string, filePath: string): void {
  db.update(documents).set({ filePath }).where(eq(documents.id, id)).run();
}

/**
 * The issued documents of `sourceKind` whose source meeting put one of a decision's nominations
 * to the vote (the council's Tờ trình behind a Quyết định), oldest first.
 */
export function issuedMeetingDocumentsOfDecision(
  db: Db,
  decisionId: string,
  sourceKind: string,
): DocumentRow[] {
  const ids = allRows<{ id: string }>(
    db,
    `SELECT DISTINCT d.id FROM documents d
       JOIN meeting_items mi ON mi.meeting_id = d.source_id AND mi.deleted_at IS NULL
       JOIN decision_recipients r ON r.nomination_id = mi.nomination_id AND r.deleted_at IS NULL
      WHERE r.decision_id = ? AND d.source_kind = ? AND d.state = 'da_ban_hanh'
        AND d.deleted_at IS NULL
      ORDER BY d.doc_date, d.seq`,
    decisionId,
    sourceKind,
  ).map((r) => r.id);
  return ids.map((id) => documentRows.byId(db, id)!).filter(Boolean);
}
