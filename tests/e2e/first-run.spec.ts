import { expect, snap, test } from "./fixtures";
import { SetupPage } from "./pages/setup-page";
import { Shell } from "./pages/shell";

test("first run: the wizard sets up a district office and lands on the overview", async ({
  page,
  app,
}) => {
  const setup = new SetupPage(page);
  const shell = new Shell(page);
  await expect(setup.title()).toBeVisible();

  // Nothing typed yet: the required place name is refused with a Vietnamese message.
  await setup.next().click();
  await expect(shell.notice("Địa danh không được để trống", { first: true })).toBeVisible();

  await setup.placeName().fill("Vĩnh Cửu");
  await expect(setup.field("Cơ quan chủ quản")).toHaveValue("Ủy ban nhân dân huyện Vĩnh Cửu");
  await expect(setup.field("Tên Hội đồng Thi đua – Khen thưởng")).toHaveValue(
    "Hội đồng Thi đua - Khen thưởng huyện Vĩnh Cửu",
  );
  await expect(setup.field("Chữ viết tắt trong số văn bản")).toHaveValue("PNV");
  // A hand edit survives a later change of the place name.
  await setup.field("Chữ viết tắt trong số văn bản").fill("NV");
  await setup.placeName().fill("Vĩnh Cửu ");
  await expect(setup.field("Chữ viết tắt trong số văn bản")).toHaveValue("NV");
  await snap(page, "01-setup-profile");
  await setup.next().click();

  // Step 2: an empty signer is refused; then seed 002's TM./KT. block.
  await setup.next().click();
  await expect(shell.notice("Họ tên người ký không được để trống")).toBeVisible();
  await setup.fillSigner(0, {
    fullName: "Trần Văn Hùng",
    position: "Phó Chủ tịch",
    authority: "KT. – ký thay người đứng đầu",
    authorityOf: "Chủ tịch",
    onBehalfOf: "Ủy ban nhân dân",
  });
  await expect(setup.signaturePreview("TM. ỦY BAN NHÂN DÂN")).toBeVisible();
  await expect(setup.signaturePreview("KT. CHỦ TỊCH")).toBeVisible();
  await expect(setup.signaturePreview("PHÓ CHỦ TỊCH")).toBeVisible();
  await snap(page, "02-setup-signer");
  await setup.next().click();

  // Step 3: council members.
  await setup.addCouncilMember(0, "Nguyễn Văn Thắng", "Chủ tịch UBND huyện");
  await setup.addCouncilMember(1, "Lê Thị Thu Hà", "Trưởng phòng Nội vụ");
  await snap(page, "03-setup-council");
  await setup.next().click();

  // Step 4: the administrator (a short password is refused under its field).
  await page.getByLabel("Họ và tên").fill("Lê Thị Thu Hà");
  await page.getByLabel("Tên đăng nhập").fill("ha.le");
  await page.getByLabel(/^Mật khẩu/).fill("ngan");
  await page.getByLabel(/^Nhập lại mật khẩu/).fill("ngan");
  await setup.finish().click();
  await expect(shell.notice("Mật khẩu phải có ít nhất 8 ký tự")).toBeVisible();
  await page.getByLabel(/^Mật khẩu/).fill("Mat-khau-2026");
  await page.getByLabel(/^Nhập lại mật khẩu/).fill("Mat-khau-2026");
  await snap(page, "03b-setup-administrator");
  await setup.finish().click();

  // The recovery code shows once, over the overview.
  const code = shell.dialog("Mã khôi phục mới");
  await expect(code.getByLabel("Mã khôi phục", { exact: true })).toHaveText(/^[A-Z2-9-]{19}$/);
  await code.getByRole("button", { name: "Tôi đã ghi lại mã khôi phục" }).click();
  await expect(shell.heading("Tổng quan")).toBeVisible();
  await expect(shell.banner("Phòng Nội vụ – Ủy ban nhân dân huyện Vĩnh Cửu")).toBeVisible();
  await expect(shell.notice("2 thành viên (không kể thư ký)")).toBeVisible();
  await expect(shell.notice("2.340.000 đồng", { exact: false })).toBeVisible();
  await snap(page, "04-overview");

  // The setup is stored in the data folder: a restart opens the shell, not the wizard.
  await app.restart();
  await page.goto(app.url);
  // A restart signs everyone out: the administrator signs in again.
  await page.getByLabel("Tên đăng nhập").fill("ha.le");
  await page.getByLabel("Mật khẩu").fill("Mat-khau-2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(shell.heading("Tổng quan")).toBeVisible();
  await expect(shell.banner("Phòng Nội vụ – Ủy ban nhân dân huyện Vĩnh Cửu")).toBeVisible();
});
