import type { Page } from "@playwright/test";
import { downloadOf } from "./ui";

/** Quyết định khen thưởng: candidates grouped by award, a decision's page, its dialogs. */
export class DecisionPage {
  constructor(readonly page: Page) {}

  group = (award: string) => this.page.getByLabel(`Nhóm ${award}`);
  form = () => this.page.getByRole("dialog", { name: "Tạo quyết định khen thưởng" });
  recipients = () => this.page.getByRole("table", { name: "Danh sách kèm theo" });
  total = () => this.page.getByLabel("Tổng tiền thưởng");
  totalInWords = () => this.page.getByLabel("Tổng tiền bằng chữ");
  numberHeading = () =>
    this.page.getByRole("heading", { name: /Quyết định số \d+\/QĐ-UBND/, level: 2 });
  cancelledHeading = () => this.page.getByRole("heading", { name: /\(hủy bỏ\)/, level: 2 });
  printButton = () => this.page.getByRole("button", { name: /In Giấy khen/ });
  deleteDraftButton = () => this.page.getByRole("button", { name: "Xóa dự thảo" });
  cancelForm = (number: string) =>
    this.page.getByRole("dialog", { name: `Hủy bỏ Quyết định số ${number}` });
  dialogs = () => this.page.getByRole("dialog");

  /** Opens the form for the group's candidates (`count` of them). */
  async startDecision(award: string, count: number) {
    await this.group(award)
      .getByRole("button", { name: new RegExp(`Tạo quyết định \\(${count}\\)`) })
      .click();
  }

  /** In the open form: fills what is given, then creates the draft. */
  async createDraft(v: { date?: string; fundSource?: string; snap?: () => Promise<void> }) {
    const f = this.form();
    if (v.date) {
      await f.getByLabel("Ngày quyết định").fill(v.date);
      await f.getByLabel("Ngày quyết định").press("Tab");
    }
    if (v.fundSource) await f.getByLabel("Nguồn kinh phí").fill(v.fundSource);
    await v.snap?.();
    await f.getByRole("button", { name: "Tạo bản dự thảo" }).click();
  }

  async makeDocument() {
    await this.page.getByRole("button", { name: "Tạo văn bản Quyết định" }).click();
  }

  async issue() {
    await this.page.getByRole("button", { name: "Ban hành", exact: true }).click();
    await this.page
      .getByRole("dialog", { name: "Ban hành quyết định" })
      .getByRole("button", { name: "Ban hành" })
      .click();
  }

  /** The issued decision's number, read from the heading ("12/QĐ-UBND"). */
  async number() {
    return (await this.numberHeading().textContent())!.replace("Quyết định số ", "").trim();
  }

  async selectForPrinting(name: string) {
    await this.page.getByRole("checkbox", { name: `Chọn ${name} để in` }).check();
  }

  /** Prints Giấy khen (the button names what: "tất cả", "1 đã chọn"…) in the given version. */
  printCertificates(which: string, version = "Bản đầy đủ (giấy trắng)") {
    return downloadOf(this.page, async () => {
      await this.page.getByRole("button", { name: `In Giấy khen (${which})` }).click();
      await this.page.getByRole("menuitem", { name: version }).click();
    });
  }

  async openFirstDecision() {
    await this.page
      .getByRole("table", { name: "Danh sách quyết định" })
      .getByRole("link")
      .first()
      .click();
  }

  async openCancel(number: string, date: string) {
    await this.page.getByRole("button", { name: "Hủy bỏ quyết định…" }).click();
    const f = this.cancelForm(number);
    await f.getByLabel("Ngày quyết định hủy bỏ").fill(date);
    await f.getByLabel("Ngày quyết định hủy bỏ").press("Tab");
  }

  async fillCancelReason(number: string, reason: string) {
    await this.cancelForm(number).getByLabel("Lý do hủy bỏ").fill(reason);
  }

  async confirmCancel(number: string) {
    await this.cancelForm(number)
      .getByRole("button", { name: "Ban hành quyết định hủy bỏ" })
      .click();
  }
}
