/**
 * The pure side of Giấy khen printing: the default field layout, the text of each field for a
 * recipient, and fitting text into a box (wrap up to the allowed lines, then shrink).
 */
import {
  CERT_FONT_MIN,
  certificateLayoutSchema,
  type CertificateBox,
  type CertificateField,
  type CertificateLayout,
  type CertificateRecord,
} from "../../contract/certificates";
import { signatureLines } from "../../contract/format";
import { formatDateLine } from "../../domain/vietnamese";

export const RED = "#C00000";
export const BLACK = "#000000";

const box = (
  x: number,
  y: number,
  width: number,
  height: number,
  fontSize: number,
  opts: Partial<CertificateBox> = {},
): CertificateBox => ({
  print: true,
  x,
  y,
  width,
  height,
  fontSize,
  maxLines: 1,
  bold: false,
  italic: false,
  align: "center",
  color: BLACK,
  ...opts,
});

/**
 * A common blank: Quốc huy and Quốc hiệu at the top (pre-printed), the text in the middle band,
 * the decision at the bottom left and the signature at the bottom right, inside the border.
 */
export function defaultCertificateLayout(): CertificateLayout {
  return {
    boxes: {
      conferrer: box(28, 62, 241, 13, 15, { bold: true, color: RED, maxLines: 2 }),
      giveWord: box(98.5, 76, 100, 8, 14, { bold: true }),
      awardTitle: box(38.5, 85, 220, 17, 34, { bold: true, color: RED }),
      recipientName: box(38.5, 103, 220, 12, 24, { bold: true }),
      recipientDetail: box(33.5, 116, 230, 13, 15, { maxLines: 2 }),
      achievement: box(33.5, 130, 230, 20, 15, { italic: true, maxLines: 3 }),
      decision: box(24, 168, 105, 11, 12, { align: "left", maxLines: 2 }),
      goldenBook: box(24, 180, 105, 6, 12, { align: "left" }),
      placeDate: box(162, 150, 110, 7, 14, { italic: true }),
      signerTitle: box(162, 157, 110, 17, 13, { bold: true, maxLines: 3 }),
      signerName: box(162, 186, 110, 9, 14, { bold: true }),
    },
    printers: [{ name: "Máy in mặc định", dx: 0, dy: 0 }],
    activePrinter: "Máy in mặc định",
  };
}

/** A stored layout, or the default when none is stored or the stored one no longer parses. */
export function layoutOrDefault(stored: unknown): CertificateLayout {
  if (stored == null) return defaultCertificateLayout();
  const parsed = certificateLayoutSchema.safeParse(stored);
  return parsed.success ? parsed.data : defaultCertificateLayout();
}

const nfc = (s: string) => s.normalize("NFC");
const upper = (s: string) => nfc(s).toLocaleUpperCase("vi");

/** "2025-02-05" → "ngày 05 tháng 02 năm 2025", "2025-03-15" → "ngày 15 tháng 3 năm 2025". */
export const longDate = formatDateLine;
const shortDate = (iso: string) => iso.split("-").reverse().join("/");

/** The text of every field of one certificate; "\n" separates lines the field must keep. */
export function certificateTexts(r: CertificateRecord): Record<CertificateField, string> {
  const signer = {
    authority: r.signer.authority ?? "",
    authorityOf: r.signer.authorityOf ?? "",
    onBehalfOf: r.signer.onBehalfOf ?? "",
    position: r.signer.position,
  };
  const goldenBook = (r.goldenBookNumber ?? "").trim();
  return {
    conferrer: upper(r.conferrer.trim()),
    giveWord: r.giveWord,
    awardTitle: nfc(r.awardTitle.trim()),
    recipientName: nfc(r.recipientName.trim()),
    recipientDetail: nfc((r.recipientDetail ?? "").trim()),
    achievement: nfc((r.achievement ?? "").trim()),
    decision: nfc(`Quyết định số ${r.decisionNumber.trim()}\nngày ${shortDate(r.decisionDate)}`),
    goldenBook: goldenBook ? nfc(`Số sổ vàng: ${goldenBook}`) : "",
    placeDate: nfc(`${r.placeName.trim()}, ${longDate(r.date)}`),
    signerTitle: signatureLines(signer).join("\n"),
    signerName: nfc(r.signer.fullName.trim()),
  };
}

/** Width of a text at a font size, in points (the PDF side passes its font's metrics). */
export type Measure = (text: string, size: number) => number;

/**
 * Break a text into lines no wider than `width` at `size`: explicit "\n" always breaks; words
 * wrap greedily; a word wider than the line stays whole (the caller then shrinks).
 */
export function wrapText(text: string, size: number, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    const words = paragraph.split(/\s+/).filter(Boolean);
    if (!words.length) {
      lines.push("");
      continue;
    }
    let line = words[0]!;
    for (const word of words.slice(1)) {
      const candidate = `${line} ${word}`;
      if (measure(candidate, size) <= width) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.2;
export const PT_PER_MM = 72 / 25.4;

export interface FittedText {
  size: number;
  lines: string[];
  /** False when even the smallest size overflows (the text is then drawn at that size). */
  fits: boolean;
}

type FitBox = Pick<CertificateBox, "width" | "height" | "fontSize" | "maxLines">;

function linesIfFits(text: string, size: number, b: FitBox, measure: Measure): string[] | null {
  const widthPt = b.width * PT_PER_MM;
  const lines = wrapText(text, size, widthPt, measure);
  if (lines.length > b.maxLines) return null;
  if (lines.length * size * LINE_HEIGHT > b.height * PT_PER_MM + 1e-6) return null;
  if (lines.some((l) => measure(l, size) > widthPt + 1e-6)) return null;
  return lines;
}

/**
 * The largest size (at most the box's, in steps of 0.25 pt, not below CERT_FONT_MIN) at which
 * the text fits the box: at most `maxLines` lines, each no wider than the box, all of them
 * (at 1.2 × the size per line) no taller than the box. Long names and unit titles come out
 * smaller instead of running out of their box.
 */
export function fitText(text: string, b: FitBox, measure: Measure): FittedText {
  const top = b.fontSize;
  const first = linesIfFits(text, top, b, measure);
  if (first) return { size: top, lines: first, fits: true };
  const min = Math.min(CERT_FONT_MIN, top);
  // Fitting is monotone in the size: bisect over quarter points between min and top.
  let lo = Math.ceil(min * 4);
  let hi = Math.floor(top * 4) - 1;
  let best: { size: number; lines: string[] } | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const lines = linesIfFits(text, mid / 4, b, measure);
    if (lines) {
      best = { size: mid / 4, lines };
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (best) return { ...best, fits: true };
  return { size: min, lines: wrapText(text, min, b.width * PT_PER_MM, measure), fits: false };
}
