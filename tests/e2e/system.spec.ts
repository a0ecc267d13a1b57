import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, snap, test } from "./fixtures";
import { Shell } from "./pages/shell";

test.describe("with demo data", () => {
  test.use({ demo: true });

  test("the app requests nothing but its own backend while every screen is opened", async ({
    page,
    app,
  }) => {
    const shell = new Shell(page);
    for (const label of [
      "Cơ quan ban hành",
      "Người ký",
      "Hội đồng TĐKT",
      "Lương cơ sở, làm tròn",
      "Danh hiệu, hình thức",
      "Căn cứ pháp lý",
      "Sao lưu, khôi phục",
      "Tổng quan",
    ]) {
      await shell.go(label);
      await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
    }
    await shell.search("luong co so");
    await page.keyboard.press("Escape");
    await page.waitForLoadState("networkidle");
    expect(app.requests.length).toBeGreaterThan(10);
    const foreign = app.requests.filter(
      (u) => new URL(u).origin !== app.origin && !u.startsWith("data:"),
    );
    expect(foreign).toEqual([]);
  });

  test("a manual backup is made and restored after confirmation, keeping a copy of the state before", async ({
    page,
  }) => {
    const shell = new Shell(page);
    await shell.go("Sao lưu, khôi phục");
    await page.getByRole("button", { name: "Sao lưu ngay" }).click();
    await expect(page.getByText("Đã sao lưu và kiểm tra bản sao lưu")).toBeVisible();
    const manualRow = page.getByRole("row").filter({ hasText: "Do người dùng tạo" });
    await expect(manualRow).toHaveCount(1);

    // Change something after the backup…
    await shell.go("Cơ quan ban hành");
    await page.getByLabel(/^Địa danh/).fill("Tân Uyên");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(page.getByText("Đã lưu thông tin cơ quan ban hành")).toBeVisible();

    // …then restore: cancelling does nothing, confirming brings the old value back.
    await shell.go("Sao lưu, khôi phục");
    await manualRow.getByRole("button", { name: "Khôi phục" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Hủy" }).click();
    await manualRow.getByRole("button", { name: "Khôi phục" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Khôi phục" }).click();
    await expect(page.getByText(/Đã khôi phục dữ liệu/)).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Trước khi khôi phục" })).toHaveCount(1);
    await snap(page, "20-backups");
    await shell.go("Cơ quan ban hành");
    await expect(page.getByLabel(/^Địa danh/)).toHaveValue("Vĩnh Cửu");
  });
});

test.describe("with a damaged database", () => {
  // A good backup, then a database file that is not SQLite at all (as after a power cut mid-write).
  test.use({
    prepareDataDir: {
      run(dir: string) {
        const backups = path.join(dir, "backups");
        fs.mkdirSync(backups, { recursive: true });
        const good = new Database(path.join(backups, "tdkt-20260101-080000-000-manual.sqlite"));
        good.exec("create table t(x); insert into t values (1);");
        good.close();
        fs.writeFileSync(path.join(dir, "tdkt.sqlite"), Buffer.alloc(8192, 0x5a));
      },
    },
  });

  test("the app refuses to open it and offers the latest good backup, keeping the damaged file", async ({
    page,
    app,
  }) => {
    await expect(page.getByRole("heading", { name: "Không mở được dữ liệu" })).toBeVisible();
    await expect(page.getByText(/bị hỏng, không mở được/)).toBeVisible();
    await snap(page, "21-recovery");
    await page.getByRole("button", { name: "Khôi phục" }).click();
    await expect(page.getByText("Đã khôi phục dữ liệu từ bản sao lưu.")).toBeVisible();
    // The backup above predates setup, so the app now asks for first-run setup.
    await expect(page.getByText("Thiết lập lần đầu")).toBeVisible();
    const kept = fs.readdirSync(app.dataDir).filter((f) => f.startsWith("tdkt.sqlite.hong-"));
    expect(kept.length).toBe(1);
    expect(fs.readFileSync(path.join(app.dataDir, kept[0]!))[0]).toBe(0x5a);
  });
});
