import type { Page } from "@playwright/test";
import { selectInput } from "./ui";

/** Phong trào thi đua: the list and a movement's form (quotas per award, per kind of unit). */
export class MovementPage {
  constructor(readonly page: Page) {}

  select = (name: string | RegExp) => selectInput(this.page, this.page, name);
  quota = (n: number) => this.page.getByLabel(`Số lượng ${n}`);
  /** The n-th award card of the form (0-based). */
  card = (n: number) => this.page.locator(".mantine-Card-root").nth(n);
  planDialog = () => this.page.getByRole("dialog", { name: "Tạo Kế hoạch phát động" });
  listed = (text: string) => this.page.getByText(text);

  private async option(name: string | RegExp) {
    await this.page.getByRole("option", { name }).first().click();
  }

  /** Opens a new movement's form with its kind, name and (optional) theme and deadline. */
  async startNew(v: { kind: string; name: string; theme?: string; dossierDeadline?: string }) {
    await this.page.getByRole("link", { name: "Thêm phong trào" }).click();
    await this.select("Loại phong trào").click();
    await this.page.getByRole("option", { name: v.kind }).click();
    await this.page.getByLabel(/^Tên phong trào/).fill(v.name);
    if (v.theme) await this.page.getByLabel("Chủ đề").fill(v.theme);
    if (v.dossierDeadline) {
      await this.page.getByLabel("Hạn nộp hồ sơ khen thưởng").fill(v.dossierDeadline);
      await this.page.getByLabel("Hạn nộp hồ sơ khen thưởng").press("Tab");
    }
  }

  async addTarget(n: number, text: string) {
    await this.page.getByRole("button", { name: "Thêm chỉ tiêu" }).click();
    await this.page.getByLabel(`Chỉ tiêu ${n}`, { exact: true }).fill(text);
  }

  /** Adds the n-th award (1-based) of the drive. */
  async addAward(n: number, award: string | RegExp) {
    await this.page.getByRole("button", { name: "Thêm hình thức khen thưởng" }).click();
    await this.select(`Hình thức khen thưởng ${n}`).click();
    await this.page.getByRole("option", { name: award }).click();
  }

  /** On the n-th award card (0-based): a quota line for a kind of unit. */
  async addKindQuota(card: number, line: number, unitKind: string, quota: string) {
    const c = this.card(card);
    await c.getByRole("button", { name: "Thêm số lượng" }).click();
    await selectInput(c, this.page, `Loại đơn vị ${line}`).click();
    await this.page.getByRole("option", { name: unitKind }).click();
    await c.getByLabel(`Số lượng ${line}`).fill(quota);
  }

  /** On the only award card: a quota line for a named unit, found by typing. */
  async addUnitQuota(line: number, unit: string, quota: string) {
    await this.page.getByRole("button", { name: "Thêm số lượng" }).click();
    await this.select(`Phạm vi chỉ tiêu ${line}`).click();
    await this.page.getByRole("option", { name: "Riêng đơn vị" }).click();
    await this.select(`Đơn vị ${line}`).fill(unit);
    await this.option(new RegExp(unit));
    await this.quota(line).fill(quota);
  }

  async setTotal(card: number, total: string) {
    await this.card(card).getByLabel("Tổng số tối đa").fill(total);
  }

  async save() {
    await this.page.getByRole("button", { name: "Lưu phong trào" }).click();
  }

  async makePlan() {
    await this.page.getByRole("button", { name: "Tạo Kế hoạch phát động" }).click();
  }

  async confirmPlan() {
    await this.planDialog().getByRole("button", { name: "Tạo bản dự thảo" }).click();
  }
}
