import type { Page } from "@playwright/test";

/** Rows of any table on the screen that mention `text`. */
const rowsWith = (page: Page, text: string) => page.getByRole("row").filter({ hasText: text });

/** Cơ quan ban hành: the office's profile. */
export class ProfilePage {
  constructor(readonly page: Page) {}
  abbreviation = () => this.page.getByLabel(/^Chữ viết tắt trong số văn bản/);
  placeName = () => this.page.getByLabel(/^Địa danh/);
  demoBadge = () => this.page.getByText("Dữ liệu mẫu");

  async setAbbreviation(value: string) {
    await this.abbreviation().fill(value);
    await this.save();
  }
  async setPlaceName(value: string) {
    await this.placeName().fill(value);
    await this.save();
  }
  async save() {
    await this.page.getByRole("button", { name: "Lưu", exact: true }).click();
  }
}

/** Người ký: the signers. */
export class SignersPage {
  constructor(readonly page: Page) {}
  rows = (name: string) => rowsWith(this.page, name);
  defaultMark = (name: string) => this.rows(name).getByText("Mặc định");
  /** The n-th row of the table (0: the header). */
  rowAt = (n: number) => this.page.getByRole("row").nth(n);

  async add(v: { fullName: string; position: string; isDefault?: boolean }) {
    await this.page.getByRole("button", { name: "Thêm người ký" }).click();
    const dialog = this.page.getByRole("dialog");
    await dialog.getByLabel(/^Họ và tên/).fill(v.fullName);
    await dialog.getByLabel(/^Chức vụ( \*)?$/).fill(v.position);
    if (v.isDefault) await dialog.getByLabel("Người ký mặc định").check();
    await dialog.getByRole("button", { name: "Lưu" }).click();
  }
  async moveUp(name: string) {
    await this.page.getByRole("button", { name: `Chuyển ${name} lên` }).click();
  }
  /** Asks to delete, then cancels (`confirm: false`) or confirms. */
  async delete(name: string, o: { confirm: boolean }) {
    await this.page.getByRole("button", { name: `Xóa ${name}` }).click();
    if (o.confirm) await this.page.getByRole("dialog").getByRole("button", { name: "Xóa" }).click();
    else await this.page.getByRole("button", { name: "Hủy" }).click();
  }
}

/** Hội đồng TĐKT: the council's members. */
export class CouncilPage {
  constructor(readonly page: Page) {}
  row = (name: string) => rowsWith(this.page, name);

  async endMembership(name: string) {
    await this.page.getByRole("button", { name: `Sửa ${name}` }).click();
    await this.page.getByRole("dialog").getByLabel("Đang là thành viên").uncheck();
    await this.page.getByRole("dialog").getByRole("button", { name: "Lưu" }).click();
  }
}

/** Lương cơ sở, làm tròn. */
export class SalaryPage {
  constructor(readonly page: Page) {}
  dialog = () => this.page.getByRole("dialog");
  amountCell = (text: string) => this.page.getByRole("cell", { name: text });
  row = (text: string) => rowsWith(this.page, text);
  rounding = () => this.page.getByLabel("Làm tròn đến bội số của (đồng)");

  async openNewSalary() {
    await this.page.getByRole("button", { name: "Thêm mức lương" }).click();
  }
  /** Fills the open form; Enter in the date field submits it, `save` clicks Lưu as well. */
  async fillSalary(amount: string, from: string, o: { save?: boolean } = {}) {
    const d = this.dialog();
    await d.getByLabel(/^Mức lương cơ sở/).fill(amount);
    await d.getByLabel(/^Áp dụng từ ngày/).fill(from);
    await d.getByLabel(/^Áp dụng từ ngày/).press("Enter");
    if (o.save) await d.getByRole("button", { name: "Lưu" }).click();
  }
  async setRounding(value: string) {
    await this.rounding().fill(value);
    await this.page.getByRole("button", { name: "Lưu quy tắc" }).click();
  }
}

/** Danh hiệu, hình thức: the award catalogue. */
export class CataloguePage {
  constructor(readonly page: Page) {}
  dialog = () => this.page.getByRole("dialog");
  code = () => this.dialog().getByLabel(/^Mã/);
  rows = (text: string) => rowsWith(this.page, text);
  rowOfCode = (code: string) =>
    this.page
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell", { name: code, exact: true }) });

  async openNew() {
    await this.page.getByRole("button", { name: "Thêm", exact: true }).click();
  }
  async openEdit(name: string) {
    await this.page.getByRole("button", { name: `Sửa ${name}` }).click();
  }
  async fill(v: { code?: string; name?: string; coefficient?: string }) {
    const d = this.dialog();
    if (v.code !== undefined) await this.code().fill(v.code);
    if (v.name !== undefined) await d.getByLabel(/^Tên/).fill(v.name);
    if (v.coefficient !== undefined) await d.getByLabel(/^Hệ số tiền thưởng/).fill(v.coefficient);
  }
  async save() {
    await this.dialog().getByRole("button", { name: "Lưu" }).click();
  }
  async cancel() {
    // A date picker left open by Enter on a refused date covers the buttons: close it first.
    // (A click on the dialog's title closes it; Escape would close the dialog too.)
    const picker = this.page.locator("[data-dates-dropdown]");
    if (await picker.isVisible()) {
      await this.dialog().getByRole("heading").click();
      await picker.waitFor({ state: "hidden" });
    }
    await this.dialog().getByRole("button", { name: "Hủy" }).click();
  }
  /** Types the start date and presses Enter (which submits the form). */
  async submitFrom(date: string) {
    await this.dialog()
      .getByLabel(/^Có hiệu lực từ/)
      .fill(date);
    await this.dialog()
      .getByLabel(/^Có hiệu lực từ/)
      .press("Enter");
  }
  async submitUntil(date: string) {
    await this.dialog()
      .getByLabel(/^Hết hiệu lực sau ngày/)
      .fill(date);
    await this.dialog()
      .getByLabel(/^Hết hiệu lực sau ngày/)
      .press("Enter");
  }
  async showAll() {
    await this.page.getByText("Tất cả (kể cả hết hiệu lực)").click();
  }
}

/** Căn cứ pháp lý. */
export class LegalBasesPage {
  constructor(readonly page: Page) {}
  row = (number: string) =>
    this.page
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell", { name: number, exact: true }) });
}
