import type { Page } from "@playwright/test";

/** Giao ước, chấm điểm: a cluster's score table, the scoring sheet, the ranking, documents. */
export class ScoringPage {
  constructor(readonly page: Page) {}

  dialog = () => this.page.getByRole("dialog");
  tab = (name: string) => this.page.getByRole("tab", { name, exact: true });
  sheet = () => this.page.getByRole("table", { name: "Chấm điểm" });
  ranking = () => this.page.getByRole("table", { name: "Bảng xếp hạng" });
  /** The n-th member of the ranking (1: the first). */
  ranked = (n: number) => this.ranking().getByRole("row").nth(n);
  rankedWith = (text: string) => this.ranking().getByRole("row").filter({ hasText: text });
  minutesDialog = () => this.page.getByRole("dialog", { name: "Biên bản chấm điểm, xếp hạng" });

  async createTable(cluster: RegExp) {
    await this.page.getByRole("button", { name: "Tạo bảng điểm" }).click();
    await this.dialog()
      .getByLabel(/^Cụm, khối thi đua/)
      .click();
    await this.page.getByRole("option", { name: cluster }).click();
  }

  async confirmCreate() {
    await this.dialog().getByRole("button", { name: "Tạo" }).click();
  }

  async openTab(name: "Chấm điểm" | "Xếp hạng" | "Bảng tiêu chí") {
    await this.tab(name).click();
  }

  /** On the scoring sheet: fills "<column> <criterion>" fields, e.g. { "Tự chấm I": "48" }. */
  async score(values: Record<string, string>) {
    for (const [label, value] of Object.entries(values))
      await this.sheet().getByLabel(label, { exact: true }).fill(value);
  }

  async saveScores() {
    await this.page.getByRole("button", { name: "Lưu điểm" }).click();
  }

  async makePact() {
    await this.page.getByRole("button", { name: "Bản giao ước" }).click();
    await this.dialog().getByRole("button", { name: "Tạo bản giao ước" }).click();
  }

  async exportRanking(format: string) {
    await this.page.getByRole("button", { name: "Xuất bảng xếp hạng" }).click();
    await this.page.getByRole("menuitem", { name: format }).click();
  }

  async openMinutes() {
    await this.page.getByRole("button", { name: "Biên bản chấm điểm" }).click();
  }

  /** In the open minutes dialog: fills what is given. */
  async fillMinutes(v: {
    endTime?: string;
    place?: string;
    chair?: string;
    secretary?: string;
    firstPrize?: string;
  }) {
    const d = this.minutesDialog();
    if (v.endTime) await d.getByLabel("Kết thúc (giờ:phút)").fill(v.endTime);
    if (v.place) await d.getByLabel(/^Địa điểm/).fill(v.place);
    if (v.chair) await d.getByLabel(/^Chủ trì \(họ tên\)/).fill(v.chair);
    if (v.secretary) await d.getByLabel(/^Thư ký \(họ tên\)/).fill(v.secretary);
    if (v.firstPrize) await d.getByLabel("Đề nghị khen thưởng hạng Nhất").fill(v.firstPrize);
  }

  async draftMinutes() {
    await this.minutesDialog().getByRole("button", { name: "Tạo bản dự thảo biên bản" }).click();
  }

  async setMaxScore(line: number, value: string) {
    await this.page.getByLabel(`Điểm tối đa dòng ${line}`).fill(value);
  }

  async saveCriteria() {
    await this.page.getByRole("button", { name: "Lưu bảng tiêu chí" }).click();
  }
}
