import fs from "node:fs";
import Database from "better-sqlite3";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { sampleSetup, startTestBackend, type TestBackend } from "../helpers/backend";
import { incomingDir } from "../../electron/api/files";
import {
  createDocument,
  issueDocument,
  numberOf,
  registerFillResolver,
} from "../../electron/documents/register";
import { sampleData } from "../../electron/documents/sample-data";

let t: TestBackend;
beforeEach(async () => {
  t = await startTestBackend();
  await t.expectOk("settings.completeSetup", sampleSetup());
});
afterEach(() => t.cleanup());

/** The office's head: the office's own documents (…/TTr-PNV) are signed "TRƯỞNG PHÒNG". */
async function signerId() {
  const signers = await t.expectOk("settings.listSigners", {});
  return signers.find((s) => s.position === "Trưởng phòng")!.id;
}

async function draft(over: Record<string, unknown> = {}) {
  return t.expectOk("documents.createGeneric", {
    kind: "to-trinh",
    docDate: "2025-02-05",
    summary: "Về việc đề nghị tặng Giấy khen năm 2024",
    kinhGui: "Chủ tịch Ủy ban nhân dân huyện Vĩnh Cửu",
    legalBasisIds: [],
    paragraphs: ["Phòng Nội vụ kính trình Chủ tịch UBND huyện xem xét."],
    noiNhan: ["Như trên"],
    signerId: await signerId(),
    ...over,
  } as never);
}

function documentXml(rel: string): string {
  const files = unzipSync(fs.readFileSync(path.join(t.paths.dataDir, rel)));
  return strFromU8(files["word/document.xml"]!);
}

describe("the register", () => {
  it("keeps a draft with …/TTr-PNV in the file and the list", async () => {
    const d = await draft();
    expect(d).toMatchObject({ state: "du_thao", number: "…/TTr-PNV", seq: null, outdated: false });
    expect(d.filePath.startsWith("documents/2025/")).toBe(true);
    const xml = documentXml(d.filePath);
    expect(xml).toContain("…/TTr-PNV");
    expect(xml).toContain("ngày 05 tháng 02 năm 2025");
    expect(xml).toContain("kính trình Chủ tịch UBND huyện xem xét./.");
    expect(xml).not.toContain("{{");
    expect(xml).toContain("Lưu: VT, PNV.");
  });

  it("numbers at issue, 01 first, and writes the number into the file", async () => {
    const d = await draft();
    const proposal = await t.expectOk("documents.proposeNumber", { id: d.id });
    expect(proposal).toMatchObject({ seq: 1, number: "01/TTr-PNV", notInForce: [] });
    const { row } = await t.expectOk("documents.issue", { id: d.id });
    expect(row).toMatchObject({ state: "da_ban_hanh", number: "01/TTr-PNV", seq: 1 });
    expect(documentXml(row.filePath)).toContain("01/TTr-PNV");
    const again = await t.call("documents.issue", { id: d.id });
    expect(again.ok).toBe(false);
    const regen = await t.call("documents.regenerate", { id: d.id });
    expect(regen.ok || regen.error.message).toContain("đã ban hành");
  });

  it("never gives two issues at once the same number", async () => {
    const drafts = await Promise.all(Array.from({ length: 6 }, () => draft()));
    const issued = await Promise.all(
      drafts.map((d) => t.expectOk("documents.issue", { id: d.id })),
    );
    const seqs = issued.map((i) => i.row.seq).sort((a, b) => a! - b!);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("the unique index refuses a duplicate number from another connection", async () => {
    const a = await draft();
    const b = await draft();
    await t.expectOk("documents.issue", { id: a.id });
    const other = new Database(t.paths.database);
    try {
      expect(() =>
        other.prepare("update documents set seq = 1, state = 'da_ban_hanh' where id = ?").run(b.id),
      ).toThrow(/UNIQUE/);
    } finally {
      other.close();
    }
  });

  it("restarts at 01 on 1 January and keeps series per type and issuer", async () => {
    const late = await draft({ docDate: "2025-12-31" });
    const early = await draft({ docDate: "2026-01-01" });
    const cv = await draft({ kind: "cong-van", docDate: "2025-12-31" });
    expect((await t.expectOk("documents.issue", { id: late.id })).row.number).toBe("01/TTr-PNV");
    expect((await t.expectOk("documents.issue", { id: early.id })).row.number).toBe("01/TTr-PNV");
    expect((await t.expectOk("documents.issue", { id: cv.id })).row.number).toBe("01/PNV");
    const next = await draft({ docDate: "2025-06-01" });
    expect((await t.expectOk("documents.proposeNumber", { id: next.id })).seq).toBe(2);
  });

  it("accepts an override, warns about gaps and refuses duplicates", async () => {
    const a = await draft();
    const b = await draft();
    const first = await t.expectOk("documents.issue", { id: a.id, seq: 4 });
    expect(first.row.number).toBe("04/TTr-PNV");
    expect(first.warnings.join(" ")).toContain("01, 02 và 03");
    const dup = await t.call("documents.issue", { id: b.id, seq: 4 });
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.error.message).toContain("đã được dùng");
    expect((await t.expectOk("documents.get", { id: b.id })).state).toBe("du_thao");
    expect((await t.expectOk("documents.proposeNumber", { id: b.id })).seq).toBe(5);
  });

  it("warns before issuing when a cited legal basis is not in force on the date", async () => {
    const basis = await t.expectOk("catalogue.saveLegalBasis", {
      title: "Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ",
      docType: "nghi_dinh",
      effectiveFrom: "2017-10-01",
      effectiveTo: "2023-12-31",
    });
    const d = await draft({ legalBasisIds: [basis.id] });
    expect(documentXml(d.filePath)).toContain("Căn cứ Nghị định số 91/2017/NĐ-CP");
    const proposal = await t.expectOk("documents.proposeNumber", { id: d.id });
    expect(proposal.notInForce).toHaveLength(1);
    expect(proposal.notInForce[0]).toContain("91/2017");
    const { warnings } = await t.expectOk("documents.issue", { id: d.id });
    expect(warnings.join(" ")).toContain("không còn hiệu lực");
  });

  it("marks a draft outdated when its source changes, and regenerates it", async () => {
    const d = await draft();
    const signers = await t.expectOk("settings.listSigners", {});
    const own = signers.find((s) => s.position === "Trưởng phòng")!;
    await t.expectOk("settings.saveSigner", { ...own, fullName: "Lê Thị Mới" });
    const listed = (await t.expectOk("documents.list", { search: "" }))[0]!;
    expect(listed.outdated).toBe(true);
    const regen = await t.expectOk("documents.regenerate", { id: d.id });
    expect(regen.outdated).toBe(false);
    expect(documentXml(regen.filePath)).toContain("Lê Thị Mới");
  });

  it("searches without accents and exports to Excel", async () => {
    await draft({ summary: "Về việc khen thưởng đột xuất" });
    await draft({ summary: "Về việc tổng kết phong trào" });
    const found = await t.expectOk("documents.list", { search: "khen thuong dot xuat" });
    expect(found.map((r) => r.summary)).toEqual(["Về việc khen thưởng đột xuất"]);
    const { path: xlsx } = await t.expectOk("documents.exportRegister", { search: "" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.getWorksheet("Sổ văn bản")!;
    expect(ws.rowCount).toBe(3);
    expect(ws.getRow(2).getCell(3).value).toBe("05/02/2025");
  });

  it("stores the signed copy once, by its sha256", async () => {
    const d = await draft();
    await t.expectOk("documents.issue", { id: d.id });
    fs.mkdirSync(incomingDir(t.paths), { recursive: true });
    const scan = path.join(incomingDir(t.paths), "ban-ky.pdf");
    fs.writeFileSync(scan, "%PDF-1.4 signed copy");
    const row = await t.expectOk("documents.attachSigned", { id: d.id, path: scan });
    expect(row.signedCopyPath).toMatch(/^attachments\/[0-9a-f]{64}\.pdf$/);
    expect(fs.readFileSync(path.join(t.paths.dataDir, row.signedCopyPath!), "utf8")).toContain(
      "signed",
    );
    const bad = path.join(incomingDir(t.paths), "ban-ky.txt");
    fs.writeFileSync(bad, "x");
    expect((await t.call("documents.attachSigned", { id: d.id, path: bad })).ok).toBe(false);
  });

  it("refuses a draft without Kính gửi and deletes only drafts", async () => {
    const r = await t.call("documents.createGeneric", {
      kind: "bao-cao",
      docDate: "2025-02-05",
      summary: "Báo cáo",
      kinhGui: "",
      paragraphs: ["Nội dung"],
      noiNhan: [],
      signerId: await signerId(),
    } as never);
    expect(r.ok).toBe(false);
    const d = await draft();
    await t.expectOk("documents.issue", { id: d.id });
    expect((await t.call("documents.deleteDraft", { id: d.id })).ok).toBe(false);
    const d2 = await draft();
    await t.expectOk("documents.deleteDraft", { id: d2.id });
    expect(await t.expectOk("documents.list", { search: "" })).toHaveLength(1);
  });
});

describe("công văn", () => {
  it("never prints V/v twice when the trích yếu is typed with it", async () => {
    for (const summary of [
      "V/v hướng dẫn hồ sơ khen thưởng",
      "Về việc hướng dẫn hồ sơ khen thưởng",
    ]) {
      const d = await draft({ kind: "cong-van", summary });
      const xml = documentXml(d.filePath).replace(/<[^>]+>/g, "");
      expect(xml, summary).toContain("V/v hướng dẫn hồ sơ khen thưởng");
      expect(xml, summary).not.toMatch(/V\/v\s*(V\/v|Về việc)/);
    }
  });
});

describe("global search", () => {
  it("finds a document by its trích yếu without accents", async () => {
    await draft({ summary: "Về việc khen thưởng đột xuất" });
    const hits = await t.expectOk("system.search", { q: "khen thuong dot xuat" });
    const doc = hits.find((h) => h.kind === "document");
    expect(doc?.subtitle).toContain("…/TTr-PNV");
  });
});

describe("the issuing body follows the chosen signer", () => {
  /** The document's paragraphs as plain text, in order. */
  const paragraphs = (rel: string) =>
    [...documentXml(rel).matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
      [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(""),
    );
  const signers = async () => {
    const all = await t.expectOk("settings.listSigners", {});
    return {
      office: all.find((s) => s.position === "Trưởng phòng")!,
      parent: all.find((s) => s.onBehalfOf === "Ủy ban nhân dân")!,
    };
  };

  it("prints the office's header, number and signature for its head, and the Ủy ban's for its Phó Chủ tịch", async () => {
    const { office, parent } = await signers();
    const own = await draft({ signerId: office.id });
    expect(own.number).toBe("…/TTr-PNV");
    const ownText = paragraphs(own.filePath);
    expect(ownText).toEqual(
      expect.arrayContaining(["ỦY BAN NHÂN DÂN HUYỆN VĨNH CỬU", "PHÒNG NỘI VỤ", "TRƯỞNG PHÒNG"]),
    );
    expect(ownText.join("\n")).not.toContain("TM. ỦY BAN NHÂN DÂN");

    const ubnd = await draft({ signerId: parent.id });
    expect(ubnd.number).toBe("…/TTr-UBND");
    const ubndText = paragraphs(ubnd.filePath);
    expect(ubndText).toEqual(
      expect.arrayContaining([
        "ỦY BAN NHÂN DÂN HUYỆN VĨNH CỬU",
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
      ]),
    );
    expect(ubndText).not.toContain("PHÒNG NỘI VỤ");
    expect(ubndText.join("\n")).toContain("Số: …/TTr-UBND");

    // Changing the draft's signer moves it to the other series, header and all.
    const moved = await t.expectOk("documents.updateGeneric", {
      id: ubnd.id,
      kind: "to-trinh",
      docDate: "2025-02-05",
      summary: "Về việc đề nghị tặng Giấy khen năm 2024",
      kinhGui: "Chủ tịch Ủy ban nhân dân huyện Vĩnh Cửu",
      legalBasisIds: [],
      paragraphs: ["Nội dung."],
      noiNhan: ["Như trên"],
      signerId: office.id,
    } as never);
    expect(moved.number).toBe("…/TTr-PNV");
    expect(paragraphs(moved.filePath)).toContain("PHÒNG NỘI VỤ");
    const issued = await t.expectOk("documents.issue", { id: moved.id });
    expect(issued.row.number).toBe("01/TTr-PNV");
    expect(paragraphs(issued.row.filePath).join("\n")).toContain("Số: 01/TTr-PNV");
  });

  it("makes the year plan signed for the Ủy ban an Ủy ban plan: …/KH-UBND under its header", async () => {
    const { office, parent } = await signers();
    await t.expectOk("plans.create", { year: 2025, from: "template" });
    const byParent = await t.expectOk("plans.generateDocument", {
      year: 2025,
      docDate: "2025-02-05",
      signerId: parent.id,
      noiNhan: [],
    });
    expect(byParent.number).toBe("…/KH-UBND");
    const text = paragraphs(byParent.filePath);
    expect(text.slice(0, 12)).not.toContain("PHÒNG NỘI VỤ");
    expect(text).toEqual(
      expect.arrayContaining(["ỦY BAN NHÂN DÂN HUYỆN VĨNH CỬU", "TM. ỦY BAN NHÂN DÂN"]),
    );
    const byOffice = await t.expectOk("plans.generateDocument", {
      year: 2025,
      docDate: "2025-02-05",
      signerId: office.id,
      noiNhan: [],
    });
    expect(byOffice.number).toBe("…/KH-PNV");
    expect(paragraphs(byOffice.filePath)).toEqual(
      expect.arrayContaining(["PHÒNG NỘI VỤ", "TRƯỞNG PHÒNG"]),
    );
  });
});

describe("series of other issuers", () => {
  it("numbers council minutes in the council's series and decisions in the parent body's", async () => {
    registerFillResolver("test-workflow", (_ctx, row, number) => ({
      ...sampleData(row.templateId as "bien-ban" | "quyet-dinh"),
      so_ky_hieu: number,
    }));
    const make = (templateId: "bien-ban" | "quyet-dinh") =>
      createDocument(t.backend, {
        templateId,
        docDate: "2025-01-20",
        summary: `Mẫu ${templateId}`,
        signerName: "Nguyễn Văn Mẫu",
        sourceKind: "test-workflow",
        input: {},
      });
    const minutes = [await make("bien-ban"), await make("bien-ban")];
    const decision = await make("quyet-dinh");
    const tt = await draft({ docDate: "2025-01-20" });
    expect(numberOf(minutes[0]!)).toBe("…/BB-HĐTĐKT");
    const issued = [];
    for (const d of [...minutes, decision, tt]) {
      issued.push((await t.expectOk("documents.issue", { id: d.id })).row.number);
    }
    expect(issued).toEqual(["01/BB-HĐTĐKT", "02/BB-HĐTĐKT", "01/QĐ-UBND", "01/TTr-PNV"]);
    expect(documentXml(minutes[1]!.filePath)).toContain("02/BB-HĐTĐKT");
  });
});

describe("the documents folder after a crash", () => {
  /** Closes the app as a kill would (no clean-up runs) and opens the same data folder again. */
  async function restart() {
    t.close();
    const again = await startTestBackend({ dataDir: t.paths.dataDir });
    const folder = t.paths.dataDir;
    t = { ...again, cleanup: () => (again.close(), fs.rmSync(folder, { recursive: true })) };
  }
  const abs = (rel: string) => path.join(t.paths.dataDir, rel);
  const rowOf = async (id: string) =>
    (await t.expectOk("documents.list", { search: "", year: 2025 })).find((r) => r.id === id)!;

  it("finishes an issue committed before the numbered file replaced the draft's", async () => {
    const d = await draft();
    const draftBytes = fs.readFileSync(abs(d.filePath));
    // What a kill right after the commit leaves: the row issued, the numbered file still waiting.
    const { row } = await t.expectOk("documents.issue", { id: d.id });
    const waiting = `${abs(row.filePath)}.issue-1.pending`;
    fs.renameSync(abs(row.filePath), waiting);
    fs.writeFileSync(abs(row.filePath), draftBytes);
    await restart();
    expect(fs.existsSync(waiting)).toBe(false);
    expect(documentXml(row.filePath)).toContain("01/TTr-PNV");
  });

  it("drops the numbered file of an issue that did not commit, and the draft stays a draft", async () => {
    const d = await draft();
    const before = fs.readFileSync(abs(d.filePath));
    fs.writeFileSync(`${abs(d.filePath)}.issue-1.pending`, "half");
    fs.writeFileSync(path.join(path.dirname(abs(d.filePath)), `.x.docx.123.456.tmp`), "half");
    await restart();
    expect(
      fs.readdirSync(path.dirname(abs(d.filePath))).filter((f) => /pending|tmp/.test(f)),
    ).toEqual([]);
    expect(fs.readFileSync(abs(d.filePath))).toEqual(before);
    expect(await rowOf(d.id)).toMatchObject({ state: "du_thao", number: "…/TTr-PNV" });
    // The number was not used up.
    const { row } = await t.expectOk("documents.issue", { id: d.id });
    expect(row.number).toBe("01/TTr-PNV");
  });

  it("moves a file no row names aside, and refills a draft whose file is missing", async () => {
    const d = await draft();
    const stray = abs("documents/2025/to-trinh-0190ffff-0000-7000-8000-000000000000.docx");
    fs.writeFileSync(stray, fs.readFileSync(abs(d.filePath)));
    fs.rmSync(abs(d.filePath));
    await restart();
    expect(fs.existsSync(stray)).toBe(false);
    expect(
      fs.existsSync(
        abs("documents/ngoai-so/2025/to-trinh-0190ffff-0000-7000-8000-000000000000.docx"),
      ),
    ).toBe(true);
    expect(documentXml(d.filePath)).toContain("…/TTr-PNV");
  });

  it("gives a draft left without a file path (an older crash) its file back", async () => {
    const d = await draft();
    const db = new Database(t.paths.database);
    db.prepare("update documents set file_path = '' where id = ?").run(d.id);
    db.close();
    fs.rmSync(abs(d.filePath));
    await restart();
    const row = await rowOf(d.id);
    expect(row.filePath).toBe(d.filePath);
    expect(documentXml(row.filePath)).toContain("…/TTr-PNV");
  });

  it("refuses a file path outside the documents folder", async () => {
    const d = await draft();
    const db = new Database(t.paths.database);
    db.prepare("update documents set file_path = '../outside.docx' where id = ?").run(d.id);
    db.close();
    const res = await t.call("documents.regenerate", { id: d.id });
    expect(res.ok).toBe(false);
    expect(res.ok || res.error.message).toContain("không có tệp hợp lệ");
    expect(fs.existsSync(path.join(t.paths.dataDir, "..", "outside.docx"))).toBe(false);
  });

  it("leaves the draft and no numbered file when what is recorded with the issue fails", async () => {
    const d = await draft();
    const before = fs.readFileSync(abs(d.filePath));
    const failing = issueDocument(t.backend, d.id, undefined, () => {
      throw new Error("refused");
    });
    await expect(failing).rejects.toThrow("refused");
    expect(await rowOf(d.id)).toMatchObject({ state: "du_thao" });
    expect(fs.readFileSync(abs(d.filePath))).toEqual(before);
    expect(
      fs.readdirSync(path.dirname(abs(d.filePath))).filter((f) => /pending|tmp/.test(f)),
    ).toEqual([]);
  });
});

describe("the register after a restore", () => {
  const abs = (rel: string) => path.join(t.paths.dataDir, rel);

  it("keeps the numbers issued after the backup used and their files aside", async () => {
    const a = await draft();
    await t.expectOk("documents.issue", { id: a.id }); // 01, in the backup
    const drafted = await draft(); // a draft in the backup, issued after it
    const backup = await t.expectOk("system.createBackup", {});
    t.clock.advance(60_000);
    const b = await draft({ summary: "Về việc ban hành sau khi sao lưu" });
    const issuedB = (await t.expectOk("documents.issue", { id: b.id })).row; // 02
    const issuedD = (await t.expectOk("documents.issue", { id: drafted.id })).row; // 03
    expect([issuedB.number, issuedD.number]).toEqual(["02/TTr-PNV", "03/TTr-PNV"]);

    const result = await t.expectOk("system.restoreBackup", { file: backup.file });
    expect(result.keptNumbers.map((k) => k.number).sort()).toEqual(["02/TTr-PNV", "03/TTr-PNV"]);
    const keptB = result.keptNumbers.find((k) => k.number === "02/TTr-PNV")!;
    expect(keptB.summary).toBe("Về việc ban hành sau khi sao lưu");
    // The signed versions' files are kept aside, with their numbers in them.
    for (const k of result.keptNumbers) expect(documentXml(k.file)).toContain(k.number);
    expect(fs.existsSync(abs(issuedB.filePath))).toBe(false);
    // The draft the backup holds has its own file again, without a number.
    expect(documentXml(drafted.filePath)).toContain("…/TTr-PNV");

    // Numbering goes on after the kept numbers: 02 and 03 are never given twice.
    const next = await t.expectOk("documents.issue", { id: drafted.id });
    expect(next.row.number).toBe("04/TTr-PNV");
    const proposal = await t.expectOk("documents.proposeNumber", { id: (await draft()).id });
    expect(proposal.number).toBe("05/TTr-PNV");
    const typed = await t.call("documents.issue", { id: (await draft()).id, seq: 2 });
    expect(typed.ok || typed.error.message).toContain("đã được dùng");
  });
});
