/**
 * The page and type rules of Nghị định 30/2020/NĐ-CP, in the units the .docx format uses, shared by
 * the template generator and the filling engine so both write the same formatting.
 */

/** Twentieths of a point per millimetre. */
const TWIP_PER_MM = 1440 / 25.4;
export const mm = (v: number): number => Math.round(v * TWIP_PER_MM);
/** docx sizes are half-points. */
export const pt = (v: number): number => v * 2;

export const FONT = "Times New Roman";
export const LANGUAGE = "vi-VN";
export const fontSlots = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT } as const;

export const PAGE = {
  /** A4 portrait, in twips. */
  width: 11906,
  height: 16838,
  margin: {
    top: mm(20),
    bottom: mm(20),
    left: mm(30),
    right: mm(15),
    header: mm(10),
    footer: mm(10),
  },
} as const;
/** The width the text may use. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

export const SIZE = {
  body: pt(14),
  header: pt(13),
  quocHieu: pt(12),
  tieuNgu: pt(13),
  typeName: pt(14),
  noiNhanLabel: pt(12),
  noiNhanLine: pt(11),
  table: pt(13),
  veViec: pt(12),
} as const;

/** Single-ish line spacing (1.15), always with an explicit rule so Word and LibreOffice agree. */
export const LINE = { line: 276, lineRule: "auto" } as const;
export const TIGHT = { line: 240, lineRule: "auto", before: 0, after: 0 } as const;
/** Body paragraphs: 6 pt after, first-line indent 1 cm. */
export const BODY_SPACING = { ...LINE, before: 0, after: 120 } as const;
export const FIRST_LINE_INDENT = mm(10);

/** Column widths of the two borderless header and signature tables. */
export const HEADER_COLUMNS = [3800, TEXT_WIDTH - 3800] as const;
export const FOOTER_COLUMNS = [4300, TEXT_WIDTH - 4300] as const;
