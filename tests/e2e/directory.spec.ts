import ExcelJS from "exceljs";
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import { expect, snap, test } from "./fixtures";
import { Shell } from "./pages/shell";

test.use({ demo: true });

async function peopleFile(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Cá nhân");
  ws.addRow([
    "Họ và tên",
    "Giới tính",
    "Ngày sinh (dd/mm/yyyy) hoặc năm sinh",
    "Đối tượng",
    "Chức vụ",
    "Lãnh đạo (Có/Không)",
    "Đơn vị (tên hoặc mã)",
    "Điện thoại",
    "Ghi chú",
  ]);
  ws.addRow([
    "Quách Văn Thành",
    "Nam",
    "05/02/1985",
    "Công chức",
    "Chuyên viên",
    "Không",
    "PNV",
    "",
    "",
  ]);
  ws.addRow([
    "Giáp Thị Hoà".normalize("NFD"),
    "Nữ",
    "1990",
    "cong chuc",
    "Chuyên viên",
    "",
    "phong noi vu",
    "",
    "",
  ]);
  ws.addRow(["La ThÞ Thuû", "Nữ", "12/11/1979", "Viên chức", "", "", "Phòng Y tế", "", ""]);
  ws.addRow(["Quách Văn Thành", "Nam", "05/02/1985", "Công chức", "", "", "PNV", "", ""]);
  ws.addRow(["Kiều Văn Khoa", "Nam", "1980", "Công chức", "", "", "Phòng Không Có", "", ""]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-import-")), "ca-nhan.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

test("a people file with tricky rows is previewed, imported, and the refused rows are explained", async ({
  page,
}) => {
  const shell = new Shell(page);
  await shell.go("Cá nhân");
  await expect(shell.heading("Cá nhân")).toBeVisible();
  await snap(page, "30-directory-people");
  await page.getByRole("button", { name: "Nhập từ Excel" }).click();
  await page.getByRole("menuitem", { name: "Nhập cá nhân từ tệp…" }).click();
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Chọn tệp…" }).click();
  await (await chooser).setFiles(await peopleFile());
  const preview = page.getByRole("table", { name: "Xem trước dữ liệu nhập" });
  await expect(preview).toBeVisible();
  await expect(page.getByText("Đã chuyển 1 ô từ mã TCVN3/VNI")).toBeVisible();
  const row = (n: number) =>
    preview
      .getByRole("row")
      .filter({ has: page.getByRole("cell", { name: String(n), exact: true }) });
  await expect(row(2)).toContainText("Thêm mới");
  await expect(row(3)).toContainText("Giáp Thị Hoà");
  await expect(row(4)).toContainText("La Thị Thuỷ");
  await expect(row(5)).toContainText("Trùng lặp");
  await expect(row(5)).toContainText("Trùng với dòng 2");
  await expect(row(6)).toContainText("Lỗi");
  await expect(row(6)).toContainText("Không tìm thấy đơn vị “Phòng Không Có”");
  await snap(page, "31-directory-import-preview");
  await page.getByRole("button", { name: "Nhập 3 dòng hợp lệ" }).click();
  await expect(page.getByText("Đã nhập dữ liệu")).toBeVisible();

  // Search without tone marks finds the imported people.
  const search = page.getByLabel("Tìm cá nhân");
  await search.fill("giap thi hoa");
  const list = page.getByRole("table", { name: "Danh sách cá nhân" });
  await expect(list.getByRole("row")).toHaveCount(2);
  await expect(list).toContainText("Giáp Thị Hoà");
  await expect(list).toContainText("Phòng Nội vụ");
  await search.fill("la thi thuy");
  await expect(list).toContainText("La Thị Thuỷ");
  await expect(list).toContainText("12/11/1979");
  await search.fill("kieu van khoa");
  await expect(page.getByText("Không có cá nhân nào khớp")).toBeVisible();
  await search.fill("quach van thanh");
  await expect(list.getByRole("row")).toHaveCount(2);
  await expect(list).toContainText("05/02/1985");

  // Edit the person: move to another unit; the history keeps the old one.
  await list.getByRole("link", { name: "Quách Văn Thành" }).click();
  await expect(page.getByRole("heading", { name: "Quách Văn Thành" })).toBeVisible();
  await page.getByRole("button", { name: "Sửa" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(/^Chức vụ$/).fill("Phó Trưởng phòng");
  await dialog.getByLabel("Chức vụ lãnh đạo, quản lý").check();
  await dialog.getByRole("combobox", { name: "Đơn vị" }).fill("Phòng Tư pháp");
  await page.getByRole("option", { name: "Phòng Tư pháp" }).click();
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText("Đã lưu cá nhân")).toBeVisible();
  const history = page.getByRole("table", { name: "Quá trình công tác" });
  await expect(history.getByRole("row")).toHaveCount(2);
  await expect(history).toContainText("Phòng Tư pháp");
  await expect(history).toContainText("Phòng Nội vụ");
  await expect(page.getByText("Lãnh đạo, quản lý")).toBeVisible();
  await snap(page, "32-directory-person");
});

test("global search finds people, households and units without tone marks", async ({ page }) => {
  const shell = new Shell(page);
  await shell.search("thanh phu");
  await expect(page.getByText("Xã Thạnh Phú", { exact: true })).toBeVisible();
  await snap(page, "33-directory-global-search");
  await page.getByText("Xã Thạnh Phú", { exact: true }).click();
  await expect(shell.heading("Đơn vị")).toBeVisible();
  await expect(page.getByLabel("Lọc đơn vị")).toHaveValue("Xã Thạnh Phú");
});

test("a unit's ratings for a year are edited in one grid", async ({ page }) => {
  const shell = new Shell(page);
  await shell.go("Đánh giá, xếp loại");
  await page.getByRole("combobox", { name: "Đơn vị" }).fill("Phòng Nội vụ");
  await page.getByRole("option", { name: "Phòng Nội vụ" }).click();
  const grid = page.getByRole("table", { name: "Bảng xếp loại" });
  await expect(grid).toBeVisible();
  const first = grid.getByRole("row").nth(1);
  const name = (await first.getByRole("cell").nth(1).textContent())!;
  await page.getByRole("combobox", { name: `Xếp loại ${name}` }).click();
  await page.getByRole("option", { name: "Không hoàn thành nhiệm vụ" }).click();
  await page.getByRole("textbox", { name: `Ghi chú ${name}` }).fill("Chưa đạt chỉ tiêu");
  await page.getByRole("button", { name: "Lưu cả bảng" }).click();
  await expect(page.getByText("Đã lưu kết quả xếp loại")).toBeVisible();
  await snap(page, "34-directory-ratings");
  await page.reload();
  await page.getByRole("combobox", { name: "Đơn vị" }).fill("Phòng Nội vụ");
  await page.getByRole("option", { name: "Phòng Nội vụ" }).click();
  await expect(page.getByRole("combobox", { name: `Xếp loại ${name}` })).toHaveValue(
    "Không hoàn thành nhiệm vụ",
  );
  await expect(page.getByRole("textbox", { name: `Ghi chú ${name}` })).toHaveValue(
    "Chưa đạt chỉ tiêu",
  );
});

test("units, clusters, households and initiatives screens", async ({ page }) => {
  const shell = new Shell(page);
  await shell.go("Đơn vị");
  await expect(page.getByRole("table", { name: "Cây đơn vị" })).toContainText("Ấp 1, Thạnh Phú");
  await page.getByLabel("Lọc đơn vị").fill("thanh phu");
  await expect(page.getByRole("table", { name: "Cây đơn vị" })).toContainText("Xã Thạnh Phú");
  await snap(page, "35-directory-units");
  await page.getByLabel("Lọc đơn vị").fill("");
  // A unit with people cannot be deleted: the app offers to deactivate it.
  await page.getByRole("button", { name: "Xóa Phòng Tư pháp" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Xóa" }).click();
  await expect(page.getByRole("dialog")).toContainText("Chuyển sang ngừng hoạt động?");
  await page.getByRole("dialog").getByRole("button", { name: "Ngừng hoạt động" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Phòng Tư pháp" })).toContainText(
    "Ngừng từ",
  );

  // The office extends the list of unit kinds.
  await page.getByRole("button", { name: "Loại đơn vị…" }).click();
  await page.getByLabel("Tên loại đơn vị mới").fill("Hợp tác xã kiểu mới");
  await page.getByRole("dialog").getByRole("button", { name: "Thêm" }).click();
  await expect(page.getByRole("dialog").getByText("Hợp tác xã kiểu mới")).toBeVisible();
  await page.getByLabel("Tên loại đơn vị mới").fill("hop tac xa kieu moi");
  await page.getByRole("dialog").getByRole("button", { name: "Thêm" }).click();
  await expect(page.getByRole("dialog").getByText("Đã có trong danh mục")).toBeVisible();
  await page.keyboard.press("Escape");

  await shell.go("Cụm, khối thi đua");
  await expect(page.getByText("Cụm thi đua số 1 (các xã, thị trấn)")).toBeVisible();
  await snap(page, "36-directory-clusters");
  const clustersFile = page.waitForEvent("download");
  await page.getByRole("button", { name: "Xuất Excel" }).click();
  expect((await clustersFile).suggestedFilename()).toMatch(/^Cum-khoi-thi-dua-\d{4}-.*\.xlsx$/);
  await shell.go("Hộ gia đình");
  await expect(
    page.getByRole("table", { name: "Danh sách hộ gia đình" }).getByRole("row"),
  ).not.toHaveCount(1);
  await snap(page, "37-directory-households");
  await shell.go("Sáng kiến, đề tài");
  await expect(
    page.getByRole("table", { name: "Danh sách sáng kiến" }).getByRole("row"),
  ).toHaveCount(41);
  const firstTitle = (await page
    .getByRole("table", { name: "Danh sách sáng kiến" })
    .getByRole("row")
    .nth(1)
    .getByRole("cell")
    .nth(1)
    .textContent())!;
  await snap(page, "38-directory-initiatives");
  // The export carries the list as filtered on screen.
  await page.getByRole("textbox", { name: "Tìm sáng kiến" }).fill(firstTitle);
  await expect(
    page.getByRole("table", { name: "Danh sách sáng kiến" }).getByRole("row"),
  ).not.toHaveCount(41);
  const initiativesFile = page.waitForEvent("download");
  await page.getByRole("button", { name: "Xuất Excel" }).click();
  const download = await initiativesFile;
  expect(download.suggestedFilename()).toMatch(/^Danh-sach-sang-kien-.*\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const ws = wb.worksheets[0]!;
  expect(ws.getCell("B2").value).toBe("Tên sáng kiến, đề tài");
  const shown =
    (await page.getByRole("table", { name: "Danh sách sáng kiến" }).getByRole("row").count()) - 1;
  expect(ws.rowCount).toBe(2 + shown);
  const titles = Array.from({ length: shown }, (_, i) => ws.getCell(`B${i + 3}`).value);
  expect(titles).toContain(firstTitle);
});
