import { expect, snap, test } from "./fixtures";
import { fold } from "./pages/award-flow";
import { AwardsRegistryPage, PersonPage } from "./pages/awards";
import { Shell } from "./pages/shell";

test.use({ demo: true });

test("an award entered by hand is found without tone marks and shows on the person's page", async ({
  page,
}) => {
  const shell = new Shell(page);
  const registry = new AwardsRegistryPage(page);
  const person = new PersonPage(page);
  await shell.go("Sổ khen thưởng");
  await expect(shell.heading("Sổ khen thưởng")).toBeVisible();
  // The demo district has its history: LĐTT and CSTĐCS of past years.
  await expect(registry.table().getByText("Lao động tiên tiến").first()).toBeVisible();
  await snap(page, "70-awards-registry");

  await registry.openNewEntry();
  await registry.fillEntry({ year: "2019" });
  await registry.typePerson("Nguyễn");
  const option = registry.personOptions().first();
  await expect(option).toBeVisible();
  const label = (await option.textContent())!;
  const fullName = label.split(" – ")[0]!.trim();
  await option.click();
  await registry.chooseAward("Giấy khen (cá nhân)", "giay khen");
  await registry.fillEntry({
    decisionNumber: "77/QĐ-UBND",
    decisionDate: "15/01/2020",
    issuer: "Chủ tịch UBND huyện Vĩnh Cửu",
  });
  await snap(page, "71-award-modal");
  await registry.saveEntry();
  await expect(shell.notice("Đã lưu vào sổ khen thưởng")).toBeVisible();

  // The same again is refused with the reason.
  await registry.openNewEntry();
  await registry.fillEntry({ year: "2019" });
  await registry.typePerson(fullName);
  await registry.choosePerson(label);
  await registry.chooseAward("Giấy khen (cá nhân)", "giay khen");
  await registry.saveEntry();
  await expect(shell.notice(/Sổ khen thưởng đã có “Giấy khen \(cá nhân\)” năm 2019/)).toBeVisible();
  await registry.cancelEntry();

  // Found without tone marks, by name and form.
  await registry.search(`${fold(fullName)} giay khen`);
  await expect(registry.entries()).toHaveCount(2);
  await expect(registry.table().getByText("77/QĐ-UBND", { exact: false })).toBeVisible();
  await expect(shell.notice("1 lượt")).toBeVisible();
  await snap(page, "72-awards-search");

  await registry.openPerson(fullName);
  await expect(person.heading(fullName)).toBeVisible();
  const section = person.awards();
  await expect(section.getByText("Giấy khen (cá nhân)")).toBeVisible();
  await expect(section.getByText(/Số 77\/QĐ-UBND ngày 15\/01\/2020/)).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await snap(page, "73-person-awards");

  // The eligibility check reads the registry: the same award for the same year is refused.
  await shell.go("Sổ khen thưởng");
  await registry.openCheck("2019");
  await registry.typePerson(fullName);
  await registry.choosePerson(label);
  await registry.chooseAward("Giấy khen (cá nhân)");
  const check = registry.checkDialog();
  await expect(
    check.getByText("Đã được tặng “Giấy khen (cá nhân)” năm 2019 (Quyết định số 77/QĐ-UBND)."),
  ).toBeVisible();
  await expect(check.getByText("Không đạt", { exact: true })).toBeVisible();
  await snap(page, "74-eligibility-check");
});
