import { expect, snap, test } from "./fixtures";
import { Shell } from "./pages/shell";

test.use({ demo: true });

test("a drive like seed 004 is created with quotas per kind of unit and for a named unit; bad quotas are refused", async ({
  page,
}) => {
  const shell = new Shell(page);
  const year = new Date().getFullYear();
  // Mantine's Select is labelled on both its input and its list: aim at the input.
  const select = (name: string | RegExp) =>
    page.getByLabel(name, { exact: typeof name === "string" }).and(page.locator("input"));
  await shell.go("Phong trào thi đua");
  await page.getByRole("link", { name: "Thêm phong trào" }).click();
  await select("Loại phong trào").click();
  await page.getByRole("option", { name: "Đợt thi đua" }).click();
  await page
    .getByLabel(/^Tên phong trào/)
    .fill("Đợt thi đua lập thành tích chào mừng Đại hội Đảng các cấp");
  await page.getByLabel("Hạn nộp hồ sơ khen thưởng").fill(`15/12/${year}`);
  await page.getByLabel("Hạn nộp hồ sơ khen thưởng").press("Tab");
  await page.getByRole("button", { name: "Thêm chỉ tiêu" }).click();
  await page.getByLabel("Chỉ tiêu 1", { exact: true }).fill("100% xã, thị trấn đăng ký thi đua");

  await page.getByRole("button", { name: "Thêm hình thức khen thưởng" }).click();
  await select("Hình thức khen thưởng 1").click();
  await page.getByRole("option", { name: "Giấy khen (cá nhân) (Cá nhân)" }).click();
  await page.getByRole("button", { name: "Thêm số lượng" }).click();
  await select("Loại đơn vị 1").click();
  await page.getByRole("option", { name: "Xã, thị trấn" }).click();
  await page.getByLabel("Số lượng 1").fill("2");
  await page.getByRole("button", { name: "Thêm số lượng" }).click();
  await select("Phạm vi chỉ tiêu 2").click();
  await page.getByRole("option", { name: "Riêng đơn vị" }).click();
  await select("Đơn vị 2").fill("Trung tâm Y tế");
  await page
    .getByRole("option", { name: /Trung tâm Y tế/ })
    .first()
    .click();
  await page.getByLabel("Số lượng 2").fill("0");
  await page.getByRole("button", { name: "Lưu phong trào" }).click();
  await expect(page.getByText(/phải là số nguyên từ 1 trở lên/).first()).toBeVisible();
  await page.getByLabel("Số lượng 2").fill("5");
  await page.getByRole("button", { name: "Lưu phong trào" }).click();
  await expect(page.getByText("Đã lưu phong trào")).toBeVisible();
  await snap(page, "50-movement");

  await page.reload();
  await expect(page.getByLabel("Số lượng 2")).toHaveValue("5");
  await shell.go("Phong trào thi đua");
  await expect(
    page.getByText("Đợt thi đua lập thành tích chào mừng Đại hội Đảng các cấp"),
  ).toBeVisible();
  await expect(
    page.getByText(`1 hình thức khen thưởng · hạn nộp hồ sơ 15/12/${year}`),
  ).toBeVisible();
  await shell.go("Tổng quan");
  await shell.go("Kế hoạch năm");
  await page.getByRole("button", { name: "Dùng bộ hoạt động mẫu theo 4 quý" }).click();
  await shell.go("Tổng quan");
  await expect(
    page
      .getByText(
        "Hạn nộp hồ sơ khen thưởng: Đợt thi đua lập thành tích chào mừng Đại hội Đảng các cấp",
      )
      .first(),
  ).toBeVisible();
});
