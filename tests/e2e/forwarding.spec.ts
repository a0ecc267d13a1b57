import type { Page } from "@playwright/test";
import fs from "node:fs";
import { unzipSync } from "fflate";
import { expect, snap, test } from "./fixtures";
import { findSoffice } from "../../electron/documents/office-convert";
import { downloadOf } from "./pages/ui";
import { api } from "./pages/api";
import { ForwardingPage } from "./pages/forwarding";
import { completeComponents, startNominations, transition } from "./pages/nominations";
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
  const forwarding = new ForwardingPage(page);
  await expect(shell.nav("Trình cấp trên")).toBeVisible();
  await prepareForwarded(page);

  await shell.go("Trình cấp trên");
  await expect(forwarding.heading()).toBeVisible();
  await expect(shell.notice("Đoàn Văn Khải")).toBeVisible();
  await expect(shell.notice("Trường Tiểu học Tân Hòa")).toBeVisible();
  await expect(
    shell.notice("UBND xã Tân Hòa · Tờ trình 45/TTr-UBND", { first: true }),
  ).toBeVisible();
  await expect(forwarding.proposeButton()).toBeDisabled();
  await forwarding.select("Đoàn Văn Khải");
  await forwarding.select("Trường Tiểu học Tân Hòa");
  await expect(forwarding.proposeButton()).toHaveText("Lập Tờ trình (2)");
  await snap(page, "forwarding-list");

  await forwarding.openProposal();
  await expect(forwarding.kinhGui()).toHaveValue(
    "Hội đồng Thi đua - Khen thưởng tỉnh (qua Sở Nội vụ)",
  );
  await forwarding.kinhGui().fill("");
  await forwarding.createProposal();
  await expect(shell.notice("Nơi kính gửi không được để trống", { first: true })).toBeVisible();
  await forwarding.kinhGui().fill("Ban Thi đua - Khen thưởng tỉnh Đồng Nai");
  await forwarding.fillRecipients("Như trên;\nChủ tịch UBND huyện (để báo cáo)");
  await snap(page, "forwarding-dialog");
  await forwarding.createProposal();
  await expect(shell.notice("Đã tạo bản dự thảo Tờ trình trong sổ văn bản")).toBeVisible();
  await expect(forwarding.previewPage()).toBeVisible({ timeout: 60_000 });
  await snap(page, "forwarding-proposal-preview");
  await shell.escape();
  await expect(shell.notice("Tờ trình đã lập")).toBeVisible();
  await expect(shell.notice("Về việc đề nghị cấp trên khen thưởng năm")).toBeVisible();

  // The person's achievement report, section III from the registry.
  await forwarding.makeReport("Đoàn Văn Khải");
  await expect(shell.notice("Đã tạo Báo cáo thành tích trong sổ văn bản")).toBeVisible();
  await expect(forwarding.previewPage()).toBeVisible({ timeout: 60_000 });
  await snap(page, "forwarding-report-preview");

  const docs = await api<{ templateId: string; summary: string }[]>(page, "documents.list", {});
  expect(docs.map((d) => d.templateId)).toEqual(
    expect.arrayContaining(["to-trinh", "bao-cao-thanh-tich-ca-nhan"]),
  );

  // The whole set as one .zip: each paper as .docx, and .pdf where LibreOffice is installed.
  await shell.escape();
  const zip = await downloadOf(page, () =>
    page.getByRole("button", { name: "Xuất bộ hồ sơ (.zip)" }).click(),
  );
  const names = Object.keys(unzipSync(fs.readFileSync((await zip.path())!)));
  expect(names.filter((n) => n.startsWith("Van ban/") && n.endsWith(".docx"))).toHaveLength(2);
  const pdf = findSoffice() !== null;
  expect(names.filter((n) => n.startsWith("Van ban/") && n.endsWith(".pdf"))).toHaveLength(
    pdf ? 2 : 0,
  );
  await expect(
    shell.notice(pdf ? /Đã xuất bộ hồ sơ: 2 văn bản \(\.docx và \.pdf\)/ : /chỉ ở dạng \.docx/),
  ).toBeVisible();
});
