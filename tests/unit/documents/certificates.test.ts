import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  CERT_FONT_MIN,
  certificateFields,
  certificateLayoutSchema,
  type CertificateLayout,
} from "../../../electron/contract/certificates";
import {
  LINE_HEIGHT,
  PT_PER_MM,
  certificateTexts,
  defaultCertificateLayout,
  fitText,
  layoutOrDefault,
  longDate,
  wrapText,
  type Measure,
} from "../../../electron/documents/certificates/layout";
import { renderCertificatesPdf } from "../../../electron/documents/certificates/pdf";
import { resolvePaths } from "../../../electron/paths";

// A monospaced measure: every character is half the font size wide.
const mono: Measure = (text, size) => text.length * size * 0.5;

function issuesOf(layout: CertificateLayout) {
  const r = certificateLayoutSchema.safeParse(layout);
  return r.success
    ? []
    : r.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

describe("certificate layout validation", () => {
  it("accepts the default layout, whose every box lies on the A4 landscape sheet", () => {
    const layout = defaultCertificateLayout();
    expect(issuesOf(layout)).toEqual([]);
    expect(Object.keys(layout.boxes)).toEqual([...certificateFields]);
    for (const f of certificateFields) {
      const b = layout.boxes[f];
      expect(b.x + b.width).toBeLessThanOrEqual(297);
      expect(b.y + b.height).toBeLessThanOrEqual(210);
      // Each default box holds its own lines at its own size.
      expect(b.maxLines * b.fontSize * LINE_HEIGHT).toBeLessThanOrEqual(b.height * PT_PER_MM);
    }
  });

  it("names the box that runs off the right or bottom edge, with the sum in mm", () => {
    const layout = defaultCertificateLayout();
    layout.boxes.recipientName.x = 100;
    layout.boxes.recipientName.width = 210;
    layout.boxes.signerName.y = 205.5;
    expect(issuesOf(layout)).toEqual([
      {
        path: "boxes.recipientName.width",
        message:
          'Ô "Họ tên, tên tập thể" vượt mép phải trang: lề trái + chiều rộng = 310 mm, tối đa 297 mm',
      },
      {
        path: "boxes.signerName.height",
        message:
          'Ô "Họ tên người ký" vượt mép dưới trang: lề trên + chiều cao = 214,5 mm, tối đa 210 mm',
      },
    ]);
  });

  it("accepts a box that ends exactly on the edge", () => {
    const layout = defaultCertificateLayout();
    layout.boxes.goldenBook = { ...layout.boxes.goldenBook, x: 0, y: 204, width: 297, height: 6 };
    expect(issuesOf(layout)).toEqual([]);
  });

  it("rejects negative positions, too small or negative sizes, and font sizes out of range", () => {
    const layout = defaultCertificateLayout();
    layout.boxes.conferrer.x = -1;
    layout.boxes.giveWord.height = -5;
    layout.boxes.awardTitle.width = 2.5;
    layout.boxes.recipientName.fontSize = 5.5;
    layout.boxes.achievement.fontSize = 80;
    layout.boxes.decision.maxLines = 0;
    layout.boxes.placeDate.color = "red";
    const messages = Object.fromEntries(issuesOf(layout).map((i) => [i.path, i.message]));
    expect(messages).toMatchObject({
      "boxes.conferrer.x": "Lề trái không được âm",
      "boxes.giveWord.height": "Chiều cao phải từ 3 mm",
      "boxes.awardTitle.width": "Chiều rộng phải từ 3 mm",
      "boxes.recipientName.fontSize": "Cỡ chữ phải từ 6 đến 72",
      "boxes.achievement.fontSize": "Cỡ chữ phải từ 6 đến 72",
      "boxes.decision.maxLines": "Số dòng phải từ 1 đến 6",
      "boxes.placeDate.color": "Màu phải có dạng #RRGGBB (ví dụ #C00000)",
    });
  });

  it("rejects a value that is not a number with a Vietnamese message", () => {
    const layout = defaultCertificateLayout() as unknown as { boxes: Record<string, unknown> };
    (layout.boxes.recipientName as Record<string, unknown>).y = "abc";
    const r = certificateLayoutSchema.safeParse(layout);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe("Lề trên phải là số (mm)");
  });

  it("limits printer offsets to ±30 mm and requires unique printer names and a known active one", () => {
    const layout = defaultCertificateLayout();
    layout.printers = [
      { name: "Canon 2900", dx: 30, dy: -30 },
      { name: "canon 2900", dx: 30.5, dy: 0 },
      { name: "HP", dx: 0, dy: -31 },
    ];
    layout.activePrinter = "Epson";
    expect(issuesOf(layout)).toEqual([
      { path: "printers.1.dx", message: "Độ lệch ngang chỉ được trong khoảng ±30 mm" },
      { path: "printers.2.dy", message: "Độ lệch dọc chỉ được trong khoảng ±30 mm" },
      { path: "printers.1.name", message: 'Tên máy in "canon 2900" bị trùng' },
      { path: "activePrinter", message: "Máy in đang dùng phải là một máy trong danh sách" },
    ]);
    layout.printers = [{ name: "Epson", dx: -2.5, dy: 1.5 }];
    expect(issuesOf(layout)).toEqual([]);
  });

  it("falls back to the default layout when the stored one is missing or no longer valid", () => {
    expect(layoutOrDefault(null)).toEqual(defaultCertificateLayout());
    expect(layoutOrDefault({ boxes: {} })).toEqual(defaultCertificateLayout());
    const custom = defaultCertificateLayout();
    custom.boxes.recipientName.y = 99.5;
    expect(layoutOrDefault(JSON.parse(JSON.stringify(custom)))).toEqual(custom);
  });
});

describe("wrapping and shrink-to-fit", () => {
  it("wraps greedily at spaces and always breaks at an explicit newline", () => {
    // 10 pt, 0.5 × 10 = 5 pt per character: 40 pt holds 8 characters.
    expect(wrapText("aaa bbb ccc dd", 10, 40, mono)).toEqual(["aaa bbb", "ccc dd"]);
    expect(wrapText("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", 10, 1000, mono)).toEqual([
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
    ]);
    // A word longer than the line stays whole.
    expect(wrapText("abcdefghijkl x", 10, 40, mono)).toEqual(["abcdefghijkl", "x"]);
  });

  it("keeps the box's own size when the text fits", () => {
    const box = { width: 100, height: 12, fontSize: 24, maxLines: 1 };
    const fit = fitText("Nguyễn Văn An", box, mono);
    expect(fit).toEqual({ size: 24, lines: ["Nguyễn Văn An"], fits: true });
  });

  it("shrinks a long name on a one-line box to the largest quarter point that fits the width", () => {
    const box = { width: 100, height: 12, fontSize: 24, maxLines: 1 };
    const name = "Tập thể Trường Trung học cơ sở Nguyễn Bỉnh Khiêm xã Thạnh Phú";
    const fit = fitText(name, box, mono);
    const widthPt = 100 * PT_PER_MM;
    expect(fit.fits).toBe(true);
    expect(fit.lines).toEqual([name]);
    expect(mono(name, fit.size)).toBeLessThanOrEqual(widthPt);
    expect(mono(name, fit.size + 0.25)).toBeGreaterThan(widthPt);
    expect(fit.size * 4).toBe(Math.round(fit.size * 4));
    expect(fit.size).toBeLessThan(24);
  });

  it("wraps a unit title onto the allowed lines before shrinking", () => {
    const box = { width: 60, height: 14, fontSize: 14, maxLines: 2 };
    const unit = "Phòng Văn hóa và Thông tin huyện Vĩnh Cửu";
    const fit = fitText(unit, box, mono);
    expect(fit.size).toBe(14);
    expect(fit.lines.length).toBe(2);
    expect(fit.lines.join(" ")).toBe(unit);
  });

  it("shrinks when the lines it would need exceed the box's height", () => {
    // Two lines at 14 pt need 33,6 pt; a 10 mm box is 28,3 pt high.
    const box = { width: 60, height: 10, fontSize: 14, maxLines: 2 };
    const unit = "Phòng Văn hóa và Thông tin huyện Vĩnh Cửu";
    const fit = fitText(unit, box, mono);
    expect(fit.fits).toBe(true);
    expect(fit.size).toBeLessThan(14);
    expect(fit.lines.length * fit.size * LINE_HEIGHT).toBeLessThanOrEqual(10 * PT_PER_MM);
  });

  it("stops at the smallest size and says it does not fit", () => {
    const box = { width: 10, height: 4, fontSize: 20, maxLines: 1 };
    const fit = fitText("Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Bình", box, mono);
    expect(fit.fits).toBe(false);
    expect(fit.size).toBe(CERT_FONT_MIN);
  });
});

describe("certificate texts", () => {
  const record = {
    conferrer: "Chủ tịch Ủy ban nhân dân huyện Vĩnh Cửu",
    giveWord: "TẶNG DANH HIỆU" as const,
    awardTitle: "Lao động tiên tiến",
    recipientName: "Bà Lê Thị Thu Hà",
    recipientDetail: "Chuyên viên Phòng Nội vụ",
    achievement: "Đã hoàn thành tốt nhiệm vụ năm 2024",
    decisionNumber: "125/QĐ-UBND",
    decisionDate: "2025-02-05",
    goldenBookNumber: "7",
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

  it("builds every field: capital conferrer, decision lines, sổ vàng, date line, signature", () => {
    expect(certificateTexts(record)).toEqual({
      conferrer: "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN VĨNH CỬU",
      giveWord: "TẶNG DANH HIỆU",
      awardTitle: "Lao động tiên tiến",
      recipientName: "Bà Lê Thị Thu Hà",
      recipientDetail: "Chuyên viên Phòng Nội vụ",
      achievement: "Đã hoàn thành tốt nhiệm vụ năm 2024",
      decision: "Quyết định số 125/QĐ-UBND\nngày 05/02/2025",
      goldenBook: "Số sổ vàng: 7",
      placeDate: "Vĩnh Cửu, ngày 05 tháng 02 năm 2025",
      signerTitle: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
      signerName: "Trần Văn Hùng",
    });
  });

  it("leaves the sổ vàng line empty without a number and normalises decomposed text to NFC", () => {
    const decomposed = "Nguyễn Văn Đức".normalize("NFD");
    const t = certificateTexts({ ...record, goldenBookNumber: "", recipientName: decomposed });
    expect(t.goldenBook).toBe("");
    expect(t.recipientName).toBe("Nguyễn Văn Đức".normalize("NFC"));
    expect(longDate("2024-12-31")).toBe("ngày 31 tháng 12 năm 2024");
  });
});

describe("fonts", () => {
  it("says the installation lacks the Giấy khen font instead of printing without it", async () => {
    const missing = path.join(os.tmpdir(), "tdkt-no-fonts-here");
    await expect(
      renderCertificatesPdf([], {
        mode: "phoi",
        layout: defaultCertificateLayout(),
        fontDir: missing,
      }),
    ).rejects.toMatchObject({
      code: "UNAVAILABLE",
      message: "Thiếu phông chữ in Giấy khen (Tinos_400Regular.ttf). Hãy cài đặt lại ứng dụng.",
    });
  });
});

describe("where the font is found", () => {
  const root = path.resolve(__dirname, "..", "..", "..");

  it("uses the npm package in development, tests and browser mode", () => {
    const p = resolvePaths({ dataDir: os.tmpdir(), resourcesRoot: root });
    expect(p.certificateFonts).toBe(path.join(root, "node_modules", "@expo-google-fonts", "tinos"));
    expect(fs.existsSync(path.join(p.certificateFonts, "400Regular", "Tinos_400Regular.ttf"))).toBe(
      true,
    );
  });

  it("uses resources/fonts/tinos in the packaged app, where electron-builder copies it", () => {
    const resources = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-resources-"));
    try {
      fs.mkdirSync(path.join(resources, "fonts", "tinos"), { recursive: true });
      const p = resolvePaths({ dataDir: os.tmpdir(), resourcesRoot: resources });
      expect(p.certificateFonts).toBe(path.join(resources, "fonts", "tinos"));
    } finally {
      fs.rmSync(resources, { recursive: true, force: true });
    }
    const builder = fs.readFileSync(path.join(root, "build", "electron-builder.yml"), "utf8");
    expect(builder).toContain(
      '  - from: node_modules/@expo-google-fonts/tinos\n    to: fonts/tinos\n    filter: ["**/*.ttf", "LICENSE*"]',
    );
  });
});
