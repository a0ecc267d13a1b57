/**
 * Reads what a .docx holds: its parts and the placeholders in them (for the lint and the engine).
 */
import { strFromU8, unzipSync, type Unzipped } from "fflate";

const PARTS = /^word\/(document|header\d*|footer\d*)\.xml$/;

export interface FoundPlaceholder {
  key: string;
  part: string;
}

/** The visible text of a part, paragraph by paragraph (w:t contents joined per paragraph). */
export function partParagraphTexts(xml: string): string[] {
  const out: string[] = [];
  for (const p of xml.matchAll(/<w:p(?=[\s>])[^>]*>[\s\S]*?<\/w:p>/g)) {
    let s = "";
    for (const t of p[0].matchAll(/<w:t(?=[\s>])[^>]*>([\s\S]*?)<\/w:t>/g)) s += t[1] ?? "";
    out.push(s);
  }
  return out;
}

export function unzipDocx(data: Uint8Array): Unzipped {
  return unzipSync(data);
}

/** Every `{{…}}` in the text of the body, headers and footers, in order, repeats included. */
export function templatePlaceholders(data: Uint8Array | Unzipped): FoundPlaceholder[] {
  const files = data instanceof Uint8Array ? unzipSync(data) : data;
  const found: FoundPlaceholder[] = [];
  for (const [name, bytes] of Object.entries(files)) {
    if (!PARTS.test(name)) continue;
    for (const text of partParagraphTexts(strFromU8(bytes))) {
      for (const m of text.matchAll(/\{\{([^{}]*)\}\}/g))
        found.push({ key: (m[1] ?? "").trim(), part: name });
    }
  }
  return found;
}
