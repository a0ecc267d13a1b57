import type { Page } from "@playwright/test";
import { expect, snap, test } from "./fixtures";
import {
  approveByCouncil,
  completeComponents,
  startNominations,
  transition,
} from "./pages/nominations";
import { AwardsRegistryPage } from "./pages/awards";
import { DecisionPage } from "./pages/decisions";
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
  const decision = new DecisionPage(page);
  const registry = new AwardsRegistryPage(page);
  const year = await prepareApproved(page);
  await shell.go("Quyết định khen thưởng");
  await expect(shell.heading(`Quyết định khen thưởng năm ${year}`)).toBeVisible();
  await expect(decision.group("Giấy khen (cá nhân)").getByText("Phan Thị Quyết")).toBeVisible();
  await expect(decision.group("Giấy khen (tập thể)")).toBeVisible();
  await snap(page, "80-decision-candidates");

  await decision.startDecision("Giấy khen (cá nhân)", 2);
  await decision.createDraft({
    date: `15/12/${year}`,
    fundSource: "Quỹ thi đua, khen thưởng huyện",
  });
  await expect(shell.notice("Đã tạo bản dự thảo quyết định")).toBeVisible();

  // The decision page: the list with số sổ vàng, money, total and words.
  await expect(shell.heading("Quyết định khen thưởng (dự thảo)")).toBeVisible();
  await expect(decision.recipients().getByRole("row")).toHaveCount(4);
  await expect(decision.recipients().getByText("Đoàn Văn Định")).toBeVisible();
  await expect(decision.total()).toHaveText(/\d[\d.]* đồng/);
  await expect(decision.totalInWords()).toContainText("Bằng chữ:");
  await decision.makeDocument();
  await expect(shell.notice("Đã tạo văn bản Quyết định trong sổ văn bản")).toBeVisible();
  await snap(page, "81-decision-draft");

  await decision.issue();
  await expect(shell.notice("Đã ban hành quyết định và ghi vào Sổ khen thưởng")).toBeVisible();
  await expect(decision.numberHeading()).toBeVisible();
  const number = await decision.number();
  await expect(decision.printButton()).toBeVisible();
  await snap(page, "82-decision-issued");

  // Giấy khen for the selected recipient, as a PDF.
  await decision.selectForPrinting("Phan Thị Quyết");
  const download = await decision.printCertificates("1 đã chọn");
  await expect(shell.notice("Đã tạo tệp Giấy khen (PDF)")).toBeVisible();
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);

  // A draft can be deleted; an issued one offers only cancellation.
  await expect(decision.deleteDraftButton()).toHaveCount(0);

  // The registry shows both recipients with the decision number.
  await shell.go("Sổ khen thưởng");
  await registry.search("phan thi quyet");
  await expect(registry.table().getByText("Phan Thị Quyết")).toBeVisible();
  await expect(registry.table().getByText(number).first()).toBeVisible();
  await snap(page, "83-registry-after-decision");

  // Cancel by a cancelling decision.
  await shell.go("Quyết định khen thưởng");
  await decision.openFirstDecision();
  await decision.openCancel(number, `20/12/${year}`);
  await decision.confirmCancel(number);
  await expect(shell.notice("Phải ghi lý do hủy bỏ")).toBeVisible();
  await decision.fillCancelReason(number, "Khai sai thành tích");
  await snap(page, "84-decision-cancel-form");
  await decision.confirmCancel(number);
  await expect(shell.notice("Đã ban hành quyết định hủy bỏ")).toBeVisible();
  await expect(decision.cancelledHeading()).toBeVisible();
  await expect(decision.dialogs()).toHaveCount(0);
  await expect(shell.notice(`Quyết định số ${number}`, { first: true })).toBeVisible();
  await snap(page, "85-cancelling-decision");
});
