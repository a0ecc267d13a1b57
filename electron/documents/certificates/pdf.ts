/**
 * Giấy khen as a print-ready PDF (A4 landscape, Tinos embedded as subsets, nothing fetched):
 * "phôi" prints only the variable text onto pre-printed blanks at the layout's positions plus
 * the printer's offset; "đầy đủ" draws the whole certificate on plain paper; the test page
 * outlines every box with its label.
 */
import fs from "node:fs";
import path from "node:path";
import {
  CERT_PAGE,
  certificateFieldLabels,
  certificateFields,
  type CertificateBox,
  type CertificateField,
  type CertificateLayout,
  type CertificateMode,
  type CertificatePrinter,
  type CertificateRecord,
} from "../../contract/certificates";
import { AppError, invalid } from "../../app-errors";
import { LINE_HEIGHT, PT_PER_MM, certificateTexts, fitText, type Measure } from "./layout";

type Doc = PDFKit.PDFDocument;
type FontKey = "regular" | "bold" | "italic" | "boldItalic";

const FONT_FILES: Record<FontKey, string> = {
  regular: "400Regular/Tinos_400Regular.ttf",
  bold: "700Bold/Tinos_700Bold.ttf",
  italic: "400Regular_Italic/Tinos_400Regular_Italic.ttf",
  boldItalic: "700Bold_Italic/Tinos_700Bold_Italic.ttf",
};
const FONT_NAMES: Record<FontKey, string> = {
  regular: "Tinos",
  bold: "Tinos-Bold",
  italic: "Tinos-Italic",
  boldItalic: "Tinos-BoldItalic",
};

const fontCache = new Map<string, Record<FontKey, Buffer>>();

/** Read the four Tinos files once per folder; a clear message when the installation lacks them. */
export function loadCertificateFonts(fontDir: string): Record<FontKey, Buffer> {
  const cached = fontCache.get(fontDir);
  if (cached) return cached;
  const fonts = {} as Record<FontKey, Buffer>;
  for (const key of Object.keys(FONT_FILES) as FontKey[]) {
    const file = path.join(fontDir, FONT_FILES[key]);
    try {
      fonts[key] = fs.readFileSync(file);
    } catch {
      throw new AppError(
        "UNAVAILABLE",
        `Thiếu phông chữ in Giấy khen (${path.basename(file)}). Hãy cài đặt lại ứng dụng.`,
      );
    }
  }
  fontCache.set(fontDir, fonts);
  return fonts;
}

const mmToPt = (mm: number) => mm * PT_PER_MM;
const fontKeyOf = (b: Pick<CertificateBox, "bold" | "italic">): FontKey =>
  b.bold ? (b.italic ? "boldItalic" : "bold") : b.italic ? "italic" : "regular";

interface Canvas {
  doc: Doc;
  measureWith(font: FontKey): Measure;
  done: Promise<Buffer>;
}

/**
 * pdfkit (and its font and image libraries) is loaded on the first PDF, not when the app starts:
 * most sessions never print a certificate.
 */
async function openCanvas(fontDir: string, title: string): Promise<Canvas> {
  const fonts = loadCertificateFonts(fontDir);
  const { default: PDFDocument } = await import("pdfkit");
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: 0,
    autoFirstPage: false,
    // The default would load Helvetica's metrics; every text here is in Tinos.
    font: null as unknown as string,
    info: { Title: title, Creator: "Thi đua – Khen thưởng", Producer: "Thi đua – Khen thưởng" },
    pdfVersion: "1.7",
    lang: "vi-VN",
  });
  for (const key of Object.keys(fonts) as FontKey[]) doc.registerFont(FONT_NAMES[key], fonts[key]);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  // Word widths at 1 pt, per font: wrapping a thousand certificates measures the same words.
  const widths = new Map<FontKey, Map<string, number>>();
  const measureWith = (font: FontKey): Measure => {
    let cache = widths.get(font);
    if (!cache) widths.set(font, (cache = new Map()));
    const wordWidth = (w: string) => {
      let v = cache.get(w);
      if (v === undefined) {
        doc.font(FONT_NAMES[font]).fontSize(1);
        v = doc.widthOfString(w);
        cache.set(w, v);
      }
      return v;
    };
    return (text, size) => {
      const words = text.split(" ");
      let total = (words.length - 1) * wordWidth(" ");
      for (const w of words) if (w) total += wordWidth(w);
      return total * size;
    };
  };
  return { doc, measureWith, done };
}

function addPage(doc: Doc) {
  doc.addPage({ size: "A4", layout: "landscape", margin: 0 });
}

/** Draw a field's text in its box (shrunk to fit), vertically centred, offset by (dx, dy) mm. */
function drawField(
  c: Canvas,
  text: string,
  b: CertificateBox,
  dx: number,
  dy: number,
  color = b.color,
) {
  if (!text.trim()) return;
  const font = fontKeyOf(b);
  const fit = fitText(text, b, c.measureWith(font));
  const { doc } = c;
  doc.font(FONT_NAMES[font]).fontSize(fit.size).fillColor(color);
  const lineH = fit.size * LINE_HEIGHT;
  const x0 = mmToPt(b.x + dx);
  const w = mmToPt(b.width);
  const top = mmToPt(b.y + dy) + (mmToPt(b.height) - lineH * fit.lines.length) / 2;
  fit.lines.forEach((line, i) => {
    if (!line) return;
    const lw = doc.widthOfString(line);
    const x = b.align === "left" ? x0 : b.align === "right" ? x0 + w - lw : x0 + (w - lw) / 2;
    // pdfkit places the top of the font's line box at y; centre that box in the line slot.
    const y = top + i * lineH + (lineH - fit.size * 1.107) / 2;
    // No width: pdfkit neither wraps again nor starts a new page near the bottom edge.
    doc.text(line, x, y, { lineBreak: false });
  });
}

function printerOf(layout: CertificateLayout, name?: string): CertificatePrinter {
  const wanted = (name ?? layout.activePrinter).trim();
  const found = layout.printers.find((p) => p.name.trim() === wanted);
  if (!found) throw invalid(`Không có máy in "${wanted}" trong mẫu in Giấy khen.`);
  return found;
}

export interface RenderCertificatesOptions {
  mode: CertificateMode;
  layout: CertificateLayout;
  /** AppPaths.certificateFonts. */
  fontDir: string;
  /** Printer whose offsets apply in phôi mode; the layout's active printer by default. */
  printer?: string;
}

/** One page per record, in order. Records must already be valid (certificateRecordSchema). */
export async function renderCertificatesPdf(
  records: CertificateRecord[],
  opts: RenderCertificatesOptions,
): Promise<Buffer> {
  const c = await openCanvas(opts.fontDir, "Giấy khen");
  const { dx, dy } = opts.mode === "phoi" ? printerOf(opts.layout, opts.printer) : { dx: 0, dy: 0 };
  for (const record of records) {
    addPage(c.doc);
    if (opts.mode === "day_du") drawFrame(c);
    const texts = certificateTexts(record);
    for (const field of certificateFields) {
      const b = opts.layout.boxes[field];
      if (opts.mode === "phoi" && !b.print) continue;
      drawField(c, texts[field], b, dx, dy);
    }
  }
  c.doc.end();
  return c.done;
}

// ---- đầy đủ: border and national heading ----

const FRAME_RED = "#9B1B1B";
const FRAME_GOLD = "#B8860B";

function diamond(doc: Doc, cx: number, cy: number, r: number) {
  doc
    .moveTo(cx, cy - r)
    .lineTo(cx + r, cy)
    .lineTo(cx, cy + r)
    .lineTo(cx - r, cy)
    .closePath();
}

function drawFrame(c: Canvas) {
  const { doc } = c;
  const W = mmToPt(CERT_PAGE.width);
  const H = mmToPt(CERT_PAGE.height);
  const outer = mmToPt(8);
  const inner = mmToPt(13);
  doc.save();
  // Outer double rule in red, inner thin rule in gold, a band of diamonds between them.
  doc.lineWidth(2.2).strokeColor(FRAME_RED);
  doc.rect(outer, outer, W - 2 * outer, H - 2 * outer).stroke();
  doc.lineWidth(0.6);
  const o2 = outer + 3;
  doc.rect(o2, o2, W - 2 * o2, H - 2 * o2).stroke();
  doc.lineWidth(0.8).strokeColor(FRAME_GOLD);
  doc.rect(inner, inner, W - 2 * inner, H - 2 * inner).stroke();
  const band = (outer + 3 + inner) / 2;
  const step = mmToPt(6);
  doc.fillColor(FRAME_GOLD);
  for (let x = band + step; x < W - band - step / 2; x += step) {
    diamond(doc, x, band, 2.2);
    diamond(doc, x, H - band, 2.2);
  }
  for (let y = band + step; y < H - band - step / 2; y += step) {
    diamond(doc, band, y, 2.2);
    diamond(doc, W - band, y, 2.2);
  }
  doc.fill();
  // Corner ornaments: a red square turned on its point inside a gold ring.
  for (const [cx, cy] of [
    [band, band],
    [W - band, band],
    [band, H - band],
    [W - band, H - band],
  ] as const) {
    doc.lineWidth(0.8).strokeColor(FRAME_GOLD).circle(cx, cy, 6).stroke();
    doc.fillColor(FRAME_RED);
    diamond(doc, cx, cy, 4.2);
    doc.fill();
  }
  // The Quốc huy is not drawn: the app has no faithful artwork of it, and an empty outline would
  // print as a blank circle. The area above the national heading stays white.
  doc.restore();

  const heading = (text: string, yMm: number, size: number, font: FontKey) => {
    doc.font(FONT_NAMES[font]).fontSize(size).fillColor("#000000");
    const w = doc.widthOfString(text);
    doc.text(text, (W - w) / 2, mmToPt(yMm), { lineBreak: false });
    return w;
  };
  heading("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 43, 14, "bold");
  const mottoWidth = heading("Độc lập - Tự do - Hạnh phúc", 49.5, 14, "bold");
  const ruleY = mmToPt(57);
  doc
    .save()
    .lineWidth(0.6)
    .strokeColor("#000000")
    .moveTo((W - mottoWidth) / 2, ruleY)
    .lineTo((W + mottoWidth) / 2, ruleY)
    .stroke()
    .restore();
}

// ---- the test page ----

const TEST_BLUE = "#1F5FBF";

/**
 * Plain paper: every box outlined (dashed; grey when it is not printed on blanks) with its label
 * and size, the label set in the box's own font, crosshairs 20 mm from each corner to measure
 * the printer's shift with a ruler, and a note of the offsets applied.
 */
export async function renderCertificateTestPage(opts: {
  layout: CertificateLayout;
  fontDir: string;
  printer?: string;
}): Promise<Buffer> {
  const c = await openCanvas(opts.fontDir, "Trang thử in Giấy khen");
  const { doc } = c;
  const printer = printerOf(opts.layout, opts.printer);
  const { dx, dy } = printer;
  addPage(doc);
  const W = CERT_PAGE.width;
  const H = CERT_PAGE.height;

  for (const [mx, my] of [
    [20, 20],
    [W - 20, 20],
    [20, H - 20],
    [W - 20, H - 20],
  ] as const) {
    const x = mmToPt(mx + dx);
    const y = mmToPt(my + dy);
    doc.save().lineWidth(0.5).strokeColor("#000000");
    doc
      .moveTo(x - 14, y)
      .lineTo(x + 14, y)
      .moveTo(x, y - 14)
      .lineTo(x, y + 14)
      .stroke();
    doc.circle(x, y, 5).stroke().restore();
  }

  for (const field of certificateFields as readonly CertificateField[]) {
    const b = opts.layout.boxes[field];
    const color = b.print ? TEST_BLUE : "#9A9A9A";
    doc
      .save()
      .lineWidth(0.6)
      .strokeColor(color)
      .dash(3, { space: 2 })
      .rect(mmToPt(b.x + dx), mmToPt(b.y + dy), mmToPt(b.width), mmToPt(b.height))
      .stroke()
      .undash()
      .restore();
    // The field's name set in its own font identifies the box; its size and style go small in
    // the bottom-right corner, where centred text rarely reaches.
    const note = [
      `${String(b.fontSize).replace(".", ",")} pt`,
      b.bold ? "đậm" : "",
      b.italic ? "nghiêng" : "",
      b.print ? "" : "không in trên phôi",
    ]
      .filter(Boolean)
      .join(", ");
    doc.font(FONT_NAMES.regular).fontSize(5.5).fillColor(color);
    const noteW = doc.widthOfString(note);
    doc.text(note, mmToPt(b.x + dx + b.width) - noteW - 1.5, mmToPt(b.y + dy + b.height) - 7, {
      lineBreak: false,
    });
    drawField(c, certificateFieldLabels[field], b, dx, dy, b.print ? "#555555" : "#B0B0B0");
  }

  const fmt = (n: number) =>
    `${n > 0 ? "+" : n < 0 ? "−" : ""}${String(Math.abs(n)).replace(".", ",")}`;
  const lines = [
    `TRANG THỬ IN GIẤY KHEN — máy in: ${printer.name}; độ lệch ngang ${fmt(dx)} mm, độ lệch dọc ${fmt(dy)} mm.`,
    "Đo bằng thước: tâm mỗi dấu + phải cách mép giấy gần nhất đúng 20 mm theo cả hai chiều. Nếu lệch, sửa độ lệch của máy in;",
    "đặt trang này chồng lên phôi, soi trước ánh sáng: mỗi khung nét đứt phải nằm đúng chỗ in trên phôi.",
  ];
  doc.font(FONT_NAMES.regular).fontSize(8).fillColor("#333333");
  lines.forEach((l, i) => {
    const w = doc.widthOfString(l);
    doc.text(l, (mmToPt(W) - w) / 2, mmToPt(4 + i * 3.6), { lineBreak: false });
  });
  doc.end();
  return c.done;
}
