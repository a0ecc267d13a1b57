import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestBackend, sampleSetup, type TestBackend } from "../helpers/backend";
import { snapshotDatabase } from "../helpers/db-snapshot";
import { docxParts } from "../helpers/docx-xml";
import { errorOf } from "../helpers/nominations";

let t: TestBackend;
let u: Record<"xa" | "pnv" | "truong", string>;
let p: Record<string, string>;

async function person(
  fullName: string,
  unitId: string,
  birthYear: number,
  isLeader = false,
  position = "Chuyên viên",
) {
  return (
    await t.expectOk("directory.savePerson", {
      fullName,
      gender: "nam",
      birthYear,
      category: "cong_chuc",
      position,
      isLeader,
      unitId,
    })
  ).id;
}

beforeEach(async () => {
  t = await startTestBackend(); // 10 March 2025
  await t.expectOk("settings.completeSetup", sampleSetup());
  u = {
    xa: (await t.expectOk("directory.saveUnit", { name: "UBND xã Bình Lư", kind: "xa_thi_tran" }))
      .id,
    pnv: (
      await t.expectOk("directory.saveUnit", { name: "Phòng Nội vụ", kind: "co_quan_chuyen_mon" })
    ).id,
    truong: (
      await t.expectOk("directory.saveUnit", { name: "Trường THCS Bình Lư", kind: "truong_hoc" })
    ).id,
  };
  await t.expectOk("directory.saveUnit", { name: "Ấp 1", kind: "thon_ban", parentId: u.xa });
  p = {
    ha: await person("Lê Thị Thu Hà", u.pnv, 1975, true, "Trưởng phòng"),
    tam: await person("Ngô Thanh Tâm", u.pnv, 1990),
    an: await person("Nguyễn Văn An", u.pnv, 1985),
    binh: await person("Trần Văn Bình", u.pnv, 1988),
    cuong: await person("Phạm Văn Cường", u.xa, 1980, true, "Chủ tịch UBND xã"),
    dung: await person("Võ Văn Dũng", u.xa, 1992),
  };
  await t.expectOk("directory.saveRatingsGrid", {
    unitId: u.pnv,
    year: 2024,
    unitRating: null,
    rows: [
      { personId: p.ha!, rating: "htxs" },
      { personId: p.tam!, rating: "ht" },
      { personId: p.an!, rating: "ht_tot" },
    ],
  });
});
afterEach(() => t.cleanup());

const pnvGrid = () => ({
  year: 2025,
  unitId: u.pnv,
  titles: [{ titleCode: "TTLDTT" }],
  targets: [
    { text: "100% cá nhân hoàn thành tốt nhiệm vụ", number: 100, unit: "%" },
    { text: "Tham mưu tổ chức Hội nghị điển hình tiên tiến" },
  ],
  people: [
    { personId: p.ha!, titleCode: "CSTDCS" },
    { personId: p.tam!, titleCode: "LDTT" },
    { personId: p.an!, titleCode: "LDTT" },
    { personId: null, fullName: "Đinh Thị Mới", birthYear: 1999, titleCode: "LDTT" },
  ],
});

describe("the grid", () => {
  it("saves titles, targets and individuals, taking names and leader flags from the directory", async () => {
    const r = await t.expectOk("registrations.save", {
      ...pnvGrid(),
      people: [
        { personId: p.ha!, fullName: "tên sai", titleCode: "CSTDCS" },
        ...pnvGrid().people.slice(1),
      ],
    });
    expect(r.id).toBeTruthy();
    expect(r.status).toBe("chua_nop");
    expect(r.titles).toEqual([{ titleCode: "TTLDTT", note: "" }]);
    expect(r.targets).toEqual([
      { text: "100% cá nhân hoàn thành tốt nhiệm vụ", number: 100, unit: "%" },
      { text: "Tham mưu tổ chức Hội nghị điển hình tiên tiến", number: null, unit: "" },
    ]);
    expect(r.people.map((x) => [x.fullName, x.isLeader, x.position, x.lastYearRating])).toEqual([
      ["Lê Thị Thu Hà", true, "Trưởng phòng", "htxs"],
      ["Ngô Thanh Tâm", false, "Chuyên viên", "ht"],
      ["Nguyễn Văn An", false, "Chuyên viên", "ht_tot"],
      ["Đinh Thị Mới", false, "", null],
    ]);
    // 1 CSTĐCS of 4 LĐTT = 25% > 15%; 1 leader of 1 CSTĐCS = 100%.
    expect(r.warnings.map((w) => w.kind).sort()).toEqual(["ty_le_lanh_dao", "vuot_ty_le"]);

    // Saving again replaces the lines instead of adding to them.
    const again = await t.expectOk("registrations.save", { ...pnvGrid(), people: [] });
    expect(again.id).toBe(r.id);
    expect(again.people).toEqual([]);
    expect(again.titles).toHaveLength(1);
    const live = t.backend.sqlite
      .prepare("select count(*) from registration_people where deleted_at is null")
      .pluck()
      .get();
    expect(live).toBe(0);
  });

  it("refuses titles of the wrong kind, unknown codes and deleted people, writing nothing", async () => {
    const before = snapshotDatabase(t.backend.sqlite);
    const wrongKind = await t.call("registrations.save", {
      ...pnvGrid(),
      titles: [{ titleCode: "LDTT" }],
    });
    expect(wrongKind.ok).toBe(false);
    if (!wrongKind.ok) expect(wrongKind.error.message).toContain("là danh hiệu cá nhân");
    const unknown = await t.call("registrations.save", {
      ...pnvGrid(),
      people: [{ personId: p.tam!, titleCode: "KHONG_CO" }],
    });
    if (!unknown.ok) expect(unknown.error.message).toContain("không có trong danh mục năm 2025");
    else throw new Error("accepted an unknown title");
    const noName = await t.call("registrations.save", {
      ...pnvGrid(),
      people: [{ personId: null, fullName: "", titleCode: "LDTT" }],
    });
    if (!noName.ok) expect(noName.error.message).toContain("Chưa chọn cá nhân hoặc ghi họ tên");
    else throw new Error("accepted a line without a person");
    await t.expectOk("directory.deletePerson", { id: p.binh! });
    const after = snapshotDatabase(t.backend.sqlite);
    const gone = await t.call("registrations.save", {
      ...pnvGrid(),
      people: [{ personId: p.binh!, titleCode: "LDTT" }],
    });
    if (!gone.ok) expect(gone.error.message).toContain("không còn trong danh bạ");
    else throw new Error("accepted a deleted person");
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(after);
    expect(Object.keys(before)).toEqual(Object.keys(after));
  });

  it("check answers the warnings of an unsaved grid without writing", async () => {
    const before = snapshotDatabase(t.backend.sqlite);
    const w = await t.expectOk("registrations.check", {
      ...pnvGrid(),
      people: [
        { personId: p.tam!, titleCode: "CSTDCS" },
        { personId: p.tam!, titleCode: "LDTT" },
      ],
    });
    expect(w.map((x) => x.kind).sort()).toEqual(["dieu_kien", "trung_lap", "vuot_ty_le"]);
    expect(w.find((x) => x.kind === "dieu_kien")!.message).toContain(
      "năm 2024 chỉ được xếp loại “hoàn thành nhiệm vụ”",
    );
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
  });
});

describe("warnings across units and caps", () => {
  it("finds a person registered by two units and follows the caps settings", async () => {
    await t.expectOk("registrations.save", {
      year: 2025,
      unitId: u.xa,
      people: [
        { personId: p.cuong!, titleCode: "LDTT" },
        { personId: p.tam!, titleCode: "LDTT" },
      ],
    });
    const r = await t.expectOk("registrations.save", pnvGrid());
    const twice = r.warnings.filter((w) => w.kind === "trung_lap");
    expect(twice).toEqual([
      { kind: "trung_lap", line: 1, message: "Ngô Thanh Tâm đã được đăng ký ở UBND xã Bình Lư." },
    ]);
    // A movement's registration is a different scope: no clash with the yearly one.
    expect((await t.expectOk("registrations.get", { year: 2025, unitId: u.xa })).warnings).toEqual([
      { kind: "trung_lap", line: 1, message: "Ngô Thanh Tâm đã được đăng ký ở Phòng Nội vụ." },
    ]);

    const defaults = await t.expectOk("registrations.getSettings", { year: 2025 });
    expect(defaults).toEqual({
      caps: { cstdcsPercentOfLdtt: 15, leaderPercentBelow: 70, leaderShareTitle: "CSTDCS" },
      deadline: null,
    });
    await t.expectOk("registrations.saveSettings", {
      year: 2025,
      caps: { cstdcsPercentOfLdtt: 30, leaderPercentBelow: null, leaderShareTitle: "CSTDCS" },
      deadline: "2025-01-31",
    });
    const relaxed = await t.expectOk("registrations.get", { year: 2025, unitId: u.pnv });
    expect(relaxed.warnings.map((w) => w.kind)).toEqual(["trung_lap"]);
    expect(relaxed.deadline).toBe("2025-01-31");
    const wrongYear = await t.call("registrations.saveSettings", {
      year: 2025,
      caps: defaults.caps,
      deadline: "2024-12-31",
    });
    expect(wrongYear.ok).toBe(false);
    const badCap = await t.call("registrations.saveSettings", {
      year: 2025,
      caps: { ...defaults.caps, cstdcsPercentOfLdtt: 120 },
      deadline: null,
    });
    if (!badCap.ok) expect(badCap.error.message).toContain("Tỷ lệ tối đa 100%");
    else throw new Error("accepted 120%");
  });
});

describe("status and the list of units", () => {
  it("walks chưa nộp → đã nộp → cần bổ sung → đã duyệt with the rules of each", async () => {
    const scope = { year: 2025, unitId: u.pnv };
    const noDate = await t.call("registrations.setStatus", { ...scope, status: "da_nop" });
    if (!noDate.ok) expect(noDate.error.message).toBe("Hãy ghi ngày nhận bản đăng ký.");
    else throw new Error("accepted without a date");
    const future = await t.call("registrations.setStatus", {
      ...scope,
      status: "da_nop",
      receivedDate: "2025-03-11",
    });
    if (!future.ok) expect(future.error.message).toContain("chưa đến");
    else throw new Error("accepted a future date");
    const empty = await t.call("registrations.setStatus", {
      ...scope,
      status: "da_duyet",
      receivedDate: "2025-02-01",
    });
    if (!empty.ok) expect(empty.error.message).toContain("chưa có nội dung đăng ký");
    else throw new Error("approved an empty registration");

    await t.expectOk("registrations.save", pnvGrid());
    const got = await t.expectOk("registrations.setStatus", {
      ...scope,
      status: "da_nop",
      receivedDate: "2025-02-05",
    });
    expect([got.status, got.receivedDate]).toEqual(["da_nop", "2025-02-05"]);
    const noReason = await t.call("registrations.setStatus", { ...scope, status: "can_bo_sung" });
    expect(noReason.ok).toBe(false);
    const back = await t.expectOk("registrations.setStatus", {
      ...scope,
      status: "can_bo_sung",
      reason: "Thiếu chỉ tiêu về cải cách hành chính",
    });
    expect([back.status, back.receivedDate, back.reason]).toEqual([
      "can_bo_sung",
      "2025-02-05",
      "Thiếu chỉ tiêu về cải cách hành chính",
    ]);
    // Over the CSTĐCS cap, approval takes a written reason, kept with the registration.
    const unexplained = await t.call("registrations.setStatus", { ...scope, status: "da_duyet" });
    if (!unexplained.ok)
      expect(unexplained.error.message).toContain("hãy ghi lý do duyệt vượt tỷ lệ");
    else throw new Error("approved over the cap without a reason");
    const ok = await t.expectOk("registrations.setStatus", {
      ...scope,
      status: "da_duyet",
      reason: "Đơn vị có nhiều thành tích đột xuất trong năm",
    });
    expect([ok.status, ok.reason]).toEqual([
      "da_duyet",
      "Đơn vị có nhiều thành tích đột xuất trong năm",
    ]);
    // Saving the grid again keeps the status.
    expect((await t.expectOk("registrations.save", pnvGrid())).status).toBe("da_duyet");
    const reset = await t.expectOk("registrations.setStatus", { ...scope, status: "chua_nop" });
    expect([reset.status, reset.receivedDate]).toEqual(["chua_nop", null]);
  });

  it("lists every unit but villages, with counts, and the units late for the deadline", async () => {
    await t.expectOk("registrations.save", pnvGrid());
    await t.expectOk("registrations.setStatus", {
      year: 2025,
      unitId: u.pnv,
      status: "da_nop",
      receivedDate: "2025-02-20",
    });
    await t.expectOk("registrations.save", {
      year: 2025,
      unitId: u.xa,
      people: [{ personId: p.dung!, titleCode: "LDTT" }],
    });
    await t.expectOk("registrations.setStatus", {
      year: 2025,
      unitId: u.xa,
      status: "da_nop",
      receivedDate: "2025-01-20",
    });
    let list = await t.expectOk("registrations.list", { year: 2025 });
    expect(list.deadline).toBeNull();
    // In Vietnamese name order; villages (Ấp 1) do not register.
    expect(list.rows.map((r) => [r.unitName, r.status, r.people, r.titles, r.targets])).toEqual([
      ["Phòng Nội vụ", "da_nop", 4, 1, 2],
      ["Trường THCS Bình Lư", "chua_nop", 0, 0, 0],
      ["UBND xã Bình Lư", "da_nop", 1, 0, 0],
    ]);
    expect(list.rows[0]!.byTitle).toEqual({ CSTDCS: 1, LDTT: 3 });
    expect(list.rows.some((r) => r.late)).toBe(false);

    await t.expectOk("registrations.saveSettings", {
      year: 2025,
      caps: (await t.expectOk("registrations.getSettings", { year: 2025 })).caps,
      deadline: "2025-01-31",
    });
    list = await t.expectOk("registrations.list", { year: 2025 });
    expect(list.rows.map((r) => [r.unitName, r.late])).toEqual([
      ["Phòng Nội vụ", true],
      ["Trường THCS Bình Lư", true],
      ["UBND xã Bình Lư", false],
    ]);
    const late = await t.expectOk("registrations.notRegistered", { year: 2025 });
    expect(late.deadline).toBe("2025-01-31");
    expect(late.rows.map((r) => r.unitName)).toEqual(["Phòng Nội vụ", "Trường THCS Bình Lư"]);
    const dashboard = await t.expectOk("plans.dashboard", { year: 2025 });
    expect(dashboard.overdue.map((d) => [d.title, d.route])).toContainEqual([
      "Hạn các đơn vị nộp đăng ký thi đua năm 2025 (còn 1 đơn vị chưa nộp)",
      "/dang-ky",
    ]);
  });

  it("a movement's registration uses its own deadline and unit kinds", async () => {
    const m = await t.expectOk("movements.save", {
      kind: "dot",
      name: "Đợt thi đua chào mừng Đại hội",
      startDate: "2025-01-10",
      endDate: "2025-10-30",
      participantUnitKinds: ["xa_thi_tran"],
      registrationDeadline: "2025-02-15",
    });
    await t.expectOk("registrations.save", {
      year: 2025,
      movementId: m.id,
      unitId: u.xa,
      people: [{ personId: p.tam!, titleCode: "LDTT" }],
    });
    const list = await t.expectOk("registrations.list", { year: 2025, movementId: m.id });
    expect(list.deadline).toBe("2025-02-15");
    expect(list.rows.map((r) => [r.unitName, r.people, r.late])).toEqual([
      ["UBND xã Bình Lư", 1, true],
    ]);
    // Not the same scope as the yearly registration: no clash.
    await t.expectOk("registrations.save", pnvGrid());
    expect(
      (await t.expectOk("registrations.get", { year: 2025, unitId: u.pnv })).warnings.filter(
        (w) => w.kind === "trung_lap",
      ),
    ).toEqual([]);
    const wrongYear = await t.call("registrations.list", { year: 2024, movementId: m.id });
    expect(wrongYear.ok).toBe(false);
  });
});

describe("pre-fill from last year", () => {
  it("keeps the people still in the unit with their titles, collective titles and targets", async () => {
    await t.expectOk("registrations.save", {
      year: 2024,
      unitId: u.pnv,
      titles: [{ titleCode: "TTLDXS" }],
      targets: [{ text: "Không có đơn thư khiếu nại", number: 0, unit: "đơn" }],
      people: [
        { personId: p.ha!, titleCode: "CSTDCS" },
        { personId: p.binh!, titleCode: "LDTT" },
        { personId: p.an!, titleCode: "LDTT" },
        { personId: null, fullName: "Người Tự Do", titleCode: "LDTT" },
      ],
    });
    // Bình moved to the commune this year.
    await t.expectOk("directory.savePerson", {
      id: p.binh!,
      fullName: "Trần Văn Bình",
      gender: "nam",
      birthYear: 1988,
      category: "cong_chuc",
      unitId: u.xa,
    });
    const before = snapshotDatabase(t.backend.sqlite);
    const draft = await t.expectOk("registrations.prefill", { year: 2025, unitId: u.pnv });
    expect(draft.fromYear).toBe(2024);
    expect(draft.titles).toEqual([{ titleCode: "TTLDXS", note: "" }]);
    expect(draft.targets).toEqual([{ text: "Không có đơn thư khiếu nại", number: 0, unit: "đơn" }]);
    expect(draft.people.map((x) => [x.fullName, x.titleCode, x.lastYearRating])).toEqual([
      ["Lê Thị Thu Hà", "CSTDCS", "htxs"],
      ["Nguyễn Văn An", "LDTT", "ht_tot"],
    ]);
    expect(draft.dropped).toBe(2);
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
    const none = await t.call("registrations.prefill", { year: 2025, unitId: u.xa });
    if (!none.ok)
      expect(none.error.message).toBe(
        "Năm 2024 UBND xã Bình Lư chưa có bản đăng ký thi đua để sao chép.",
      );
    else throw new Error("prefilled from nothing");
  });
});

// The office's template, filled in as a unit would.
async function filledTemplate(
  unitId: string,
  name: string,
  fill: { people?: unknown[][]; titles?: unknown[][]; targets?: unknown[][] },
) {
  const tpl = await t.expectOk("registrations.importTemplate", { year: 2025, unitId });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(tpl.path);
  for (const [sheet, rows] of [
    ["Cá nhân", fill.people],
    ["Tập thể", fill.titles],
    ["Chỉ tiêu", fill.targets],
  ] as const)
    // Typed under the header, as in Excel (the drop-downs already reach row 1000).
    (rows ?? []).forEach(
      (r, i) => (wb.getWorksheet(sheet)!.getRow(3 + i).values = r as ExcelJS.CellValue[]),
    );
  const dir = path.join(t.paths.dataDir, "incoming");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("import from the unit's .xlsx", () => {
  it("the template has the three sheets with title drop-downs", async () => {
    const tpl = await t.expectOk("registrations.importTemplate", { year: 2025, unitId: u.pnv });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tpl.path);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Cá nhân",
      "Tập thể",
      "Chỉ tiêu",
      "Danh mục",
      "Hướng dẫn",
    ]);
    const ws = wb.getWorksheet("Cá nhân")!;
    expect(ws.getCell("A1").value).toBe("Đăng ký thi đua năm 2025 – Phòng Nội vụ");
    expect(ws.getRow(2).values).toEqual([
      undefined,
      "Họ và tên *",
      "Năm sinh",
      "Chức vụ",
      "Lãnh đạo (Có/Không)",
      "Danh hiệu đăng ký *",
      "Ghi chú",
    ]);
    expect(ws.getCell("E3").dataValidation?.formulae?.[0]).toMatch(/^'Danh mục'!\$A\$1:\$A\$\d+$/);
    const lists = wb.getWorksheet("Danh mục")!;
    expect(lists.getColumn(1).values).toContain("Lao động tiên tiến");
    expect(lists.getColumn(2).values).toContain("Tập thể lao động tiên tiến");
  });

  it("reads a target typed as a percentage as the officer sees it", async () => {
    const file = await filledTemplate(u.pnv, "phan-tram.xlsx", {
      people: [["Hoàng Văn Mới", 2000, "Nhân viên", "Không", "Lao động tiên tiến", ""]],
      titles: [["Tập thể lao động tiên tiến", ""]],
      targets: [
        ["Hồ sơ giải quyết đúng hạn", 1, ""],
        ["Hộ gia đình văn hóa", 0.925, ""],
      ],
    });
    // The number cells are formatted as percentages, as Excel does when 100% is typed.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    for (const a of ["B3", "B4"]) wb.getWorksheet("Chỉ tiêu")!.getCell(a).numFmt = "0.0%";
    await wb.xlsx.writeFile(file);
    const preview = await t.expectOk("registrations.previewImport", {
      year: 2025,
      unitId: u.pnv,
      path: file,
    });
    await t.expectOk("registrations.commitImport", { token: preview.token });
    const r = await t.expectOk("registrations.get", { year: 2025, unitId: u.pnv });
    expect(r.targets).toEqual([
      { text: "Hồ sơ giải quyết đúng hạn", number: 100, unit: "%" },
      { text: "Hộ gia đình văn hóa", number: 92.5, unit: "%" },
    ]);
  });

  it("previews every row with its reason, then imports all at once after a backup", async () => {
    const file = await filledTemplate(u.pnv, "dang-ky-pnv.xlsx", {
      people: [
        ["Lê Thị Thu Hà", 1975, "", "", "Chiến sỹ thi đua cơ sở", ""],
        ["ngô thanh tâm", "", "", "", "LĐTT", ""],
        ["Hoàng Văn Mới", 2000, "Nhân viên", "Không", "Lao động tiên tiến", "Mới tuyển"],
        ["Lê Thị Thu Hà", 1975, "", "", "Lao động tiên tiến", ""],
      ],
      titles: [["Tập thể lao động tiên tiến", ""]],
      targets: [["Giải quyết hồ sơ đúng hạn", "98,5", "%"]],
    });
    const preview = await t.expectOk("registrations.previewImport", {
      year: 2025,
      unitId: u.pnv,
      path: file,
    });
    expect(preview.counts).toEqual({ new: 5, update: 0, unchanged: 0, duplicate: 1, error: 0 });
    expect([preview.people, preview.titles, preview.targets, preview.replaces]).toEqual([
      3,
      1,
      1,
      false,
    ]);
    expect(preview.rows.map((r) => [r.sheet, r.row, r.status, r.reason])).toEqual([
      ["Cá nhân", 3, "new", "Khớp danh bạ: Lê Thị Thu Hà, sinh năm 1975, Trưởng phòng"],
      ["Cá nhân", 4, "new", "Khớp danh bạ: Ngô Thanh Tâm, sinh năm 1990, Chuyên viên"],
      ["Cá nhân", 5, "new", "Chưa có trong danh bạ của đơn vị: giữ họ tên như trong tệp"],
      ["Cá nhân", 6, "duplicate", "Trùng với dòng 3 (cùng một người); dòng này bị bỏ qua"],
      ["Tập thể", 3, "new", ""],
      ["Chỉ tiêu", 3, "new", ""],
    ]);
    const backupsBefore = (await t.expectOk("system.listBackups", {})).length;
    const done = await t.expectOk("registrations.commitImport", { token: preview.token });
    expect([done.people, done.titles, done.targets]).toEqual([3, 1, 1]);
    expect(done.backup).toMatch(/pre-import/);
    expect((await t.expectOk("system.listBackups", {})).length).toBe(backupsBefore + 1);
    const r = await t.expectOk("registrations.get", { year: 2025, unitId: u.pnv });
    expect(r.people.map((x) => [x.personId, x.fullName, x.titleCode, x.note])).toEqual([
      [p.ha!, "Lê Thị Thu Hà", "CSTDCS", ""],
      [p.tam!, "Ngô Thanh Tâm", "LDTT", ""],
      [null, "Hoàng Văn Mới", "LDTT", "Mới tuyển"],
    ]);
    expect(r.targets).toEqual([{ text: "Giải quyết hồ sơ đúng hạn", number: 98.5, unit: "%" }]);
    // The file carries no date: submitted, the receipt date left for the officer (never "today").
    expect([r.status, r.receivedDate]).toEqual(["da_nop", null]);
    const reused = await t.call("registrations.commitImport", { token: preview.token });
    expect(reused.ok).toBe(false);
  });

  it("a file with only bad rows gives the reasons and imports nothing", async () => {
    await t.expectOk("registrations.save", pnvGrid());
    await person("Nguyễn Văn An", u.pnv, 1995); // a namesake
    const file = await filledTemplate(u.pnv, "dang-ky-loi.xlsx", {
      people: [
        ["Nguyễn Văn An", "", "", "", "Lao động tiên tiến", ""],
        ["Ngô Thanh Tâm", "năm ngoái", "", "", "Lao động tiên tiến", ""],
        ["Trần Văn Bình", 1988, "", "", "Tập thể lao động tiên tiến", ""],
        ["Lê Thị Thu Hà", 1975, "", "Có thể", "Huân chương", ""],
        ["", 1990, "", "", "Lao động tiên tiến", ""],
      ],
      titles: [["Lao động tiên tiến", ""]],
      targets: [["Giải quyết hồ sơ đúng hạn", "nhiều", ""]],
    });
    const before = snapshotDatabase(t.backend.sqlite);
    const preview = await t.expectOk("registrations.previewImport", {
      year: 2025,
      unitId: u.pnv,
      path: file,
    });
    expect(preview.replaces).toBe(true);
    expect(preview.errors).toBe(7);
    expect(preview.rows.map((r) => r.reason)).toEqual([
      "Có 2 người tên “Nguyễn Văn An” trong đơn vị; hãy ghi năm sinh",
      "Năm sinh “năm ngoái” không hợp lệ (ghi năm, ví dụ 1985, hoặc dd/mm/yyyy)",
      "“Tập thể lao động tiên tiến” là danh hiệu tập thể; ghi ở trang “Tập thể”",
      "Danh hiệu “Huân chương” không có trong danh mục; Cột Lãnh đạo ghi “Có thể” (ghi Có hoặc Không)",
      "Thiếu họ và tên",
      "“Lao động tiên tiến” là danh hiệu cá nhân; ghi ở trang “Cá nhân”",
      "Số lượng “nhiều” không phải là số",
    ]);
    // Every row is in error: there is nothing to write.
    const refused = await t.call("registrations.commitImport", { token: preview.token });
    if (!refused.ok) expect(refused.error.message).toBe("Tệp không có dòng đăng ký nào để nhập.");
    else throw new Error("imported a file with only errors");
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
  });

  it("a file that is not the template is refused with a clear message", async () => {
    const dir = path.join(t.paths.dataDir, "incoming");
    fs.mkdirSync(dir, { recursive: true });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").addRow(["Họ và tên", "Danh hiệu đăng ký"]);
    await wb.xlsx.writeFile(path.join(dir, "khac.xlsx"));
    const r = await t.call("registrations.previewImport", {
      year: 2025,
      unitId: u.pnv,
      path: path.join(dir, "khac.xlsx"),
    });
    if (!r.ok)
      expect(r.error.message).toBe(
        "Tệp không có trang tính “Cá nhân”. Hãy dùng tệp mẫu tải từ ứng dụng.",
      );
    else throw new Error("accepted another file");
    const empty = await filledTemplate(u.pnv, "trong.xlsx", {});
    const e = await t.call("registrations.previewImport", {
      year: 2025,
      unitId: u.pnv,
      path: empty,
    });
    if (!e.ok)
      expect(e.error.message).toBe(
        "Trang “Cá nhân”: Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.",
      );
    else throw new Error("accepted an empty template");
  });
});

describe("roll-up and documents", () => {
  async function registerTwo() {
    await t.expectOk("registrations.save", pnvGrid());
    await t.expectOk("registrations.save", {
      year: 2025,
      unitId: u.xa,
      titles: [{ titleCode: "TTLDTT" }, { titleCode: "TTLDXS" }],
      people: [
        { personId: p.cuong!, titleCode: "CSTDCS" },
        { personId: p.dung!, titleCode: "LDTT" },
      ],
    });
    await t.expectOk("registrations.setStatus", {
      year: 2025,
      unitId: u.xa,
      status: "da_nop",
      receivedDate: "2025-02-01",
    });
  }

  it("counts titles per unit and in total, and writes .xlsx and .docx", async () => {
    await registerTwo();
    const r = await t.expectOk("registrations.rollup", { year: 2025 });
    expect(r.title).toBe("Bảng tổng hợp đăng ký thi đua năm 2025");
    expect(r.columns.map((c) => c.code)).toEqual(["TTLDTT", "TTLDXS", "LDTT", "CSTDCS"]);
    // LĐTT counts the CSTĐCS too (a CSTĐCS is an LĐTT), as the list, the unit page and the pact.
    expect(r.rows.map((x) => [x.unitName, x.counts, x.people, x.status])).toEqual([
      ["Phòng Nội vụ", { CSTDCS: 1, LDTT: 4, TTLDTT: 1 }, 4, "chua_nop"],
      ["UBND xã Bình Lư", { CSTDCS: 1, LDTT: 2, TTLDTT: 1, TTLDXS: 1 }, 2, "da_nop"],
    ]);
    expect(r.totals).toEqual({ TTLDTT: 2, TTLDXS: 1, LDTT: 6, CSTDCS: 2 });
    // Phòng Nội vụ was typed in but not marked received; the school has nothing.
    expect([r.totalPeople, r.notRegistered]).toEqual([6, 2]);

    const xlsx = await t.expectOk("registrations.exportRollup", { year: 2025, format: "xlsx" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx.path);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(2).values).toEqual([
      undefined,
      "STT",
      "Đơn vị",
      "Tập thể lao động tiên tiến",
      "Tập thể lao động xuất sắc",
      "Lao động tiên tiến (*)",
      "Chiến sĩ thi đua cơ sở (*)",
      "Tổng số cá nhân đăng ký",
      "Tình trạng",
    ]);
    expect(ws.getRow(5).values).toEqual([undefined, "", "Tổng cộng", 2, 1, 6, 2, 6, ""]);

    const docx = await t.expectOk("registrations.exportRollup", { year: 2025, format: "docx" });
    const xml = docxParts(fs.readFileSync(docx.path))["word/document.xml"]!;
    expect(xml).toContain("BẢNG TỔNG HỢP ĐĂNG KÝ THI ĐUA NĂM 2025");
    expect(xml).toContain("PHÒNG NỘI VỤ");
    expect(xml).toContain("Tổng cộng");
    expect(xml).toContain("Số đơn vị chưa nộp đăng ký: 2.");
    expect(xml).toContain("(*) Số cá nhân đăng ký, kể cả cá nhân đăng ký danh hiệu cao hơn.");
  });

  it("sends the roll-up upward as a numbered, signed Báo cáo with the table in its body", async () => {
    const head = (await t.expectOk("settings.listSigners", {})).find(
      (s) => s.position === "Trưởng phòng",
    )!;
    const input = {
      year: 2025,
      movementId: null,
      docDate: "2025-02-20",
      signerId: head.id,
      kinhGui: "Ban Thi đua - Khen thưởng tỉnh Đồng Nai",
      noiNhan: ["Như trên"],
    };
    expect(await errorOf(t.call("registrations.generateRollupReport", input))).toContain(
      "Chưa có đơn vị nào đăng ký thi đua năm 2025",
    );
    await registerTwo();
    const doc = await t.expectOk("registrations.generateRollupReport", input);
    expect(doc).toMatchObject({
      templateId: "bao-cao",
      number: "…/BC-PNV",
      summary: "Kết quả đăng ký thi đua năm 2025",
      signerName: head.fullName,
    });
    const issued = await t.expectOk("documents.issue", { id: doc.id });
    const xml = docxParts(fs.readFileSync(`${t.paths.dataDir}/${issued.row.filePath}`))[
      "word/document.xml"
    ]!;
    const text = xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
    for (const e of [
      "Số: 01/BC-PNV",
      "Kính gửi: Ban Thi đua - Khen thưởng tỉnh Đồng Nai",
      "Phòng Nội vụ báo cáo kết quả đăng ký thi đua năm 2025 của các cơ quan, đơn vị như sau:",
      "1. Số đơn vị đã đăng ký: 2/4 đơn vị; chưa đăng ký: 2 đơn vị.",
      "Lao động tiên tiến: 6; Chiến sĩ thi đua cơ sở: 2 (kể cả cá nhân đăng ký danh hiệu cao hơn).",
      "UBND xã Bình Lư",
      "Tổng cộng",
      "kính báo cáo./.",
      "TRƯỞNG PHÒNG",
    ])
      expect(text).toContain(e);
  });

  it("creates the office's Đăng ký giao ước thi đua in the register", async () => {
    await registerTwo();
    const signer = (await t.expectOk("settings.listSigners", {}))[1]!;
    const missing = await t.call("registrations.generatePact", {
      year: 2025,
      unitId: u.truong,
      docDate: "2025-03-10",
      signerId: signer.id,
      kinhGui: "Hội đồng Thi đua - Khen thưởng huyện Vĩnh Cửu",
    });
    if (!missing.ok) expect(missing.error.message).toContain("chưa có nội dung đăng ký năm 2025");
    else throw new Error("made a document without a registration");
    const doc = await t.expectOk("registrations.generatePact", {
      year: 2025,
      unitId: u.pnv,
      docDate: "2025-03-10",
      signerId: signer.id,
      kinhGui: "Hội đồng Thi đua - Khen thưởng huyện Vĩnh Cửu",
      noiNhan: ["Như trên"],
    });
    expect(doc.summary).toBe("đăng ký giao ước thi đua năm 2025");
    expect(doc.state).toBe("du_thao");
    expect(doc.sourceKind).toBe("registration_pact");
    expect(doc.outdated).toBe(false);
    const xml = docxParts(fs.readFileSync(path.join(t.paths.dataDir, doc.filePath)))[
      "word/document.xml"
    ]!;
    const text = xml.replace(/<[^>]+>/g, "");
    expect(text).toContain(
      "Phòng Nội vụ đăng ký giao ước thi đua năm 2025 với các nhiệm vụ, chỉ tiêu chủ yếu sau đây:",
    );
    expect(text).toContain("100% cá nhân hoàn thành tốt nhiệm vụ");
    expect(text).toContain("Phòng Nội vụ phấn đấu đạt “Tập thể lao động tiên tiến”");
    expect(text).toContain(
      "4/4 cá nhân (100%) đăng ký danh hiệu “Lao động tiên tiến”; trong đó 1 cá nhân (25%) đăng ký danh hiệu “Chiến sĩ thi đua cơ sở” (giữ chức vụ lãnh đạo, quản lý: 1 người; không giữ chức vụ: 0 người)",
    );
    expect(text).toContain("1. Lê Thị Thu Hà, Trưởng phòng: Chiến sĩ thi đua cơ sở;");
    // Changing the registration marks the draft outdated.
    await t.expectOk("registrations.save", { ...pnvGrid(), people: [] });
    const listed = await t.expectOk("documents.get", { id: doc.id });
    expect(listed.outdated).toBe(true);
  });
});

describe("roll-up on the demo district", () => {
  it(
    "counts what three units registered from the demo directory",
    { timeout: 60_000 },
    async () => {
      t.cleanup();
      t = await startTestBackend({ demo: true });
      const list = await t.expectOk("registrations.list", { year: 2025 });
      expect(list.rows.length).toBeGreaterThanOrEqual(60);
      expect(list.rows.every((r) => r.status === "chua_nop")).toBe(true);
      const chosen = list.rows.filter((r) => r.unitKind === "xa_thi_tran").slice(0, 3);
      let expectedLdtt = 0;
      let expectedCs = 0;
      for (const unit of chosen) {
        const people = await t.expectOk("directory.listPeople", {
          unitId: unit.unitId,
          withSubUnits: false,
          pageSize: 200,
        });
        expect(people.rows.length).toBeGreaterThan(2);
        const lines = people.rows.map((x, i) => ({
          personId: x.id,
          titleCode: i === 0 ? "CSTDCS" : "LDTT",
        }));
        expectedLdtt += lines.length; // the CSTĐCS is counted as an LĐTT too
        expectedCs += 1;
        await t.expectOk("registrations.save", {
          year: 2025,
          unitId: unit.unitId,
          titles: [{ titleCode: "TTLDTT" }],
          people: lines,
        });
        await t.expectOk("registrations.setStatus", {
          year: 2025,
          unitId: unit.unitId,
          status: "da_nop",
          receivedDate: "2025-02-01",
        });
      }
      const r = await t.expectOk("registrations.rollup", { year: 2025 });
      expect(r.rows.map((x) => x.unitName)).toEqual(chosen.map((c) => c.unitName));
      expect(r.totals).toEqual({ LDTT: expectedLdtt, CSTDCS: expectedCs, TTLDTT: 3 });
      expect(r.totalPeople).toBe(expectedLdtt);
      expect(r.notRegistered).toBe(list.rows.length - 3);
    },
  );
});
