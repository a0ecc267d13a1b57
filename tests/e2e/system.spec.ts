import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, snap, test } from "./fixtures";
import { ProfilePage } from "./pages/settings";
import { SetupPage } from "./pages/setup-page";
import { Shell } from "./pages/shell";
import { BackupsPage, RecoveryPage } from "./pages/system";

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
      await expect(shell.anyHeading()).toBeVisible();
    }
    await shell.search("luong co so");
    await shell.closeSearch();
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
    const backups = new BackupsPage(page);
    const profile = new ProfilePage(page);
    await shell.go("Sao lưu, khôi phục");
    await backups.backUpNow();
    await expect(shell.notice("Đã sao lưu và kiểm tra bản sao lưu")).toBeVisible();
    await expect(backups.manualBackups()).toHaveCount(1);

    // Change something after the backup…
    await shell.go("Cơ quan ban hành");
    await profile.setPlaceName("Tân Uyên");
    await expect(shell.notice("Đã lưu thông tin cơ quan ban hành")).toBeVisible();

    // …then restore: cancelling does nothing, confirming brings the old value back.
    await shell.go("Sao lưu, khôi phục");
    await backups.restoreManual({ confirm: false });
    await backups.restoreManual({ confirm: true });
    await expect(shell.notice(/Đã khôi phục dữ liệu/)).toBeVisible();
    await expect(backups.beforeRestoreCopies()).toHaveCount(1);
    await snap(page, "20-backups");
    await shell.go("Cơ quan ban hành");
    await expect(profile.placeName()).toHaveValue("Vĩnh Cửu");
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
    const shell = new Shell(page);
    const recovery = new RecoveryPage(page);
    await expect(recovery.heading()).toBeVisible();
    await expect(shell.notice(/bị hỏng, không mở được/)).toBeVisible();
    await snap(page, "21-recovery");
    await recovery.restoreLatest();
    await expect(shell.notice("Đã khôi phục dữ liệu từ bản sao lưu.")).toBeVisible();
    // The backup above predates setup, so the app now asks for first-run setup.
    await expect(new SetupPage(page).title()).toBeVisible();
    const kept = fs.readdirSync(app.dataDir).filter((f) => f.startsWith("tdkt.sqlite.hong-"));
    expect(kept.length).toBe(1);
    expect(fs.readFileSync(path.join(app.dataDir, kept[0]!))[0]).toBe(0x5a);
  });
});
