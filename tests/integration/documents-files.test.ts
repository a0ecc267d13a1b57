import fs from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { incomingDir } from "../../electron/api/files";
import {
  convertToPdf,
  findSoffice,
  NoOfficeSuiteError,
} from "../../electron/documents/office-convert";
import { sampleSetup, startTestBackend, type TestBackend } from "../helpers/backend";
import { editPart } from "../helpers/docx-xml";

let t: TestBackend;
beforeEach(async () => {
  t = await startTestBackend();
  await t.expectOk("settings.completeSetup", sampleSetup());
});
afterEach(() => t.cleanup());

function upload(name: string, bytes: Uint8Array): string {
  fs.mkdirSync(incomingDir(t.paths), { recursive: true });
  const file = path.join(incomingDir(t.paths), name);
  fs.writeFileSync(file, bytes);
  return file;
}

async function draft() {
  const signerId = (await t.expectOk("settings.listSigners", {}))[0]!.id;
  return t.expectOk("documents.createGeneric", {
    kind: "cong-van",
    docDate: "2025-03-15",
    summary: "hướng dẫn hồ sơ khen thưởng",
    kinhGui: "Các cơ quan, đơn vị",
    paragraphs: ["Đề nghị các cơ quan gửi hồ sơ đúng hạn."],
    noiNhan: [],
    signerId,
  });
}

describe("the office's own templates through the API", () => {
  it("asks before accepting a template that leaves out an optional part, and names the allowed ones", async () => {
    const { path: exported } = await t.expectOk("documents.exportTemplate", { id: "cong-van" });
    const original = fs.readFileSync(exported);
    // The căn cứ placeholder's paragraph removed: every later document would lose its legal bases.
    const noBases = editPart(original, "word/document.xml", (xml) =>
      xml.replace(/<w:p[ >](?:(?!<w:p[ >])[\s\S])*?\{\{can_cu\}\}[\s\S]*?<\/w:p>/, ""),
    );
    const file = upload("khong-can-cu.docx", noBases);
    const asked = await t.expectOk("documents.loadTemplate", { id: "cong-van", path: file });
    expect(asked).toEqual({
      accepted: false,
      problems: [],
      dropped: ["{{can_cu}} – Các căn cứ pháp lý, mỗi căn cứ một dòng in nghiêng"],
    });
    expect(fs.existsSync(path.join(t.paths.templates, "cong-van.docx"))).toBe(false);
    const confirmed = await t.expectOk("documents.loadTemplate", {
      id: "cong-van",
      path: file,
      confirmDropped: true,
    });
    expect(confirmed.accepted).toBe(true);
    expect(fs.existsSync(path.join(t.paths.templates, "cong-van.docx"))).toBe(true);

    // A placeholder the template does not know: refused, with the list of those it does.
    const typo = editPart(original, "word/document.xml", (xml) =>
      xml.replace("{{kinh_gui}}", "{{kinh_gui}}{{noi_gui}}"),
    );
    const refused = await t.expectOk("documents.loadTemplate", {
      id: "cong-van",
      path: upload("sai-cho-dien.docx", typo),
    });
    expect(refused.accepted).toBe(false);
    expect(refused.problems[0]).toContain("{{noi_gui}} không phải chỗ điền của mẫu “Công văn”");
    expect(refused.problems[0]).toContain("Các chỗ điền được dùng: {{co_quan_chu_quan}}");
    expect(refused.problems[0]).toContain("{{can_cu}}");
  });

  it("exports, loads, uses and restores a template; a bad one changes nothing", async () => {
    const { path: exported } = await t.expectOk("documents.exportTemplate", { id: "cong-van" });
    const original = fs.readFileSync(exported);

    const bad = upload("sai.docx", Buffer.from("không phải docx"));
    const refused = await t.expectOk("documents.loadTemplate", { id: "cong-van", path: bad });
    expect(refused.accepted).toBe(false);
    expect(refused.problems[0]).toContain("không phải văn bản Word");
    expect(fs.existsSync(path.join(t.paths.templates, "cong-van.docx"))).toBe(false);

    const edited = editPart(original, "word/document.xml", (xml) =>
      xml.replace("Kính gửi: ", "Kính gửi (mẫu riêng): "),
    );
    const ok = await t.expectOk("documents.loadTemplate", {
      id: "cong-van",
      path: upload("rieng.docx", edited),
    });
    expect(ok).toEqual({ accepted: true, problems: [], dropped: [] });
    const info = (await t.expectOk("documents.templates", {})).find((x) => x.id === "cong-van")!;
    expect(info.custom).toBe(true);

    const d = await draft();
    const body = strFromU8(
      unzipSync(fs.readFileSync(path.join(t.paths.dataDir, d.filePath)))["word/document.xml"]!,
    );
    expect(body).toContain("Kính gửi (mẫu riêng): ");

    await t.expectOk("documents.restoreTemplate", { id: "cong-van" });
    expect(
      (await t.expectOk("documents.templates", {})).find((x) => x.id === "cong-van")!.custom,
    ).toBe(false);

    const { path: tried } = await t.expectOk("documents.tryTemplate", { id: "quyet-dinh" });
    expect(fs.statSync(tried).size).toBeGreaterThan(5000);
  });
});

describe("PDF and printing", () => {
  it("says clearly when neither LibreOffice nor Word is installed", async () => {
    const err = await convertToPdf("/tmp/x.docx", "/tmp", {
      profileDir: "/tmp/p",
      soffice: null,
      platform: "linux",
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NoOfficeSuiteError);
    expect((err as Error).message).toContain("Không tìm thấy LibreOffice hay Microsoft Word");
    expect(findSoffice({ PATH: "" }, "linux")).toBeNull();
  });

  it("prints through the platform and returns the file in browser mode", async () => {
    const d = await draft();
    const { path: printed } = await t.expectOk("documents.print", { id: d.id });
    expect(printed).toBe(path.join(t.paths.dataDir, d.filePath));
  });

  it.runIf(findSoffice())(
    "exports a PDF and renders preview pages",
    async () => {
      const d = await draft();
      const { path: pdf } = await t.expectOk("documents.exportPdf", { id: d.id });
      expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
      const preview = await t.expectOk("documents.preview", { id: d.id });
      expect(preview.pages.length).toBe(1);
      expect(preview.pages[0]).toMatch(/^data:image\/png;base64,/);
    },
    180_000,
  );
});
