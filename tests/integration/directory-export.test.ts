import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestBackend, type TestBackend } from "../helpers/backend";

let t: TestBackend;
beforeEach(async () => {
  t = await startTestBackend();
});
afterEach(() => t.cleanup());

const unit = (name: string, extra: Record<string, unknown> = {}) =>
  t.expectOk("directory.saveUnit", { name, kind: "co_quan_chuyen_mon", ...extra });
const person = (fullName: string, unitId: string | null, extra: Record<string, unknown> = {}) =>
  t.expectOk("directory.savePerson", {
    fullName,
    gender: "nam",
    category: "cong_chuc",
    unitId,
    ...extra,
  });

async function sheet(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets[0]!;
}
/** The cell values of a row, one per header column; empty cells are null. */
const cells = (ws: ExcelJS.Worksheet, row: number) =>
  Array.from({ length: ws.getRow(2).cellCount }, (_, i) => ws.getRow(row).getCell(i + 1).value);

describe("export of clusters, initiatives and ratings", () => {
  it("writes the clusters of the chosen year, one line per member with its role", async () => {
    const a = await unit("Xã Thạnh Phú", { kind: "xa_thi_tran" });
    const b = await unit("Xã Tân Bình", { kind: "xa_thi_tran" });
    const c = await unit("Phòng Nội vụ");
    await t.expectOk("directory.saveCluster", { name: "Cụm thi đua số 1", kind: "cum" });
    await t.expectOk("directory.saveCluster", {
      name: "=Khối cơ quan",
      kind: "khoi",
      note: "-ghi chú",
    });
    const [cum, khoi] = await t.expectOk("directory.listClusters", { year: 2025 });
    await t.expectOk("directory.setClusterMembers", {
      clusterId: cum!.id,
      year: 2025,
      members: [
        { unitId: a.id, role: "thanh_vien" },
        { unitId: b.id, role: "truong" },
      ],
    });
    // Another year's members are not part of the 2025 list.
    await t.expectOk("directory.setClusterMembers", {
      clusterId: khoi!.id,
      year: 2024,
      members: [{ unitId: c.id, role: "truong" }],
    });

    const { path: file, fileName } = await t.expectOk("directory.exportClusters", { year: 2025 });
    expect(fileName).toMatch(/^Cum-khoi-thi-dua-2025-\d{8}-\d{6}\.xlsx$/);
    const ws = await sheet(file);
    expect(ws.getCell("A1").value).toBe("Cụm, khối thi đua năm 2025 (2 cụm, khối)");
    expect(cells(ws, 2)).toEqual([
      "STT",
      "Cụm, khối",
      "Loại",
      "Đơn vị thành viên",
      "Vai trò",
      "Ghi chú",
    ]);
    expect(ws.rowCount).toBe(5);
    expect(cells(ws, 3)).toEqual([
      1,
      "Cụm thi đua số 1",
      "Cụm thi đua",
      "Xã Tân Bình",
      "Trưởng",
      "",
    ]);
    expect(cells(ws, 4)).toEqual([
      2,
      "Cụm thi đua số 1",
      "Cụm thi đua",
      "Xã Thạnh Phú",
      "Thành viên",
      "",
    ]);
    // The cluster without members in 2025 keeps its line; its name is written as text.
    expect(cells(ws, 5)).toEqual([3, "'=Khối cơ quan", "Khối thi đua", "", "", "'-ghi chú"]);
    expect(ws.getCell("B5").formula).toBeUndefined();
    expect(ws.getCell("B5").type).toBe(ExcelJS.ValueType.String);
  });

  it("writes the initiatives as filtered, with dd/mm/yyyy decision dates and no formulas", async () => {
    const u = await unit("Phòng Giáo dục");
    const an = await person("Nguyễn Văn An", u.id);
    const binh = await person("Lê Thị Bình", u.id, { gender: "nu" });
    await t.expectOk("directory.saveInitiative", {
      title: '=HYPERLINK("http://x")',
      year: 2024,
      level: "huyen",
      decisionNumber: "125/QĐ-UBND",
      decisionDate: "2024-03-07",
      scope: "+Toàn huyện",
      authorIds: [an.id, binh.id],
    });
    await t.expectOk("directory.saveInitiative", {
      title: "Số hóa hồ sơ học sinh",
      year: 2023,
      level: "co_so",
      authorIds: [binh.id],
    });
    await t.expectOk("directory.saveInitiative", {
      title: "Ứng dụng bản đồ số",
      year: 2024,
      level: "tinh",
      authorIds: [an.id],
    });

    const read = async (filter: Record<string, unknown>) =>
      sheet((await t.expectOk("directory.exportInitiatives", filter)).path);

    // The year filter: two of the three, in the order the screen lists them.
    const listed = await t.expectOk("directory.listInitiatives", { year: 2024 });
    const byYear = await read({ year: 2024 });
    expect(byYear.getCell("A1").value).toBe("Danh sách sáng kiến, đề tài năm 2024 (2 sáng kiến)");
    expect(cells(byYear, 2)).toEqual([
      "STT",
      "Tên sáng kiến, đề tài",
      "Năm",
      "Cấp công nhận",
      "Số quyết định",
      "Ngày quyết định",
      "Phạm vi ảnh hưởng, hiệu quả",
      "Tác giả",
    ]);
    expect(byYear.rowCount).toBe(4);
    expect([byYear.getCell("B3").value, byYear.getCell("B4").value]).toEqual(
      listed.map((i) => (i.title.startsWith("=") ? `'${i.title}` : i.title)),
    );
    const row = [3, 4].find((r) => byYear.getCell(`E${r}`).value === "125/QĐ-UBND")!;
    expect(cells(byYear, row)).toEqual([
      row - 2,
      '\'=HYPERLINK("http://x")',
      2024,
      "Cấp huyện",
      "125/QĐ-UBND",
      "07/03/2024",
      "'+Toàn huyện",
      "Nguyễn Văn An, Lê Thị Bình",
    ]);
    expect(byYear.getCell(`B${row}`).formula).toBeUndefined();
    expect(byYear.getCell(`B${row}`).type).toBe(ExcelJS.ValueType.String);

    // The search text (tone marks ignored, authors included) is applied too.
    const bySearch = await read({ q: "le thi binh" });
    expect(bySearch.getCell("A1").value).toBe("Danh sách sáng kiến, đề tài (2 sáng kiến)");
    expect(bySearch.rowCount).toBe(4);
    const both = await read({ q: "so hoa", year: 2023 });
    expect(both.rowCount).toBe(3);
    expect(both.getCell("B3").value).toBe("Số hóa hồ sơ học sinh");
    expect(both.getCell("F3").value).toBeNull();
  });

  it("writes a unit's ratings grid for a year, the unit's own rating first", async () => {
    const u = await unit("Phòng Nội vụ");
    const other = await unit("Phòng Tư pháp");
    const an = await person("Nguyễn Văn An", u.id, { position: "Trưởng phòng" });
    const binh = await person("Lê Thị Bình", u.id, { gender: "nu", position: "Chuyên viên" });
    await person("Trần Văn Cường", other.id);
    await t.expectOk("directory.saveRatingsGrid", {
      unitId: u.id,
      year: 2024,
      unitRating: "htxs",
      rows: [
        { personId: an.id, rating: "ht_tot", note: "@tham khảo" },
        { personId: binh.id, rating: null, note: "" },
      ],
    });
    await t.expectOk("directory.saveRatingsGrid", {
      unitId: u.id,
      year: 2023,
      unitRating: "kht",
      rows: [{ personId: binh.id, rating: "kht", note: "" }],
    });

    const { path: file } = await t.expectOk("directory.exportRatings", {
      unitId: u.id,
      year: 2024,
    });
    const ws = await sheet(file);
    expect(ws.getCell("A1").value).toBe("Kết quả đánh giá, xếp loại năm 2024 – Phòng Nội vụ");
    expect(cells(ws, 2)).toEqual(["STT", "Họ và tên", "Chức vụ", "Xếp loại", "Ghi chú"]);
    expect(ws.rowCount).toBe(5);
    expect(cells(ws, 3)).toEqual([
      null,
      "Tập thể Phòng Nội vụ",
      "",
      "Hoàn thành xuất sắc nhiệm vụ",
      "",
    ]);
    const people = [cells(ws, 4), cells(ws, 5)];
    expect(people.map((r) => r[0])).toEqual([1, 2]);
    expect(people).toEqual(
      expect.arrayContaining([
        [
          expect.any(Number),
          "Nguyễn Văn An",
          "Trưởng phòng",
          "Hoàn thành tốt nhiệm vụ",
          "'@tham khảo",
        ],
        [expect.any(Number), "Lê Thị Bình", "Chuyên viên", "", ""],
      ]),
    );

    const missing = await t.call("directory.exportRatings", {
      unitId: "00000000-0000-4000-8000-000000000000",
      year: 2024,
    });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe("NOT_FOUND");
  });
});
