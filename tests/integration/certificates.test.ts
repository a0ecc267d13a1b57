import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CertificateLayout, CertificateRecord } from "../../electron/contract";
import { renderCertificates } from "../../electron/api/certificates";
import { defaultCertificateLayout } from "../../electron/documents/certificates/layout";
import { sampleSetup, startTestBackend, type TestBackend } from "../helpers/backend";

let t: TestBackend;
beforeEach(async () => {
  t = await startTestBackend();
  await t.expectOk("settings.completeSetup", sampleSetup());
});
afterEach(() => t.cleanup());

const PT_PER_MM = 72 / 25.4;

const pdfText = (file: string) => execFileSync("pdftotext", ["-layout", file, "-"]).toString();
const pdfInfo = (file: string) => execFileSync("pdfinfo", [file]).toString();
const pdfFonts = (file: string) =>
  execFileSync("pdffonts", [file])
    .toString()
    .split("\n")
    .slice(2)
    .filter(Boolean)
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name, type…, encoding, emb, sub, uni, object, generation
      return { name: cols[0]!, emb: cols.at(-5), sub: cols.at(-4), uni: cols.at(-3) };
    });

interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
/** Every word with its box (points from the top-left), from pdftotext -bbox. */
function pdfWords(file: string): Word[] {
  const html = execFileSync("pdftotext", ["-bbox", file, "-"]).toString();
  const words: Word[] = [];
  let page = 0;
  for (const m of html.matchAll(
    /<page [^>]*>|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (m[0].startsWith("<page")) {
      page++;
      continue;
    }
    words.push({
      page,
      text: m[5]!.replace(/&amp;/g, "&").replace(/&quot;/g, '"'),
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    });
  }
  return words;
}
const wordOn = (words: Word[], page: number, text: string) => {
  const w = words.find((x) => x.page === page && x.text === text);
  if (!w) throw new Error(`"${text}" not on page ${page}`);
  return w;
};

function record(name: string, detail: string, goldenBook: string): CertificateRecord {
  return {
    conferrer: "Chủ tịch Ủy ban nhân dân huyện Vĩnh Cửu",
    giveWord: "TẶNG",
    awardTitle: "GIẤY KHEN",
    recipientName: name,
    recipientDetail: detail,
    achievement:
      "Đã có thành tích xuất sắc trong phong trào thi đua “Vĩnh Cửu chung sức xây dựng nông thôn mới” năm 2024",
    decisionNumber: "125/QĐ-UBND",
    decisionDate: "2025-02-05",
    goldenBookNumber: goldenBook,
    placeName: "Vĩnh Cửu",
    date: "2025-02-05",
    signer: {
      authority: "KT.",
      authorityOf: "Chủ tịch",
      onBehalfOf: "",
      position: "Phó Chủ tịch",
      fullName: "Trần Văn Hùng",
    },
  };
}

const LONG_UNIT =
  "Tập thể Trường Trung học cơ sở Nguyễn Bỉnh Khiêm xã Thạnh Phú huyện Vĩnh Cửu tỉnh Đồng Nai";
const recipients = [
  record("Bà Nguyễn Thị Ánh Tuyết", "Chuyên viên Phòng Nội vụ huyện Vĩnh Cửu", "1"),
  record("Ông Đặng Hữu Lộc", "Trưởng ấp Bình Ý, xã Tân Bình — Ệ ữ ặ Đ ỹ ờ", "2"),
  record(LONG_UNIT, "", "3"),
];

function expectA4Landscape(file: string, pages: number) {
  const info = pdfInfo(file);
  expect(info).toMatch(new RegExp(`^Pages:\\s+${pages}$`, "m"));
  expect(info).toMatch(/^Page size:\s+841\.89 x 595\.28 pts \(A4\)$/m);
  // Every page's media box is A4 landscape (width × height in points).
  const perPage = execFileSync("pdfinfo", [
    "-f",
    "1",
    "-l",
    String(pages),
    "-box",
    file,
  ]).toString();
  const boxes = [...perPage.matchAll(/MediaBox:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/g)];
  expect(boxes).toHaveLength(pages);
  for (const b of boxes) expect(b.slice(1).map(Number)).toEqual([0, 0, 841.89, 595.28]);
}

function expectTinosEmbedded(file: string, styles: string[]) {
  const fonts = pdfFonts(file);
  expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, "")).sort()).toEqual([...styles].sort());
  for (const f of fonts) {
    expect(f.name).toMatch(/^[A-Z]{6}\+Tinos/); // subset tag
    expect([f.emb, f.sub, f.uni]).toEqual(["yes", "yes", "yes"]);
  }
}

describe("certificate layout settings", () => {
  it("starts from the default layout and keeps what the officer saves", async () => {
    const first = await t.expectOk("certificates.getLayout", {});
    expect(first).toEqual({ layout: defaultCertificateLayout(), isDefault: true });
    const changed: CertificateLayout = defaultCertificateLayout();
    changed.boxes.recipientName = { ...changed.boxes.recipientName, y: 101.5, fontSize: 26 };
    changed.boxes.giveWord.print = false;
    changed.printers = [
      { name: "Canon LBP 2900", dx: 1.5, dy: -2 },
      { name: "HP LaserJet", dx: 0, dy: 0.5 },
    ];
    changed.activePrinter = "HP LaserJet";
    expect(await t.expectOk("certificates.saveLayout", changed)).toEqual(changed);
    expect(await t.expectOk("certificates.getLayout", {})).toEqual({
      layout: changed,
      isDefault: false,
    });
  });

  it("refuses a box off the page with a Vietnamese message and keeps the saved layout", async () => {
    const bad = defaultCertificateLayout();
    bad.boxes.achievement.x = 100;
    const r = await t.call("certificates.saveLayout", bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("VALIDATION");
    expect(r.error.message).toBe(
      'Dữ liệu nhập chưa hợp lệ: Ô "Thành tích" vượt mép phải trang: lề trái + chiều rộng = 330 mm, tối đa 297 mm',
    );
    expect(r.error.fields).toEqual({
      "boxes.achievement.width":
        'Ô "Thành tích" vượt mép phải trang: lề trái + chiều rộng = 330 mm, tối đa 297 mm',
    });
    expect((await t.expectOk("certificates.getLayout", {})).isDefault).toBe(true);
  });

  it("resets the boxes to the default but keeps the office's printers and offsets", async () => {
    const changed = defaultCertificateLayout();
    changed.boxes.signerName.y = 150;
    changed.printers = [{ name: "Canon LBP 2900", dx: 1.5, dy: -2 }];
    changed.activePrinter = "Canon LBP 2900";
    await t.expectOk("certificates.saveLayout", changed);
    const reset = await t.expectOk("certificates.resetLayout", {});
    expect(reset.boxes).toEqual(defaultCertificateLayout().boxes);
    expect(reset.printers).toEqual(changed.printers);
    expect((await t.expectOk("certificates.getLayout", {})).layout).toEqual(reset);
  });
});

describe("test page", () => {
  it("outlines every box with its label at the printer's offset, on one A4 landscape page", async () => {
    const layout = defaultCertificateLayout();
    layout.printers = [
      { name: "Không lệch", dx: 0, dy: 0 },
      { name: "Canon", dx: 10, dy: -5 },
    ];
    layout.activePrinter = "Không lệch";
    const plain = await t.expectOk("certificates.printTestPage", { layout });
    const shifted = await t.expectOk("certificates.printTestPage", { layout, printer: "Canon" });
    // Same second, two files: the second one gets its own name.
    expect(shifted.fileName).toBe(plain.fileName.replace(/\.pdf$/, "-2.pdf"));
    for (const f of [plain, shifted]) {
      expect(path.dirname(f.path)).toBe(path.join(t.paths.dataDir, "exports"));
      expect(fs.existsSync(f.path)).toBe(true);
      expectA4Landscape(f.path, 1);
    }
    const text = pdfText(shifted.path);
    expect(text).toContain(
      "TRANG THỬ IN GIẤY KHEN — máy in: Canon; độ lệch ngang +10 mm, độ lệch dọc −5 mm.",
    );
    for (const label of ["Họ tên, tên tập thể", "Số sổ vàng", "Chức vụ người ký", "Thành tích"])
      expect(text).toContain(label);
    expect(text).toContain("24 pt, đậm");

    // The offset moves every box by exactly (10, −5) mm.
    const a = wordOn(pdfWords(plain.path), 1, "Thành");
    const b = wordOn(pdfWords(shifted.path), 1, "Thành");
    expect(b.xMin - a.xMin).toBeCloseTo(10 * PT_PER_MM, 1);
    expect(b.yMin - a.yMin).toBeCloseTo(-5 * PT_PER_MM, 1);
  });

  it("uses the saved layout without one in the request and rejects an unknown printer", async () => {
    const saved = await t.expectOk("certificates.printTestPage", {});
    expectA4Landscape(saved.path, 1);
    expect(pdfText(saved.path)).toContain("máy in: Máy in mặc định");
    const r = await t.call("certificates.printTestPage", { printer: "Epson" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('Không có máy in "Epson" trong mẫu in Giấy khen.');
  });
});

describe("renderCertificates", () => {
  it("prints phôi mode: one page per recipient, only the variable text, Tinos embedded", async () => {
    const out = await renderCertificates(t.backend, recipients, { mode: "phoi" });
    expect(out.pages).toBe(3);
    expect(out.path).toBe(path.join(t.paths.dataDir, "exports", out.fileName));
    expect(out.fileName).toMatch(/^giay-khen-phoi-\d+\.pdf$/);
    expectA4Landscape(out.path, 3);
    expectTinosEmbedded(out.path, ["Tinos-Bold", "Tinos-Italic", "Tinos-Regular"]);

    const pages = pdfText(out.path).split("\f");
    expect(pages[0]).toContain("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN VĨNH CỬU");
    expect(pages[0]).toContain("Bà Nguyễn Thị Ánh Tuyết");
    expect(pages[0]).toContain("Chuyên viên Phòng Nội vụ huyện Vĩnh Cửu");
    expect(pages[0]).toContain("Quyết định số 125/QĐ-UBND");
    expect(pages[0]).toContain("Số sổ vàng: 1");
    expect(pages[0]).toContain("Vĩnh Cửu, ngày 05 tháng 02 năm 2025");
    expect(pages[0]).toContain("KT. CHỦ TỊCH");
    expect(pages[0]).toContain("PHÓ CHỦ TỊCH");
    expect(pages[0]).toContain("Trần Văn Hùng");
    expect(pages[1]).toContain("Trưởng ấp Bình Ý, xã Tân Bình — Ệ ữ ặ Đ ỹ ờ");
    expect(pages[1]).toContain("Số sổ vàng: 2");
    expect(pages[2]).toContain(LONG_UNIT);
    // The blank carries the national heading: phôi mode never prints it.
    expect(pages.join("")).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");

    // Exact round trip of the Vietnamese words (NFC), with their order.
    const words = pdfWords(out.path).filter((w) => w.page === 2);
    const line = words.map((w) => w.text).join(" ");
    expect(line).toContain("Ông Đặng Hữu Lộc");
    expect(line.normalize("NFC")).toBe(line);
  });

  it("shrinks a long unit name to stay inside its box", async () => {
    const out = await renderCertificates(t.backend, recipients, { mode: "phoi" });
    const words = pdfWords(out.path);
    const box = defaultCertificateLayout().boxes.recipientName;
    const short = wordOn(words, 1, "Tuyết");
    const longFirst = wordOn(words, 3, "Tập");
    const longLast = wordOn(words, 3, "Nai");
    // Smaller letters than the short name's, on one line, within the box's width.
    expect(longFirst.yMax - longFirst.yMin).toBeLessThan((short.yMax - short.yMin) * 0.85);
    expect(longFirst.yMin).toBeCloseTo(longLast.yMin, 0);
    expect(longFirst.xMin).toBeGreaterThanOrEqual(box.x * PT_PER_MM - 0.5);
    expect(longLast.xMax).toBeLessThanOrEqual((box.x + box.width) * PT_PER_MM + 0.5);
  });

  it("applies the printer's offset in phôi mode and skips boxes not printed on the blank", async () => {
    const layout = defaultCertificateLayout();
    layout.boxes.giveWord.print = false;
    layout.printers = [
      { name: "Máy in mặc định", dx: 0, dy: 0 },
      { name: "Canon", dx: -3, dy: 4.5 },
    ];
    await t.expectOk("certificates.saveLayout", layout);
    const base = await renderCertificates(t.backend, recipients.slice(0, 1), { mode: "phoi" });
    const moved = await renderCertificates(t.backend, recipients.slice(0, 1), {
      mode: "phoi",
      printer: "Canon",
      fileName: "giấy khen đợt 1",
    });
    expect(moved.fileName).toBe("giay-khen-dot-1.pdf");
    const a = wordOn(pdfWords(base.path), 1, "Tuyết");
    const b = wordOn(pdfWords(moved.path), 1, "Tuyết");
    expect(b.xMin - a.xMin).toBeCloseTo(-3 * PT_PER_MM, 1);
    expect(b.yMin - a.yMin).toBeCloseTo(4.5 * PT_PER_MM, 1);
    expect(pdfText(base.path)).not.toMatch(/^\s*TẶNG\s*$/m);

    // Đầy đủ mode prints every field, with the national heading, and ignores printer offsets.
    const full = await renderCertificates(t.backend, recipients.slice(0, 1), {
      mode: "day_du",
      printer: "Canon",
    });
    const text = pdfText(full.path);
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toMatch(/^\s*TẶNG\s*$/m);
    const c = wordOn(pdfWords(full.path), 1, "Tuyết");
    expect(c.xMin).toBeCloseTo(a.xMin, 1);
    expect(c.yMin).toBeCloseTo(a.yMin, 1);
  });

  it("prints đầy đủ mode for plain paper: heading, title lines and every recipient", async () => {
    const out = await renderCertificates(t.backend, recipients, { mode: "day_du" });
    expectA4Landscape(out.path, 3);
    // No empty emblem circle above the national heading: the area is left blank, not outlined.
    const dpi = 100;
    execFileSync("pdftoppm", [
      "-gray",
      "-r",
      `${dpi}`,
      "-f",
      "1",
      "-l",
      "1",
      out.path,
      `${out.path}-p`,
    ]);
    const pgmFile = fs
      .readdirSync(path.dirname(out.path))
      .find((f) => f.startsWith(`${path.basename(out.path)}-p`) && f.endsWith(".pgm"))!;
    const pgm = fs.readFileSync(path.join(path.dirname(out.path), pgmFile));
    const [, w] = pgm.toString("latin1", 0, 40).split(/\s+/).map(Number);
    const start = pgm.length - w! * Number(pgm.toString("latin1", 0, 40).split(/\s+/)[2]);
    const px = (mm: number) => Math.round((mm / 25.4) * dpi);
    let ink = 0;
    for (let y = px(17); y <= px(42); y++)
      for (let x = Math.round(w! / 2) - px(13); x <= Math.round(w! / 2) + px(13); x++)
        if (pgm[start + y * w! + x]! < 235) ink++;
    expect(ink).toBe(0);
    expectTinosEmbedded(out.path, ["Tinos-Bold", "Tinos-Italic", "Tinos-Regular"]);
    const pages = pdfText(out.path).split("\f");
    for (const [i, r] of recipients.entries()) {
      expect(pages[i]).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(pages[i]).toContain("GIẤY KHEN");
      expect(pages[i]).toContain(r.recipientName);
    }
  });

  it("rejects an invalid record naming it, and writes nothing", async () => {
    const exportsDir = path.join(t.paths.dataDir, "exports");
    const before = fs.existsSync(exportsDir) ? fs.readdirSync(exportsDir) : [];
    const bad = { ...recipients[1]!, decisionDate: "2025-02-30" };
    await expect(
      renderCertificates(t.backend, [recipients[0]!, bad], { mode: "phoi" }),
    ).rejects.toThrow("Giấy khen thứ 2 (Ông Đặng Hữu Lộc): Ngày không tồn tại.");
    await expect(renderCertificates(t.backend, [], { mode: "phoi" })).rejects.toThrow(
      "Chưa chọn người, tập thể nào để in Giấy khen.",
    );
    await expect(
      renderCertificates(t.backend, recipients, { mode: "phoi", printer: "Epson" }),
    ).rejects.toThrow('Không có máy in "Epson" trong mẫu in Giấy khen.');
    const after = fs.existsSync(exportsDir) ? fs.readdirSync(exportsDir) : [];
    expect(after).toEqual(before);
  });
});
