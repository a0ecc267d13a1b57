import type { Page } from "@playwright/test";
import { chooseFiles, downloadOf } from "./ui";

/** The register (Sổ văn bản) and its dialogs. */
export class RegisterPageModel {
  constructor(readonly page: Page) {}

  row = (text: string) => this.page.getByRole("row").filter({ hasText: text });
  rows = () => this.page.getByRole("row");
  dialog = () => this.page.getByRole("dialog");
  /** The first page of the document's preview, once rendered. */
  previewPage = () => this.page.getByRole("img", { name: "Trang 1" });

  async openNew() {
    await this.page.getByRole("button", { name: "Tạo văn bản" }).click();
  }

  async fillSummary(summary: string) {
    await this.dialog()
      .getByLabel(/^Trích yếu/)
      .fill(summary);
  }

  async save() {
    await this.dialog().getByRole("button", { name: "Lưu" }).click();
  }

  async cancel() {
    await this.dialog().getByRole("button", { name: "Hủy" }).click();
  }

  async createToTrinh(summary: string, paragraph: string) {
    await this.openNew();
    const d = this.dialog();
    await this.fillSummary(summary);
    await d.getByLabel(/^Kính gửi/).fill("Chủ tịch Ủy ban nhân dân huyện");
    await d.getByLabel(/^Nội dung/).fill(paragraph);
    await this.save();
  }

  async search(text: string) {
    await this.page.getByLabel("Tìm văn bản").fill(text);
  }

  async action(rowText: string, item: string) {
    await this.row(rowText)
      .getByRole("button", { name: /^Thao tác với văn bản/ })
      .click();
    await this.page.getByRole("menuitem", { name: item }).click();
  }

  /** Confirms the open Ban hành dialog. */
  async confirmIssue() {
    await this.dialog().getByRole("button", { name: "Ban hành" }).click();
  }
}

/** Mẫu văn bản: the templates. */
export class TemplatesPage {
  constructor(readonly page: Page) {}

  row = (name: string) => this.page.getByRole("row").filter({ hasText: name });
  defaultMark = (name: string) => this.row(name).getByText("Mẫu mặc định");

  tryOut(name: string) {
    return downloadOf(this.page, () =>
      this.row(name).getByRole("button", { name: "Dùng thử" }).click(),
    );
  }

  async upload(name: string, file: { name: string; mimeType: string; buffer: Buffer }) {
    await chooseFiles(
      this.page,
      this.row(name).getByRole("button", { name: "Nạp mẫu riêng…" }),
      file,
    );
  }
}
