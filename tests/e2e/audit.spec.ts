import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expect, snap, test } from "./fixtures";
import { PersonPage } from "./pages/awards";
import { PeoplePage } from "./pages/directory";
import { Shell } from "./pages/shell";
import { downloadOf } from "./pages/ui";

test.use({ demo: true });

/** Adds a person to Phòng Nội vụ from the open Cá nhân page. */
async function addPerson(page: Page, fullName: string, position: string) {
  const shell = new Shell(page);
  await page.getByRole("button", { name: "Thêm cá nhân" }).click();
  const add = shell.dialog("Thêm cá nhân");
  await add.getByLabel("Họ và tên").fill(fullName);
  await add.getByLabel(/^Chức vụ$/).fill(position);
  await add.getByRole("combobox", { name: "Đơn vị" }).fill("Phòng Nội vụ");
  await page.getByRole("option", { name: "Phòng Nội vụ" }).click();
  await add.getByRole("button", { name: "Lưu" }).click();
  // The form closes once saved (an earlier save's notice may still be showing).
  await expect(add).toHaveCount(0);
  await expect(shell.notice("Đã lưu cá nhân", { first: true })).toBeVisible();
}

test("a person added and edited shows in the Nhật ký, its Excel and the person's Lịch sử thay đổi", async ({
  page,
}) => {
  const shell = new Shell(page);
  const people = new PeoplePage(page);
  const person = new PersonPage(page);
  const name = "Đoàn Thị Nhật Ký";
  const other = "Lê Văn Khác";

  // The officer adds two people, then promotes the second.
  await shell.go("Cá nhân");
  await expect(shell.heading("Cá nhân")).toBeVisible();
  await addPerson(page, other, "Chuyên viên");
  await addPerson(page, name, "Chuyên viên");
  await people.search("doan thi nhat ky");
  await people.open(name);
  await expect(person.anyHeading(name)).toBeVisible();
  await person.edit({ position: "Phó Trưởng phòng" });
  // The form closes once saved (the first save's notice may still be showing).
  await expect(person.editForm()).toHaveCount(0);
  await expect(shell.notice("Đã lưu cá nhân", { first: true })).toBeVisible();

  // Nhật ký: the chain is whole and both changes are there, newest first.
  await shell.go("Nhật ký");
  await expect(shell.heading("Nhật ký")).toBeVisible();
  const status = page.getByRole("alert").filter({ hasText: "Nhật ký nguyên vẹn" });
  await expect(status).toBeVisible();
  const log = page.getByRole("table", { name: "Nhật ký" });
  const rows = log.locator("tbody tr");
  // Her record's lines (the career-history lines that go with them name no one).
  const hers = rows.filter({ has: page.getByText(name, { exact: true }) });
  const edited = hers.filter({ hasText: "Chức vụ: Chuyên viên → Phó Trưởng phòng" });
  await expect(edited).toHaveCount(1);
  await expect(edited.getByRole("cell").nth(2)).toHaveText("Sửa");
  await expect(edited.getByRole("cell").nth(3)).toContainText("Danh bạ");
  // Her addition names her; its values are her record's own (the edit says what one was).
  const addedCell = page.getByRole("cell", { name: "Thêm", exact: true });
  const added = hers.filter({ has: addedCell });
  await expect(added).toHaveCount(1);
  await expect(added.getByRole("cell").nth(4)).toHaveText("");
  // Her lines are newest first: the edit above the addition.
  await expect(hers.first()).toContainText("Sửa");
  // The other person's line is there until the filter below.
  const others = rows.filter({ hasText: other });
  await expect(others.first()).toBeVisible();

  // Narrowed to her name, only her lines are left.
  await page.getByLabel("Tìm trong bản ghi, nội dung").fill(name);
  await expect(others).toHaveCount(0);
  await expect(rows.filter({ hasNotText: name })).toHaveCount(0);
  await expect(edited).toHaveCount(1);
  await expect(added).toHaveCount(1);
  // The saves' notices have gone from over the table.
  await expect(shell.notice("Đã lưu cá nhân")).toHaveCount(0);
  await snap(page, "16-04-nhat-ky");

  // Checked again on demand: still whole.
  await status.getByRole("button", { name: "Kiểm tra lại toàn bộ nhật ký" }).click();
  await expect(status).toContainText("vừa xong");
  await expect(page.getByText("Nhật ký đã bị can thiệp")).toHaveCount(0);

  // The filtered lines to Excel.
  const xlsx = await downloadOf(page, () =>
    page.getByRole("button", { name: "Xuất Excel" }).click(),
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await xlsx.path())!);
  const ws = wb.worksheets[0]!;
  expect(String(ws.getRow(1).getCell(1).value)).toMatch(/^Nhật ký thay đổi dữ liệu/);
  const lines: string[][] = [];
  ws.eachRow((r) => {
    const cells: string[] = [];
    r.eachCell((c) => cells.push(String(c.value)));
    lines.push(cells);
  });
  const withName = lines.filter((cells) => cells.includes(name));
  expect(withName.length).toBeGreaterThanOrEqual(2);
  expect(withName.flat()).toContain("Sửa");
  expect(withName.flat()).toContain("Chức vụ: Chuyên viên → Phó Trưởng phòng");
  expect(lines.flat().some((v) => v.includes(other))).toBe(false);

  // Her page lists the change; its link opens the Nhật ký narrowed to her.
  await shell.go("Cá nhân");
  await people.search("doan thi nhat ky");
  await people.open(name);
  await expect(person.anyHeading(name)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Lịch sử thay đổi" })).toBeVisible();
  const history = page.getByRole("table", { name: "Lịch sử thay đổi" });
  await expect(history).toContainText("Chức vụ: Chuyên viên → Phó Trưởng phòng");
  // Her addition, and the career-history line that came with it.
  await expect(history.locator("tbody tr").filter({ has: addedCell, hasText: name })).toHaveCount(
    1,
  );
  await expect(
    history.locator("tbody tr").filter({ has: addedCell, hasText: "Quá trình công tác" }),
  ).toHaveCount(1);
  await snap(page, "16-05-lich-su-ca-nhan");
  await page.getByRole("link", { name: "Xem trong Nhật ký" }).click();
  await expect(page).toHaveURL(/#\/nhat-ky\?ban-ghi=/);
  await expect(shell.heading("Nhật ký")).toBeVisible();
  await expect(shell.notice(`Chỉ bản ghi ${name} và những gì gắn với nó.`)).toBeVisible();
  await expect(edited).toHaveCount(1);
  await expect(added).toHaveCount(1);
  await expect(others).toHaveCount(0);
  await page.getByRole("button", { name: "Bỏ lọc bản ghi" }).click();
  await expect(page).toHaveURL(/#\/nhat-ky$/);
  await expect(shell.notice(/^Chỉ bản ghi/)).toHaveCount(0);
  await expect(others.first()).toBeVisible();
});
