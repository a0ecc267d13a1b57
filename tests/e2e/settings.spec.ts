import { expect, snap, test } from "./fixtures";
import {
  CataloguePage,
  CouncilPage,
  LegalBasesPage,
  ProfilePage,
  SalaryPage,
  SignersPage,
} from "./pages/settings";
import { Shell } from "./pages/shell";

test.use({ demo: true });

test("the profile is edited and kept, with a Vietnamese message for a bad value", async ({
  page,
}) => {
  const shell = new Shell(page);
  const profile = new ProfilePage(page);
  await expect(profile.demoBadge()).toBeVisible();
  await shell.go("Cơ quan ban hành");
  await expect(profile.abbreviation()).toHaveValue("PNV");
  await profile.setAbbreviation("P NV");
  await expect(shell.notice("Chữ viết tắt chỉ gồm chữ, số, dấu chấm hoặc gạch nối")).toBeVisible();
  await profile.setAbbreviation("NV");
  await expect(shell.notice("Đã lưu thông tin cơ quan ban hành")).toBeVisible();
  await snap(page, "10-settings-profile");
  await shell.reload();
  await expect(profile.abbreviation()).toHaveValue("NV");
});

test("signers are added, made default, reordered and deleted after confirmation", async ({
  page,
}) => {
  const shell = new Shell(page);
  const signers = new SignersPage(page);
  await shell.go("Người ký");
  await expect(shell.heading("Người ký")).toBeVisible();
  await signers.add({ fullName: "Phạm Thị Hoa", position: "Quyền Trưởng phòng", isDefault: true });
  await expect(shell.notice("Đã lưu người ký")).toBeVisible();
  await expect(signers.defaultMark("Phạm Thị Hoa")).toBeVisible();
  await expect(signers.defaultMark("Trần Văn Hùng")).toHaveCount(0);

  await signers.moveUp("Phạm Thị Hoa");
  await expect(signers.rowAt(2)).toContainText("Phạm Thị Hoa");
  await snap(page, "11-settings-signers");

  await signers.delete("Phạm Thị Hoa", { confirm: false });
  await expect(signers.rows("Phạm Thị Hoa")).toHaveCount(1);
  await signers.delete("Phạm Thị Hoa", { confirm: true });
  await expect(signers.rows("Phạm Thị Hoa")).toHaveCount(0);
});

test("the council list is edited", async ({ page }) => {
  const shell = new Shell(page);
  const council = new CouncilPage(page);
  await shell.go("Hội đồng TĐKT");
  await expect(council.row("Ngô Thanh Tâm")).toContainText("Thư ký");
  await council.endMembership("Võ Thị Lan");
  await expect(council.row("Võ Thị Lan")).toContainText("Thôi tham gia");
  await snap(page, "12-settings-council");
});

test("base salary history and rounding refuse bad values and keep good ones", async ({ page }) => {
  const shell = new Shell(page);
  const salary = new SalaryPage(page);
  await shell.go("Lương cơ sở, làm tròn");
  await expect(salary.amountCell("2.340.000 đồng")).toBeVisible();
  await salary.openNewSalary();
  await salary.fillSalary("2340000", "01/07/2024", { save: true });
  await expect(
    shell.notice("Đã có mức lương cơ sở áp dụng từ ngày 01/07/2024.", { first: true }),
  ).toBeVisible();
  await expect(salary.dialog().getByText("Trùng ngày hiệu lực với một mức đã có")).toBeVisible();
  // Enter in a field submits the form, as officers expect from a keyboard-friendly form.
  await salary.fillSalary("2530000", "01/07/2026");
  await expect(shell.notice("Đã lưu mức lương cơ sở")).toBeVisible();
  await expect(salary.row("01/07/2026")).toContainText("2.530.000 đồng");

  await salary.setRounding("1000");
  await expect(shell.notice("Đã lưu quy tắc làm tròn")).toBeVisible();
  await snap(page, "13-settings-salary");
  await shell.reload();
  await expect(salary.rounding()).toHaveValue("1.000");
});

test("the catalogue refuses a negative coefficient and an overlapping period, and accepts a new version", async ({
  page,
}) => {
  const shell = new Shell(page);
  const catalogue = new CataloguePage(page);
  await shell.go("Danh hiệu, hình thức");
  await expect(catalogue.rows("Lao động tiên tiến").first()).toContainText("0,3");
  await catalogue.openNew();
  await catalogue.fill({ code: "ldtt" });
  await expect(catalogue.code()).toHaveValue("LDTT");
  await catalogue.fill({ name: "Lao động tiên tiến", coefficient: "-1" });
  await catalogue.save();
  await expect(catalogue.dialog().getByText("Hệ số tiền thưởng không được âm")).toBeVisible();
  await catalogue.fill({ coefficient: "0,35" });
  await catalogue.save();
  await expect(
    shell.notice(
      /Mã LDTT đã có bản ghi “Lao động tiên tiến” hiệu lực từ 01\/01\/2024 đến nay, chồng lấn/,
    ),
  ).toBeVisible();
  // A new version from 2030 still overlaps the open-ended current one…
  await catalogue.submitFrom("01/01/2030");
  await expect(
    catalogue.dialog().getByText("Khoảng hiệu lực chồng lấn với bản ghi cùng mã"),
  ).toBeVisible();
  await catalogue.cancel();
  // …so the officer first ends the current version on 31/12/2029, then adds the new one.
  await catalogue.openEdit("Lao động tiên tiến");
  await catalogue.submitUntil("31/12/2029");
  await expect(catalogue.rowOfCode("LDTT")).toContainText("01/01/2024 – 31/12/2029");
  await catalogue.openNew();
  await catalogue.fill({ code: "LDTT", name: "Lao động tiên tiến", coefficient: "0,35" });
  await catalogue.submitFrom("01/01/2030");
  await expect(shell.notice("Đã lưu danh hiệu/hình thức", { first: true })).toBeVisible();
  // Not in force today: shown only under "Tất cả".
  await expect(catalogue.rows("01/01/2030")).toHaveCount(0);
  await catalogue.showAll();
  await expect(catalogue.rows("01/01/2030")).toContainText("0,35");
  await snap(page, "14-settings-catalogue");
});

test("legal bases show which are no longer in force", async ({ page }) => {
  const shell = new Shell(page);
  const legal = new LegalBasesPage(page);
  await shell.go("Căn cứ pháp lý");
  await expect(legal.row("15/2003/QH11")).toContainText("Hết hiệu lực");
  await expect(legal.row("91/2017/NĐ-CP")).toContainText("Hết hiệu lực");
  await expect(legal.row("06/2022/QH15")).toContainText("Còn hiệu lực");
  await snap(page, "15-settings-legal");
});

test("working year and global search work across the app", async ({ page }) => {
  const shell = new Shell(page);
  const thisYear = new Date().getFullYear();
  await expect(shell.notice(`Năm thi đua ${thisYear}`)).toBeVisible();
  await shell.chooseYear(String(thisYear - 1));
  await expect(shell.notice(`Năm thi đua ${thisYear - 1}`)).toBeVisible();
  await shell.reload();
  await expect(shell.notice(`Năm thi đua ${thisYear - 1}`)).toBeVisible();

  await shell.search("chien si co so");
  await expect(shell.searchResult(/Chiến sĩ thi đua cơ sở/)).toBeVisible();
  await snap(page, "16-search");
  await shell.searchResult(/Chiến sĩ thi đua cơ sở/).click();
  await expect(shell.heading("Danh hiệu thi đua và hình thức khen thưởng")).toBeVisible();

  await shell.search("dang quoc bao");
  await shell.searchResult(/Đặng Quốc Bảo/).click();
  await expect(shell.heading("Hội đồng Thi đua – Khen thưởng")).toBeVisible();
});
