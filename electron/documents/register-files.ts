/**
 * The register's files on disk: where a document's .docx is, how a numbered file waits for the
 * commit that issues it, and the start-up check that makes the documents folder agree with the
 * register after a crash (domain notes: "nothing is ever lost").
 */
import fs from "node:fs";
import path from "node:path";
import { documentFiles, type DocumentRow } from "../../db/queries/documents";
import type { Db } from "../../db/open-database";
import { syncFolder } from "../atomic-write";
import { invalid } from "../app-errors";
import type { AppPaths } from "../paths";

/** Files no register row names (a crash between writing and recording, a restored database). */
export const ASIDE_FOLDER = "ngoai-so";

/** Where the check moves a file no row names (`documents/2025/x.docx` → `documents/ngoai-so/2025/x.docx`). */
export function asidePath(filePath: string): string {
  return filePath.replace(/^documents\//, `documents/${ASIDE_FOLDER}/`);
}

const PENDING = /\.issue-(\d+)\.pending$/;

/** The absolute path of a document's file: inside the documents folder, never empty. */
export function documentFile(paths: AppPaths, r: Pick<DocumentRow, "id" | "filePath">): string {
  const abs = path.resolve(paths.dataDir, r.filePath);
  if (!r.filePath || !abs.startsWith(path.resolve(paths.documents) + path.sep))
    throw invalid(
      "Văn bản này không có tệp hợp lệ trong thư mục documents. Hãy mở lại ứng dụng để kiểm tra sổ văn bản.",
    );
  return abs;
}

/** Where the numbered file of an issue waits, next to the draft's, until the issue commits. */
export function pendingIssueFile(file: string, seq: number): string {
  return `${file}.issue-${seq}.pending`;
}

/** Replaces the draft's file with the waiting numbered one, durably. */
export function putInPlace(waiting: string, file: string): void {
  fs.renameSync(waiting, file);
  syncFolder(path.dirname(file));
}

export interface FolderCheck {
  /** Issues committed before a crash whose numbered file is now in place. */
  completed: string[];
  /** Temporary files of writes a crash interrupted, removed. */
  removed: string[];
  /** Files no register row names, moved to documents/ngoai-so (kept, not deleted). */
  movedAside: string[];
  /** Live rows whose file is missing (drafts are refilled by the caller). */
  missing: Pick<DocumentRow, "id" | "filePath" | "state">[];
}

/**
 * Makes the documents folder agree with the register, as the last run may have left it:
 * numbered files of committed issues are put in place, those of issues that did not commit and
 * half-written temporary files are removed, files no row names are moved aside, and rows whose
 * file is missing are reported.
 */
export function checkDocumentFolder(db: Db, paths: AppPaths): FolderCheck {
  const rows = documentFiles(db);
  const byFile = new Map(rows.filter((r) => r.filePath).map((r) => [r.filePath, r]));
  const result: FolderCheck = { completed: [], removed: [], movedAside: [], missing: [] };
  for (const abs of filesUnder(paths.documents)) {
    const rel = path.relative(paths.dataDir, abs).split(path.sep).join("/");
    const pending = PENDING.exec(rel);
    if (pending) {
      const row = byFile.get(rel.slice(0, pending.index));
      if (row && row.state !== "du_thao" && row.seq === Number(pending[1])) {
        putInPlace(abs, abs.slice(0, abs.length - pending[0].length));
        result.completed.push(rel);
      } else {
        fs.rmSync(abs, { force: true });
        result.removed.push(rel);
      }
    } else if (rel.endsWith(".tmp")) {
      fs.rmSync(abs, { force: true });
      result.removed.push(rel);
    } else if (!byFile.has(rel)) {
      const aside = path.join(paths.dataDir, asidePath(rel));
      fs.mkdirSync(path.dirname(aside), { recursive: true });
      fs.renameSync(abs, aside);
      result.movedAside.push(rel);
    }
  }
  for (const r of rows)
    if (!r.deletedAt && (!r.filePath || !fs.existsSync(path.join(paths.dataDir, r.filePath))))
      result.missing.push({ id: r.id, filePath: r.filePath, state: r.state });
  return result;
}

/** Every file under a folder, the aside folder excepted. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!(d === dir && e.name === ASIDE_FOLDER)) walk(abs);
      } else if (e.isFile()) out.push(abs);
    }
  };
  walk(dir);
  return out;
}
