import type { Page } from "@playwright/test";
import { expect, snap, test } from "./fixtures";
import { Shell } from "./pages/shell";

test.use({ demo: true });

/** Calls a procedure the way the page does (browser mode: token from the session). */
async function api<T = unknown>(page: Page, channel: string, input: unknown): Promise<T> {
  const res = await page.evaluate(
    async ([c, i]) => {
      const r = await fetch(`./api/${c}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-tdkt-token": sessionStorage.getItem("tdkt.token") ?? "",
        },
        body: JSON.stringify(i),
      });
      return (await r.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    [channel, input] as const,
  );
  if (!res.ok) throw new Error(`${channel}: ${res.error?.message}`);
  return res.value as T;
}

/** A person and a school of the working year forwarded upward through the dossiers procedures. */
async function prepareForwarded(page: Page) {
  const { workingYear: year } = await api<{ workingYear: number }>(
    page,
    "settings.getPreferences",
    {},
  );
  const unit = await api<{ id: string }>(page, "directory.saveUnit", {
    code: "XA_TAN",
    name: "UBND xã Tân Hòa",
    kind: "xa_thi_tran",
  });
  const school = await api<{ id: string }>(page, "directory.saveUnit", {
    name: "Trường Tiểu học Tân Hòa",
    kind: "truong_hoc",
    parentId: unit.id,
    headName: "Lâm Thị Hương",
    headPosition: "Hiệu trưởng",
  });
  const person = await api<{ id: string }>(page, "directory.savePerson", {
    fullName: "Đoàn Văn Khải",
    gender: "nam",
    birthYear: 1980,
    category: "cong_chuc",
    position: "Chủ tịch UBND xã",
    unitId: unit.id,
  });
  await api(page, "awards.save", {
    year: year - 2,
    recipientKind: "ca_nhan",
    personId: person.id,
    awardCode: "GK_CN",
    decisionNumber: "321/QĐ-UBND",
    decisionDate: `${year - 1}-01-12`,
    issuer: "Chủ tịch UBND huyện Vĩnh Cửu",
  });
  const dossier = await api<{ id: string }>(page, "dossiers.save", {
    unitId: unit.id,
    year,
    kind: "thuong_xuyen",
    receivedDate: `${year}-12-01`,
    unitDocNumber: "45/TTr-UBND",
  });
  const ids = [
    (
      await api<{ id: string }>(page, "dossiers.saveNomination", {
        dossierId: dossier.id,
        nomineeKind: "ca_nhan",
        personId: person.id,
        awardCode: "BK_TINH_CN",
        summary: "Lãnh đạo xã hoàn thành xuất sắc các chỉ tiêu kinh tế - xã hội.",
      })
    ).id,
    (
      await api<{ id: string }>(page, "dossiers.saveNomination", {
        dossierId: dossier.id,
        nomineeKind: "tap_the",
        unitId: school.id,
        awardCode: "BK_TINH_TT",
        summary: "Trường đạt chuẩn quốc gia mức độ 2.",
      })
    ).id,
  ];
  const d = await api<{ components: { id: string; required: boolean; present: boolean }[] }>(
    page,
    "dossiers.get",
    { id: dossier.id },
  );
  for (const c of d.components.filter((c) => c.required && !c.present))
    await api(page, "dossiers.setPresent", { id: c.id, present: true });
  for (const id of ids)
    await api(page, "dossiers.overrideEligibility", {
      id,
      reason: "Đã có bản xếp loại giấy",
    }).catch((e: Error) => expect(e.message).toContain("không có cảnh báo nào"));
  await api(page, "dossiers.transition", { ids, action: "tham_dinh" });
  await api(page, "dossiers.transition", { ids, action: "chuyen_cap_tren" });
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
