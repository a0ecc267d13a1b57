import { expect, snap, test } from "./fixtures";
import { Shell } from "./pages/shell";

test.use({ demo: true });

test("the profile is edited and kept, with a Vietnamese message for a bad value", async ({
  page,
}) => {
  const shell = new Shell(page);
  await expect(page.getByText("Dữ liệu mẫu")).toBeVisible();
  await shell.go("Cơ quan ban hành");
  const abbreviation = page.getByLabel(/^Chữ viết tắt trong số văn bản/);
  await expect(abbreviation).toHaveValue("PNV");
  await abbreviation.fill("P NV");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(
    page.getByText("Chữ viết tắt chỉ gồm chữ, số, dấu chấm hoặc gạch nối"),
  ).toBeVisible();
  await abbreviation.fill("NV");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Đã lưu thông tin cơ quan ban hành")).toBeVisible();
  await snap(page, "10-settings-profile");
  await page.reload();
  await expect(page.getByLabel(/^Chữ viết tắt trong số văn bản/)).toHaveValue("NV");
});

test("signers are added, made default, reordered and deleted after confirmation", async ({
  page,
}) => {
  const shell = new Shell(page);
  await shell.go("Người ký");
  await expect(shell.heading("Người ký")).toBeVisible();
  await page.getByRole("button", { name: "Thêm người ký" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(/^Họ và tên/).fill("Phạm Thị Hoa");
  await dialog.getByLabel(/^Chức vụ( \*)?$/).fill("Quyền Trưởng phòng");
  await dialog.getByLabel("Người ký mặc định").check();
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText("Đã lưu người ký")).toBeVisible();
  const rows = page.getByRole("row");
  await expect(rows.filter({ hasText: "Phạm Thị Hoa" }).getByText("Mặc định")).toBeVisible();
  await expect(rows.filter({ hasText: "Trần Văn Hùng" }).getByText("Mặc định")).toHaveCount(0);

  await page.getByRole("button", { name: "Chuyển Phạm Thị Hoa lên" }).click();
  await expect(page.getByRole("row").nth(2)).toContainText("Phạm Thị Hoa");
  await snap(page, "11-settings-signers");

  await page.getByRole("button", { name: "Xóa Phạm Thị Hoa" }).click();
  await page.getByRole("button", { name: "Hủy" }).click();
  await expect(rows.filter({ hasText: "Phạm Thị Hoa" })).toHaveCount(1);
  await page.getByRole("button", { name: "Xóa Phạm Thị Hoa" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Xóa" }).click();
  await expect(rows.filter({ hasText: "Phạm Thị Hoa" })).toHaveCount(0);
});

test("the council list is edited", async ({ page }) => {
  const shell = new Shell(page);
  await shell.go("Hội đồng TĐKT");
  await expect(page.getByRole("row").filter({ hasText: "Ngô Thanh Tâm" })).toContainText("Thư ký");
  await page.getByRole("button", { name: "Sửa Võ Thị Lan" }).click();
  await page.getByRole("dialog").getByLabel("Đang là thành viên").uncheck();
  await page.getByRole("dialog").getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Võ Thị Lan" })).toContainText(
    "Thôi tham gia",
  );
  await snap(page, "12-settings-council");
});

test("base salary history and rounding refuse bad values and keep good ones", async ({ page }) => {
  const shell = new Shell(page);
  await shell.go("Lương cơ sở, làm tròn");
  await expect(page.getByRole("cell", { name: "2.340.000 đồng" })).toBeVisible();
  await page.getByRole("button", { name: "Thêm mức lương" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(/^Mức lương cơ sở/).fill("2340000");
  await dialog.getByLabel(/^Áp dụng từ ngày/).fill("01/07/2024");
  await dialog.getByLabel(/^Áp dụng từ ngày/).press("Enter");
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(
    page.getByText("Đã có mức lương cơ sở áp dụng từ ngày 01/07/2024.").first(),
  ).toBeVisible();
  await expect(dialog.getByText("Trùng ngày hiệu lực với một mức đã có")).toBeVisible();
  await dialog.getByLabel(/^Mức lương cơ sở/).fill("2530000");
  // Enter in a field submits the form, as officers expect from a keyboard-friendly form.
  await dialog.getByLabel(/^Áp dụng từ ngày/).fill("01/07/2026");
  await dialog.getByLabel(/^Áp dụng từ ngày/).press("Enter");
  await expect(page.getByText("Đã lưu mức lương cơ sở")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "01/07/2026" })).toContainText(
    "2.530.000 đồng",
  );

  await page.getByLabel("Làm tròn đến bội số của (đồng)").fill("1000");
  await page.getByRole("button", { name: "Lưu quy tắc" }).click();
  await expect(page.getByText("Đã lưu quy tắc làm tròn")).toBeVisible();
  await snap(page, "13-settings-salary");
  await page.reload();
  await expect(page.getByLabel("Làm tròn đến bội số của (đồng)")).toHaveValue("1.000");
});

test("the catalogue refuses a negative coefficient and an overlapping period, and accepts a new version", async ({
  page,
}) => {
  const shell = new Shell(page);
  await shell.go("Danh hiệu, hình thức");
  await expect(
    page.getByRole("row").filter({ hasText: "Lao động tiên tiến" }).first(),
  ).toContainText("0,3");
  await page.getByRole("button", { name: "Thêm", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(/^Mã/).fill("ldtt");
  await expect(dialog.getByLabel(/^Mã/)).toHaveValue("LDTT");
  await dialog.getByLabel(/^Tên/).fill("Lao động tiên tiến");
  await dialog.getByLabel(/^Hệ số tiền thưởng/).fill("-1");
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(dialog.getByText("Hệ số tiền thưởng không được âm")).toBeVisible();
  await dialog.getByLabel(/^Hệ số tiền thưởng/).fill("0,35");
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(
    page.getByText(
      /Mã LDTT đã có bản ghi “Lao động tiên tiến” hiệu lực từ 01\/01\/2024 đến nay, chồng lấn/,
    ),
  ).toBeVisible();
  // A new version from 2030 still overlaps the open-ended current one…
  await dialog.getByLabel(/^Có hiệu lực từ/).fill("01/01/2030");
  await dialog.getByLabel(/^Có hiệu lực từ/).press("Enter");
  await expect(dialog.getByText("Khoảng hiệu lực chồng lấn với bản ghi cùng mã")).toBeVisible();
  await dialog.getByRole("button", { name: "Hủy" }).click();
  // …so the officer first ends the current version on 31/12/2029, then adds the new one.
  await page.getByRole("button", { name: "Sửa Lao động tiên tiến" }).click();
  await dialog.getByLabel(/^Hết hiệu lực sau ngày/).fill("31/12/2029");
  await dialog.getByLabel(/^Hết hiệu lực sau ngày/).press("Enter");
  const ldtt = page
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: "LDTT", exact: true }) });
  await expect(ldtt).toContainText("01/01/2024 – 31/12/2029");
  await page.getByRole("button", { name: "Thêm", exact: true }).click();
  await dialog.getByLabel(/^Mã/).fill("LDTT");
  await dialog.getByLabel(/^Tên/).fill("Lao động tiên tiến");
  await dialog.getByLabel(/^Hệ số tiền thưởng/).fill("0,35");
  await dialog.getByLabel(/^Có hiệu lực từ/).fill("01/01/2030");
  await dialog.getByLabel(/^Có hiệu lực từ/).press("Enter");
  await expect(page.getByText("Đã lưu danh hiệu/hình thức")).toBeVisible();
  // Not in force today: shown only under "Tất cả".
  await expect(page.getByRole("row").filter({ hasText: "01/01/2030" })).toHaveCount(0);
  await page.getByText("Tất cả (kể cả hết hiệu lực)").click();
  await expect(page.getByRole("row").filter({ hasText: "01/01/2030" })).toContainText("0,35");
  await snap(page, "14-settings-catalogue");
});

test("legal bases show which are no longer in force", async ({ page }) => {
  const shell = new Shell(page);
  await shell.go("Căn cứ pháp lý");
  const row = (number: string) =>
    page.getByRole("row").filter({ has: page.getByRole("cell", { name: number, exact: true }) });
  await expect(row("15/2003/QH11")).toContainText("Hết hiệu lực");
  await expect(row("91/2017/NĐ-CP")).toContainText("Hết hiệu lực");
  await expect(row("06/2022/QH15")).toContainText("Còn hiệu lực");
  await snap(page, "15-settings-legal");
});

test("working year and global search work across the app", async ({ page }) => {
  const shell = new Shell(page);
  const thisYear = new Date().getFullYear();
  await expect(page.getByText(`Năm thi đua ${thisYear}`)).toBeVisible();
  await shell.chooseYear(String(thisYear - 1));
  await expect(page.getByText(`Năm thi đua ${thisYear - 1}`)).toBeVisible();
  await page.reload();
  await expect(page.getByText(`Năm thi đua ${thisYear - 1}`)).toBeVisible();

  await shell.search("chien si co so");
  await expect(page.getByRole("button", { name: /Chiến sĩ thi đua cơ sở/ })).toBeVisible();
  await snap(page, "16-search");
  await page.getByRole("button", { name: /Chiến sĩ thi đua cơ sở/ }).click();
  await expect(shell.heading("Danh hiệu thi đua và hình thức khen thưởng")).toBeVisible();

  await shell.search("dang quoc bao");
  await page.getByRole("button", { name: /Đặng Quốc Bảo/ }).click();
  await expect(shell.heading("Hội đồng Thi đua – Khen thưởng")).toBeVisible();
});
