// What the officer types is kept or refused out loud, never dropped: impossible dates, input left
// unsaved, and typing a list from the keyboard (#13 items 8, 9, 11).
import { expect, snap, test } from "./fixtures";
import { DossierPage } from "./pages/dossiers";
import { MovementPage } from "./pages/movements";
import { PlanPage } from "./pages/plans";
import { RegistrationPage } from "./pages/registrations";
import { Shell } from "./pages/shell";
import { selectInput } from "./pages/ui";

test.use({ demo: true });

test("an impossible due date is refused under the field; “30/3” is 30 March of the working year", async ({
  page,
}) => {
  const shell = new Shell(page);
  const plan = new PlanPage(page);
  const year = new Date().getFullYear();
  await shell.go("Kế hoạch năm");
  await plan.useBuiltInSet();
  await expect(shell.notice(/Đã tạo kế hoạch năm/)).toBeVisible();

  await plan.addActivity({ content: "Sơ kết quý I", lead: "Phòng Nội vụ", due: `31/02/${year}` });
  const due = plan.dialog().getByLabel("Hạn hoàn thành");
  await expect(plan.dialog().getByText(`Ngày 31/02/${year} không có thật`)).toBeVisible();
  await expect(due).toHaveValue(`31/02/${year}`);
  await expect(plan.dialog()).toBeVisible();
  await snap(page, "13-08-impossible-date");

  await due.fill("30/3");
  await due.press("Tab");
  await expect(due).toHaveValue(`30/03/${year}`);
  await plan.dialog().getByRole("button", { name: "Lưu" }).click();
  await expect(shell.notice("Đã lưu hoạt động")).toBeVisible();
  await expect(plan.row("Sơ kết quý I")).toContainText(`Hạn 30/03/${year}`);
});

test("leaving a half-filled movement through the side menu asks first", async ({ page }) => {
  const shell = new Shell(page);
  const movement = new MovementPage(page);
  await shell.go("Phong trào thi đua");
  await movement.startNew({ kind: "Đợt thi đua", name: "Đợt thi đua chào mừng ngày 2/9" });

  await shell.go("Kế hoạch năm");
  const ask = shell.dialog("Bỏ thay đổi chưa lưu?");
  await expect(ask).toBeVisible();
  await snap(page, "13-09-leave-unsaved");
  await ask.getByRole("button", { name: "Ở lại" }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByLabel(/^Tên phong trào/)).toHaveValue("Đợt thi đua chào mừng ngày 2/9");

  await shell.go("Kế hoạch năm");
  await ask.getByRole("button", { name: "Bỏ thay đổi" }).click();
  await expect(shell.heading(/Kế hoạch/)).toBeVisible();
});

test("a registration is typed from the keyboard: the focus follows the row", async ({ page }) => {
  const shell = new Shell(page);
  const registration = new RegistrationPage(page);
  await shell.go("Đăng ký thi đua");
  await registration.openUnit("Phòng Nội vụ");
  const people = await registration.addPersonRow(1, "n");
  await expect(people.first()).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Chức vụ dòng 1")).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(selectInput(page, page, "Cá nhân dòng 2")).toBeFocused();
  await page.keyboard.type("Đỗ Văn Thử");
  await expect(selectInput(page, page, "Cá nhân dòng 2")).toHaveValue("Đỗ Văn Thử");
});

test("a unit picker finds names without tone marks, the exact name first", async ({ page }) => {
  const shell = new Shell(page);
  const dossiers = new DossierPage(page);
  await shell.go("Hồ sơ khen thưởng");
  await dossiers.openReceive();
  const submitter = dossiers
    .receiveForm()
    .getByLabel(/^Đơn vị trình/)
    .and(page.locator("input"));
  await submitter.fill("Tân An");
  await expect(dossiers.option(/./).first()).toHaveText("Xã Tân An");
  await submitter.fill("trung tam van hoa");
  await expect(dossiers.option(/./).first()).toHaveText(
    "Trung tâm Văn hóa, Thể thao và Truyền thanh",
  );
});
