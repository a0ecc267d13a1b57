import { expect, snap, test } from "./fixtures";
import { PlanPage } from "./pages/plans";
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
  const plan = new PlanPage(page);
  const year = new Date().getFullYear();
  const ACTIVITY = "Gửi báo cáo nhanh về Ban Thi đua – Khen thưởng tỉnh";
  await expect(plan.noPlan(year)).toBeVisible();
  await shell.go("Kế hoạch năm");
  await expect(plan.copyButton(year - 1)).toBeDisabled();
  await plan.useBuiltInSet();
  await expect(shell.notice(/Đã tạo kế hoạch năm \d{4} với 18 hoạt động/)).toBeVisible();
  for (const q of ["Quý I", "Quý II", "Quý III", "Quý IV"])
    await expect(plan.quarter(q)).toBeVisible();

  // A new activity due today: the quarter follows the date.
  const today = isoToday();
  await plan.addActivity({ content: ACTIVITY, lead: "Phòng Nội vụ", due: today.vn });
  await expect(shell.notice("Đã lưu hoạt động")).toBeVisible();
  const quarterName = ["Quý I", "Quý II", "Quý III", "Quý IV"][today.quarter - 1]!;
  await expect(plan.quarterTable(quarterName)).toContainText("Gửi báo cáo nhanh");
  const row = plan.row("Gửi báo cáo nhanh");
  await expect(row).toContainText(`Hạn ${today.vn}`);
  await expect(row).toContainText("Chưa bắt đầu");
  await snap(page, "30-plan");

  // The dashboard shows it as due this week; marking it done removes it.
  await shell.go("Tổng quan");
  const week = plan.dueThisWeek();
  await expect(week).toContainText("Gửi báo cáo nhanh");
  await snap(page, "31-dashboard");
  await shell.go("Kế hoạch năm");
  await plan.markDone(ACTIVITY);
  await expect(row).toContainText("Hoàn thành");
  await shell.go("Tổng quan");
  await expect(week).not.toContainText("Gửi báo cáo nhanh");

  // The plan's own text (sections I and III of the Kế hoạch).
  await shell.go("Kế hoạch năm");
  await plan.setContent("Phòng Nội vụ", "Tham mưu, theo dõi, tổng hợp kết quả thực hiện.");
  await expect(shell.notice("Đã lưu nội dung kế hoạch")).toBeVisible();

  // The period report: done and not done, downloadable as Excel.
  await plan.openReport("Cả năm");
  await expect(plan.reportTable("Đã hoàn thành")).toContainText("Gửi báo cáo nhanh");
  const download = await plan.exportReport();
  expect(download.suggestedFilename()).toBe(`ket-qua-ke-hoach-ca-nam-${year}.xlsx`);
  await snap(page, "33-plan-period-report");
  await plan.closeDialog();

  // The plan as a Kế hoạch: a draft in the register.
  await plan.makeDocument();
  await expect(shell.notice("Đã tạo bản dự thảo Kế hoạch trong sổ văn bản")).toBeVisible();
  // Signed by the default signer for the Ủy ban (TM. ỦY BAN NHÂN DÂN): the Ủy ban's plan, …/KH-UBND.
  await expect(plan.row(`Công tác thi đua, khen thưởng năm ${year}`)).toContainText("…/KH-UBND");
  await snap(page, "32-plan-document-in-register");

  // The Kế hoạch is linked to the activity that produced it.
  await shell.go("Kế hoạch năm");
  await plan.linkDocument("Xây dựng Kế hoạch phát động", /…\/KH-UBND – Công tác thi đua/);
  await expect(shell.notice("Văn bản: …/KH-UBND")).toBeVisible();

  // Delete with confirmation, then undo.
  await shell.go("Kế hoạch năm");
  await plan.delete(ACTIVITY);
  await expect(row).toHaveCount(0);
  await plan.undo();
  await expect(row).toHaveCount(1);
});
