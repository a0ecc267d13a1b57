import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/** The XML parts of a .docx by name. */
export function docxParts(data: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(unzipSync(data))) {
    if (name.endsWith(".xml") || name.endsWith(".rels")) out[name] = strFromU8(bytes);
  }
  return out;
}

/** The same .docx with one part's XML changed. */
export function editPart(
  data: Uint8Array,
  part: string,
  edit: (xml: string) => string,
): Uint8Array {
  const files = unzipSync(data);
  const xml = files[part];
  if (!xml) throw new Error(`no ${part}`);
  files[part] = strToU8(edit(strFromU8(xml)));
  return zipSync(files);
}

/** The run (w:r) whose text contains `text`, or undefined. */
export function runContaining(xml: string, text: string): string | undefined {
  return [...xml.matchAll(/<w:r(?=[\s>])[^>]*>[\s\S]*?<\/w:r>/g)]
    .map((m) => m[0])
    .find((r) => r.includes(text));
}

/**
 * True when the .docx numbers its pages as the decree asks: a header with the PAGE field on the
 * pages after the first, none on the first (w:titlePg with an empty first-page header).
 */
export function numbersPagesFromTheSecond(parts: Record<string, string>): boolean {
  const body = parts["word/document.xml"] ?? "";
  const headers = Object.keys(parts).filter((n) => /^word\/header\d+\.xml$/.test(n));
  return (
    body.includes("<w:titlePg/>") &&
    headers.filter((n) => parts[n]!.includes("PAGE")).length === 1 &&
    headers.length === 2
  );
}
