import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fillTemplate } from "../../electron/documents/fill";
import { findSoffice } from "../../electron/documents/office-convert";
import { sampleData } from "../../electron/documents/sample-data";
import { templateIds, type TemplateId } from "../../electron/documents/template-catalog";
import { projectRoot } from "../helpers/backend";
import { makeTempDir } from "../helpers/temp-dir";

const soffice = findSoffice();
const hasPoppler = (() => {
  try {
    execFileSync("pdftoppm", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** Share of dark pixels in a binary PGM (P5) image. */
function inkShare(pgm: Buffer): number {
  const header = pgm.toString("latin1", 0, 64).split(/\s+/);
  const [, w, h] = header.map(Number);
  const headerLength = pgm.indexOf("\n", pgm.indexOf("\n", pgm.indexOf("\n") + 1) + 1) + 1;
  const pixels = pgm.subarray(headerLength, headerLength + (w ?? 0) * (h ?? 0));
  let dark = 0;
  for (const p of pixels) if (p < 200) dark++;
  return dark / pixels.length;
}

/** Converts .docx files to PDF next to them with LibreOffice (its own profile in `dir`). */
function toPdf(dir: string, files: string[]) {
  execFileSync(
    soffice!,
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      ...files,
    ],
    { stdio: "ignore", timeout: 240_000 },
  );
}

/**
 * The seeds' layout: one page for each short document, the decision's list running on, and the
 * personal Báo cáo thành tích on two (the form's sơ lược lý lịch, two parts of thành tích and
 * the two tables of section III).
 */
const expectedPages: Record<string, (n: number) => boolean> = {
  "quyet-dinh": (n) => n >= 2,
  "bao-cao-thanh-tich-ca-nhan": (n) => n === 2,
};

describe.runIf(soffice && hasPoppler)("rendered templates through LibreOffice", () => {
  it("convert to PDF with the expected pages and non-blank first pages", async () => {
    const dir = makeTempDir();
    try {
      const files: string[] = [];
      for (const id of templateIds) {
        const template = fs.readFileSync(path.join(projectRoot, "templates", `${id}.docx`));
        const file = path.join(dir.path, `${id}.docx`);
        fs.writeFileSync(file, await fillTemplate(id, template, sampleData(id, 40)));
        files.push(file);
      }
      toPdf(dir.path, files);
      for (const id of templateIds) {
        const pdf = path.join(dir.path, `${id}.pdf`);
        expect(fs.existsSync(pdf), id).toBe(true);
        const info = execFileSync("pdfinfo", [pdf]).toString();
        const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
        const ok = expectedPages[id] ?? ((n: number) => n === 1);
        expect(ok(pages), `${id}: ${pages} pages`).toBe(true);
        expect(info).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/);
        execFileSync("pdftoppm", [
          "-gray",
          "-r",
          "30",
          "-f",
          "1",
          "-l",
          "1",
          pdf,
          path.join(dir.path, id),
        ]);
        const pgm = fs
          .readdirSync(dir.path)
          .find((f) => f.startsWith(`${id}-`) && f.endsWith(".pgm"));
        const ink = inkShare(fs.readFileSync(path.join(dir.path, pgm!)));
        expect(ink, `${id} ink`).toBeGreaterThan(0.005);
        expect(ink, `${id} ink`).toBeLessThan(0.5);
      }
      const fonts = execFileSync("pdffonts", [path.join(dir.path, "to-trinh.pdf")]).toString();
      expect(fonts).toMatch(/TimesNewRoman|Times|Liberation ?Serif/i);
    } finally {
      dir.remove();
    }
  }, 300_000);

  it("never leaves the signature alone on the last page: the last paragraph goes with it", async () => {
    // With 5 to 7 more paragraphs the sample Tờ trình's signature block used to fall alone on
    // page 2; the Quyết định's and the Biên bản's are checked the same way.
    const dir = makeTempDir();
    try {
      const cases: { id: TemplateId; file: string; signer: string }[] = [];
      const filler = (n: number) =>
        Array.from(
          { length: n },
          (_, i) =>
            `Đoạn thử số ${i + 1}: nội dung trình bày thành tích của tập thể, cá nhân trong năm, đủ dài để chiếm hai dòng trên trang giấy khổ A4 của văn bản hành chính.`,
        );
      for (const n of [5, 6, 7]) {
        for (const [id, key] of [
          ["to-trinh", "noi_dung"],
          ["bien-ban", "noi_dung"],
        ] as const) {
          const data = sampleData(id, 2);
          data[key] = [...(data[key] as string[]), ...filler(n + (id === "bien-ban" ? 2 : 0))];
          const template = fs.readFileSync(path.join(projectRoot, "templates", `${id}.docx`));
          const file = path.join(dir.path, `${id}-${n}.docx`);
          fs.writeFileSync(file, await fillTemplate(id, template, data));
          cases.push({ id, file, signer: id === "to-trinh" ? "Nguyễn Văn Mẫu" : "Trần Thị Ví Dụ" });
        }
      }
      toPdf(
        dir.path,
        cases.map((c) => c.file),
      );
      for (const c of cases) {
        const pdf = c.file.replace(/\.docx$/, ".pdf");
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())?.[1]);
        const last = execFileSync("pdftotext", ["-f", `${pages}`, "-l", `${pages}`, pdf, "-"])
          .toString()
          .replace(/\s+/g, " ");
        expect(last, path.basename(c.file)).toContain(c.signer);
        // Body text stands above the block on its page (not only the page number and the block).
        const body = last
          .slice(0, last.lastIndexOf(c.signer))
          .replace(/Nơi nhận:.*$|THƯ KÝ.*$/, "")
          .replace(/^\s*\d+\s/, "");
        expect(body.trim().length, `${path.basename(c.file)}: ${last}`).toBeGreaterThan(20);
      }
    } finally {
      dir.remove();
    }
  }, 300_000);
});
