import type { Page } from "@playwright/test";

/** The first-run wizard. */
export class SetupPage {
  constructor(readonly page: Page) {}

  title = () => this.page.getByText("Thiết lập lần đầu");
  placeName = () => this.page.getByLabel("Tên địa phương");
  /** Required labels end in " *": match the label text itself, anchored. */
  field = (label: string) =>
    this.page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`));
  /** A line of the signature block as the preview shows it. */
  signaturePreview = (line: string) => this.page.getByText(line, { exact: true });
  next = () => this.page.getByRole("button", { name: "Tiếp tục" });
  finish = () => this.page.getByRole("button", { name: "Hoàn tất thiết lập" });

  async choosePreset(label: string) {
    await this.page.getByText(label, { exact: true }).click();
  }

  async fillSigner(
    index: number,
    v: {
      fullName: string;
      position: string;
      authority?: string;
      authorityOf?: string;
      onBehalfOf?: string;
    },
  ) {
    const card = this.page.locator(".mantine-Card-root").nth(index);
    await card.getByLabel(/^Họ và tên/).fill(v.fullName);
    await card.getByLabel(/^Chức vụ( \*)?$/).fill(v.position);
    if (v.authority) {
      await card.getByLabel("Thẩm quyền ký").click();
      await this.page.getByRole("option", { name: v.authority }).click();
    }
    if (v.authorityOf) await card.getByLabel("Ký thay mặt / ký thay cho").fill(v.authorityOf);
    if (v.onBehalfOf) await card.getByLabel("Dòng TM. phía trên (nếu có)").fill(v.onBehalfOf);
  }

  async addCouncilMember(index: number, fullName: string, position: string) {
    await this.page.getByRole("button", { name: "Thêm thành viên" }).click();
    await this.page.getByLabel(`Họ tên thành viên ${index + 1}`).fill(fullName);
    await this.page.getByLabel(`Chức vụ thành viên ${index + 1}`).fill(position);
  }
}
