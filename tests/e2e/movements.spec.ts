import fs from "node:fs";
import path from "node:path";
import { docxParts } from "../helpers/docx-xml";
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

test("the drive's Kế hoạch phát động is made from the movement page, with its quotas in words", async ({
  page,
  app,
}) => {
  const shell = new Shell(page);
  const year = new Date().getFullYear();
  const select = (name: string, within = page) =>
    within.getByLabel(name, { exact: true }).and(page.locator("input"));
  await shell.go("Phong trào thi đua");
  await page.getByRole("link", { name: "Thêm phong trào" }).click();
  await select("Loại phong trào").click();
  await page.getByRole("option", { name: "Đợt thi đua" }).click();
  await page
    .getByLabel(/^Tên phong trào/)
    .fill("Đợt thi đua lập thành tích chào mừng Đại hội Đảng các cấp");
  await page.getByLabel("Chủ đề").fill("Thi đua lập thành tích chào mừng Đại hội Đảng các cấp");
  await page.getByLabel("Hạn nộp hồ sơ khen thưởng").fill(`30/11/${year}`);
  await page.getByLabel("Hạn nộp hồ sơ khen thưởng").press("Tab");
  const cards = page.locator(".mantine-Card-root");
  // Giấy khen for individuals: 02 per commune; Giấy khen for households: 03 per commune.
  for (const [i, award, quota] of [
    [0, "Giấy khen (cá nhân) (Cá nhân)", "2"],
    [1, "Giấy khen (hộ gia đình) (Hộ gia đình)", "3"],
  ] as const) {
    await page.getByRole("button", { name: "Thêm hình thức khen thưởng" }).click();
    await select(`Hình thức khen thưởng ${i + 1}`).click();
    await page.getByRole("option", { name: award }).click();
    const card = cards.nth(i);
    await card.getByRole("button", { name: "Thêm số lượng" }).click();
    await card.getByLabel("Loại đơn vị 1", { exact: true }).and(page.locator("input")).click();
    await page.getByRole("option", { name: "Xã, thị trấn" }).click();
    await card.getByLabel("Số lượng 1").fill(quota);
  }
  // Bằng khen of the province: no more than 03 people in all.
  await page.getByRole("button", { name: "Thêm hình thức khen thưởng" }).click();
  await select("Hình thức khen thưởng 3").click();
  await page.getByRole("option", { name: /^Bằng khen của Chủ tịch UBND tỉnh \(cá nhân\)/ }).click();
  await cards.nth(2).getByLabel("Tổng số tối đa").fill("3");
  await page.getByRole("button", { name: "Lưu phong trào" }).click();
  await expect(page.getByText("Đã lưu phong trào")).toBeVisible();

  await page.getByRole("button", { name: "Tạo Kế hoạch phát động" }).click();
  const dialog = page.getByRole("dialog", { name: "Tạo Kế hoạch phát động" });
  await expect(dialog.getByLabel("Trích yếu")).toHaveValue(
    "Phát động Đợt thi đua lập thành tích chào mừng Đại hội Đảng các cấp",
  );
  await snap(page, "51-movement-plan-dialog");
  await dialog.getByRole("button", { name: "Tạo bản dự thảo" }).click();
  await expect(
    page.getByText("Đã tạo bản dự thảo Kế hoạch phát động trong sổ văn bản"),
  ).toBeVisible();
  await expect(
    page.getByText("Phát động Đợt thi đua lập thành tích chào mừng Đại hội Đảng các cấp").first(),
  ).toBeVisible();
  await snap(page, "52-movement-plan-register");

  const dir = path.join(app.dataDir, "documents", String(year));
  const file = fs.readdirSync(dir).find((f) => f.startsWith("ke-hoach-"))!;
  const text = (docxParts(fs.readFileSync(path.join(dir, file)))["word/document.xml"] ?? "")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "");
  expect(text).toContain("“Thi đua lập thành tích chào mừng Đại hội Đảng các cấp”.");
  expect(text).toContain("- Mỗi xã, thị trấn lựa chọn 02 cá nhân và 03 hộ gia đình.");
  expect(text).toContain("- Tổng số không quá 03 cá nhân.");
  expect(text).toMatch(
    new RegExp(`bình xét và gửi hồ sơ đề nghị khen thưởng về .+ trước ngày 30/11/${year}\\.`),
  );
});
