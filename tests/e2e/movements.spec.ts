import fs from "node:fs";
import path from "node:path";
import { docxParts } from "../helpers/docx-xml";
import { expect, snap, test } from "./fixtures";
import { MovementPage } from "./pages/movements";
import { api } from "./pages/api";
import { Shell } from "./pages/shell";

test.use({ demo: true });

const DRIVE = "Đợt thi đua lập thành tích chào mừng Đại hội Đảng các cấp";

test("a drive like seed 004 is created with quotas per kind of unit and for a named unit; bad quotas are refused", async ({
  page,
}) => {
  const shell = new Shell(page);
  const movement = new MovementPage(page);
  const year = new Date().getFullYear();
  await shell.go("Phong trào thi đua");
  await movement.startNew({
    kind: "Đợt thi đua",
    name: DRIVE,
    dossierDeadline: `15/12/${year}`,
  });
  await movement.addTarget(1, "100% xã, thị trấn đăng ký thi đua");

  await movement.addAward(1, "Giấy khen (cá nhân)");
  await movement.addKindQuota(0, 1, "Xã, thị trấn", "2");
  await movement.addUnitQuota(2, "Trung tâm Y tế", "0");
  await movement.save();
  await expect(shell.notice(/phải là số nguyên từ 1 trở lên/, { first: true })).toBeVisible();
  await movement.quota(2).fill("5");
  await movement.save();
  await expect(shell.notice("Đã lưu phong trào")).toBeVisible();
  await snap(page, "50-movement");

  await shell.reload();
  await expect(movement.quota(2)).toHaveValue("5");
  await shell.go("Phong trào thi đua");
  await expect(movement.listed(DRIVE)).toBeVisible();
  await expect(
    movement.listed(`1 hình thức khen thưởng · hạn nộp hồ sơ 15/12/${year}`),
  ).toBeVisible();
  // The year's plan (its own screen is tested in plans.spec.ts) makes the dashboard list deadlines.
  await api(page, "plans.create", { year, from: "template" });
  await shell.go("Tổng quan");
  await expect(shell.notice(`Hạn nộp hồ sơ khen thưởng: ${DRIVE}`, { first: true })).toBeVisible();
});

test("the drive's Kế hoạch phát động is made from the movement page, with its quotas in words", async ({
  page,
  app,
}) => {
  const shell = new Shell(page);
  const movement = new MovementPage(page);
  const year = new Date().getFullYear();
  await shell.go("Phong trào thi đua");
  await movement.startNew({
    kind: "Đợt thi đua",
    name: DRIVE,
    theme: "Thi đua lập thành tích chào mừng Đại hội Đảng các cấp",
    dossierDeadline: `30/11/${year}`,
  });
  // Giấy khen for individuals: 02 per commune; Giấy khen for households: 03 per commune.
  await movement.addAward(1, "Giấy khen (cá nhân)");
  await movement.addKindQuota(0, 1, "Xã, thị trấn", "2");
  await movement.addAward(2, "Giấy khen (hộ gia đình)");
  await movement.addKindQuota(1, 1, "Xã, thị trấn", "3");
  // Bằng khen of the province: no more than 03 people in all.
  await movement.addAward(3, /^Bằng khen của Chủ tịch UBND tỉnh \(cá nhân\)/);
  await movement.setTotal(2, "3");
  await movement.save();
  await expect(shell.notice("Đã lưu phong trào")).toBeVisible();

  await movement.makePlan();
  await expect(movement.planDialog().getByLabel("Trích yếu")).toHaveValue(`Phát động ${DRIVE}`);
  await snap(page, "51-movement-plan-dialog");
  await movement.confirmPlan();
  await expect(
    shell.notice("Đã tạo bản dự thảo Kế hoạch phát động trong sổ văn bản"),
  ).toBeVisible();
  await expect(shell.notice(`Phát động ${DRIVE}`, { first: true })).toBeVisible();
  await snap(page, "52-movement-plan-register");
  const dir = path.join(app.dataDir, "documents", String(year));
  const file = fs.readdirSync(dir).find((f) => f.startsWith("ke-hoach-"))!;
  const text = (docxParts(fs.readFileSync(path.join(dir, file)))["word/document.xml"] ?? "")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "");
  expect(text).toContain("“Thi đua lập thành tích chào mừng Đại hội Đảng các cấp”.");
  expect(text).toContain("- Mỗi xã, thị trấn lựa chọn 02 cá nhân và 03 hộ gia đình.");
  expect(text).toContain("- Tổng số không quá 03 cá nhân.");
  expect(text).toMatch(
    new RegExp(`bình xét và gửi hồ sơ đề nghị khen thưởng về .+ trước ngày 30/11/${year}\\.`),
  );
});
