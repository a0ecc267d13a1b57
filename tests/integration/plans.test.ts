import { afterEach, beforeEach, describe, expect, it } from "vitest";
import fs from "node:fs";
import { startTestBackend, sampleSetup, type TestBackend } from "../helpers/backend";
import { docxParts, numbersPagesFromTheSecond } from "../helpers/docx-xml";

/** The text of a .docx's body, one line per paragraph. */
function documentText(file: string): string {
  const xml = docxParts(fs.readFileSync(file))["word/document.xml"] ?? "";
  return xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
}

let t: TestBackend;
beforeEach(async () => {
  // 10 March 2025, a Monday.
  t = await startTestBackend();
  await t.expectOk("settings.completeSetup", sampleSetup());
});
afterEach(() => t.cleanup());

const activity = (planId: string, over: Record<string, unknown> = {}) => ({
  planId,
  title: "Báo cáo sơ kết 6 tháng",
  quarter: 2,
  ...over,
});

describe("year plans", () => {
  it("starts a year from the built-in set modelled on seed 001, four quarters with the year filled in", async () => {
    const r = await t.expectOk("plans.create", { year: 2025, from: "template" });
    expect(r.plan.title).toBe("Kế hoạch công tác thi đua, khen thưởng năm 2025");
    const list = await t.expectOk("plans.listActivities", { year: 2025 });
    expect(list.length).toBe(r.activities);
    expect(new Set(list.map((a) => a.quarter))).toEqual(new Set([1, 2, 3, 4]));
    expect(list.some((a) => a.title.includes("năm 2024") && a.quarter === 1)).toBe(true);
    expect(list.find((a) => a.dueDate === "2025-06-11")?.title).toMatch(/11\/6/);
    expect(list.every((a) => !a.title.includes("{"))).toBe(true);
    const again = await t.call("plans.create", { year: 2025, from: "template" });
    expect(again.ok).toBe(false);
    if (!again.ok)
      expect(again.error).toMatchObject({ code: "CONFLICT", message: "Đã có kế hoạch năm 2025." });
  });

  it("copies last year: dates and years in titles shift, statuses reset, weekend and Tết dates flagged", async () => {
    const { plan } = await t.expectOk("plans.create", { year: 2025, from: "template" });
    const done = await t.expectOk("plans.saveActivity", {
      ...activity(plan.id),
      title: "Hội nghị ngày 16/02/2025 của năm 2025",
      quarter: 1,
      dueDate: "2025-02-16",
      status: "hoan_thanh",
      resultNote: "Đã tổ chức",
    });
    expect(done.completedOn).toBe("2025-03-10");
    const copy = await t.expectOk("plans.create", { year: 2026, from: "copy" });
    const list = await t.expectOk("plans.listActivities", { year: 2026 });
    const moved = list.find((a) => a.title.startsWith("Hội nghị ngày"))!;
    expect(moved.title).toBe("Hội nghị ngày 16/02/2026 của năm 2026");
    expect(moved.dueDate).toBe("2026-02-16"); // a Monday inside the 2026 Tết break
    expect(moved.dateReview).toBe("nghi_tet");
    expect(moved.status).toBe("chua_bat_dau");
    expect(moved.completedOn).toBeNull();
    expect(moved.resultNote).toBe("");
    expect(copy.toReview).toBeGreaterThanOrEqual(1);
    const june = list.find((a) => a.dueDate === "2026-06-11")!;
    expect(june.dateReview).toBe(""); // 11/6/2026 is a Thursday
    const missing = await t.call("plans.create", { year: 2030, from: "copy" });
    expect(!missing.ok && missing.error.message).toBe("Chưa có kế hoạch năm 2029 để sao chép.");
  });

  it("refuses a due date outside the year, a quarter that contradicts the date, no date at all, and an empty title", async () => {
    const { plan } = await t.expectOk("plans.create", { year: 2025, from: "template" });
    const before = (await t.expectOk("plans.listActivities", { year: 2025 })).length;
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ dueDate: "2026-01-15", quarter: null }, /nằm ngoài năm 2025/],
      [{ dueDate: "2025-02-10", quarter: 3 }, /thuộc quý 1, không khớp với quý 3/],
      [{ dueDate: null, quarter: null }, /chọn quý hoặc nhập hạn/],
      [{ title: "  " }, /Tên hoạt động không được để trống/],
    ];
    for (const [over, message] of cases) {
      const r = await t.call("plans.saveActivity", activity(plan.id, over) as never);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(message);
    }
    expect((await t.expectOk("plans.listActivities", { year: 2025 })).length).toBe(before);
  });

  it("shows overdue from the date, never stores it, and the dashboard lists what is due", async () => {
    const { plan } = await t.expectOk("plans.create", { year: 2025, from: "template" });
    await t.expectOk(
      "plans.saveActivity",
      activity(plan.id, { title: "Đăng ký thi đua", quarter: 1, dueDate: "2025-03-05" }),
    );
    await t.expectOk(
      "plans.saveActivity",
      activity(plan.id, { title: "Gửi báo cáo tuần này", quarter: 1, dueDate: "2025-03-14" }),
    );
    await t.expectOk(
      "plans.saveActivity",
      activity(plan.id, { title: "Họp cuối tháng", quarter: 1, dueDate: "2025-03-28" }),
    );
    const list = await t.expectOk("plans.listActivities", { year: 2025 });
    expect(list.find((a) => a.title === "Đăng ký thi đua")!.shownStatus).toBe("qua_han");
    const d = await t.expectOk("plans.dashboard", { year: 2025 });
    expect(d.today).toBe("2025-03-10");
    expect(d.overdue.map((i) => i.title)).toEqual(["Đăng ký thi đua"]);
    expect(d.dueThisWeek.map((i) => i.title)).toEqual(["Gửi báo cáo tuần này"]);
    expect(d.dueThisMonth.map((i) => i.title)).toContain("Họp cuối tháng");
    expect(d.quarters[0]).toMatchObject({ quarter: 1, done: 0 });
    // Time passes: the week item becomes overdue without anyone editing it.
    t.clock.set(new Date(2025, 2, 15, 9));
    const later = await t.expectOk("plans.dashboard", { year: 2025 });
    expect(later.overdue.map((i) => i.title)).toContain("Gửi báo cáo tuần này");
  });

  it("creates repeating activities one per quarter or month, and reorders within a quarter", async () => {
    const { plan } = await t.expectOk("plans.create", { year: 2025, from: "template" });
    await t.expectOk(
      "plans.saveActivity",
      activity(plan.id, {
        title: "Báo cáo quý",
        quarter: 1,
        dueDate: "2025-03-25",
        repeat: "quarterly",
      }),
    );
    await t.expectOk(
      "plans.saveActivity",
      activity(plan.id, {
        title: "Giao ban tháng",
        quarter: 4,
        dueDate: "2025-10-31",
        repeat: "monthly",
      }),
    );
    const list = await t.expectOk("plans.listActivities", { year: 2025 });
    expect(list.filter((a) => a.title === "Báo cáo quý").map((a) => a.dueDate)).toEqual([
      "2025-03-25",
      "2025-06-25",
      "2025-09-25",
      "2025-12-25",
    ]);
    expect(list.filter((a) => a.title === "Giao ban tháng").map((a) => a.dueDate)).toEqual([
      "2025-10-31",
      "2025-11-30",
      "2025-12-31",
    ]);
    const q1 = list.filter((a) => a.quarter === 1);
    await t.expectOk("plans.moveActivity", { id: q1[1]!.id, direction: "up" });
    const after = (await t.expectOk("plans.listActivities", { year: 2025 })).filter(
      (a) => a.quarter === 1,
    );
    expect(after[0]!.id).toBe(q1[1]!.id);
    expect(after[1]!.id).toBe(q1[0]!.id);
    const top = await t.call("plans.moveActivity", { id: after[0]!.id, direction: "up" });
    expect(!top.ok && top.error.message).toBe("Hoạt động đã ở đầu quý.");
  });

  it("deletes with undo, and refuses to delete an activity that produced a registered document", async () => {
    const { plan } = await t.expectOk("plans.create", { year: 2025, from: "template" });
    const a = await t.expectOk("plans.saveActivity", activity(plan.id));
    await t.expectOk("plans.deleteActivity", { id: a.id });
    expect(
      (await t.expectOk("plans.listActivities", { year: 2025 })).some((x) => x.id === a.id),
    ).toBe(false);
    await t.expectOk("plans.restoreActivity", { id: a.id });
    expect(
      (await t.expectOk("plans.listActivities", { year: 2025 })).some((x) => x.id === a.id),
    ).toBe(true);
    const signer = (await t.expectOk("settings.listSigners", {}))[1]!; // Trưởng phòng
    const report = await t.expectOk("documents.createGeneric", {
      kind: "bao-cao",
      docDate: "2025-03-10",
      summary: "Sơ kết quý I",
      kinhGui: "Ban Thi đua – Khen thưởng tỉnh",
      paragraphs: ["Nội dung"],
      noiNhan: [],
      signerId: signer.id,
    });
    const linked = await t.expectOk("plans.setActivityDocuments", {
      activityId: a.id,
      documentIds: [report.id],
    });
    expect(linked.documents).toEqual([{ id: report.id, label: "…/BC-PNV – Sơ kết quý I" }]);
    const r = await t.call("plans.deleteActivity", { id: a.id });
    expect(!r.ok && r.error).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("…/BC-PNV – Sơ kết quý I"),
    });
    const unknown = await t.call("plans.setActivityDocuments", {
      activityId: a.id,
      documentIds: ["khong-co"],
    });
    expect(!unknown.ok && unknown.error.code).toBe("NOT_FOUND");
    await t.expectOk("plans.setActivityDocuments", { activityId: a.id, documentIds: [] });
    await t.expectOk("plans.deleteActivity", { id: a.id });
  });
});

describe("the Kế hoạch document", () => {
  it("enters the register as a draft in seed 001's structure and goes outdated when the plan changes", async () => {
    const { plan } = await t.expectOk("plans.create", { year: 2025, from: "template" });
    await t.expectOk("plans.saveActivity", {
      planId: plan.id,
      title: "Tổ chức Hội nghị điển hình tiên tiến",
      quarter: 2,
      dueDate: "2025-05-20",
      leadUnit: "Phòng Nội vụ",
    });
    const signer = (await t.expectOk("settings.listSigners", {}))[0]!;
    const doc = await t.expectOk("plans.generateDocument", {
      year: 2025,
      docDate: "2025-02-05",
      signerId: signer.id,
      noiNhan: ["Ban Thi đua – Khen thưởng tỉnh", "UBND các xã, thị trấn"],
    });
    expect(doc).toMatchObject({
      templateId: "ke-hoach",
      state: "du_thao",
      summary: "Công tác thi đua, khen thưởng năm 2025",
      outdated: false,
    });
    const text = documentText(`${t.paths.dataDir}/${doc.filePath}`);
    for (const expected of [
      "KẾ HOẠCH",
      "Công tác thi đua, khen thưởng năm 2025",
      "ngày 05 tháng 02 năm 2025",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Mục đích:",
      "1. Quý I:",
      "4. Quý IV:",
      "- Tổ chức Hội nghị điển hình tiên tiến (thời hạn: 20/05/2025). Đơn vị chủ trì: Phòng Nội vụ.",
      "III. TỔ CHỨC THỰC HIỆN",
      "- Ban Thi đua – Khen thưởng tỉnh;",
      "- Lưu: VT,",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("{{");
    const list = await t.expectOk("plans.listActivities", { year: 2025 });
    await t.expectOk("plans.saveActivity", {
      ...list[0]!,
      title: "Ban hành Kế hoạch (đã sửa)",
      repeat: "none",
    } as never);
    expect((await t.expectOk("documents.get", { id: doc.id })).outdated).toBe(true);
  });
});

describe("plan content and the period report", () => {
  it("saves the plan's text and legal bases, and the Kế hoạch prints them", async () => {
    const { plan } = await t.expectOk("plans.create", { year: 2025, from: "template" });
    const law = (await t.expectOk("catalogue.listLegalBases", {})).find(
      (b) => b.number === "06/2022/QH15",
    )!;
    const saved = await t.expectOk("plans.save", {
      ...plan,
      legalBasisIds: [law.id],
      organisation: [{ unit: "Phòng Nội vụ", tasks: "Tham mưu, theo dõi, tổng hợp kết quả." }],
    });
    expect(saved.organisation).toEqual([
      { unit: "Phòng Nội vụ", tasks: "Tham mưu, theo dõi, tổng hợp kết quả." },
    ]);
    const bad = await t.call("plans.save", { ...plan, title: " " });
    expect(!bad.ok && bad.error.message).toMatch(/Tên kế hoạch không được để trống/);
    const signer = (await t.expectOk("settings.listSigners", {}))[0]!;
    const doc = await t.expectOk("plans.generateDocument", {
      year: 2025,
      docDate: "2025-02-05",
      signerId: signer.id,
      noiNhan: [],
    });
    const text = documentText(`${t.paths.dataDir}/${doc.filePath}`);
    expect(text).toContain("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022.");
    expect(text).toContain("1. Phòng Nội vụ:");
    expect(text).toContain("Tham mưu, theo dõi, tổng hợp kết quả.");
  });

  it("lists done and not-done work for a period and exports it to Word and Excel", async () => {
    const { plan } = await t.expectOk("plans.create", { year: 2025, from: "template" });
    const list = await t.expectOk("plans.listActivities", { year: 2025 });
    const first = list.find((a) => a.quarter === 1)!;
    await t.expectOk("plans.saveActivity", {
      ...first,
      status: "hoan_thanh",
      resultNote: "Đã ban hành Kế hoạch số 15/KH-UBND",
      repeat: "none",
    } as never);
    await t.expectOk("plans.saveActivity", {
      planId: plan.id,
      title: '=HYPERLINK("x")',
      quarter: 2,
    });
    const h1 = await t.expectOk("plans.periodReport", { year: 2025, period: "h1" });
    expect(h1.label).toBe("6 tháng đầu năm 2025");
    expect(h1.done.map((a) => a.id)).toEqual([first.id]);
    expect(h1.notDone.length).toBe(list.filter((a) => a.quarter <= 2).length); // the other Q1–Q2 items plus the new one
    expect((await t.expectOk("plans.periodReport", { year: 2025, period: "q3" })).done).toEqual([]);

    const word = await t.expectOk("plans.exportPeriodReport", {
      year: 2025,
      period: "h1",
      format: "docx",
    });
    const parts = docxParts(fs.readFileSync(word.path));
    expect(numbersPagesFromTheSecond(parts)).toBe(true);
    const xml = parts["word/document.xml"]!;
    expect(xml).toContain(
      "Kết quả thực hiện kế hoạch công tác thi đua, khen thưởng 6 tháng đầu năm 2025",
    );
    expect(xml).toContain("Đã ban hành Kế hoạch số 15/KH-UBND");
    expect(xml).toContain("<w:tbl>");

    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(
      (await t.expectOk("plans.exportPeriodReport", { year: 2025, period: "h1", format: "xlsx" }))
        .path,
    );
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(2).values).toEqual([
      undefined,
      "STT",
      "Nội dung hoạt động",
      "Thời hạn",
      "Đơn vị chủ trì",
      "Kết quả",
      "Tình trạng",
    ]);
    expect(ws.getRow(3).getCell(6).value).toBe("Đã hoàn thành");
    const formulaRow = ws
      .getRows(3, ws.rowCount - 2)!
      .find((r) => String(r.getCell(2).value).includes("HYPERLINK"))!;
    expect(formulaRow.getCell(2).formula).toBeUndefined();
    expect(String(formulaRow.getCell(2).value).startsWith("=")).toBe(false);
    const none = await t.call("plans.exportPeriodReport", {
      year: 2031,
      period: "q1",
      format: "xlsx",
    });
    expect(!none.ok && none.error.message).toBe("Chưa có kế hoạch năm 2031.");
  });
});
