import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { docxParts } from "../helpers/docx-xml";
import { expect, snap, test } from "./fixtures";
import { Shell } from "./pages/shell";

test.use({ demo: true });

test("two units register through the grid, one through its .xlsx, then the roll-up and the office's pact", async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  const shell = new Shell(page);
  const year = new Date().getFullYear();
  const select = (name: string) =>
    page.getByLabel(name, { exact: true }).and(page.locator("input"));
  const units = page.getByRole("table", { name: "Danh sách đơn vị đăng ký" });
  const unitRow = (name: string) =>
    units.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });

  await shell.go("Đăng ký thi đua");
  await expect(shell.heading(`Đăng ký thi đua năm ${year}`)).toBeVisible();
  await expect(unitRow("Phòng Nội vụ")).toContainText("Chưa nộp");
  await snap(page, "70-registrations-list");

  // 1. Phòng Nội vụ through the grid: the whole unit as LĐTT, the first as CSTĐCS.
  await units.getByRole("link", { name: "Phòng Nội vụ", exact: true }).click();
  await expect(shell.heading(`Đăng ký thi đua ${year} – Phòng Nội vụ`)).toBeVisible();
  await page.getByRole("button", { name: "Thêm tất cả cá nhân của đơn vị" }).click();
  await expect(page.getByText(/^Đã thêm \d+ cá nhân của đơn vị/)).toBeVisible();
  await select("Danh hiệu dòng 1").click();
  await page.getByRole("option", { name: "Chiến sĩ thi đua cơ sở", exact: true }).click();
  await page.getByRole("button", { name: "Thêm danh hiệu tập thể" }).click();
  await select("Danh hiệu tập thể 1").click();
  await page.getByRole("option", { name: "Tập thể lao động tiên tiến", exact: true }).click();
  await page.getByRole("button", { name: "Thêm chỉ tiêu" }).click();
  await page
    .getByLabel("Chỉ tiêu 1", { exact: true })
    .fill("Cán bộ, công chức hoàn thành tốt nhiệm vụ");
  await page.getByLabel("Số lượng chỉ tiêu 1").fill("100");
  await page.getByLabel("Đơn vị tính chỉ tiêu 1").fill("%");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Đã lưu bản đăng ký")).toBeVisible();
  await page.getByRole("button", { name: "Tình trạng" }).click();
  await page.getByRole("menuitem", { name: "Đã nhận (đã nộp)…" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByText("Đã chuyển sang “Đã nộp”")).toBeVisible();
  await snap(page, "71-registration-grid");

  // 2. A commune through the grid with the person picker: one from the directory, one new name.
  await page.getByRole("link", { name: "Danh sách" }).click();
  const commune = (await units.getByRole("link", { name: /^Xã / }).first().textContent())!;
  await units.getByRole("link", { name: commune, exact: true }).click();
  await page.getByRole("button", { name: "Thêm cá nhân" }).click();
  await select("Cá nhân dòng 1").fill("n");
  const firstPerson = page
    .getByRole("option")
    .filter({ hasNotText: "chưa có trong danh bạ" })
    .first();
  await expect(firstPerson).toBeVisible();
  await firstPerson.click();
  await page.getByRole("button", { name: "Thêm cá nhân" }).click();
  await select("Cá nhân dòng 2").fill("Đỗ Văn Thử");
  await page.getByRole("option", { name: "Ghi tên “Đỗ Văn Thử” (chưa có trong danh bạ)" }).click();
  await page.getByLabel("Năm sinh dòng 2").fill("1995");
  // The same free name twice is warned about inline before saving.
  await page.getByRole("button", { name: "Thêm cá nhân" }).click();
  await select("Cá nhân dòng 3").fill("Đỗ Văn Thử");
  await page.getByRole("option", { name: "Ghi tên “Đỗ Văn Thử” (chưa có trong danh bạ)" }).click();
  await page.getByLabel("Năm sinh dòng 3").fill("1995");
  await expect(
    page.getByText("⚠ Đỗ Văn Thử được đăng ký hai lần trong bản đăng ký này (dòng 2 và dòng 3)."),
  ).toBeVisible();
  await snap(page, "72-registration-warning");
  await page.getByRole("button", { name: "Xóa dòng 3" }).click();
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Đã lưu bản đăng ký")).toBeVisible();
  await expect(page.getByText("Cá nhân đăng ký (2)")).toBeVisible();

  // 3. A third unit through the .xlsx template it filled in.
  await page.getByRole("link", { name: "Danh sách" }).click();
  const school = (await units
    .getByRole("link", { name: /^Trường / })
    .first()
    .textContent())!;
  await units.getByRole("link", { name: school, exact: true }).click();
  await page.getByRole("button", { name: "Nhập từ Excel" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Tải tệp mẫu" }).click();
  const template = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-reg-")), "mau.xlsx");
  await (await download).saveAs(template);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const people = wb.getWorksheet("Cá nhân")!;
  people.getRow(3).values = ["Lâm Thị Nhập", 1990, "Giáo viên", "Không", "Lao động tiên tiến", ""];
  people.getRow(4).values = [
    "Lâm Văn Nhập",
    1986,
    "Hiệu trưởng",
    "Có",
    "Chiến sĩ thi đua cơ sở",
    "",
  ];
  wb.getWorksheet("Tập thể")!.getRow(3).values = ["Tập thể lao động tiên tiến", ""];
  wb.getWorksheet("Chỉ tiêu")!.getRow(3).values = ["Tỷ lệ học sinh lên lớp", 98, "%"];
  await wb.xlsx.writeFile(template);
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Chọn tệp…" }).click();
  await (await chooser).setFiles(template);
  const preview = page.getByRole("table", { name: "Xem trước bản đăng ký" });
  await expect(preview).toContainText("Lâm Thị Nhập");
  await expect(preview).toContainText("Chưa có trong danh bạ của đơn vị: giữ họ tên như trong tệp");
  await snap(page, "73-registration-import-preview");
  await page.getByRole("button", { name: "Nhập bản đăng ký" }).click();
  await expect(page.getByText("Đã nhập bản đăng ký của đơn vị")).toBeVisible();
  await expect(page.getByText("Cá nhân đăng ký (2)")).toBeVisible();
  await expect(page.getByText("Đã nộp").first()).toBeVisible();

  // 4. The roll-up, in Excel and Word, and the office's own pact.
  await page.getByRole("link", { name: "Danh sách" }).click();
  await expect(unitRow("Phòng Nội vụ")).toContainText("Đã nộp");
  await expect(unitRow(school)).toContainText("Đã nộp");
  await expect(unitRow(commune)).toContainText("Chưa nộp");
  await snap(page, "74-registrations-after");
  const word = page.waitForEvent("download");
  await page.getByRole("button", { name: "Bảng tổng hợp" }).click();
  await page.getByRole("menuitem", { name: "Tổng hợp đăng ký (Word)" }).click();
  const wordFile = path.join(path.dirname(template), "tong-hop.docx");
  await (await word).saveAs(wordFile);
  const text = (docxParts(fs.readFileSync(wordFile))["word/document.xml"] ?? "")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "");
  expect(text).toContain(`BẢNG TỔNG HỢP ĐĂNG KÝ THI ĐUA NĂM ${year}`);
  for (const name of ["Phòng Nội vụ", commune, school, "Tổng cộng"]) expect(text).toContain(name);
  const excel = page.waitForEvent("download");
  await page.getByRole("button", { name: "Bảng tổng hợp" }).click();
  await page.getByRole("menuitem", { name: "Tổng hợp đăng ký (Excel)" }).click();
  expect((await excel).suggestedFilename()).toBe(`Tong-hop-dang-ky-thi-dua-${year}.xlsx`);

  await page.getByRole("button", { name: "Đăng ký giao ước của cơ quan" }).click();
  const dialog = page.getByRole("dialog", { name: "Đăng ký giao ước thi đua của cơ quan" });
  await expect(
    dialog.getByLabel(/^Bản đăng ký của cơ quan/).and(page.locator("input")),
  ).toHaveValue(/^Phòng Nội vụ/);
  await snap(page, "75-registration-pact-dialog");
  await dialog.getByRole("button", { name: "Tạo bản dự thảo" }).click();
  await expect(
    page.getByText("Đã tạo bản dự thảo Đăng ký giao ước thi đua trong sổ văn bản"),
  ).toBeVisible();
  await expect(page.getByText(`đăng ký giao ước thi đua năm ${year}`).first()).toBeVisible();
  await snap(page, "76-registration-pact-register");
  const dir = path.join(app.dataDir, "documents", String(new Date().getFullYear()));
  const pact = fs.readdirSync(dir).find((f) => f.startsWith("cong-van-"))!;
  const pactText = (
    docxParts(fs.readFileSync(path.join(dir, pact)))["word/document.xml"] ?? ""
  ).replace(/<[^>]+>/g, "");
  expect(pactText).toContain(`Phòng Nội vụ đăng ký giao ước thi đua năm ${year}`);
  expect(pactText).toContain("Cán bộ, công chức hoàn thành tốt nhiệm vụ");
});
