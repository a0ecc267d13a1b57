// The officer's smaller rough edges (#13 item 13), walked through: states in full, downloads named
// as an officer files them, the day a task was done, the whole overdue list, repealed laws marked.
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, screenshotsDir, snap, test } from "./fixtures";
import { RegisterPageModel } from "./pages/documents";
import { PlanPage } from "./pages/plans";
import { RegistrationPage } from "./pages/registrations";
import { Shell } from "./pages/shell";
import { downloadOf } from "./pages/ui";

test.use({ demo: true });

/** The badges whose text does not fit and is cut with "…". */
const cutBadges = (page: Page) =>
  page
    .locator(".mantine-Badge-root")
    .evaluateAll((badges) =>
      badges
        .filter((b) =>
          [b, ...b.querySelectorAll(".mantine-Badge-label")].some(
            (e) => e.scrollWidth > e.clientWidth + 1,
          ),
        )
        .map((b) => b.textContent),
    );

const vn = (d: Date) =>
  `${String(d.getDate()).padStart(2, "0")}/${String(d.getMonth() + 1).padStart(2, "0")}/${d.getFullYear()}`;

test("states show in full; a register document downloads under its number and summary", async ({
  page,
}) => {
  const shell = new Shell(page);
  const register = new RegisterPageModel(page);
  await shell.go("Căn cứ pháp lý");
  await expect(page.getByText("Hết hiệu lực").first()).toBeVisible();
  expect(await cutBadges(page)).toEqual([]);
  await snap(page, "13-13-badges-legal-bases");

  await shell.go("Sổ văn bản");
  await register.createToTrinh(
    "Về việc đề nghị tặng Giấy khen đột xuất",
    "Phòng Nội vụ kính trình Chủ tịch UBND huyện xem xét khen thưởng đột xuất.",
  );
  await expect(shell.notice("Đã lưu văn bản dự thảo")).toBeVisible();
  const draft = await downloadOf(page, () => register.action("đột xuất", "Mở bằng Word"));
  expect(draft.suggestedFilename()).toBe(
    "To trinh ve viec de nghi tang Giay khen dot xuat - Du thao.docx",
  );

  await register.action("đột xuất", "Ban hành (cấp số)…");
  await register.confirmIssue();
  await expect(register.row("đột xuất")).toContainText("Đã ban hành");
  expect(await cutBadges(page)).toEqual([]);
  await snap(page, "13-13-register-issued");
  const issued = await downloadOf(page, () => register.action("đột xuất", "Mở bằng Word"));
  expect(issued.suggestedFilename()).toMatch(
    /^To trinh ve viec de nghi tang Giay khen dot xuat - 01-TTr-[A-Z]+\.docx$/,
  );
});

test("the ✓ asks the day the task was done, today unless the officer says otherwise", async ({
  page,
}) => {
  const shell = new Shell(page);
  const plan = new PlanPage(page);
  await shell.go("Kế hoạch năm");
  await plan.useBuiltInSet();
  await expect(shell.notice(/Đã tạo kế hoạch năm/)).toBeVisible();
  const today = new Date();
  await plan.addActivity({ content: "Gửi báo cáo nhanh", lead: "Phòng Nội vụ", due: vn(today) });
  await expect(shell.notice("Đã lưu hoạt động")).toBeVisible();

  const check = page.getByRole("button", { name: "Hoàn thành Gửi báo cáo nhanh" });
  await check.click();
  const ask = plan.completionAsk("Gửi báo cáo nhanh");
  await expect(ask.getByLabel(/^Ngày hoàn thành/)).toHaveValue(vn(today));
  await expect(ask.getByRole("button", { name: "Xác nhận" })).toBeFocused();
  await expect(ask.getByRole("button", { name: "Xác nhận" })).toBeFocused();
  // The visible part only: a full-page picture scrolls the ✓ away, and its little form hides.
  await page.screenshot({ path: path.join(screenshotsDir, "13-13-done-asks-the-day.png") });
  await ask.getByRole("button", { name: "Hủy" }).click();
  await expect(ask).toBeHidden();
  await expect(plan.row("Gửi báo cáo nhanh")).toContainText("Chưa bắt đầu");

  const earlier = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 3);
  await plan.markDone("Gửi báo cáo nhanh", vn(earlier));
  await expect(shell.notice("Đã cập nhật trạng thái")).toBeVisible();
  const row = plan.row("Gửi báo cáo nhanh");
  await expect(row).toContainText("Hoàn thành");
  await expect(row).toContainText(`Hoàn thành ngày ${vn(earlier)}`);
  await snap(page, "13-13-done-on-the-day-said");
});

test("the overview opens the whole overdue list", async ({ page }) => {
  const shell = new Shell(page);
  const plan = new PlanPage(page);
  // The built-in set's deadlines of the year; by late in the year many are past.
  await shell.go("Kế hoạch năm");
  await plan.useBuiltInSet();
  await expect(shell.notice(/Đã tạo kế hoạch năm/)).toBeVisible();
  await shell.go("Tổng quan");
  const overdue = page.locator(".mantine-Card-root").filter({ hasText: "Quá hạn" }).first();
  const more = overdue.getByRole("button", { name: /^và \d+ việc khác…$/ });
  // The card's count, once the list is drawn.
  await expect(
    overdue.getByRole("link").or(overdue.getByText("Không có việc quá hạn.")),
  ).not.toHaveCount(0);
  const count = Number(await overdue.locator(".mantine-Badge-root").first().textContent());
  test.skip(count <= 6, "fewer than seven overdue tasks today");
  await expect(more).toHaveText(`và ${count - 6} việc khác…`);
  await more.click();
  await expect(overdue.getByRole("link")).toHaveCount(count);
  await snap(page, "13-13-overview-whole-list");
  await overdue.getByRole("button", { name: "Thu gọn" }).click();
  await expect(overdue.getByRole("link")).toHaveCount(6);
});

test("the Căn cứ picker lists repealed laws last, marked", async ({ page }) => {
  const shell = new Shell(page);
  const register = new RegisterPageModel(page);
  await shell.go("Sổ văn bản");
  await register.openNew();
  await register
    .dialog()
    .getByLabel(/^Căn cứ/)
    .click();
  const options = page.getByRole("option");
  await expect(options.filter({ hasText: "91/2017/NĐ-CP" })).toContainText("(hết hiệu lực)");
  const labels = await options.allTextContents();
  const firstRepealed = labels.findIndex((l) => l.endsWith("(hết hiệu lực)"));
  expect(firstRepealed).toBeGreaterThan(0);
  expect(labels.slice(firstRepealed).every((l) => /\((hết|chưa có) hiệu lực\)$/.test(l))).toBe(
    true,
  );
  expect(labels.find((l) => l.includes("152/2025/NĐ-CP"))).not.toContain("hiệu lực)");
  await snap(page, "13-13-legal-basis-picker");
});

test("a registration over the CSTĐCS cap is approved only with a reason, which is kept", async ({
  page,
}) => {
  const shell = new Shell(page);
  const registration = new RegistrationPage(page);
  await shell.go("Đăng ký thi đua");
  await registration.openUnit("Phòng Nội vụ");
  await registration.addAllPeople();
  await expect(shell.notice(/^Đã thêm \d+ cá nhân của đơn vị/)).toBeVisible();
  // 4 CSTĐCS on 24 LĐTT: over 15% (3 at most).
  for (const line of [1, 2, 3, 4])
    await registration.setPersonAward(line, "Chiến sĩ thi đua cơ sở");
  await registration.save();
  await expect(shell.notice("Đã lưu bản đăng ký")).toBeVisible();
  await registration.markSubmitted();
  await expect(shell.notice("Đã chuyển sang “Đã nộp”")).toBeVisible();

  await page.getByRole("button", { name: "Tình trạng" }).click();
  await page.getByRole("menuitem", { name: "Duyệt" }).click();
  const dialog = shell.dialog(/Đã duyệt/);
  await expect(dialog.getByText(/vượt tỷ lệ 15%/)).toBeVisible();
  await dialog.getByRole("button", { name: "Xác nhận" }).click();
  await expect(
    dialog.getByText(
      "Bản đăng ký vượt tỷ lệ Chiến sĩ thi đua cơ sở: hãy ghi lý do duyệt vượt tỷ lệ.",
    ),
  ).toBeVisible();
  await snap(page, "13-13-approve-over-cap");
  await dialog.getByLabel(/^Lý do duyệt vượt tỷ lệ/).fill("Hai sáng kiến cấp tỉnh năm trước");
  await dialog.getByRole("button", { name: "Xác nhận" }).click();
  await expect(shell.notice("Đã chuyển sang “Đã duyệt”")).toBeVisible();
  await expect(shell.notice("· Duyệt vượt tỷ lệ: Hai sáng kiến cấp tỉnh năm trước")).toBeVisible();
});
