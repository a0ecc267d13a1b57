import type { Page } from "@playwright/test";

/** Họp Hội đồng: the meetings list, a meeting's page and its dialogs. */
export class MeetingPage {
  constructor(readonly page: Page) {}

  newForm = () => this.page.getByRole("dialog", { name: "Phiên họp Hội đồng mới" });
  picker = () => this.page.getByRole("dialog", { name: "Đưa đề nghị vào phiên họp" });
  applyDialog = () => this.page.getByRole("dialog", { name: "Áp dụng kết quả biểu quyết?" });
  rulesDialog = () =>
    this.page.getByRole("dialog", { name: "Tỷ lệ dự họp và biểu quyết của Hội đồng" });
  heading = () => this.page.getByRole("heading", { name: /^Phiên họp ngày/ });
  empty = () => this.page.getByText(/Chưa có phiên họp nào năm/);
  presentCount = () => this.page.getByLabel("Số thành viên có mặt");
  present = (name: string) => this.page.getByLabel(`${name} có mặt`);
  /** The vote fields, in the order of the items. */
  voteFields = () => this.page.getByLabel(/^Số phiếu đồng ý – /);
  votes = (name: string) => this.page.getByLabel(`Số phiếu đồng ý – ${name}`);
  cell = (name: string | RegExp, o: { exact?: boolean } = {}) =>
    this.page.getByRole("cell", { name, exact: o.exact });
  applyButton = () => this.page.getByRole("button", { name: "Áp dụng kết quả" });
  saveVotesButton = () => this.page.getByRole("button", { name: "Lưu phiếu biểu quyết" });
  deleteButtons = () => this.page.getByRole("button", { name: "Xóa" });
  previewDialog = () => this.page.getByRole("dialog", { name: /^Xem trước:/ });
  proposalDialog = () => this.page.getByRole("dialog", { name: "Tờ trình đề nghị khen thưởng" });

  async openNew() {
    await this.page.getByRole("button", { name: "Phiên họp mới" }).click();
  }

  /** In the open new-meeting form: fills what is given, then creates the meeting. */
  async create(v: { place?: string; endTime?: string } = {}) {
    const f = this.newForm();
    if (v.place) await f.getByLabel(/^Địa điểm/).fill(v.place);
    if (v.endTime) await f.getByLabel(/^Giờ kết thúc/).fill(v.endTime);
    await f.getByRole("button", { name: "Tạo phiên họp" }).click();
  }

  async markAbsent(name: string, reason?: string) {
    await this.present(name).uncheck();
    if (reason) await this.page.getByLabel(`Lý do ${name} vắng mặt`).fill(reason);
  }

  async markPresent(name: string) {
    await this.present(name).check();
  }

  async saveAttendance() {
    await this.page.getByRole("button", { name: "Lưu thành phần dự họp" }).click();
  }

  async openPicker() {
    await this.page.getByRole("button", { name: "Thêm đề nghị" }).click();
  }

  /** In the open picker: ticks the nominations (by "<name> – <award>"), or all of them. */
  async pick(labels: string[] | "all") {
    const p = this.picker();
    if (labels === "all") await p.getByLabel("Chọn tất cả").check();
    else for (const l of labels) await p.getByLabel(`Chọn ${l}`).check();
  }

  async putOnAgenda(count: number) {
    await this.picker()
      .getByRole("button", { name: `Đưa ${count} đề nghị vào phiên họp` })
      .click();
  }

  /** Types the votes from the keyboard: Enter moves to the next row. */
  async enterVotes(votes: number[]) {
    const [first, ...rest] = votes;
    const field = this.voteFields().first();
    await field.fill(String(first));
    for (const v of rest) {
      await this.page.keyboard.press("Enter");
      await this.page.keyboard.type(String(v));
    }
  }

  async setVotes(name: string, agree: number) {
    await this.votes(name).fill(String(agree));
  }

  async saveVotes() {
    await this.saveVotesButton().click();
  }

  /** Closes the notification that says `text` (it may cover the buttons under it). */
  async dismissNotice(text: string) {
    await this.page.getByRole("alert").filter({ hasText: text }).getByRole("button").click();
  }

  async askApply() {
    await this.applyButton().click();
  }

  async confirmApply() {
    await this.applyDialog().getByRole("button", { name: "Áp dụng kết quả" }).click();
  }

  async draftMinutes() {
    await this.page.getByRole("button", { name: "Lập Biên bản họp xét" }).click();
  }

  async issueMinutes() {
    await this.page.getByRole("button", { name: "Ban hành (cấp số)" }).click();
    await this.page
      .getByRole("dialog", { name: "Ban hành văn bản" })
      .getByRole("button", { name: "Ban hành", exact: true })
      .click();
  }

  async previewFirstDocument() {
    await this.page.getByRole("button", { name: "Xem trước" }).first().click();
  }

  async draftProposal() {
    await this.page.getByRole("button", { name: "Lập Tờ trình đề nghị khen thưởng" }).click();
    await this.proposalDialog().getByRole("button", { name: "Tạo Tờ trình" }).click();
  }

  async openRules() {
    await this.page.getByRole("button", { name: "Tỷ lệ biểu quyết" }).click();
  }

  /** A threshold of the rules dialog as numerator and denominator fields. */
  ratio = (label: string) => ({
    numerator: this.rulesDialog().getByLabel(`${label} – tử số`),
    denominator: this.rulesDialog().getByLabel(`${label} – mẫu số`),
  });

  async setRatio(label: string, numerator: number, denominator: number) {
    await this.ratio(label).numerator.fill(String(numerator));
    await this.ratio(label).denominator.fill(String(denominator));
  }

  async saveRules() {
    await this.rulesDialog().getByRole("button", { name: "Lưu" }).click();
  }
}
