import { execFileSync } from "node:child_process";
import { strToU8, zipSync } from "fflate";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fillTemplate } from "../../electron/documents/fill";
import { normaliseDocx } from "../../electron/documents/normalise-runs";
import { findSoffice } from "../../electron/documents/office-convert";
import { sampleData } from "../../electron/documents/sample-data";
import {
  templateCatalog,
  templateIds,
  type TemplateId,
} from "../../electron/documents/template-catalog";
import { lintTemplate } from "../../electron/documents/template-store";
import { projectRoot } from "../helpers/backend";
import { docxParts, editPart, runContaining } from "../helpers/docx-xml";
import { makeTempDir } from "../helpers/temp-dir";

const bundled = (id: TemplateId) =>
  fs.readFileSync(path.join(projectRoot, "templates", `${id}.docx`));
const TWIP_PER_MM = 1440 / 25.4;
const HAS_DATE = (id: TemplateId) => id !== "bien-ban";

describe.each(templateIds)("template %s", (id) => {
  let parts: Record<string, string>;
  beforeAll(async () => {
    parts = docxParts(await fillTemplate(id, bundled(id), sampleData(id)));
  });

  it("leaves no placeholder anywhere, headers and footers included", () => {
    for (const [name, xml] of Object.entries(parts)) {
      if (/^word\/(document|header\d*|footer\d*)\.xml$/.test(name))
        expect(xml, name).not.toContain("{{");
    }
  });

  it("sets Times New Roman on the ascii, hAnsi and cs slots of every run, in vi-VN", () => {
    const fonts = [...parts["word/document.xml"]!.matchAll(/<w:rFonts [^>]*\/>/g)].map((m) => m[0]);
    expect(fonts.length).toBeGreaterThan(10);
    for (const f of fonts) {
      for (const slot of ["ascii", "hAnsi", "cs"])
        expect(f).toContain(`w:${slot}="Times New Roman"`);
    }
    const runs = parts["word/document.xml"]!.match(/<w:r>|<w:r /g) ?? [];
    expect(fonts.length).toBeGreaterThanOrEqual(runs.length);
    expect(parts["word/styles.xml"]).toMatch(/<w:lang w:val="vi-VN"/);
    expect(parts["word/styles.xml"]).toMatch(
      /w:ascii="Times New Roman"[^>]*w:cs="Times New Roman"|w:cs="Times New Roman"/,
    );
  });

  it("is A4 with margins in the decree's ranges and numbers from page 2", () => {
    const doc = parts["word/document.xml"]!;
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(doc)![1]!;
    const mm = (k: string) => Number(new RegExp(`w:${k}="(\\d+)"`).exec(mar)![1]) / TWIP_PER_MM;
    expect(mm("top")).toBeGreaterThanOrEqual(19.9);
    expect(mm("top")).toBeLessThanOrEqual(25.1);
    expect(mm("bottom")).toBeGreaterThanOrEqual(19.9);
    expect(mm("bottom")).toBeLessThanOrEqual(25.1);
    expect(mm("left")).toBeGreaterThanOrEqual(29.9);
    expect(mm("left")).toBeLessThanOrEqual(35.1);
    expect(mm("right")).toBeGreaterThanOrEqual(14.9);
    expect(mm("right")).toBeLessThanOrEqual(20.1);
    expect(doc).toContain("<w:titlePg/>");
    const headers = Object.entries(parts).filter(([n]) => /^word\/header\d*\.xml$/.test(n));
    expect(headers.filter(([, x]) => /PAGE/.test(x))).toHaveLength(1);
  });

  it("always writes a line rule with a line spacing", () => {
    for (const m of parts["word/document.xml"]!.matchAll(
      /<w:spacing [^>]*w:line="[^"]*"[^>]*\/>/g,
    )) {
      expect(m[0]).toContain("w:lineRule=");
    }
  });

  if (HAS_DATE(id))
    it("writes the date line in italics with the zero-padding", () => {
      const doc = parts["word/document.xml"]!;
      for (const text of ["ngày 05 tháng 02 năm 2025", "Vĩnh Cửu"]) {
        const run = runContaining(doc, text);
        expect(run, text).toBeDefined();
        expect(run).toMatch(/<w:i\/>/);
      }
    });

  if (templateCatalog[id].placeholders.some((p) => p.key === "noi_nhan"))
    it("writes Nơi nhận in bold italics at 12 pt and its lines at 11 pt", () => {
      const doc = parts["word/document.xml"]!;
      const label = runContaining(doc, "Nơi nhận:")!;
      expect(label).toMatch(/<w:b\/>/);
      expect(label).toMatch(/<w:i\/>/);
      expect(label).toContain('<w:sz w:val="24"/>');
      expect(runContaining(doc, "- Lưu: VT, NV.")).toContain('<w:sz w:val="22"/>');
    });
});

describe("placeholders split across runs", () => {
  it("are merged before patching (Word-style split with spell-check marks)", async () => {
    const split = editPart(bundled("to-trinh"), "word/document.xml", (xml) =>
      xml.replace(
        /(<w:r>(<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<\/w:rPr>)<w:t xml:space="preserve">)\{\{trich_yeu\}\}(<\/w:t><\/w:r>)/,
        (_m, open: string, rPr: string, close: string) =>
          `${open}{{tri</w:t></w:r><w:proofErr w:type="spellStart"/><w:r w:rsidR="00AB12">${rPr}<w:t>ch_y</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r>${rPr}<w:t>eu}}${close}`,
      ),
    );
    expect(docxParts(split)["word/document.xml"]).not.toContain("{{trich_yeu}}");
    expect(docxParts(normaliseDocx(split))["word/document.xml"]).toContain("{{trich_yeu}}");
    const out = docxParts(await fillTemplate("to-trinh", split, sampleData("to-trinh")));
    expect(out["word/document.xml"]).not.toContain("{{");
    expect(out["word/document.xml"]).toContain("Về việc đề nghị tặng Giấy khen năm 2024");
    expect(await lintTemplate("to-trinh", split)).toEqual([]);
  });

  const soffice = findSoffice();
  it.runIf(soffice)(
    "still work in a template re-saved by LibreOffice",
    async () => {
      const dir = makeTempDir();
      try {
        for (const id of ["to-trinh", "quyet-dinh"] as const) {
          fs.copyFileSync(
            path.join(projectRoot, "templates", `${id}.docx`),
            path.join(dir.path, `${id}.docx`),
          );
        }
        const out = path.join(dir.path, "out");
        execFileSync(
          soffice!,
          [
            `-env:UserInstallation=file://${dir.path}/profile`,
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            out,
            path.join(dir.path, "to-trinh.docx"),
            path.join(dir.path, "quyet-dinh.docx"),
          ],
          { stdio: "ignore", timeout: 120_000 },
        );
        for (const id of ["to-trinh", "quyet-dinh"] as const) {
          const resaved = fs.readFileSync(path.join(out, `${id}.docx`));
          expect(await lintTemplate(id, resaved)).toEqual([]);
          const filled = docxParts(await fillTemplate(id, resaved, sampleData(id)));
          for (const [name, xml] of Object.entries(filled)) {
            if (/^word\/(document|header\d*|footer\d*)\.xml$/.test(name))
              expect(xml, name).not.toContain("{{");
          }
          expect(filled["word/document.xml"]).toContain("Nguyễn Văn Mẫu");
        }
      } finally {
        dir.remove();
      }
    },
    180_000,
  );
});

describe("the lint of the office's own templates", () => {
  const good = bundled("to-trinh");
  const withDoc = (edit: (xml: string) => string) => editPart(good, "word/document.xml", edit);

  it("accepts the bundled templates", async () => {
    for (const id of templateIds) expect(await lintTemplate(id, bundled(id)), id).toEqual([]);
  });

  it("refuses a file that is not a .docx", async () => {
    expect(await lintTemplate("to-trinh", Buffer.from("Tờ trình\n"))).toEqual([
      expect.stringContaining("không phải văn bản Word .docx"),
    ]);
  });

  it("refuses a password-protected file", async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(200),
      Buffer.from("EncryptionInfo", "utf16le"),
      Buffer.alloc(200),
    ]);
    expect((await lintTemplate("to-trinh", ole))[0]).toContain("mật khẩu");
  });

  it("refuses a Word 97-2003 .doc", async () => {
    const doc = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);
    expect((await lintTemplate("to-trinh", doc))[0]).toContain(".doc");
  });

  it("refuses another Office file renamed to .docx", async () => {
    const xlsx = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/workbook.xml": strToU8("<workbook/>"),
    });
    expect((await lintTemplate("to-trinh", xlsx))[0]).toContain("thiếu phần nội dung chính");
  });

  it("refuses a corrupted file", async () => {
    const broken = Buffer.concat([good.subarray(0, 4), Buffer.alloc(300, 7)]);
    expect((await lintTemplate("to-trinh", broken))[0]).toContain("bị hỏng");
  });

  it("refuses unknown, duplicated and missing placeholders, and misplaced blocks", async () => {
    const problems = await lintTemplate(
      "to-trinh",
      withDoc((xml) =>
        xml
          .replace("{{kinh_gui}}", "{{kinh_gui}} {{ho_ten_sai}}")
          .replace("{{trich_yeu}}", "{{trich_yeu}} {{trich_yeu}}")
          .replace("{{nguoi_ky}}", "")
          .replace("{{can_cu}}", "Căn cứ: {{can_cu}}"),
      ),
    );
    expect(problems.join("\n")).toContain("{{ho_ten_sai}} không phải chỗ điền của mẫu");
    expect(problems.join("\n")).toContain("{{trich_yeu}} xuất hiện 2 lần");
    expect(problems.join("\n")).toContain("Thiếu chỗ điền bắt buộc {{nguoi_ky}}");
    expect(problems.join("\n")).toContain("{{can_cu}} phải đứng riêng");
  });

  it("refuses a placeholder with a missing brace", async () => {
    const problems = await lintTemplate(
      "to-trinh",
      withDoc((xml) => xml.replace("{{kinh_gui}}", "{{kinh_gui}")),
    );
    expect(problems.join("\n")).toContain("viết sai");
  });
});

afterAll(() => undefined);
