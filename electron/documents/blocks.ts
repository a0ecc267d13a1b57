/**
 * Paragraphs, runs and tables formatted per the decree, used by the template generator and by the
 * engine for what it inserts (legal bases, body paragraphs, lists, signature lines).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
  type IParagraphOptions,
} from "docx";
import type { BlockStyle } from "./template-catalog";
import {
  BODY_SPACING,
  FIRST_LINE_INDENT,
  LANGUAGE,
  LINE,
  PAGE,
  SIZE,
  TEXT_WIDTH,
  TIGHT,
  fontSlots,
} from "./format-rules";

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  allCaps?: boolean;
  /** Struck through (a cancelled award in a history sheet). */
  strike?: boolean;
}

/** A run with the font on every slot and the Vietnamese language; never empty (docx #2855). */
export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: text.length > 0 ? text : " ",
    font: fontSlots,
    language: { value: LANGUAGE },
    size: style.size ?? SIZE.body,
    bold: style.bold,
    italics: style.italics,
    strike: style.strike,
  });
}

/** "Căn cứ **Luật** …" — `**bold**` and `*italic*` in officers' text become runs. */
export function inlineRuns(text: string, base: RunStyle = {}): TextRun[] {
  const parts = text.split(/(\*\*[^*]+\*\*|\*[^*]+\*)/).filter((p) => p.length > 0);
  if (parts.length === 0) return [run(" ", base)];
  return parts.map((p) => {
    if (p.startsWith("**") && p.endsWith("**") && p.length > 4)
      return run(p.slice(2, -2), { ...base, bold: true });
    if (p.startsWith("*") && p.endsWith("*") && p.length > 2)
      return run(p.slice(1, -1), { ...base, italics: true });
    return run(p, base);
  });
}

export function para(
  children: TextRun[],
  opts: Omit<IParagraphOptions, "children" | "text"> = {},
): Paragraph {
  return new Paragraph({ spacing: TIGHT, ...opts, children });
}

export function centered(text: string, style: RunStyle = {}, after = 0): Paragraph {
  return para([run(text, style)], {
    alignment: AlignmentType.CENTER,
    spacing: { ...TIGHT, after },
  });
}

/** A paragraph that is only a short centred rule: a bottom border between wide indents. */
export function rule(indent: number, after = 0): Paragraph {
  return new Paragraph({
    spacing: { ...TIGHT, after, line: 100, lineRule: "exact" },
    indent: { left: indent, right: indent },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [run(" ", { size: 4 })],
  });
}

/** A line that is bold from end to end ("**II. NỘI DUNG**") is a heading. */
export function isHeadingLine(text: string): boolean {
  return /^\*\*[^*]+\*\*$/.test(text.trim());
}

/**
 * A body paragraph: justified, first-line indent, 6 pt after. A heading line is kept on the same
 * page as the paragraph after it, so no heading is left alone at the foot of a page.
 */
export function bodyParagraph(text: string, style: RunStyle = {}): Paragraph {
  return para(inlineRuns(text, style), {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: BODY_SPACING,
    keepNext: isHeadingLine(text) || undefined,
  });
}

/** The paragraphs of a block placeholder, formatted by the placeholder's style. */
export function blockParagraphs(lines: string[], style: BlockStyle): Paragraph[] {
  switch (style) {
    case "body":
      return lines.map((l) => bodyParagraph(l));
    case "canCu":
      return lines.map((l) => bodyParagraph(l, { italics: true }));
    case "noiNhan":
      return lines.map((l) => para(inlineRuns(l, { size: SIZE.noiNhanLine }), { spacing: TIGHT }));
    case "signature":
      return lines.map((l) => centered(l, { bold: true }));
    case "centered":
      return lines.map((l) => centered(l));
  }
}

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
export const noBorders = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const gridBorders = {
  top: SINGLE,
  bottom: SINGLE,
  left: SINGLE,
  right: SINGLE,
  insideHorizontal: SINGLE,
  insideVertical: SINGLE,
};

/**
 * A borderless layout table of one row (header and signature areas). The row never breaks across
 * pages, so a signer's title and name stay together (the whole block moves to the next page).
 */
export function layoutTable(columns: readonly number[], cells: Paragraph[][]): Table {
  return new Table({
    width: { size: columns.reduce((a, c) => a + c, 0), type: WidthType.DXA },
    columnWidths: [...columns],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [
      new TableRow({
        cantSplit: true,
        children: cells.map(
          (children, i) =>
            new TableCell({
              width: { size: columns[i] ?? 0, type: WidthType.DXA },
              borders: noBorders,
              children,
            }),
        ),
      }),
    ],
  });
}

export interface TableColumn {
  title: string;
  /** Share of the text width, the columns' shares adding up to about 1. */
  share: number;
  align?: "left" | "center" | "right";
}

export interface TableValue {
  columns: TableColumn[];
  rows: string[][];
  /** A bold line above the table ("1. Danh hiệu thi đua"), kept on the table's page. */
  caption?: string;
}

const alignOf = (a: TableColumn["align"]) =>
  a === "center" ? AlignmentType.CENTER : a === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT;

function cell(text: string, width: number, align: TableColumn["align"], bold: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80, top: 20, bottom: 20 },
    children: [
      para([run(text, { size: SIZE.table, bold })], {
        alignment: bold ? AlignmentType.CENTER : alignOf(align),
        spacing: { ...LINE, before: 20, after: 20 },
      }),
    ],
  });
}

/**
 * A bordered cell of a grid whose header groups span columns (`colSpan`) and rows (`merge`:
 * "restart" on the first row of a vertical span, "continue" below it).
 */
export function gridCell(
  children: Paragraph[],
  width: number,
  o: {
    colSpan?: number;
    merge?: "restart" | "continue";
    margins?: { left: number; right: number; top: number; bottom: number };
  } = {},
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: o.colSpan,
    verticalMerge:
      o.merge === "restart"
        ? VerticalMergeType.RESTART
        : o.merge === "continue"
          ? VerticalMergeType.CONTINUE
          : undefined,
    verticalAlign: VerticalAlign.CENTER,
    borders: { top: SINGLE, bottom: SINGLE, left: SINGLE, right: SINGLE },
    margins: o.margins ?? { left: 60, right: 60, top: 20, bottom: 20 },
    children,
  });
}

/** A data table with a bold header row repeated on every page. */
export function dataTable(value: TableValue): Table {
  const total = value.columns.reduce((a, c) => a + c.share, 0) || 1;
  const widths = value.columns.map((c) => Math.floor((c.share / total) * TEXT_WIDTH));
  return new Table({
    width: { size: widths.reduce((a, w) => a + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: gridBorders,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: value.columns.map((c, i) => cell(c.title, widths[i] ?? 0, "center", true)),
      }),
      ...value.rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: value.columns.map((c, i) => cell(r[i] ?? "", widths[i] ?? 0, c.align, false)),
          }),
      ),
    ],
  });
}

/**
 * The decree's page for every .docx the app makes, templates and the documents the engine builds
 * itself (lists, minutes, reports): A4, margins, Times New Roman vi-VN, and the page number
 * centred at the top from page 2 on (page 1 has none).
 */
export function officeDocx(o: {
  title: string;
  children: (Paragraph | Table)[];
  landscape?: boolean;
  lastModifiedBy?: string;
}): Document {
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: TIGHT,
    children: [
      new TextRun({
        children: [PageNumber.CURRENT],
        font: fontSlots,
        size: SIZE.header,
        language: { value: LANGUAGE },
      }),
    ],
  });
  return new Document({
    creator: "Thi đua – Khen thưởng",
    ...(o.lastModifiedBy ? { lastModifiedBy: o.lastModifiedBy } : {}),
    title: o.title,
    styles: {
      default: {
        document: {
          run: { font: fontSlots, size: SIZE.body, language: { value: LANGUAGE } },
          paragraph: { spacing: LINE },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: o.landscape
              ? { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE }
              : { width: PAGE.width, height: PAGE.height },
            margin: PAGE.margin,
          },
          titlePage: true,
        },
        headers: {
          first: new Header({ children: [para([run(" ", { size: 4 })])] }),
          default: new Header({ children: [pageNumber] }),
        },
        children: o.children,
      },
    ],
  });
}

/**
 * A section heading in bold ("III. TỔ CHỨC THỰC HIỆN"), kept on the page of what follows it, so no
 * heading is left alone at the foot of a page.
 */
export function sectionHeading(text: string): Paragraph {
  return para([run(text, { bold: true })], {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { ...BODY_SPACING, before: 120 },
    keepNext: true,
  });
}
