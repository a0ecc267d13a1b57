import type { Page } from "@playwright/test";
import { expect, snap, test } from "./fixtures";
import {
  approveByCouncil,
  completeComponents,
  startNominations,
  transition,
} from "./pages/nominations";
import { Shell } from "./pages/shell";

test.use({ demo: true });

/** Two people and a school nominated for the working year, approved by the council. */
async function prepareApproved(page: Page) {
  const { year, schoolId, dossierId, person, nominate } = await startNominations(page, {
    unit: { code: "XA_E2E", name: "UBND xã Thử Nghiệm" },
    school: { name: "Trường Tiểu học Thử Nghiệm" },
    personDefaults: { gender: "nam", birthYear: 1985 },
  });
  const ids = [
    await nominate({ personId: await person("Phan Thị Quyết", "Kế toán"), awardCode: "GK_CN" }),
    await nominate({ personId: await person("Đoàn Văn Định", "Văn thư"), awardCode: "GK_CN" }),
    await nominate({ nomineeKind: "tap_the", unitId: schoolId, awardCode: "GK_TT" }),
  ];
  await completeComponents(page, dossierId);
  await transition(page, ids, "tham_dinh", "trinh_hoi_dong");
  await approveByCouncil(page, year, ids);
  return year;
}

test("a decision is made from approved nominations, issued, and lands in the registry", async ({
  page,
}) => {
  const shell = new Shell(page);
  const year = await prepareApproved(page);
  await shell.go("Quyết định khen thưởng");
  await expect(shell.heading(`Quyết định khen thưởng năm ${year}`)).toBeVisible();
  const group = page.getByLabel("Nhóm Giấy khen (cá nhân)");
  await expect(group.getByText("Phan Thị Quyết")).toBeVisible();
  await expect(page.getByLabel("Nhóm Giấy khen (tập thể)")).toBeVisible();
  await snap(page, "80-decision-candidates");

  await group.getByRole("button", { name: /Tạo quyết định \(2\)/ }).click();
  const dialog = page.getByRole("dialog", { name: "Tạo quyết định khen thưởng" });
  await dialog.getByLabel("Ngày quyết định").fill(`15/12/${year}`);
  await dialog.getByLabel("Ngày quyết định").press("Tab");
  await dialog.getByLabel("Nguồn kinh phí").fill("Quỹ thi đua, khen thưởng huyện");
  await dialog.getByRole("button", { name: "Tạo bản dự thảo" }).click();
  await expect(page.getByText("Đã tạo bản dự thảo quyết định")).toBeVisible();

  // The decision page: the list with số sổ vàng, money, total and words.
  await expect(shell.heading("Quyết định khen thưởng (dự thảo)")).toBeVisible();
  const table = page.getByRole("table", { name: "Danh sách kèm theo" });
  await expect(table.getByRole("row")).toHaveCount(4);
  await expect(table.getByText("Đoàn Văn Định")).toBeVisible();
  await expect(page.getByLabel("Tổng tiền thưởng")).toHaveText(/\d[\d.]* đồng/);
  await expect(page.getByLabel("Tổng tiền bằng chữ")).toContainText("Bằng chữ:");
  await page.getByRole("button", { name: "Tạo văn bản Quyết định" }).click();
  await expect(page.getByText("Đã tạo văn bản Quyết định trong sổ văn bản")).toBeVisible();
  await snap(page, "81-decision-draft");

  await page.getByRole("button", { name: "Ban hành", exact: true }).click();
  await page
    .getByRole("dialog", { name: "Ban hành quyết định" })
    .getByRole("button", { name: "Ban hành" })
    .click();
  await expect(page.getByText("Đã ban hành quyết định và ghi vào Sổ khen thưởng")).toBeVisible();
  await expect(
    page.getByRole("heading", { name: /Quyết định số \d+\/QĐ-UBND/, level: 2 }),
  ).toBeVisible();
  const number = (await page
    .getByRole("heading", { name: /Quyết định số/, level: 2 })
    .textContent())!.replace("Quyết định số ", "");
  await expect(page.getByRole("button", { name: /In Giấy khen/ })).toBeVisible();
  await snap(page, "82-decision-issued");

  // Giấy khen for the selected recipient, as a PDF.
  await page.getByRole("checkbox", { name: "Chọn Phan Thị Quyết để in" }).check();
  await page.getByRole("button", { name: "In Giấy khen (1 đã chọn)" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Bản đầy đủ (giấy trắng)" }).click();
  await expect(page.getByText("Đã tạo tệp Giấy khen (PDF)")).toBeVisible();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);

  // A draft can be deleted; an issued one offers only cancellation.
  await expect(page.getByRole("button", { name: "Xóa dự thảo" })).toHaveCount(0);

  // The registry shows both recipients with the decision number.
  await shell.go("Sổ khen thưởng");
  await page.getByLabel("Tìm trong sổ khen thưởng").fill("phan thi quyet");
  const registry = page.getByRole("table", { name: "Sổ khen thưởng" });
  await expect(registry.getByText("Phan Thị Quyết")).toBeVisible();
  await expect(registry.getByText(number).first()).toBeVisible();
  await snap(page, "83-registry-after-decision");

  // Cancel by a cancelling decision.
  await shell.go("Quyết định khen thưởng");
  await page.getByRole("table", { name: "Danh sách quyết định" }).getByRole("link").first().click();
  await page.getByRole("button", { name: "Hủy bỏ quyết định…" }).click();
  const cancel = page.getByRole("dialog", { name: `Hủy bỏ Quyết định số ${number}` });
  await cancel.getByLabel("Ngày quyết định hủy bỏ").fill(`20/12/${year}`);
  await cancel.getByLabel("Ngày quyết định hủy bỏ").press("Tab");
  await cancel.getByRole("button", { name: "Ban hành quyết định hủy bỏ" }).click();
  await expect(page.getByText("Phải ghi lý do hủy bỏ")).toBeVisible();
  await cancel.getByLabel("Lý do hủy bỏ").fill("Khai sai thành tích");
  await snap(page, "84-decision-cancel-form");
  await cancel.getByRole("button", { name: "Ban hành quyết định hủy bỏ" }).click();
  await expect(page.getByText("Đã ban hành quyết định hủy bỏ")).toBeVisible();
  await expect(page.getByRole("heading", { name: /\(hủy bỏ\)/, level: 2 })).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByText(`Quyết định số ${number}`).first()).toBeVisible();
  await snap(page, "85-cancelling-decision");
});
