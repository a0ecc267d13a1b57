import type { Page } from "@playwright/test";

/** The register (Sổ văn bản) and its dialogs. */
export class RegisterPageModel {
  constructor(readonly page: Page) {}

  row = (text: string) => this.page.getByRole("row").filter({ hasText: text });
  dialog = () => this.page.getByRole("dialog");

  async createToTrinh(summary: string, paragraph: string) {
    await this.page.getByRole("button", { name: "Tạo văn bản" }).click();
    const d = this.dialog();
    await d.getByLabel(/^Trích yếu/).fill(summary);
    await d.getByLabel(/^Kính gửi/).fill("Chủ tịch Ủy ban nhân dân huyện");
    await d.getByLabel(/^Nội dung/).fill(paragraph);
    await d.getByRole("button", { name: "Lưu" }).click();
  }

  async action(rowText: string, item: string) {
    await this.row(rowText)
      .getByRole("button", { name: /^Thao tác với văn bản/ })
      .click();
    await this.page.getByRole("menuitem", { name: item }).click();
  }
}
