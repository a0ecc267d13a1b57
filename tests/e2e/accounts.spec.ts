import { expect, snap, test } from "./fixtures";
import { PeoplePage } from "./pages/directory";
import { BackupsPage } from "./pages/system";
import { Shell } from "./pages/shell";
import { choose, selectInput } from "./pages/ui";

test.use({ demo: true });

test("the office creates its administrator, adds a Chỉ xem account, and that account can only look", async ({
  page,
}) => {
  const shell = new Shell(page);
  await expect(shell.anyHeading()).toBeVisible();
  // A backup made before there are accounts.
  const backups = new BackupsPage(page);
  await shell.go("Sao lưu, khôi phục");
  await backups.backUpNow();
  await expect(shell.notice("Đã sao lưu và kiểm tra bản sao lưu")).toBeVisible();
  await expect(backups.manualBackups()).toHaveCount(1);
  await expect(backups.row("chưa có tài khoản")).toHaveCount(0);
  // An installation without accounts says so and offers to create the administrator.
  await page.getByRole("button", { name: "Tạo tài khoản quản trị" }).click();
  const create = shell.dialog("Tạo tài khoản quản trị");
  await create.getByLabel("Họ và tên").fill("Lê Thị Thu Hà");
  await create.getByLabel("Tên đăng nhập").fill("ha.le");
  await create.getByLabel(/^Mật khẩu/).fill("Mat-khau-2026");
  await create.getByLabel("Nhập lại mật khẩu").fill("Mat-khau-2026");
  await create.getByRole("button", { name: "Tạo tài khoản" }).click();
  const code = create.getByLabel("Mã khôi phục", { exact: true });
  await expect(code).toHaveText(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
  await snap(page, "16-01-recovery-code");
  await create.getByRole("button", { name: "Tôi đã ghi lại mã khôi phục" }).click();
  await expect(page.getByRole("button", { name: "Tài khoản Lê Thị Thu Hà" })).toBeVisible();

  await shell.go("Tài khoản");
  await page.getByRole("button", { name: "Thêm tài khoản" }).click();
  const add = shell.dialog("Thêm tài khoản");
  await add.getByLabel("Họ và tên").fill("Trần Văn Xem");
  await add.getByLabel("Tên đăng nhập").fill("xem");
  await choose(page, selectInput(add, page, "Vai trò"), "Chỉ xem");
  await add.getByLabel("Mật khẩu ban đầu").fill("ngan");
  await add.getByRole("button", { name: "Lưu" }).click();
  await expect(add.getByText("Mật khẩu phải có ít nhất 8 ký tự")).toBeVisible();
  await add.getByLabel("Mật khẩu ban đầu").fill("Chi-xem-2026");
  await add.getByRole("button", { name: "Lưu" }).click();
  await expect(shell.notice("Đã lưu tài khoản")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Trần Văn Xem" })).toBeVisible();
  // This PC signs the administrator in by itself (a single-officer PC).
  await choose(page, selectInput(page, page, /^Tự đăng nhập trên máy này/), "Lê Thị Thu Hà");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(shell.notice("Đã lưu cài đặt đăng nhập")).toBeVisible();
  await snap(page, "16-02-accounts");

  // That backup is marked as from before accounts, and restoring it says what it would undo.
  await shell.go("Sao lưu, khôi phục");
  const beforeAccounts = backups.manualBackups().filter({ hasText: "chưa có tài khoản" });
  await expect(beforeAccounts).toHaveCount(1);
  await beforeAccounts.getByRole("button", { name: "Khôi phục" }).click();
  const confirm = page.getByRole("dialog");
  await expect(confirm).toContainText("các tài khoản hiện có sẽ không còn");
  await snap(page, "16-06-restore-before-accounts");
  await confirm.getByRole("button", { name: "Hủy" }).click();
  await expect(confirm).toHaveCount(0);

  // Signing out shows the sign-in screen; a wrong password is refused with the attempts left.
  await page.getByRole("button", { name: "Tài khoản Lê Thị Thu Hà" }).click();
  await page.getByRole("menuitem", { name: "Đăng xuất" }).click();
  await expect(page.getByRole("button", { name: "Đăng nhập", exact: true })).toBeVisible();
  // Signed out on purpose: the automatic sign-in waits for a click.
  await expect(
    page.getByRole("button", { name: "Vào bằng tài khoản Lê Thị Thu Hà (máy tự đăng nhập)" }),
  ).toBeVisible();
  await page.getByLabel("Tên đăng nhập").fill("xem");
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(shell.notice(/Còn 4 lần thử/)).toBeVisible();
  await snap(page, "16-03-sign-in");
  await page.getByLabel("Mật khẩu").fill("Chi-xem-2026");
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page.getByRole("button", { name: "Tài khoản Trần Văn Xem" })).toBeVisible();
  // The settings are hidden; a change typed anyway is refused by the backend.
  await expect(shell.nav("Tài khoản")).toHaveCount(0);
  await shell.go("Phong trào thi đua");
  await expect(shell.heading(/^Phong trào thi đua/)).toBeVisible();
  // Not offered to this role; opened by its address anyway, the save is refused.
  await expect(page.getByRole("link", { name: "Thêm phong trào" })).toHaveCount(0);
  await page.goto(page.url().replace(/#.*$/, "#/phong-trao/moi"));
  await page.getByLabel("Tên phong trào").fill("Phong trào không được lưu");
  await page.getByRole("button", { name: "Lưu phong trào" }).click();
  await expect(
    shell.notice(/Trần Văn Xem \(Chỉ xem\) không có quyền nhập, sửa dữ liệu/),
  ).toBeVisible();
  // A person's page offers a Chỉ xem account nothing to change, and still shows its history.
  // Leaving the refused form: the unsaved input is dropped on purpose.
  await shell.go("Cá nhân");
  await shell.dialog("Bỏ thay đổi chưa lưu?").getByRole("button", { name: "Bỏ thay đổi" }).click();
  // The list offers no adding or importing either.
  await expect(shell.heading("Cá nhân")).toBeVisible();
  await expect(page.getByRole("button", { name: "Thêm cá nhân" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Nhập từ Excel" })).toHaveCount(0);
  const people = new PeoplePage(page);
  await people.list().getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Lịch sử thay đổi" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sửa", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Xóa", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Ghi kỷ luật" })).toHaveCount(0);
});
