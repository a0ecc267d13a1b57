import type { Page } from "@playwright/test";
import { downloadOf } from "./ui";

/** Mẫu in Giấy khen: the certificate layout. Fields are named "<setting> — <box>". */
export class CertificateLayoutPage {
  constructor(readonly page: Page) {}

  field = (setting: string, box: string) =>
    this.page.getByLabel(`${setting} — ${box}`, { exact: true });
  left = (box: string) => this.field("Lề trái (mm)", box);
  top = (box: string) => this.field("Lề trên (mm)", box);
  fontSize = (box: string) => this.field("Cỡ chữ (pt)", box);
  printOnBlank = (box: string) => this.field("In trên phôi", box);
  printerOffset = (printer: string) => this.field("Độ lệch ngang (mm)", printer);
  preview = () =>
    this.page.getByRole("img", { name: "Xem trước vị trí các ô trên trang A4 ngang" });
  saveButton = () => this.page.getByRole("button", { name: "Lưu mẫu" });
  defaultsInUse = () => this.page.getByText("Đang dùng vị trí mặc định");
  invalidMark = () => this.page.getByText("Mẫu in chưa hợp lệ");
  unsavedMark = () => this.page.getByText("Có thay đổi chưa lưu");
  dialog = () => this.page.getByRole("dialog");

  async save() {
    await this.saveButton().click();
  }

  /** Drags a box on the preview by `dx` pixels to the right. */
  async dragBox(field: string, dx: number) {
    const box = (await this.preview().locator(`g[data-field="${field}"] rect`).boundingBox())!;
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2, { steps: 5 });
    await this.page.mouse.up();
  }

  printTestPage() {
    return downloadOf(this.page, () =>
      this.page.getByRole("button", { name: "In trang thử" }).click(),
    );
  }

  async askRestoreDefaults() {
    await this.page.getByRole("button", { name: "Khôi phục mặc định" }).click();
  }

  async confirmRestore() {
    await this.dialog().getByRole("button", { name: "Khôi phục" }).click();
  }
}
