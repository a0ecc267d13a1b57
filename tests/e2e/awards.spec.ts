import { expect, snap, test } from "./fixtures";
import { Shell } from "./pages/shell";

test.use({ demo: true });

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();

test("an award entered by hand is found without tone marks and shows on the person's page", async ({
  page,
}) => {
  const shell = new Shell(page);
  // Required selects carry " *" in their label: find them by their accessible name.
  const select = (name: string) => page.getByRole("combobox", { name, exact: true });
  await shell.go("Sổ khen thưởng");
  await expect(shell.heading("Sổ khen thưởng")).toBeVisible();
  // The demo district has its history: LĐTT and CSTĐCS of past years.
  await expect(
    page.getByRole("table", { name: "Sổ khen thưởng" }).getByText("Lao động tiên tiến").first(),
  ).toBeVisible();
  await snap(page, "70-awards-registry");

  await page.getByRole("button", { name: "Thêm khen thưởng" }).click();
  const dialog = page.getByRole("dialog", { name: "Thêm khen thưởng vào sổ" });
  await dialog.getByLabel("Năm khen thưởng").fill("2019");
  await select("Cá nhân").fill("Nguyễn");
  const option = page.getByRole("option").first();
  await expect(option).toBeVisible();
  const label = (await option.textContent())!;
  const fullName = label.split(" – ")[0]!.trim();
  await option.click();
  await select("Hình thức, danh hiệu").fill("giay khen");
  await page.getByRole("option", { name: "Giấy khen (cá nhân)" }).click();
  await dialog.getByLabel("Số quyết định").fill("77/QĐ-UBND");
  await dialog.getByLabel("Ngày quyết định").fill("15/01/2020");
  await dialog.getByLabel("Ngày quyết định").press("Tab");
  await dialog.getByLabel("Cấp quyết định").fill("Chủ tịch UBND huyện Vĩnh Cửu");
  await snap(page, "71-award-modal");
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText("Đã lưu vào sổ khen thưởng")).toBeVisible();

  // The same again is refused with the reason.
  await page.getByRole("button", { name: "Thêm khen thưởng" }).click();
  await dialog.getByLabel("Năm khen thưởng").fill("2019");
  await select("Cá nhân").fill(fullName);
  await page.getByRole("option", { name: label }).click();
  await select("Hình thức, danh hiệu").fill("giay khen");
  await page.getByRole("option", { name: "Giấy khen (cá nhân)" }).click();
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(
    page.getByText(/Sổ khen thưởng đã có “Giấy khen \(cá nhân\)” năm 2019/),
  ).toBeVisible();
  await dialog.getByRole("button", { name: "Hủy" }).click();

  // Found without tone marks, by name and form.
  await page.getByLabel("Tìm trong sổ khen thưởng").fill(`${fold(fullName)} giay khen`);
  const table = page.getByRole("table", { name: "Sổ khen thưởng" });
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByText("77/QĐ-UBND", { exact: false })).toBeVisible();
  await expect(page.getByText("1 lượt")).toBeVisible();
  await snap(page, "72-awards-search");

  await table.getByRole("link", { name: fullName }).click();
  await expect(page.getByRole("heading", { name: fullName, level: 2 })).toBeVisible();
  const section = page.getByRole("table", { name: "Khen thưởng đã nhận" });
  await expect(section.getByText("Giấy khen (cá nhân)")).toBeVisible();
  await expect(section.getByText(/Số 77\/QĐ-UBND ngày 15\/01\/2020/)).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await snap(page, "73-person-awards");

  // The eligibility check reads the registry: the same award for the same year is refused.
  await shell.go("Sổ khen thưởng");
  await page.getByRole("button", { name: "Kiểm tra điều kiện" }).click();
  const check = page.getByRole("dialog", { name: "Kiểm tra điều kiện khen thưởng" });
  await check.getByLabel("Năm đề nghị").fill("2019");
  await select("Cá nhân").fill(fullName);
  await page.getByRole("option", { name: label }).click();
  await select("Hình thức, danh hiệu").click();
  await page.getByRole("option", { name: "Giấy khen (cá nhân)" }).click();
  await expect(
    check.getByText("Đã được tặng “Giấy khen (cá nhân)” năm 2019 (Quyết định số 77/QĐ-UBND)."),
  ).toBeVisible();
  await expect(check.getByText("Không đạt", { exact: true })).toBeVisible();
  await snap(page, "74-eligibility-check");
});
