import { execFileSync } from "node:child_process";
import { expect, snap, test } from "./fixtures";
import { CertificateLayoutPage } from "./pages/certificates";
import { Shell } from "./pages/shell";

test.use({ demo: true });

test("the Giấy khen layout: move a box, refuse one off the page, save, print the test page, restore", async ({
  page,
}) => {
  const shell = new Shell(page);
  const layout = new CertificateLayoutPage(page);
  const NAME = "Họ tên, tên tập thể";
  const TANG = "TẶNG / TẶNG DANH HIỆU";
  const PRINTER = "Máy in mặc định";
  await shell.go("Mẫu in Giấy khen");
  await expect(shell.heading("Mẫu in Giấy khen")).toBeVisible();
  await expect(layout.defaultsInUse()).toBeVisible();
  await expect(layout.preview()).toBeVisible();

  // A box pushed past the right edge is refused with the sum in mm; saving is not offered.
  const left = layout.left(NAME);
  await left.fill("100");
  await expect(
    shell.notice(
      'Ô "Họ tên, tên tập thể" vượt mép phải trang: lề trái + chiều rộng = 320 mm, tối đa 297 mm',
      { first: true },
    ),
  ).toBeVisible();
  await expect(layout.saveButton()).toBeDisabled();
  await layout.fontSize("Thành tích").fill("90");
  await expect(shell.notice("Thành tích: Cỡ chữ phải từ 6 đến 72")).toBeVisible();
  await snap(page, "70-certificates-invalid");

  await left.fill("38,5");
  await layout.fontSize("Thành tích").fill("15");
  await layout.top(NAME).fill("105,5");
  await layout.fontSize(NAME).fill("26");
  await layout.printOnBlank(TANG).uncheck();
  await layout.printerOffset(PRINTER).fill("-1,5");
  await expect(layout.invalidMark()).toHaveCount(0);
  await layout.save();
  await expect(shell.notice("Đã lưu mẫu in Giấy khen")).toBeVisible();

  // The saved values are what the page shows after a reload.
  await shell.reload();
  await expect(layout.top(NAME)).toHaveValue("105,5");
  await expect(layout.fontSize(NAME)).toHaveValue("26");
  await expect(layout.printOnBlank(TANG)).not.toBeChecked();
  await expect(layout.printerOffset(PRINTER)).toHaveValue("-1,5");
  await expect(layout.defaultsInUse()).toHaveCount(0);

  // Dragging a box on the preview moves it (in 0,5 mm steps).
  await layout.dragBox("recipientName", 40);
  const leftNow = Number((await left.inputValue()).replace(",", "."));
  expect(leftNow).toBeGreaterThan(38.5);
  expect((leftNow * 2) % 1).toBe(0);
  const top = layout.top(NAME);
  await expect(top).toHaveValue("105,5");
  await expect(layout.unsavedMark()).toBeVisible();
  await snap(page, "71-certificates-layout");

  // The test page is a one-page A4 landscape PDF with the boxes' labels.
  const file = await layout.printTestPage();
  expect(file.suggestedFilename()).toMatch(/^giay-khen-trang-thu(-\d+)?\.pdf$/);
  const pdf = await file.path();
  const info = execFileSync("pdfinfo", [pdf]).toString();
  expect(info).toMatch(/^Pages:\s+1$/m);
  expect(info).toMatch(/^Page size:\s+841\.89 x 595\.28 pts \(A4\)$/m);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString();
  expect(text).toContain("máy in: Máy in mặc định; độ lệch ngang −1,5 mm");
  expect(text).toContain("Họ tên, tên tập thể");
  expect(text).toContain("26 pt, đậm");
  expect(text).toContain("không in trên phôi");

  // Restoring the defaults asks first, then puts every box back (the printer offset stays).
  await layout.askRestoreDefaults();
  await expect(
    layout.dialog().getByText(/Danh sách máy in và độ lệch đã hiệu chỉnh được giữ nguyên/),
  ).toBeVisible();
  await layout.confirmRestore();
  await expect(shell.notice("Đã khôi phục vị trí mặc định")).toBeVisible();
  await expect(top).toHaveValue("103");
  await expect(layout.printOnBlank(TANG)).toBeChecked();
  await expect(layout.printerOffset(PRINTER)).toHaveValue("-1,5");
});
