import type { Page } from "@playwright/test";
import { expect, snap, test } from "./fixtures";
import { api, completeComponents, startNominations, transition } from "./pages/nominations";
import { Shell } from "./pages/shell";

test.use({ demo: true });

/** A person and a school of the working year forwarded upward through the dossiers procedures. */
async function prepareForwarded(page: Page) {
  const { year, schoolId, dossierId, person, nominate } = await startNominations(page, {
    unit: { code: "XA_TAN", name: "UBND xã Tân Hòa" },
    school: {
      name: "Trường Tiểu học Tân Hòa",
      headName: "Lâm Thị Hương",
      headPosition: "Hiệu trưởng",
    },
    personDefaults: { gender: "nam", birthYear: 1980 },
    dossier: { unitDocNumber: "45/TTr-UBND" },
  });
  const personId = await person("Đoàn Văn Khải", "Chủ tịch UBND xã");
  await api(page, "awards.save", {
    year: year - 2,
    recipientKind: "ca_nhan",
    personId,
    awardCode: "GK_CN",
    decisionNumber: "321/QĐ-UBND",
    decisionDate: `${year - 1}-01-12`,
    issuer: "Chủ tịch UBND huyện Vĩnh Cửu",
  });
  const ids = [
    await nominate({
      personId,
      awardCode: "BK_TINH_CN",
      summary: "Lãnh đạo xã hoàn thành xuất sắc các chỉ tiêu kinh tế - xã hội.",
    }),
    await nominate({
      nomineeKind: "tap_the",
      unitId: schoolId,
      awardCode: "BK_TINH_TT",
      summary: "Trường đạt chuẩn quốc gia mức độ 2.",
    }),
  ];
  await completeComponents(page, dossierId);
  for (const id of ids)
    await api(page, "dossiers.overrideEligibility", {
      id,
      reason: "Đã có bản xếp loại giấy",
    }).catch((e: Error) => expect(e.message).toContain("không có cảnh báo nào"));
  await transition(page, ids, "tham_dinh", "chuyen_cap_tren");
  return { year };
}

test("forwarded nominations get the upward Tờ trình and their Báo cáo thành tích", async ({
  page,
}) => {
  const shell = new Shell(page);
  await expect(shell.nav("Trình cấp trên")).toBeVisible();
  await prepareForwarded(page);

  await shell.go("Trình cấp trên");
  await expect(page.getByRole("heading", { name: "Trình cấp trên" })).toBeVisible();
  await expect(page.getByText("Đoàn Văn Khải")).toBeVisible();
  await expect(page.getByText("Trường Tiểu học Tân Hòa")).toBeVisible();
  await expect(page.getByText("UBND xã Tân Hòa · Tờ trình 45/TTr-UBND").first()).toBeVisible();
  const propose = page.getByRole("button", { name: /^Lập Tờ trình/ });
  await expect(propose).toBeDisabled();
  await page.getByLabel("Chọn Đoàn Văn Khải").check();
  await page.getByLabel("Chọn Trường Tiểu học Tân Hòa").check();
  await expect(propose).toHaveText("Lập Tờ trình (2)");
  await snap(page, "forwarding-list");

  await propose.click();
  const dialog = page.getByRole("dialog", { name: "Lập Tờ trình đề nghị cấp trên khen thưởng" });
  const kinhGui = dialog.getByLabel(/^Kính gửi/);
  await expect(kinhGui).toHaveValue("Hội đồng Thi đua - Khen thưởng tỉnh (qua Sở Nội vụ)");
  await kinhGui.fill("");
  await dialog.getByRole("button", { name: "Tạo Tờ trình" }).click();
  await expect(page.getByText("Nơi kính gửi không được để trống").first()).toBeVisible();
  await kinhGui.fill("Ban Thi đua - Khen thưởng tỉnh Đồng Nai");
  await dialog.getByLabel(/^Nơi nhận/).fill("Như trên;\nChủ tịch UBND huyện (để báo cáo)");
  await snap(page, "forwarding-dialog");
  await dialog.getByRole("button", { name: "Tạo Tờ trình" }).click();
  await expect(page.getByText("Đã tạo bản dự thảo Tờ trình trong sổ văn bản")).toBeVisible();
  await expect(page.getByRole("img", { name: "Trang 1" })).toBeVisible({ timeout: 60_000 });
  await snap(page, "forwarding-proposal-preview");
  await page.keyboard.press("Escape");
  await expect(page.getByText("Tờ trình đã lập")).toBeVisible();
  await expect(page.getByText("Về việc đề nghị cấp trên khen thưởng năm")).toBeVisible();

  // The person's achievement report, section III from the registry.
  const row = page.getByRole("row").filter({ hasText: "Đoàn Văn Khải" });
  await row.getByRole("button", { name: "Báo cáo thành tích" }).click();
  await expect(page.getByText("Đã tạo Báo cáo thành tích trong sổ văn bản")).toBeVisible();
  await expect(page.getByRole("img", { name: "Trang 1" })).toBeVisible({ timeout: 60_000 });
  await snap(page, "forwarding-report-preview");

  const docs = await api<{ templateId: string; summary: string }[]>(page, "documents.list", {});
  expect(docs.map((d) => d.templateId)).toEqual(
    expect.arrayContaining(["to-trinh", "bao-cao-thanh-tich-ca-nhan"]),
  );
});
