import type { Page } from "@playwright/test";
import { expect, snap, test } from "./fixtures";
import { api, completeComponents, startNominations, transition } from "./pages/nominations";
import { Shell } from "./pages/shell";

test.use({ demo: true });

/** Three nominations of the working year put to the council through the dossiers procedures. */
async function prepareNominations(page: Page) {
  const { year, schoolId, dossierId, person, nominate } = await startNominations(page, {
    unit: { code: "XA_HOP", name: "UBND xã Hợp Thành" },
    school: { name: "Trường Mầm non Hợp Thành" },
    personDefaults: { gender: "nu", birthYear: 1988 },
  });
  const ids = [
    await nominate({
      personId: await person("Mạc Thị Hòa", "Công chức Tư pháp"),
      awardCode: "GK_CN",
    }),
    await nominate({ personId: await person("Lục Văn Thuận", "Văn thư"), awardCode: "GK_CN" }),
    await nominate({ nomineeKind: "tap_the", unitId: schoolId, awardCode: "GK_TT" }),
  ];
  const d = await completeComponents<{
    components: { id: string; required: boolean; present: boolean }[];
    nominations: { eligibility: { level: string } }[];
  }>(page, dossierId);
  // Giấy khen has no rating rule: nothing needs a warning accepted before appraisal.
  expect(d.nominations.map((n) => n.eligibility.level)).toEqual(["ok", "ok", "ok"]);
  await transition(page, ids, "tham_dinh", "trinh_hoi_dong");
  return { ids, year };
}

test("a council meeting takes attendance, votes, applies the results and writes the Biên bản", async ({
  page,
}) => {
  const shell = new Shell(page);
  await expect(shell.nav("Họp Hội đồng")).toBeVisible();
  const { ids } = await prepareNominations(page);

  await shell.go("Họp Hội đồng");
  await expect(page.getByText(/Chưa có phiên họp nào năm/)).toBeVisible();

  // A new meeting: the chair and secretary default from the council's roles.
  await page.getByRole("button", { name: "Phiên họp mới" }).click();
  const dialog = page.getByRole("dialog", { name: "Phiên họp Hội đồng mới" });
  await dialog.getByRole("button", { name: "Tạo phiên họp" }).click();
  await expect(dialog.getByText("Địa điểm họp không được để trống")).toBeVisible();
  await dialog.getByLabel(/^Địa điểm/).fill("Hội trường UBND huyện");
  await dialog.getByLabel(/^Giờ kết thúc/).fill("10:30");
  await dialog.getByRole("button", { name: "Tạo phiên họp" }).click();
  await expect(page.getByRole("heading", { name: /^Phiên họp ngày/ })).toBeVisible();
  await expect(page.getByText("Nguyễn Văn Thắng").first()).toBeVisible();

  // Attendance: three of nine away leaves 6 — exactly two thirds.
  for (const name of ["Phạm Minh Tuấn", "Võ Thị Lan", "Bùi Văn Đức"])
    await page.getByLabel(`${name} có mặt`).uncheck();
  await page.getByLabel("Lý do Phạm Minh Tuấn vắng mặt").fill("Đi công tác");
  await expect(page.getByLabel("Số thành viên có mặt")).toHaveText("Có mặt 6/9 — cần 6");
  await page.getByLabel("Huỳnh Thị Mai có mặt").uncheck();
  await expect(page.getByLabel("Số thành viên có mặt")).toHaveText("Có mặt 5/9 — cần 6");
  await page.getByLabel("Huỳnh Thị Mai có mặt").check();
  await page.getByRole("button", { name: "Lưu thành phần dự họp" }).click();
  await expect(page.getByText("Đã lưu thành phần dự họp")).toBeVisible();

  // The nominations at "Trình Hội đồng".
  await page.getByRole("button", { name: "Thêm đề nghị" }).click();
  const picker = page.getByRole("dialog", { name: "Đưa đề nghị vào phiên họp" });
  await expect(picker.getByText("Mạc Thị Hòa")).toBeVisible();
  await picker.getByLabel("Chọn tất cả").check();
  await picker.getByRole("button", { name: `Đưa ${ids.length} đề nghị vào phiên họp` }).click();
  await expect(page.getByText("Đã đưa đề nghị vào phiên họp")).toBeVisible();
  await expect(page.getByText(/Chưa nhập số phiếu/).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Áp dụng kết quả" })).toBeDisabled();

  // Votes from the keyboard: Enter moves to the next row.
  const first = page.getByLabel(/^Số phiếu đồng ý – /).first();
  await first.fill("6");
  await first.press("Enter");
  await page.keyboard.type("2");
  await page.keyboard.press("Enter");
  await page.keyboard.type("9");
  await expect(page.getByLabel(/^Số phiếu đồng ý – /).nth(1)).toHaveValue("2");
  await page.getByRole("button", { name: "Lưu phiếu biểu quyết" }).click();
  await expect(
    page.getByText("Số phiếu đồng ý (9) không được lớn hơn số thành viên có mặt (6).").first(),
  ).toBeVisible();
  // The refusal's notification would cover the button: close it.
  await page
    .getByRole("alert")
    .filter({ hasText: "không được lớn hơn" })
    .getByRole("button")
    .click();
  await page
    .getByLabel(/^Số phiếu đồng ý – /)
    .nth(2)
    .fill("5");
  await page.getByRole("button", { name: "Lưu phiếu biểu quyết" }).click();
  await expect(page.getByText("Đã lưu phiếu biểu quyết")).toBeVisible();
  await expect(page.getByRole("cell", { name: "33,33%" })).toBeVisible();
  await snap(page, "meetings-votes");

  // Apply, with a confirmation.
  await page.getByRole("button", { name: "Áp dụng kết quả" }).click();
  const confirm = page.getByRole("dialog", { name: "Áp dụng kết quả biểu quyết?" });
  await expect(
    confirm.getByText(/2 đề nghị chuyển sang “Hội đồng đồng ý”, 1 đề nghị/),
  ).toBeVisible();
  await confirm.getByRole("button", { name: "Áp dụng kết quả" }).click();
  await expect(page.getByText("Đã áp dụng kết quả biểu quyết vào các đề nghị")).toBeVisible();
  await expect(page.getByText("Đã áp dụng kết quả", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Lưu phiếu biểu quyết" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Xóa" })).toHaveCount(0);

  // The Biên bản, numbered in the council's own series when issued.
  await page.getByRole("button", { name: "Lập Biên bản họp xét" }).click();
  await expect(page.getByText("Đã tạo bản dự thảo Biên bản họp xét")).toBeVisible();
  await expect(page.getByRole("cell", { name: /Họp xét khen thưởng năm/ })).toBeVisible();
  await page.getByRole("button", { name: "Ban hành (cấp số)" }).click();
  const issue = page.getByRole("dialog", { name: "Ban hành văn bản" });
  await issue.getByRole("button", { name: "Ban hành", exact: true }).click();
  await expect(page.getByRole("cell", { name: /^\d+\/BB-HĐTĐKT$/ })).toBeVisible();
  await page.getByRole("button", { name: "Xem trước" }).first().click();
  const preview = page.getByRole("dialog", { name: /^Xem trước:/ });
  await expect(preview.getByRole("img", { name: "Trang 1" })).toBeVisible({ timeout: 60_000 });
  await snap(page, "meetings-minutes-preview");
  await page.keyboard.press("Escape");
  await expect(preview).toHaveCount(0);

  // The Tờ trình to the chairman.
  await page.getByRole("button", { name: "Lập Tờ trình đề nghị khen thưởng" }).click();
  const proposal = page.getByRole("dialog", { name: "Tờ trình đề nghị khen thưởng" });
  await proposal.getByRole("button", { name: "Tạo Tờ trình" }).click();
  await expect(page.getByText("Đã tạo bản dự thảo Tờ trình")).toBeVisible();
  await expect(page.getByRole("cell", { name: /Về việc đề nghị khen thưởng năm/ })).toBeVisible();
  await snap(page, "meetings-applied");

  // The nominations moved: the dossier shows the council's results.
  const last = [];
  for (const nominationId of ids) {
    const events = await api<{ toState: string; reason: string }[]>(page, "dossiers.events", {
      nominationId,
    });
    last.push(events.at(-1)!);
  }
  expect(last.map((e) => e.toState).sort()).toEqual([
    "hoi_dong_dong_y",
    "hoi_dong_dong_y",
    "hoi_dong_khong_dong_y",
  ]);
  expect(last.find((e) => e.toState === "hoi_dong_khong_dong_y")!.reason).toContain(
    "2/6 thành viên có mặt đồng ý (33,33%)",
  );

  await shell.go("Họp Hội đồng");
  await expect(page.getByRole("cell", { name: "2/3 đạt" })).toBeVisible();
  await snap(page, "meetings-list");
});

test("the council's quorum and pass thresholds are set in the settings of meetings", async ({
  page,
}) => {
  const shell = new Shell(page);
  await shell.go("Họp Hội đồng");
  await page.getByRole("button", { name: "Tỷ lệ biểu quyết" }).click();
  const dialog = page.getByRole("dialog", { name: "Tỷ lệ dự họp và biểu quyết của Hội đồng" });
  const award = "Riêng phiên họp xét khen thưởng (bằng hoặc cao hơn)";
  await expect(dialog.getByLabel(`${award} – tử số`)).toHaveValue("2");
  await dialog.getByLabel(`${award} – tử số`).fill("1");
  await dialog.getByLabel(`${award} – mẫu số`).fill("2");
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText(/không được thấp hơn tỷ lệ chung của Hội đồng/)).toBeVisible();
  await dialog.getByLabel(`${award} – tử số`).fill("4");
  await dialog.getByLabel(`${award} – mẫu số`).fill("5");
  await expect(dialog.getByText("≈ 80%")).toBeVisible();
  await snap(page, "meetings-rules");
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText("Đã lưu tỷ lệ biểu quyết")).toBeVisible();
  const rules = await api<{ awardQuorum: { numerator: number; denominator: number } }>(
    page,
    "meetings.getRules",
    {},
  );
  expect(rules.awardQuorum).toEqual({ numerator: 4, denominator: 5 });
});
