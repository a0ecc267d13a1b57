import { expect, snap, test } from "./fixtures";
import { Shell } from "./pages/shell";

test.use({ demo: true });

function isoToday(offsetDays = 0) {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  const p = (n: number) => String(n).padStart(2, "0");
  return {
    iso: `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`,
    vn: `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`,
    quarter: Math.floor(d.getMonth() / 3) + 1,
  };
}

test("a year starts from the built-in set, activities are edited and marked done, and the dashboard follows", async ({
  page,
}) => {
  const shell = new Shell(page);
  const year = new Date().getFullYear();
  await expect(page.getByText(`Chưa có kế hoạch năm ${year}`)).toBeVisible();
  await shell.go("Kế hoạch năm");
  await expect(page.getByRole("button", { name: `Sao chép từ năm ${year - 1}` })).toBeDisabled();
  await page.getByRole("button", { name: "Dùng bộ hoạt động mẫu theo 4 quý" }).click();
  await expect(page.getByText(/Đã tạo kế hoạch năm \d{4} với 18 hoạt động/)).toBeVisible();
  for (const q of ["Quý I", "Quý II", "Quý III", "Quý IV"])
    await expect(page.getByRole("heading", { name: q, exact: true })).toBeVisible();

  // A new activity due today: the quarter follows the date.
  const today = isoToday();
  await page.getByRole("button", { name: "Thêm hoạt động" }).click();
  const dialog = page.getByRole("dialog");
  await dialog
    .getByLabel(/^Nội dung hoạt động/)
    .fill("Gửi báo cáo nhanh về Ban Thi đua – Khen thưởng tỉnh");
  await dialog.getByLabel("Đơn vị chủ trì").fill("Phòng Nội vụ");
  await dialog.getByLabel("Hạn hoàn thành").fill(today.vn);
  await dialog.getByLabel("Hạn hoàn thành").press("Enter");
  await expect(page.getByText("Đã lưu hoạt động")).toBeVisible();
  const quarterName = ["Quý I", "Quý II", "Quý III", "Quý IV"][today.quarter - 1]!;
  await expect(page.getByRole("table", { name: `Hoạt động ${quarterName}` })).toContainText(
    "Gửi báo cáo nhanh",
  );
  const row = page.getByRole("row").filter({ hasText: "Gửi báo cáo nhanh" });
  await expect(row).toContainText(`Hạn ${today.vn}`);
  await expect(row).toContainText("Chưa bắt đầu");
  await snap(page, "30-plan");

  // The dashboard shows it as due this week; marking it done removes it.
  await shell.go("Tổng quan");
  const week = page.locator(".mantine-Card-root").filter({ hasText: "Đến hạn tuần này" });
  await expect(week).toContainText("Gửi báo cáo nhanh");
  await snap(page, "31-dashboard");
  await shell.go("Kế hoạch năm");
  await page
    .getByRole("button", { name: "Hoàn thành Gửi báo cáo nhanh về Ban Thi đua – Khen thưởng tỉnh" })
    .click();
  await expect(row).toContainText("Hoàn thành");
  await shell.go("Tổng quan");
  await expect(week).not.toContainText("Gửi báo cáo nhanh");

  // The plan's own text (sections I and III of the Kế hoạch).
  await shell.go("Kế hoạch năm");
  await page.getByRole("button", { name: "Nội dung kế hoạch" }).click();
  const content = page.getByRole("dialog");
  await content.getByRole("button", { name: "Thêm đơn vị và nhiệm vụ" }).click();
  await content.getByLabel("Đơn vị 1", { exact: true }).fill("Phòng Nội vụ");
  await content
    .getByLabel("Nhiệm vụ 1", { exact: true })
    .fill("Tham mưu, theo dõi, tổng hợp kết quả thực hiện.");
  await content.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText("Đã lưu nội dung kế hoạch")).toBeVisible();

  // The period report: done and not done, downloadable as Excel.
  await page.getByRole("button", { name: "Báo cáo kết quả" }).click();
  const report = page.getByRole("dialog");
  await report.getByText("Cả năm").click();
  await expect(report.getByRole("table", { name: "Đã hoàn thành" })).toContainText(
    "Gửi báo cáo nhanh",
  );
  const download = page.waitForEvent("download");
  await report.getByRole("button", { name: "Xuất Excel" }).click();
  expect((await download).suggestedFilename()).toBe(`ket-qua-ke-hoach-ca-nam-${year}.xlsx`);
  await snap(page, "33-plan-period-report");
  await report
    .getByRole("button", { name: "Close" })
    .or(report.locator(".mantine-Modal-close"))
    .first()
    .click();

  // The plan as a Kế hoạch: a draft in the register.
  await page.getByRole("button", { name: "Tạo văn bản Kế hoạch" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Tạo bản dự thảo" }).click();
  await expect(page.getByText("Đã tạo bản dự thảo Kế hoạch trong sổ văn bản")).toBeVisible();
  await expect(
    page.getByRole("row").filter({ hasText: `Công tác thi đua, khen thưởng năm ${year}` }),
  ).toContainText("…/KH-PNV");
  await snap(page, "32-plan-document-in-register");

  // The Kế hoạch is linked to the activity that produced it.
  await shell.go("Kế hoạch năm");
  await page.getByRole("button", { name: /^Trạng thái Xây dựng Kế hoạch phát động/ }).click();
  await page.getByRole("menuitem", { name: "Văn bản của hoạt động…" }).click();
  await page.getByRole("dialog").getByLabel("Văn bản trong sổ văn bản").click();
  await page.getByRole("option", { name: /…\/KH-PNV – Công tác thi đua/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText("Văn bản: …/KH-PNV")).toBeVisible();

  // Delete with confirmation, then undo.
  await shell.go("Kế hoạch năm");
  await page
    .getByRole("button", { name: "Xóa Gửi báo cáo nhanh về Ban Thi đua – Khen thưởng tỉnh" })
    .click();
  await page.getByRole("dialog").getByRole("button", { name: "Xóa" }).click();
  await expect(row).toHaveCount(0);
  await page.getByRole("button", { name: "Hoàn tác" }).click();
  await expect(row).toHaveCount(1);
});
