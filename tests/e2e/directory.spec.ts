import ExcelJS from "exceljs";
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import { expect, snap, test } from "./fixtures";
import { PersonPage } from "./pages/awards";
import { DirectoryListsPage, PeoplePage, RatingsPage, UnitsPage } from "./pages/directory";
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
  const people = new PeoplePage(page);
  const person = new PersonPage(page);
  await shell.go("Cá nhân");
  await expect(shell.heading("Cá nhân")).toBeVisible();
  await snap(page, "30-directory-people");
  await people.importFile(await peopleFile());
  await expect(people.importPreview()).toBeVisible();
  await expect(shell.notice("Đã chuyển 1 ô từ mã TCVN3/VNI")).toBeVisible();
  const row = people.previewRow;
  await expect(row(2)).toContainText("Thêm mới");
  await expect(row(3)).toContainText("Giáp Thị Hoà");
  await expect(row(4)).toContainText("La Thị Thuỷ");
  await expect(row(5)).toContainText("Trùng lặp");
  await expect(row(5)).toContainText("Trùng với dòng 2");
  await expect(row(6)).toContainText("Lỗi");
  await expect(row(6)).toContainText("Không tìm thấy đơn vị “Phòng Không Có”");
  await snap(page, "31-directory-import-preview");
  await people.confirmImport(3);
  await expect(shell.notice("Đã nhập dữ liệu")).toBeVisible();

  // Search without tone marks finds the imported people.
  const list = people.list();
  await people.search("giap thi hoa");
  await expect(people.listRows()).toHaveCount(2);
  await expect(list).toContainText("Giáp Thị Hoà");
  await expect(list).toContainText("Phòng Nội vụ");
  await people.search("la thi thuy");
  await expect(list).toContainText("La Thị Thuỷ");
  await expect(list).toContainText("12/11/1979");
  await people.search("kieu van khoa");
  await expect(people.noMatch()).toBeVisible();
  await people.search("quach van thanh");
  await expect(people.listRows()).toHaveCount(2);
  await expect(list).toContainText("05/02/1985");

  // Edit the person: move to another unit; the history keeps the old one.
  await people.open("Quách Văn Thành");
  await expect(person.anyHeading("Quách Văn Thành")).toBeVisible();
  const profile = {
    hometown: "Xã Phú Lý, huyện Vĩnh Cửu, tỉnh Đồng Nai",
    residence: "Khu phố 2, thị trấn Vĩnh An",
    education: "Cử nhân Luật",
  };
  await person.edit(
    { position: "Phó Trưởng phòng", leader: true, unit: "Phòng Tư pháp", profile },
    () => snap(page, "32-directory-person-form"),
  );
  await expect(shell.notice("Đã lưu cá nhân")).toBeVisible();
  await expect(person.info("Quê quán")).toContainText(profile.hometown);
  await expect(person.info("Trú quán")).toContainText(profile.residence);
  await expect(person.info("Trình độ chuyên môn, nghiệp vụ")).toContainText(profile.education);
  const history = person.history();
  await expect(history.getByRole("row")).toHaveCount(2);
  await expect(history).toContainText("Phòng Tư pháp");
  await expect(history).toContainText("Phòng Nội vụ");
  await expect(person.leaderMark()).toBeVisible();
  await snap(page, "32-directory-person");
});

test("global search finds people, households and units without tone marks", async ({ page }) => {
  const shell = new Shell(page);
  const units = new UnitsPage(page);
  await shell.search("thanh phu");
  await expect(shell.notice("Xã Thạnh Phú", { exact: true })).toBeVisible();
  await snap(page, "33-directory-global-search");
  await shell.notice("Xã Thạnh Phú", { exact: true }).click();
  await expect(shell.heading("Đơn vị")).toBeVisible();
  await expect(units.filterField()).toHaveValue("Xã Thạnh Phú");
});

test("a unit's ratings for a year are edited in one grid", async ({ page }) => {
  const shell = new Shell(page);
  const ratings = new RatingsPage(page);
  await shell.go("Đánh giá, xếp loại");
  await ratings.chooseUnit("Phòng Nội vụ");
  await expect(ratings.grid()).toBeVisible();
  const name = await ratings.firstPerson();
  await ratings.rate(name, "Không hoàn thành nhiệm vụ", "Chưa đạt chỉ tiêu");
  await ratings.save();
  await expect(shell.notice("Đã lưu kết quả xếp loại")).toBeVisible();
  await snap(page, "34-directory-ratings");
  await shell.reload();
  await ratings.chooseUnit("Phòng Nội vụ");
  await expect(ratings.rating(name)).toHaveValue("Không hoàn thành nhiệm vụ");
  await expect(ratings.note(name)).toHaveValue("Chưa đạt chỉ tiêu");
});

test("units, clusters, households and initiatives screens", async ({ page }) => {
  const shell = new Shell(page);
  const units = new UnitsPage(page);
  const lists = new DirectoryListsPage(page);
  await shell.go("Đơn vị");
  await expect(units.tree()).toContainText("Ấp 1, Thạnh Phú");
  await units.filter("thanh phu");
  await expect(units.tree()).toContainText("Xã Thạnh Phú");
  await snap(page, "35-directory-units");
  await units.filter("");
  // A unit with people cannot be deleted: the app offers to deactivate it.
  await units.askDelete("Phòng Tư pháp");
  await expect(units.dialog()).toContainText("Chuyển sang ngừng hoạt động?");
  await units.deactivateInstead();
  await expect(units.row("Phòng Tư pháp")).toContainText("Ngừng từ");

  // The office extends the list of unit kinds.
  await units.openUnitKinds();
  await units.addUnitKind("Hợp tác xã kiểu mới");
  await expect(units.dialog().getByText("Hợp tác xã kiểu mới")).toBeVisible();
  await units.addUnitKind("hop tac xa kieu moi");
  await expect(units.dialog().getByText("Đã có trong danh mục")).toBeVisible();
  await shell.escape();

  await shell.go("Cụm, khối thi đua");
  await expect(shell.notice("Cụm thi đua số 1 (các xã, thị trấn)")).toBeVisible();
  await snap(page, "36-directory-clusters");
  expect((await lists.exportExcel()).suggestedFilename()).toMatch(
    /^Cum-khoi-thi-dua-\d{4}-.*\.xlsx$/,
  );
  await shell.go("Hộ gia đình");
  await expect(lists.households().getByRole("row")).not.toHaveCount(1);
  await snap(page, "37-directory-households");
  await shell.go("Sáng kiến, đề tài");
  await expect(lists.initiativeRows()).toHaveCount(41);
  const firstTitle = await lists.initiativeTitle(1);
  await snap(page, "38-directory-initiatives");
  // The export carries the list as filtered on screen.
  await lists.searchInitiatives(firstTitle);
  await expect(lists.initiativeRows()).not.toHaveCount(41);
  const download = await lists.exportExcel();
  expect(download.suggestedFilename()).toMatch(/^Danh-sach-sang-kien-.*\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const ws = wb.worksheets[0]!;
  expect(ws.getCell("B2").value).toBe("Tên sáng kiến, đề tài");
  const shown = (await lists.initiativeRows().count()) - 1;
  expect(ws.rowCount).toBe(2 + shown);
  const titles = Array.from({ length: shown }, (_, i) => ws.getCell(`B${i + 3}`).value);
  expect(titles).toContain(firstTitle);
});
