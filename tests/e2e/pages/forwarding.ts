import type { Page } from "@playwright/test";

/** Trình cấp trên: nominations forwarded upward, their Tờ trình and achievement reports. */
export class ForwardingPage {
  constructor(readonly page: Page) {}

  heading = () => this.page.getByRole("heading", { name: "Trình cấp trên" });
  proposeButton = () => this.page.getByRole("button", { name: /^Lập Tờ trình/ });
  dialog = () =>
    this.page.getByRole("dialog", { name: "Lập Tờ trình đề nghị cấp trên khen thưởng" });
  kinhGui = () => this.dialog().getByLabel(/^Kính gửi/);
  row = (name: string) => this.page.getByRole("row").filter({ hasText: name });
  /** The first page of the document preview, once rendered. */
  previewPage = () => this.page.getByRole("img", { name: "Trang 1" });

  async select(name: string) {
    await this.page.getByLabel(`Chọn ${name}`).check();
  }

  async openProposal() {
    await this.proposeButton().click();
  }

  async fillRecipients(text: string) {
    await this.dialog()
      .getByLabel(/^Nơi nhận/)
      .fill(text);
  }

  async createProposal() {
    await this.dialog().getByRole("button", { name: "Tạo Tờ trình" }).click();
  }

  async makeReport(name: string) {
    await this.row(name).getByRole("button", { name: "Báo cáo thành tích" }).click();
  }
}
