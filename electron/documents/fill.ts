/**
 * The filling engine: a template (bundled or the office's own) and typed data in, a .docx out.
 */
import { createHash } from "node:crypto";
import { patchDocument, PatchType, TextRun, type IPatch } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { blockParagraphs, type TableValue } from "./blocks";
import { templatePlaceholders } from "./inspect";
import { normaliseDocx } from "./normalise-runs";
import { keepLastParagraphWithSignature, replacePlaceholderParagraph, tableXml } from "./table-xml";
import { templateCatalog, type TemplateId } from "./template-catalog";

/**
 * text → a string; block → its paragraphs; table → columns and rows, or several tables one after
 * the other (each with its caption: section III's two tables of a Báo cáo thành tích).
 */
export type FillValue = string | string[] | TableValue | TableValue[];
export type FillData = Record<string, FillValue>;

export class FillError extends Error {}

const isTable = (v: FillValue | string): v is TableValue =>
  typeof v === "object" && !Array.isArray(v) && "rows" in v;

/** Ends the body with "./." — on the last line of the last body block that has any. */
export function withClosing(id: TemplateId, data: FillData): FillData {
  const keys = templateCatalog[id].closing;
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i] ?? "";
    const v: unknown[] = Array.isArray(data[key]) ? (data[key] as unknown[]) : [];
    if (v.length === 0 || !v.every((l): l is string => typeof l === "string")) continue;
    const lines = v as string[];
    const last = (lines[lines.length - 1] ?? "").trimEnd();
    if (last.endsWith("./.")) return data;
    const closed = last.replace(/[.;:,]+$/, "") + "./.";
    return { ...data, [key]: [...lines.slice(0, -1), closed] };
  }
  return data;
}

/**
 * A trích yếu typed as "V/v …" or "Về việc …" for a template that prints "V/v" itself loses its
 * own prefix, so the document never reads "V/v V/v".
 */
export function withSummaryPrefix(id: TemplateId, data: FillData): FillData {
  const prefix = templateCatalog[id].summaryPrefix;
  const summary = data.trich_yeu;
  if (!prefix || typeof summary !== "string") return data;
  const bare = summary.replace(/^\s*(v\/v|về việc)\s*[:.-]?\s*/iu, "");
  return bare === summary ? data : { ...data, trich_yeu: bare };
}

export interface FillPlan {
  /** For docx's patchDocument: text and block placeholders. */
  patches: Record<string, IPatch>;
  /** Tables, written as XML in place of their placeholder's paragraph. */
  tables: Record<string, string>;
}

/** The patches for `data`, by the catalogue's kind of each placeholder present in the template. */
export function buildPatches(id: TemplateId, data: FillData, present: Set<string>): FillPlan {
  const patches: Record<string, IPatch> = {};
  const tables: Record<string, string> = {};
  for (const def of templateCatalog[id].placeholders) {
    if (!present.has(def.key)) continue;
    const v = data[def.key];
    if (v === undefined)
      throw new FillError(`Thiếu dữ liệu cho chỗ điền {{${def.key}}} (${def.label}).`);
    if (def.kind === "text") {
      if (typeof v !== "string") throw new FillError(`{{${def.key}}} cần một dòng chữ.`);
      // A single space, never an empty run (docx #2855); the placeholder's own formatting stays.
      patches[def.key] = {
        type: PatchType.PARAGRAPH,
        children: [new TextRun(v.length > 0 ? v : " ")],
      };
    } else if (def.kind === "block") {
      const lines =
        typeof v === "string"
          ? [v]
          : Array.isArray(v) && v.every((l): l is string => typeof l === "string")
            ? v
            : null;
      if (!lines) throw new FillError(`{{${def.key}}} cần các đoạn văn.`);
      patches[def.key] = {
        type: PatchType.DOCUMENT,
        children: blockParagraphs(
          lines.filter((l) => l.trim().length > 0),
          def.style ?? "body",
        ),
      };
    } else {
      const list = Array.isArray(v) ? v : [v];
      if (!list.every(isTable)) throw new FillError(`{{${def.key}}} cần một bảng.`);
      tables[def.key] = list
        .filter((table) => table.rows.length > 0)
        .map(tableXml)
        .join("");
    }
  }
  return { patches, tables };
}

/** Whose name closes the document: the signer's, or the chair's under a Biên bản. */
function signerOf(data: FillData): string {
  const name = data.nguoi_ky ?? data.chu_toa;
  return typeof name === "string" ? name : "";
}

interface PreparedTemplate {
  normalised: Uint8Array;
  present: Set<string>;
}
/** Normalised templates by content hash: a template is prepared once, not at every document. */
const prepared = new Map<string, PreparedTemplate>();

function prepare(template: Uint8Array): PreparedTemplate {
  const key = createHash("sha1").update(template).digest("hex");
  let p = prepared.get(key);
  if (!p) {
    const normalised = normaliseDocx(template);
    p = { normalised, present: new Set(templatePlaceholders(normalised).map((f) => f.key)) };
    if (prepared.size > 32) prepared.clear();
    prepared.set(key, p);
  }
  return p;
}

export async function fillTemplate(
  id: TemplateId,
  template: Uint8Array,
  data: FillData,
): Promise<Buffer> {
  const { normalised, present } = prepare(template);
  const filled = withClosing(id, withSummaryPrefix(id, data));
  const { patches, tables } = buildPatches(id, filled, present);
  const patched = await patchDocument({
    outputType: "uint8array",
    data: normalised,
    patches,
    keepOriginalStyles: true,
  });
  const keys = Object.keys(tables);
  const signer = signerOf(filled);
  if (keys.length === 0 && !signer) return Buffer.from(patched);
  const files = unzipSync(patched);
  for (const [name, bytes] of Object.entries(files)) {
    if (!/^word\/(document|header\d*|footer\d*)\.xml$/.test(name)) continue;
    let xml = strFromU8(bytes);
    for (const k of keys) xml = replacePlaceholderParagraph(xml, k, tables[k] ?? "");
    if (name === "word/document.xml") xml = keepLastParagraphWithSignature(xml, signer);
    files[name] = strToU8(xml);
  }
  return Buffer.from(zipSync(files, { level: 6 }));
}
