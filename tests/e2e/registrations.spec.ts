import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { docxParts } from "../helpers/docx-xml";
import { expect, snap, test } from "./fixtures";
import { RegistrationPage } from "./pages/registrations";
import { Shell } from "./pages/shell";

test.use({ demo: true });

test("two units register through the grid, one through its .xlsx, then the roll-up and the office's pact", async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  const shell = new Shell(page);
  const registration = new RegistrationPage(page);
  const year = new Date().getFullYear();
  const unitRow = registration.unitRow;

  await shell.go("Đăng ký thi đua");
  await expect(shell.heading(`Đăng ký thi đua năm ${year}`)).toBeVisible();
  await expect(unitRow("Phòng Nội vụ")).toContainText("Chưa nộp");
  await snap(page, "70-registrations-list");

  // 1. Phòng Nội vụ through the grid: the whole unit as LĐTT, the first as CSTĐCS.
  await registration.openUnit("Phòng Nội vụ");
  await expect(shell.heading(`Đăng ký thi đua ${year} – Phòng Nội vụ`)).toBeVisible();
  await registration.addAllPeople();
  await expect(shell.notice(/^Đã thêm \d+ cá nhân của đơn vị/)).toBeVisible();
  await registration.setPersonAward(1, "Chiến sĩ thi đua cơ sở");
  await registration.addCollectiveAward(1, "Tập thể lao động tiên tiến");
  await registration.addTarget(1, {
    text: "Cán bộ, công chức hoàn thành tốt nhiệm vụ",
    number: "100",
    unit: "%",
  });
  await registration.save();
  await expect(shell.notice("Đã lưu bản đăng ký")).toBeVisible();
  await registration.markSubmitted();
  await expect(shell.notice("Đã chuyển sang “Đã nộp”")).toBeVisible();
  await snap(page, "71-registration-grid");

  // 2. A commune through the grid with the person picker: one from the directory, one new name.
  await registration.backToList();
  const commune = await registration.firstUnitNamed(/^Xã /);
  await registration.openUnit(commune);
  const firstPerson = (await registration.addPersonRow(1, "n")).first();
  await expect(firstPerson).toBeVisible();
  await firstPerson.click();
  await registration.addPerson(2, "Đỗ Văn Thử", "1995");
  // The same free name twice is warned about inline before saving.
  await registration.addPerson(3, "Đỗ Văn Thử", "1995");
  await expect(
    shell.notice("⚠ Đỗ Văn Thử được đăng ký hai lần trong bản đăng ký này (dòng 2 và dòng 3)."),
  ).toBeVisible();
  await snap(page, "72-registration-warning");
  await registration.deleteRow(3);
  await registration.save();
  await expect(shell.notice("Đã lưu bản đăng ký")).toBeVisible();
  await expect(registration.peopleCount(2)).toBeVisible();

  // 3. A third unit through the .xlsx template it filled in.
  await registration.backToList();
  const school = await registration.firstUnitNamed(/^Trường /);
  await registration.openUnit(school);
  await registration.openImport();
  const download = await registration.downloadTemplate();
  const template = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-reg-")), "mau.xlsx");
  await download.saveAs(template);
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
  await registration.chooseFile(template);
  const preview = registration.importPreview();
  await expect(preview).toContainText("Lâm Thị Nhập");
  await expect(preview).toContainText("Chưa có trong danh bạ của đơn vị: giữ họ tên như trong tệp");
  await snap(page, "73-registration-import-preview");
  await registration.confirmImport();
  await expect(shell.notice("Đã nhập bản đăng ký của đơn vị")).toBeVisible();
  await expect(registration.peopleCount(2)).toBeVisible();
  await expect(registration.submittedMark()).toBeVisible();

  // 4. The roll-up, in Excel and Word, and the office's own pact.
  await registration.backToList();
  await expect(unitRow("Phòng Nội vụ")).toContainText("Đã nộp");
  await expect(unitRow(school)).toContainText("Đã nộp");
  await expect(unitRow(commune)).toContainText("Chưa nộp");
  await snap(page, "74-registrations-after");
  const wordFile = path.join(path.dirname(template), "tong-hop.docx");
  await (await registration.rollUp("Word")).saveAs(wordFile);
  const text = (docxParts(fs.readFileSync(wordFile))["word/document.xml"] ?? "")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "");
  expect(text).toContain(`BẢNG TỔNG HỢP ĐĂNG KÝ THI ĐUA NĂM ${year}`);
  for (const name of ["Phòng Nội vụ", commune, school, "Tổng cộng"]) expect(text).toContain(name);
  expect((await registration.rollUp("Excel")).suggestedFilename()).toBe(
    `Tong-hop-dang-ky-thi-dua-${year}.xlsx`,
  );

  await registration.openPact();
  await expect(registration.pactUnit()).toHaveValue(/^Phòng Nội vụ/);
  await snap(page, "75-registration-pact-dialog");
  await registration.confirmPact();
  await expect(
    shell.notice("Đã tạo bản dự thảo Đăng ký giao ước thi đua trong sổ văn bản"),
  ).toBeVisible();
  await expect(shell.notice(`đăng ký giao ước thi đua năm ${year}`, { first: true })).toBeVisible();
  await snap(page, "76-registration-pact-register");
  const dir = path.join(app.dataDir, "documents", String(new Date().getFullYear()));
  const pact = fs.readdirSync(dir).find((f) => f.startsWith("cong-van-"))!;
  const pactText = (
    docxParts(fs.readFileSync(path.join(dir, pact)))["word/document.xml"] ?? ""
  ).replace(/<[^>]+>/g, "");
  expect(pactText).toContain(`Phòng Nội vụ đăng ký giao ước thi đua năm ${year}`);
  expect(pactText).toContain("Cán bộ, công chức hoàn thành tốt nhiệm vụ");
});
