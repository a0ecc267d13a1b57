import { execFileSync } from "node:child_process";
import { expect, snap, test } from "./fixtures";
import { Shell } from "./pages/shell";

test.use({ demo: true });

test("the Giấy khen layout: move a box, refuse one off the page, save, print the test page, restore", async ({
  page,
}) => {
  const shell = new Shell(page);
  await shell.go("Mẫu in Giấy khen");
  await expect(shell.heading("Mẫu in Giấy khen")).toBeVisible();
  await expect(page.getByText("Đang dùng vị trí mặc định")).toBeVisible();
  const preview = page.getByRole("img", { name: "Xem trước vị trí các ô trên trang A4 ngang" });
  await expect(preview).toBeVisible();

  // A box pushed past the right edge is refused with the sum in mm; saving is not offered.
  const left = page.getByLabel("Lề trái (mm) — Họ tên, tên tập thể", { exact: true });
  await left.fill("100");
  await expect(
    page
      .getByText(
        'Ô "Họ tên, tên tập thể" vượt mép phải trang: lề trái + chiều rộng = 320 mm, tối đa 297 mm',
      )
      .first(),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Lưu mẫu" })).toBeDisabled();
  await page.getByLabel("Cỡ chữ (pt) — Thành tích", { exact: true }).fill("90");
  await expect(page.getByText("Thành tích: Cỡ chữ phải từ 6 đến 72")).toBeVisible();
  await snap(page, "70-certificates-invalid");

  await left.fill("38,5");
  await page.getByLabel("Cỡ chữ (pt) — Thành tích", { exact: true }).fill("15");
  await page.getByLabel("Lề trên (mm) — Họ tên, tên tập thể", { exact: true }).fill("105,5");
  await page.getByLabel("Cỡ chữ (pt) — Họ tên, tên tập thể", { exact: true }).fill("26");
  await page.getByLabel("In trên phôi — TẶNG / TẶNG DANH HIỆU", { exact: true }).uncheck();
  await page.getByLabel("Độ lệch ngang (mm) — Máy in mặc định", { exact: true }).fill("-1,5");
  await expect(page.getByText("Mẫu in chưa hợp lệ")).toHaveCount(0);
  await page.getByRole("button", { name: "Lưu mẫu" }).click();
  await expect(page.getByText("Đã lưu mẫu in Giấy khen")).toBeVisible();

  // The saved values are what the page shows after a reload.
  await page.reload();
  await expect(page.getByLabel("Lề trên (mm) — Họ tên, tên tập thể", { exact: true })).toHaveValue(
    "105,5",
  );
  await expect(page.getByLabel("Cỡ chữ (pt) — Họ tên, tên tập thể", { exact: true })).toHaveValue(
    "26",
  );
  await expect(
    page.getByLabel("In trên phôi — TẶNG / TẶNG DANH HIỆU", { exact: true }),
  ).not.toBeChecked();
  await expect(
    page.getByLabel("Độ lệch ngang (mm) — Máy in mặc định", { exact: true }),
  ).toHaveValue("-1,5");
  await expect(page.getByText("Đang dùng vị trí mặc định")).toHaveCount(0);

  // Dragging a box on the preview moves it (in 0,5 mm steps).
  const name = preview.locator('g[data-field="recipientName"] rect');
  const box = (await name.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const leftNow = Number((await left.inputValue()).replace(",", "."));
  expect(leftNow).toBeGreaterThan(38.5);
  expect((leftNow * 2) % 1).toBe(0);
  const top = page.getByLabel("Lề trên (mm) — Họ tên, tên tập thể", { exact: true });
  await expect(top).toHaveValue("105,5");
  await expect(page.getByText("Có thay đổi chưa lưu")).toBeVisible();
  await snap(page, "71-certificates-layout");

  // The test page is a one-page A4 landscape PDF with the boxes' labels.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "In trang thử" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^giay-khen-trang-thu-\d+\.pdf$/);
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
  await page.getByRole("button", { name: "Khôi phục mặc định" }).click();
  const dialog = page.getByRole("dialog");
  await expect(
    dialog.getByText(/Danh sách máy in và độ lệch đã hiệu chỉnh được giữ nguyên/),
  ).toBeVisible();
  await dialog.getByRole("button", { name: "Khôi phục" }).click();
  await expect(page.getByText("Đã khôi phục vị trí mặc định")).toBeVisible();
  await expect(top).toHaveValue("103");
  await expect(
    page.getByLabel("In trên phôi — TẶNG / TẶNG DANH HIỆU", { exact: true }),
  ).toBeChecked();
  await expect(
    page.getByLabel("Độ lệch ngang (mm) — Máy in mặc định", { exact: true }),
  ).toHaveValue("-1,5");
});
