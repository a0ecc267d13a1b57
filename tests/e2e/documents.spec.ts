import { expect, snap, test } from "./fixtures";
import { RegisterPageModel, TemplatesPage } from "./pages/documents";
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
  await register.openNew();
  await register.fillSummary("Về việc thử");
  await register.save();
  await expect(register.dialog().getByText("Kính gửi không được để trống")).toBeVisible();
  await snap(page, "59-documents-form-errors");
  await register.cancel();

  await register.createToTrinh(
    "Về việc đề nghị tặng Giấy khen đột xuất",
    "Phòng Nội vụ kính trình Chủ tịch UBND huyện xem xét khen thưởng đột xuất.",
  );
  await expect(shell.notice("Đã lưu văn bản dự thảo")).toBeVisible();
  const row = register.row("đột xuất");
  await expect(row).toContainText("…/TTr-");
  await expect(row).toContainText("Dự thảo");

  await register.search("de nghi tang giay khen dot xuat");
  await expect(register.rows()).toHaveCount(2);
  await register.search("khong co van ban nay");
  await expect(shell.notice("Không có văn bản nào khớp điều kiện tìm.")).toBeVisible();
  await register.search("");
  await snap(page, "60-documents-register-draft");

  await register.action("đột xuất", "Ban hành (cấp số)…");
  await expect(register.dialog().getByText(/Số đề xuất: 01\/TTr-/)).toBeVisible();
  await snap(page, "61-documents-issue");
  await register.confirmIssue();
  await expect(shell.notice(/Đã ban hành văn bản số 01\/TTr-/)).toBeVisible();
  await expect(register.row("đột xuất")).toContainText("Đã ban hành");
  await expect(register.row("đột xuất")).toContainText("01/TTr-");

  await register.action("đột xuất", "Xem trước");
  await expect(register.previewPage()).toBeVisible({ timeout: 60_000 });
  await snap(page, "62-documents-preview");
});

test("templates: try one, refuse a bad file with its message, keep the default", async ({
  page,
}) => {
  const shell = new Shell(page);
  const templates = new TemplatesPage(page);
  await shell.go("Mẫu văn bản");
  await expect(shell.heading("Mẫu văn bản")).toBeVisible();
  await expect(templates.defaultMark("Tờ trình")).toBeVisible();

  expect((await templates.tryOut("Tờ trình")).suggestedFilename()).toBe("mau-thu-to-trinh.docx");

  await templates.upload("Tờ trình", {
    name: "to-trinh.docx",
    mimeType: "text/plain",
    buffer: Buffer.from("không phải docx"),
  });
  await expect(shell.notice(/Chưa nhận mẫu Tờ trình/)).toBeVisible();
  await expect(shell.notice(/không phải văn bản Word .docx/)).toBeVisible();
  await expect(templates.defaultMark("Tờ trình")).toBeVisible();
  await snap(page, "63-documents-templates-refused");
});
