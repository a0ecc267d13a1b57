import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { chooseFiles, downloadOf } from "./ui";

/** Hồ sơ khen thưởng: the list, a dossier's page and its dialogs. */
export class DossierPage {
  constructor(readonly page: Page) {}

  receiveForm = () =>
    this.page.getByRole("dialog", { name: "Tiếp nhận hồ sơ đề nghị khen thưởng" });
  addForm = () => this.page.getByRole("dialog", { name: "Thêm đề nghị khen thưởng" });
  heading = (unit: string) => this.page.getByRole("heading", { name: `Hồ sơ của ${unit}` });
  /** A nomination's row on the dossier page. */
  row = (name: string) => this.page.getByRole("row", { name: new RegExp(`Đề nghị ${name}`) });
  /** The row under a nomination with its eligibility details (open with `showEligibility`). */
  eligibility = (name: string) =>
    this.page.getByRole("row", { name: `Kết quả kiểm tra điều kiện của ${name}` });
  appraiseButton = (name: string) => this.row(name).getByRole("button", { name: "Thẩm định đạt" });
  toCouncilButton = (name: string) =>
    this.row(name).getByRole("button", { name: "Trình Hội đồng" });
  acceptWarningButton = (name: string) =>
    this.eligibility(name).getByRole("button", { name: "Chấp nhận cảnh báo…" });
  acceptDialog = (name: string) =>
    this.page.getByRole("dialog", { name: `Chấp nhận cảnh báo – ${name}` });
  returnDialog = (name: string) => this.page.getByRole("dialog", { name: `Trả lại – ${name}` });
  historyDialog = (name: string) =>
    this.page.getByRole("dialog", { name: `Lịch sử đề nghị – ${name}` });
  /** "Đã có <component>" tick box. */
  component = (name: string) => this.page.getByLabel(`Đã có ${name}`);
  missing = (text: string | RegExp = /Hồ sơ còn thiếu/) => this.page.getByText(text);
  attachment = (file: string) => this.page.getByRole("button", { name: file, exact: true });
  deleteButton = () => this.page.getByRole("button", { name: "Xóa hồ sơ" });
  /** The list of dossiers and its counters. */
  list = () => this.page.getByRole("table", { name: "Danh sách hồ sơ" });
  empty = () => this.page.getByText(/Chưa tiếp nhận hồ sơ nào/);
  counter = (text: string) => this.page.getByText(text).first();

  async openReceive() {
    await this.page.getByRole("button", { name: "Tiếp nhận hồ sơ" }).click();
  }

  async saveReceive() {
    await this.receiveForm().getByRole("button", { name: "Lưu" }).click();
  }

  /** Receives a dossier: the unit found by typing, the unit's Tờ trình number. */
  async receive(
    unit: string,
    typed: string,
    docNumber: string,
    o: { snap?: () => Promise<void> } = {},
  ) {
    await this.openReceive();
    await this.chooseSubmitter(unit, typed);
    await this.receiveForm().getByLabel("Số Tờ trình của đơn vị").fill(docNumber);
    await o.snap?.();
    await this.saveReceive();
  }

  async chooseSubmitter(unit: string, typed: string) {
    await this.receiveForm()
      .getByLabel(/^Đơn vị trình/)
      .and(this.page.locator("input"))
      .fill(typed);
    await this.page
      .getByRole("option", { name: new RegExp(`${unit}$`) })
      .first()
      .click();
  }

  async openAddNomination() {
    await this.page.getByRole("button", { name: "Thêm đề nghị" }).click();
  }

  /** An option the open picker offers. */
  option = (name: string | RegExp) => this.page.getByRole("option", { name });

  /** In the add form: types into the person picker; returns the options offered. */
  async typePerson(text: string) {
    await this.addForm()
      .getByRole("combobox", { name: /^Cá nhân/ })
      .fill(text);
    return this.page.getByRole("option");
  }

  async chooseUnitNominee(typed: string, unit: string) {
    await this.addForm().getByText("Tập thể", { exact: true }).click();
    await this.addForm()
      .getByRole("combobox", { name: /^Tập thể \(đơn vị\)/ })
      .fill(typed);
    await this.page
      .getByRole("option", { name: new RegExp(`${unit}$`) })
      .first()
      .click();
  }

  /** In the add form: a person not in the directory yet, added on the spot. */
  async addNewPerson(v: { fullName: string; birthYear: string; position: string }) {
    await this.addForm().getByRole("button", { name: "Thêm mới vào danh bạ" }).click();
    const form = this.addForm().getByLabel("Thêm cá nhân mới");
    await form.getByLabel(/^Họ và tên/).fill(v.fullName);
    await form.getByLabel("Năm sinh").fill(v.birthYear);
    await form.getByLabel("Chức vụ").fill(v.position);
    await form.getByRole("button", { name: "Thêm và chọn" }).click();
  }

  async chooseAward(option: string) {
    await this.addForm()
      .getByRole("combobox", { name: /^Danh hiệu, hình thức khen thưởng/ })
      .click();
    await this.page.getByRole("option", { name: option }).click();
  }

  async fillSummary(text: string) {
    await this.addForm().getByLabel("Tóm tắt thành tích").fill(text);
  }

  async saveNomination() {
    await this.addForm().getByRole("button", { name: "Lưu" }).click();
  }

  /** Attaches a scanned file (a small PDF written here) as the unit's Tờ trình. */
  async attachToTrinh(fileName: string, content: string) {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-scan-")), fileName);
    fs.writeFileSync(file, `%PDF-1.4\n% ${content}\n`);
    await chooseFiles(
      this.page,
      this.page.getByRole("button", { name: "Đính kèm Tờ trình của đơn vị" }),
      file,
    );
  }

  async tickComponent(name: string) {
    await this.component(name).click();
  }

  async showEligibility(name: string) {
    await this.page.getByRole("button", { name: `Điều kiện của ${name}` }).click();
  }

  async openAcceptWarning(name: string) {
    await this.acceptWarningButton(name).click();
  }

  /** In the open accept dialog: the reason (empty: none) and the confirmation. */
  async confirmAcceptWarning(name: string, reason?: string) {
    const d = this.acceptDialog(name);
    if (reason !== undefined) await d.getByLabel(/^Lý do chấp nhận cảnh báo/).fill(reason);
    await d.getByRole("button", { name: "Chấp nhận cảnh báo" }).click();
  }

  async appraise(name: string) {
    await this.appraiseButton(name).click();
  }

  async submitToCouncil(name: string) {
    await this.toCouncilButton(name).click();
  }

  async openReturn(name: string) {
    await this.row(name).getByRole("button", { name: "Trả lại" }).click();
  }

  /** In the open return dialog: the reason (none: left empty) and the confirmation. */
  async confirmReturn(name: string, reason?: string) {
    const d = this.returnDialog(name);
    if (reason !== undefined) await d.getByLabel(/^Lý do/).fill(reason);
    await d.getByRole("button", { name: "Trả lại" }).click();
  }

  async returnNomination(name: string, reason: string) {
    await this.openReturn(name);
    await this.confirmReturn(name, reason);
  }

  async openHistory(name: string) {
    await this.page.getByRole("button", { name: `Lịch sử ${name}` }).click();
  }

  /** Downloads the dossier's appraisal list (`Word` or `Excel`). */
  appraisalList(kind: "Word" | "Excel", button: string | RegExp = "Danh sách thẩm định") {
    return downloadOf(this.page, async () => {
      await this.page.getByRole("button", { name: button }).click();
      const item = kind === "Word" ? "Tải bảng Word (.docx)" : "Tải bảng Excel (.xlsx)";
      await this.page.getByRole("menuitem", { name: item }).click();
    });
  }

  async openFromList(unit: string) {
    await this.list().getByRole("link", { name: unit }).click();
  }

  async filterByState(counter: string) {
    await this.page.getByRole("button", { name: counter }).click();
  }
}
