import { expect, type Page } from "@playwright/test";
import { chooseFiles, downloadOf, selectInput } from "./ui";

/** Đăng ký thi đua: the units' list, a unit's registration grid, its .xlsx import, roll-ups. */
export class RegistrationPage {
  constructor(readonly page: Page) {}

  private select = (name: string) => selectInput(this.page, this.page, name);
  units = () => this.page.getByRole("table", { name: "Danh sách đơn vị đăng ký" });
  unitRow = (name: string) =>
    this.units()
      .getByRole("row")
      .filter({ has: this.page.getByRole("link", { name, exact: true }) });
  importPreview = () => this.page.getByRole("table", { name: "Xem trước bản đăng ký" });
  peopleCount = (n: number) => this.page.getByText(`Cá nhân đăng ký (${n})`);
  submittedMark = () => this.page.getByText("Đã nộp").first();
  pactDialog = () =>
    this.page.getByRole("dialog", { name: "Đăng ký giao ước thi đua của cơ quan" });
  pactUnit = () => selectInput(this.pactDialog(), this.page, /^Bản đăng ký của cơ quan/);

  async openUnit(name: string) {
    await this.units().getByRole("link", { name, exact: true }).click();
  }

  /** The name of the first unit in the list whose name matches. */
  async firstUnitNamed(pattern: RegExp) {
    return (await this.units().getByRole("link", { name: pattern }).first().textContent())!;
  }

  async backToList() {
    await this.page.getByRole("link", { name: "Danh sách" }).click();
  }

  async addAllPeople() {
    await this.page.getByRole("button", { name: "Thêm tất cả cá nhân của đơn vị" }).click();
  }

  async setPersonAward(line: number, award: string) {
    const field = this.select(`Danh hiệu dòng ${line}`);
    // The warnings of the lines above arrive while this one is being set and re-lay the grid,
    // which may close its list: open it again until the title is taken.
    await expect(async () => {
      if ((await field.inputValue()) === award) return;
      await field.click();
      await this.page.getByRole("option", { name: award, exact: true }).click({ timeout: 5_000 });
      await expect(field).toHaveValue(award, { timeout: 5_000 });
    }).toPass();
  }

  async addCollectiveAward(line: number, award: string) {
    await this.page.getByRole("button", { name: "Thêm danh hiệu tập thể" }).click();
    await this.select(`Danh hiệu tập thể ${line}`).click();
    await this.page.getByRole("option", { name: award, exact: true }).click();
  }

  async addTarget(line: number, v: { text: string; number: string; unit: string }) {
    await this.page.getByRole("button", { name: "Thêm chỉ tiêu" }).click();
    await this.page.getByLabel(`Chỉ tiêu ${line}`, { exact: true }).fill(v.text);
    await this.page.getByLabel(`Số lượng chỉ tiêu ${line}`).fill(v.number);
    await this.page.getByLabel(`Đơn vị tính chỉ tiêu ${line}`).fill(v.unit);
  }

  /** Adds a person row and types into its picker; returns the directory's people offered. */
  async addPersonRow(line: number, typed: string) {
    await this.page.getByRole("button", { name: "Thêm cá nhân" }).click();
    await this.select(`Cá nhân dòng ${line}`).fill(typed);
    return this.page.getByRole("option").filter({ hasNotText: "chưa có trong danh bạ" });
  }

  /** Adds a person row with a name not in the directory. */
  async addPerson(line: number, fullName: string, birthYear: string) {
    await this.addPersonRow(line, fullName);
    await this.page
      .getByRole("option", { name: `Ghi tên “${fullName}” (chưa có trong danh bạ)` })
      .click();
    await this.page.getByLabel(`Năm sinh dòng ${line}`).fill(birthYear);
  }

  async deleteRow(line: number) {
    await this.page.getByRole("button", { name: `Xóa dòng ${line}` }).click();
  }

  async save() {
    await this.page.getByRole("button", { name: "Lưu", exact: true }).click();
  }

  async markSubmitted() {
    await this.page.getByRole("button", { name: "Tình trạng" }).click();
    await this.page.getByRole("menuitem", { name: "Đã nhận (đã nộp)…" }).click();
    await this.page.getByRole("dialog").getByRole("button", { name: "Xác nhận" }).click();
  }

  async openImport() {
    await this.page.getByRole("button", { name: "Nhập từ Excel" }).click();
  }

  downloadTemplate() {
    return downloadOf(this.page, () =>
      this.page.getByRole("button", { name: "Tải tệp mẫu" }).click(),
    );
  }

  async chooseFile(file: string) {
    await chooseFiles(this.page, this.page.getByRole("button", { name: "Chọn tệp…" }), file);
  }

  async confirmImport() {
    await this.page.getByRole("button", { name: "Nhập bản đăng ký" }).click();
  }

  rollUp(kind: "Word" | "Excel") {
    return downloadOf(this.page, async () => {
      await this.page.getByRole("button", { name: "Bảng tổng hợp" }).click();
      await this.page.getByRole("menuitem", { name: `Tổng hợp đăng ký (${kind})` }).click();
    });
  }

  async openPact() {
    await this.page.getByRole("button", { name: "Đăng ký giao ước của cơ quan" }).click();
  }

  async confirmPact() {
    await this.pactDialog().getByRole("button", { name: "Tạo bản dự thảo" }).click();
  }
}
