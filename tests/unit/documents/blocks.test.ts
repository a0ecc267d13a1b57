import { Document, Packer } from "docx";
import { describe, expect, it } from "vitest";
import { bodyParagraph, isHeadingLine, layoutTable } from "../../../electron/documents/blocks";
import fs from "node:fs";
import path from "node:path";
import { docxParts } from "../../helpers/docx-xml";
import { projectRoot } from "../../helpers/backend";

/** The w:p of the body whose text contains `text`. */
async function paragraphXml(lines: string[], text: string): Promise<string> {
  const doc = new Document({ sections: [{ children: lines.map((l) => bodyParagraph(l)) }] });
  const xml = docxParts(await Packer.toBuffer(doc))["word/document.xml"]!;
  const p = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)]
    .map((m) => m[0])
    .find((x) => x.includes(text));
  if (!p) throw new Error(`no paragraph with ${text}`);
  return p;
}

describe("body paragraphs", () => {
  it("knows a heading line: bold from end to end", () => {
    expect(isHeadingLine("**II. NỘI DUNG**")).toBe(true);
    expect(isHeadingLine("  **a) Chủ đề**  ")).toBe(true);
    expect(isHeadingLine("Căn cứ **Luật Thi đua, khen thưởng** năm 2022")).toBe(false);
    expect(isHeadingLine("**1.** Nội dung")).toBe(false);
    expect(isHeadingLine("Thường")).toBe(false);
  });

  it("keeps a heading on the page of the paragraph after it, and only a heading", async () => {
    const lines = ["**I. MỤC ĐÍCH, YÊU CẦU**", "Biểu dương **thành quả** chung."];
    expect(await paragraphXml(lines, "MỤC ĐÍCH")).toContain("<w:keepNext/>");
    expect(await paragraphXml(lines, "Biểu dương")).not.toContain("keepNext");
  });
});

describe("section headings", () => {
  it("are kept with what follows in the templates and the documents the engine builds", () => {
    // The Kế hoạch template's "III. TỔ CHỨC THỰC HIỆN" and the Biên bản's "III. KẾT QUẢ BIỂU
    // QUYẾT" were left alone at the foot of a page.
    for (const [id, text] of [
      ["ke-hoach", "III. TỔ CHỨC THỰC HIỆN"],
      ["bien-ban", "III. KẾT QUẢ BIỂU QUYẾT"],
    ] as const) {
      const xml = docxParts(fs.readFileSync(path.join(projectRoot, "templates", `${id}.docx`)))[
        "word/document.xml"
      ]!;
      const p = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
        .map((m) => m[0])
        .find((x) => x.includes(text));
      expect(p, id).toContain("<w:keepNext/>");
    }
  });
});

describe("layout tables", () => {
  it("never break the signature row across pages", async () => {
    const table = layoutTable(
      [4000, 5000],
      [[bodyParagraph("Nơi nhận:")], [bodyParagraph("KT. CHỦ TỊCH")]],
    );
    const doc = new Document({ sections: [{ children: [table] }] });
    const xml = docxParts(await Packer.toBuffer(doc))["word/document.xml"]!;
    expect(xml).toMatch(/<w:trPr>[\s\S]*?<w:cantSplit\/>[\s\S]*?<\/w:trPr>/);
  });
});
