import type { Page } from "@playwright/test";

/** Sao lưu, khôi phục. */
export class BackupsPage {
  constructor(readonly page: Page) {}

  row = (text: string) => this.page.getByRole("row").filter({ hasText: text });
  manualBackups = () => this.row("Do người dùng tạo");
  beforeRestoreCopies = () => this.row("Trước khi khôi phục");

  async backUpNow() {
    await this.page.getByRole("button", { name: "Sao lưu ngay" }).click();
  }

  /** Restores the one manual backup: cancels at the confirmation, or confirms. */
  async restoreManual(o: { confirm: boolean }) {
    await this.manualBackups().getByRole("button", { name: "Khôi phục" }).click();
    await this.page
      .getByRole("dialog")
      .getByRole("button", { name: o.confirm ? "Khôi phục" : "Hủy" })
      .click();
  }
}

/** The screen shown instead of the app when the database cannot be opened. */
export class RecoveryPage {
  constructor(readonly page: Page) {}

  heading = () => this.page.getByRole("heading", { name: "Không mở được dữ liệu" });

  async restoreLatest() {
    await this.page.getByRole("button", { name: "Khôi phục" }).click();
  }
}
