import { expect, snap, test } from "./fixtures";
import { RegisterPageModel } from "./pages/documents";
import { Shell } from "./pages/shell";

test.use({ demo: true });

test("a Tờ trình is drafted, found without accents, issued with its number and previewed", async ({
  page,
}) => {
  const shell = new Shell(page);
  const register = new RegisterPageModel(page);
  await shell.go("Sổ văn bản");
  await expect(shell.heading("Sổ văn bản")).toBeVisible();

  // A missing Kính gửi is refused with a Vietnamese message and nothing is saved.
  await page.getByRole("button", { name: "Tạo văn bản" }).click();
  await register
    .dialog()
    .getByLabel(/^Trích yếu/)
    .fill("Về việc thử");
  await register.dialog().getByRole("button", { name: "Lưu" }).click();
  await expect(register.dialog().getByText("Kính gửi không được để trống")).toBeVisible();
  await snap(page, "59-documents-form-errors");
  await register.dialog().getByRole("button", { name: "Hủy" }).click();

  await register.createToTrinh(
    "Về việc đề nghị tặng Giấy khen đột xuất",
    "Phòng Nội vụ kính trình Chủ tịch UBND huyện xem xét khen thưởng đột xuất.",
  );
  await expect(page.getByText("Đã lưu văn bản dự thảo")).toBeVisible();
  const row = register.row("đột xuất");
  await expect(row).toContainText("…/TTr-");
  await expect(row).toContainText("Dự thảo");

  await page.getByLabel("Tìm văn bản").fill("de nghi tang giay khen dot xuat");
  await expect(page.getByRole("row")).toHaveCount(2);
  await page.getByLabel("Tìm văn bản").fill("khong co van ban nay");
  await expect(page.getByText("Không có văn bản nào khớp điều kiện tìm.")).toBeVisible();
  await page.getByLabel("Tìm văn bản").fill("");
  await snap(page, "60-documents-register-draft");

  await register.action("đột xuất", "Ban hành (cấp số)…");
  const dialog = register.dialog();
  await expect(dialog.getByText(/Số đề xuất: 01\/TTr-/)).toBeVisible();
  await snap(page, "61-documents-issue");
  await dialog.getByRole("button", { name: "Ban hành" }).click();
  await expect(page.getByText(/Đã ban hành văn bản số 01\/TTr-/)).toBeVisible();
  await expect(register.row("đột xuất")).toContainText("Đã ban hành");
  await expect(register.row("đột xuất")).toContainText("01/TTr-");

  await register.action("đột xuất", "Xem trước");
  await expect(page.getByRole("img", { name: "Trang 1" })).toBeVisible({ timeout: 60_000 });
  await snap(page, "62-documents-preview");
});

test("templates: try one, refuse a bad file with its message, keep the default", async ({
  page,
}) => {
  const shell = new Shell(page);
  await shell.go("Mẫu văn bản");
  await expect(shell.heading("Mẫu văn bản")).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "Tờ trình" });
  await expect(row.getByText("Mẫu mặc định")).toBeVisible();

  const download = page.waitForEvent("download");
  await row.getByRole("button", { name: "Dùng thử" }).click();
  expect((await download).suggestedFilename()).toBe("mau-thu-to-trinh.docx");

  const chooser = page.waitForEvent("filechooser");
  await row.getByRole("button", { name: "Nạp mẫu riêng…" }).click();
  await (
    await chooser
  ).setFiles({
    name: "to-trinh.docx",
    mimeType: "text/plain",
    buffer: Buffer.from("không phải docx"),
  });
  await expect(page.getByText(/Chưa nhận mẫu Tờ trình/)).toBeVisible();
  await expect(page.getByText(/không phải văn bản Word .docx/)).toBeVisible();
  await expect(row.getByText("Mẫu mặc định")).toBeVisible();
  await snap(page, "63-documents-templates-refused");
});
