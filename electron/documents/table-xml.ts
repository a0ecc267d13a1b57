/**
 * Data tables written straight as WordprocessingML. docx's object model takes seconds for a
 * 1,000-line list (a decision's attached list); the same XML as a string takes milliseconds.
 * The formatting is that of blocks.ts's dataTable: grid borders, a bold header row repeated on
 * every page, rows that do not split, Times New Roman 13 pt in vi-VN.
 */
import type { TableColumn, TableValue } from "./blocks";
import { FIRST_LINE_INDENT, FONT, LANGUAGE, SIZE, TEXT_WIDTH } from "./format-rules";

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;",
  );
}

const RPR_BASE = `<w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}"/>`;
const SIZE_XML = `<w:sz w:val="${SIZE.table}"/><w:szCs w:val="${SIZE.table}"/><w:lang w:val="${LANGUAGE}"/>`;
const BORDER = `w:val="single" w:sz="4" w:space="0" w:color="000000"`;

const jc = (a: TableColumn["align"] | "center") =>
  a === "center" ? "center" : a === "right" ? "right" : "left";

function cellXml(
  text: string,
  width: number,
  align: TableColumn["align"] | "center",
  bold: boolean,
): string {
  const rPr = `<w:rPr>${RPR_BASE}${bold ? "<w:b/><w:bCs/>" : ""}${SIZE_XML}</w:rPr>`;
  const runs = (text.length > 0 ? text : " ")
    .split("\n")
    .map(
      (line, i) =>
        `${i > 0 ? `<w:r>${rPr}<w:br/></w:r>` : ""}<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`,
    )
    .join("");
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>` +
    `<w:tcMar><w:top w:w="20" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="20" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tcMar>` +
    `<w:vAlign w:val="center"/></w:tcPr>` +
    `<w:p><w:pPr><w:spacing w:before="20" w:after="20" w:line="276" w:lineRule="auto"/><w:jc w:val="${jc(align)}"/></w:pPr>${runs}</w:p></w:tc>`
  );
}

/**
 * A table's caption as a body paragraph in bold (the section headings' layout), kept with the
 * table so it never ends a page alone.
 */
function captionXml(text: string): string {
  const rPr = `<w:rPr>${RPR_BASE}<w:b/><w:bCs/><w:sz w:val="${SIZE.body}"/><w:szCs w:val="${SIZE.body}"/><w:lang w:val="${LANGUAGE}"/></w:rPr>`;
  return (
    `<w:p><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="120" w:line="276" w:lineRule="auto"/>` +
    `<w:ind w:firstLine="${FIRST_LINE_INDENT}"/><w:jc w:val="both"/></w:pPr>` +
    `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`
  );
}

/** The table's XML (a w:tbl element), after its caption's paragraph when it has one. */
export function tableXml(value: TableValue): string {
  const total = value.columns.reduce((a, c) => a + c.share, 0) || 1;
  const widths = value.columns.map((c) => Math.floor((c.share / total) * TEXT_WIDTH));
  const width = widths.reduce((a, w) => a + w, 0);
  const parts: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/>` +
      `<w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/><w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders>` +
      `<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`,
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${value.columns
      .map((c, i) => cellXml(c.title, widths[i] ?? 0, "center", true))
      .join("")}</w:tr>`,
  ];
  for (const row of value.rows) {
    parts.push(
      `<w:tr><w:trPr><w:cantSplit/></w:trPr>${value.columns
        .map((c, i) => cellXml(row[i] ?? "", widths[i] ?? 0, c.align, false))
        .join("")}</w:tr>`,
    );
  }
  parts.push("</w:tbl>");
  return (value.caption ? captionXml(value.caption) : "") + parts.join("");
}

/**
 * Replaces the paragraph holding `{{key}}` with `replacement` (XML of block elements, possibly
 * empty). The placeholder must stand alone in its paragraph (the lint checks it).
 */
export function replacePlaceholderParagraph(xml: string, key: string, replacement: string): string {
  const token = `{{${key}}}`;
  const at = xml.indexOf(token);
  if (at < 0) return xml;
  const start = Math.max(xml.lastIndexOf("<w:p>", at), xml.lastIndexOf("<w:p ", at));
  const end = xml.indexOf("</w:p>", at);
  if (start < 0 || end < 0) return xml;
  return xml.slice(0, start) + replacement + xml.slice(end + "</w:p>".length);
}

/** The paragraph property that keeps a paragraph on the page of what follows it (schema order). */
function withKeepNext(paragraph: string): string {
  if (paragraph.includes("<w:keepNext/>")) return paragraph;
  const pPr = /<w:pPr>(<w:pStyle [^>]*\/>)?/.exec(paragraph);
  if (pPr) {
    const at = pPr.index + pPr[0].length;
    return `${paragraph.slice(0, at)}<w:keepNext/>${paragraph.slice(at)}`;
  }
  return paragraph.replace(/^<w:p( [^>]*)?>/, (open) => `${open}<w:pPr><w:keepNext/></w:pPr>`);
}

/**
 * Keeps the body's last paragraph on the page of the signature block: the paragraphs between the
 * last text and the layout table that holds `signerText` (the signer's name) are kept with it,
 * so a signature never stands alone at the top of the last page.
 */
export function keepLastParagraphWithSignature(xml: string, signerText: string): string {
  const at = signerText.trim() ? xml.lastIndexOf(escapeXml(signerText.trim())) : -1;
  const table = at < 0 ? -1 : xml.lastIndexOf("<w:tbl>", at);
  if (table < 0) return xml;
  let end = table;
  let out = xml.slice(table);
  // Up to three paragraphs back: blank spacing paragraphs, then the last one with text.
  for (let i = 0; i < 3; i++) {
    const before = xml.slice(0, end);
    if (!before.endsWith("</w:p>")) break;
    const start = Math.max(before.lastIndexOf("<w:p>"), before.lastIndexOf("<w:p "));
    if (start < 0) break;
    const paragraph = before.slice(start);
    out = withKeepNext(paragraph) + out;
    end = start;
    if (/<w:t(?: [^>]*)?>[^<]*\S[^<]*<\/w:t>/.test(paragraph)) break;
  }
  return xml.slice(0, end) + out;
}
