/**
 * Where a template comes from: the office's own version in the data folder when it loaded one,
 * otherwise the bundled one. Loading a version lints it first; nothing is replaced until it passes.
 */
import fs from "node:fs";
import path from "node:path";
import { strFromU8 } from "fflate";
import type { AppPaths } from "../paths";
import { fillTemplate } from "./fill";
import { partParagraphTexts, templatePlaceholders, unzipDocx } from "./inspect";
import { normaliseDocx } from "./normalise-runs";
import { sampleData } from "./sample-data";
import { templateCatalog, type TemplateId } from "./template-catalog";

export const bundledTemplatePath = (paths: AppPaths, id: TemplateId) =>
  path.join(paths.bundledTemplates, `${id}.docx`);
export const customTemplatePath = (paths: AppPaths, id: TemplateId) =>
  path.join(paths.templates, `${id}.docx`);

export function activeTemplatePath(paths: AppPaths, id: TemplateId): string {
  const custom = customTemplatePath(paths, id);
  return fs.existsSync(custom) ? custom : bundledTemplatePath(paths, id);
}

export function readTemplate(paths: AppPaths, id: TemplateId): Uint8Array {
  return fs.readFileSync(activeTemplatePath(paths, id));
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (data: Uint8Array, magic: number[]) => magic.every((b, i) => data[i] === b);
/** "EncryptionInfo" as the UTF-16 name of an OLE stream: Word's password-protected .docx. */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

/**
 * The optional placeholders a sound template file leaves out, each with what every document made
 * from it would then lack ("{{can_cu}} (Các căn cứ pháp lý…)").
 */
export function droppedPlaceholders(id: TemplateId, data: Uint8Array): string[] {
  const present = new Set(templatePlaceholders(unzipDocx(normaliseDocx(data))).map((f) => f.key));
  return templateCatalog[id].placeholders
    .filter((p) => !p.required && !present.has(p.key))
    .map((p) => `{{${p.key}}} – ${p.label}`);
}

/** What is wrong with a file offered as the office's version of a template; [] when nothing. */
export async function lintTemplate(id: TemplateId, data: Uint8Array): Promise<string[]> {
  if (startsWith(data, OLE_MAGIC)) {
    return Buffer.from(data).includes(ENCRYPTION_INFO)
      ? [
          "Tệp được đặt mật khẩu. Hãy bỏ mật khẩu trong Word (Tệp › Thông tin › Bảo vệ tài liệu) rồi nạp lại.",
        ]
      : [
          "Đây là tệp Word 97-2003 (.doc). Hãy mở trong Word, chọn Lưu thành “Tài liệu Word (.docx)” rồi nạp lại.",
        ];
  }
  if (!startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    return ["Tệp không phải văn bản Word .docx. Hãy chọn tệp .docx đã tải về và sửa trong Word."];
  }
  let normalised: Uint8Array;
  let files: ReturnType<typeof unzipDocx>;
  try {
    normalised = normaliseDocx(data);
    files = unzipDocx(normalised);
  } catch {
    return ["Tệp .docx bị hỏng, không đọc được. Hãy lưu lại trong Word rồi nạp lại."];
  }
  const body = files["word/document.xml"];
  if (!body || !files["[Content_Types].xml"]) {
    return ["Tệp không phải văn bản Word .docx (thiếu phần nội dung chính)."];
  }

  const def = templateCatalog[id];
  const problems: string[] = [];
  const found = templatePlaceholders(files);
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.key, (counts.get(f.key) ?? 0) + 1);
  const known = new Map(def.placeholders.map((p) => [p.key, p]));

  const unknown = [...counts.keys()].filter((key) => !known.has(key));
  if (unknown.length)
    problems.push(
      `${unknown.map((k) => `{{${k}}}`).join(", ")} không phải chỗ điền của mẫu “${def.name}”. Các chỗ điền được dùng: ${def.placeholders.map((p) => `{{${p.key}}}`).join(", ")}.`,
    );
  for (const [key, n] of counts) {
    if (!known.has(key)) continue;
    else if (n > 1)
      problems.push(`Chỗ điền {{${key}}} xuất hiện ${n} lần; mỗi chỗ điền chỉ được dùng một lần.`);
  }
  for (const p of def.placeholders) {
    if (p.required && !counts.has(p.key)) {
      problems.push(`Thiếu chỗ điền bắt buộc {{${p.key}}} (${p.label}).`);
    }
  }
  // Block and table placeholders replace their whole paragraph, so they must stand alone in it.
  const texts = Object.entries(files)
    .filter(([name]) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(name))
    .flatMap(([, bytes]) => partParagraphTexts(strFromU8(bytes)));
  for (const text of texts) {
    for (const m of text.matchAll(/\{\{([^{}]*)\}\}/g)) {
      const p = known.get((m[1] ?? "").trim());
      if (p && p.kind !== "text" && text.trim() !== m[0]) {
        problems.push(
          `Chỗ điền {{${p.key}}} phải đứng riêng một dòng (đoạn) vì được thay bằng cả đoạn văn hoặc bảng.`,
        );
      }
    }
    const stray = text.replace(/\{\{[^{}]*\}\}/g, "");
    if (stray.includes("{{") || stray.includes("}}")) {
      problems.push(`Chỗ điền viết sai (thiếu dấu ngoặc): “${text.trim().slice(0, 80)}”.`);
    }
  }
  if (problems.length > 0) return problems;
  try {
    await fillTemplate(id, normalised, sampleData(id));
  } catch {
    return ["Không điền thử được mẫu này; tệp có thể bị hỏng. Hãy lưu lại trong Word rồi nạp lại."];
  }
  return [];
}
