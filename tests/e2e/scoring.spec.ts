import { expect, snap, test } from "./fixtures";
import { Shell } from "./pages/shell";

test.use({ demo: true });

test("a cluster's score table is created, members are scored, bad scores refused, and the ranking follows", async ({
  page,
}) => {
  const shell = new Shell(page);
  const year = new Date().getFullYear();
  await shell.go("Giao ước, chấm điểm");
  await expect(
    page.getByRole("heading", { name: `Giao ước, chấm điểm năm ${year}` }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Tạo bảng điểm" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(/^Cụm, khối thi đua/).click();
  await page.getByRole("option", { name: /^Cụm thi đua số 1 \(các xã, thị trấn\)/ }).click();
  await expect(dialog.getByLabel("Tên bảng điểm")).toHaveValue(
    `Bảng điểm giao ước thi đua năm ${year} – Cụm thi đua số 1 (các xã, thị trấn)`,
  );
  await dialog.getByRole("button", { name: "Tạo" }).click();
  await expect(page.getByText("Đã tạo bảng điểm")).toBeVisible();
  await expect(page.getByRole("tab", { name: "Xếp hạng", exact: true })).toBeVisible();

  // Score the first member: a score above its maximum is refused with the criterion named.
  await page.getByRole("tab", { name: "Chấm điểm" }).click();
  const sheet = page.getByRole("table", { name: "Chấm điểm" });
  await sheet.getByLabel("Tự chấm I", { exact: true }).fill("55");
  await page.getByRole("button", { name: "Lưu điểm" }).click();
  await expect(
    page.getByText("Điểm 55 của tiêu chí I vượt quá điểm tối đa 50.").first(),
  ).toBeVisible();
  await sheet.getByLabel("Tự chấm I", { exact: true }).fill("48");
  await sheet.getByLabel("Tự chấm II", { exact: true }).fill("9,5");
  await sheet.getByLabel("Tự chấm III", { exact: true }).fill("38");
  await sheet.getByLabel("Tự chấm C", { exact: true }).fill("4");
  await sheet.getByLabel("Phúc tra I", { exact: true }).fill("46");
  await sheet.getByLabel("Ghi chú I", { exact: true }).fill("Thiếu 01 báo cáo chuyên đề");
  await page.getByRole("button", { name: "Lưu điểm" }).click();
  await expect(page.getByText("Đã lưu điểm")).toBeVisible();
  await snap(page, "40-scoring-sheet");

  await page.getByRole("tab", { name: "Xếp hạng", exact: true }).click();
  const first = page.getByRole("table", { name: "Bảng xếp hạng" }).getByRole("row").nth(1);
  await expect(first).toContainText("97,5"); // 46 + 9,5 + 38 + 4
  await expect(first).not.toContainText("Hạng Nhất"); // one criterion (T) is not scored yet
  await expect(first).toContainText("Chưa đủ điểm");
  await expect(first).toContainText("Còn 1 tiêu chí chưa chấm");
  await page.getByRole("tab", { name: "Chấm điểm" }).click();
  await sheet.getByLabel("Tự chấm T", { exact: true }).fill("0");
  await page.getByRole("button", { name: "Lưu điểm" }).click();
  await expect(page.getByText("Đã lưu điểm").first()).toBeVisible();
  await page.getByRole("tab", { name: "Xếp hạng", exact: true }).click();
  await expect(first).toContainText("Hạng Nhất");
  await expect(first).toContainText("10.000.000 đồng");
  const others = page
    .getByRole("table", { name: "Bảng xếp hạng" })
    .getByRole("row")
    .filter({ hasText: "Chưa đủ điểm" });
  await expect(others).toHaveCount(4);
  await expect(others.filter({ hasText: "7.000.000" })).toHaveCount(0);
  await snap(page, "41-scoring-ranking");

  // A criteria tree that no longer sums to 100 is refused.
  await page.getByRole("tab", { name: "Bảng tiêu chí" }).click();
  await page.getByLabel("Điểm tối đa dòng 3").fill("35");
  await expect(page.getByText("Tổng điểm chuẩn: 95/100")).toBeVisible();
  await page.getByRole("button", { name: "Lưu bảng tiêu chí" }).click();
  await expect(
    page.getByText(/Tổng điểm chuẩn của bảng điểm là 95, phải đúng 100 điểm/).first(),
  ).toBeVisible();
});
