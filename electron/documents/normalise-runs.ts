/**
 * Word and LibreOffice split typed text into several runs (spell-check marks, revision ids,
 * formatting changes), so "{{ho_ten}}" may reach us as "{{", "ho_", "ten}}". Before patching, the
 * runs a placeholder spans are merged into its first run, keeping that run's formatting.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

const PARAGRAPH = /<w:p(?=[\s>])[^>]*>[\s\S]*?<\/w:p>/g;
const RUN = /<w:r(?=[\s>])[^>]*>[\s\S]*?<\/w:r>/g;
const TEXT = /<w:t(?=[\s>])[^>]*>([\s\S]*?)<\/w:t>|<w:t\/>/g;
const PLACEHOLDER = /\{\{[^{}]*\}\}/g;

interface RunSpan {
  start: number;
  end: number;
  xml: string;
  text: string;
  /** Holds nothing but properties and text, so its text can be rewritten. */
  plain: boolean;
}

function runText(xml: string): string {
  let s = "";
  for (const m of xml.matchAll(TEXT)) s += m[1] ?? "";
  return s;
}

function isPlain(xml: string): boolean {
  const inner = xml
    .replace(/^<w:r(?=[\s>])[^>]*>/, "")
    .replace(/<\/w:r>$/, "")
    .replace(/<w:rPr>[\s\S]*?<\/w:rPr>/, "")
    .replace(TEXT, "");
  return inner.trim() === "";
}

function withText(xml: string, text: string): string {
  const open = /^<w:r(?=[\s>])[^>]*>/.exec(xml)?.[0] ?? "<w:r>";
  const rPr = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(xml)?.[0] ?? "";
  return `${open}${rPr}<w:t xml:space="preserve">${text}</w:t></w:r>`;
}

/** One paragraph's XML with every placeholder inside a single run. */
export function normaliseParagraph(p: string): string {
  if (!p.includes("{") || !p.includes("}")) return p;
  const cleaned = p.replace(/<w:proofErr [^>]*\/>/g, "");
  const runs: RunSpan[] = [];
  for (const m of cleaned.matchAll(RUN)) {
    const xml = m[0];
    runs.push({
      start: m.index,
      end: m.index + xml.length,
      xml,
      text: runText(xml),
      plain: isPlain(xml),
    });
  }
  const full = runs.map((r) => r.text).join("");
  const owner: number[] = [];
  runs.forEach((r, i) => {
    for (let k = 0; k < r.text.length; k++) owner.push(i);
  });
  const texts = runs.map((r) => r.text);
  let changed = false;
  for (const m of full.matchAll(PLACEHOLDER)) {
    const first = owner[m.index];
    const last = owner[m.index + m[0].length - 1];
    if (first === undefined || last === undefined || first === last) continue;
    const span = runs.slice(first, last + 1);
    if (!span.every((r) => r.plain)) continue;
    // Character offsets of each run in `full`.
    let offset = runs.slice(0, first).reduce((a, r) => a + r.text.length, 0);
    const end = m.index + m[0].length;
    let moved = "";
    for (let i = first + 1; i <= last; i++) {
      offset += runs[i - 1]?.text.length ?? 0;
      const r = runs[i];
      if (!r) continue;
      const take = Math.min(r.text.length, end - offset);
      moved += r.text.slice(0, take);
      texts[i] = r.text.slice(take);
    }
    texts[first] = (texts[first] ?? "") + moved;
    changed = true;
  }
  if (!changed) return cleaned;
  let out = "";
  let at = 0;
  runs.forEach((r, i) => {
    out += cleaned.slice(at, r.start);
    const text = texts[i] ?? "";
    if (text !== r.text) out += text.length > 0 || !r.plain ? withText(r.xml, text) : "";
    else out += r.xml;
    at = r.end;
  });
  return out + cleaned.slice(at);
}

export function normaliseXml(xml: string): string {
  return xml.replace(PARAGRAPH, (p) => normaliseParagraph(p));
}

const PARTS = /^word\/(document|header\d*|footer\d*)\.xml$/;

/** The .docx with every placeholder in one run, in the body, headers and footers. */
export function normaliseDocx(data: Uint8Array): Uint8Array {
  const files = unzipSync(data);
  const out: Zippable = {};
  for (const [name, bytes] of Object.entries(files)) {
    out[name] = PARTS.test(name) ? strToU8(normaliseXml(strFromU8(bytes))) : bytes;
  }
  return zipSync(out, { level: 6 });
}
