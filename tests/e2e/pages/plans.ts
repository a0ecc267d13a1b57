import type { Page } from "@playwright/test";
import { downloadOf } from "./ui";

/** Kế hoạch năm: the year's plan, its activities and documents; and the dashboard's cards. */
export class PlanPage {
  constructor(readonly page: Page) {}

  dialog = () => this.page.getByRole("dialog");
  copyButton = (year: number) => this.page.getByRole("button", { name: `Sao chép từ năm ${year}` });
  quarter = (name: string) => this.page.getByRole("heading", { name, exact: true });
  quarterTable = (name: string) => this.page.getByRole("table", { name: `Hoạt động ${name}` });
  row = (text: string) => this.page.getByRole("row").filter({ hasText: text });
  noPlan = (year: number) => this.page.getByText(`Chưa có kế hoạch năm ${year}`);
  /** The dashboard card "Đến hạn tuần này". */
  dueThisWeek = () =>
    this.page.locator(".mantine-Card-root").filter({ hasText: "Đến hạn tuần này" });
  reportTable = (name: string) => this.dialog().getByRole("table", { name });

  async useBuiltInSet() {
    await this.page.getByRole("button", { name: "Dùng bộ hoạt động mẫu theo 4 quý" }).click();
  }

  /** Adds an activity; Enter in the due date submits the form. */
  async addActivity(v: { content: string; lead: string; due: string }) {
    await this.page.getByRole("button", { name: "Thêm hoạt động" }).click();
    const d = this.dialog();
    await d.getByLabel(/^Nội dung hoạt động/).fill(v.content);
    await d.getByLabel("Đơn vị chủ trì").fill(v.lead);
    await d.getByLabel("Hạn hoàn thành").fill(v.due);
    await d.getByLabel("Hạn hoàn thành").press("Enter");
  }

  /** The ✓ of an activity: asks the day it was done (today unless `day`, dd/mm/yyyy, is given). */
  async markDone(activity: string, day?: string) {
    await this.page.getByRole("button", { name: `Hoàn thành ${activity}` }).click();
    const ask = this.completionAsk(activity);
    if (day !== undefined) {
      await ask.getByLabel(/^Ngày hoàn thành/).fill(day);
      await ask.getByLabel(/^Ngày hoàn thành/).press("Tab");
    }
    await ask.getByRole("button", { name: "Xác nhận" }).click();
  }

  /** The little form the ✓ opens. */
  completionAsk = (activity: string) =>
    this.page.getByRole("dialog", { name: `Ngày hoàn thành ${activity}` });

  /** Nội dung kế hoạch: one unit and its task. */
  async setContent(unit: string, task: string) {
    await this.page.getByRole("button", { name: "Nội dung kế hoạch" }).click();
    const d = this.dialog();
    await d.getByRole("button", { name: "Thêm đơn vị và nhiệm vụ" }).click();
    await d.getByLabel("Đơn vị 1", { exact: true }).fill(unit);
    await d.getByLabel("Nhiệm vụ 1", { exact: true }).fill(task);
    await d.getByRole("button", { name: "Lưu" }).click();
  }

  async openReport(period: string) {
    await this.page.getByRole("button", { name: "Báo cáo kết quả" }).click();
    await this.dialog().getByText(period).click();
  }

  exportReport() {
    return downloadOf(this.page, () =>
      this.dialog().getByRole("button", { name: "Xuất Excel" }).click(),
    );
  }

  async closeDialog() {
    await this.dialog()
      .getByRole("button", { name: "Close" })
      .or(this.dialog().locator(".mantine-Modal-close"))
      .first()
      .click();
  }

  async makeDocument() {
    await this.page.getByRole("button", { name: "Tạo văn bản Kế hoạch" }).click();
    await this.dialog().getByRole("button", { name: "Tạo bản dự thảo" }).click();
  }

  /** Links a register document to the activity (by the start of its name). */
  async linkDocument(activityStart: string, document: RegExp) {
    await this.page
      .getByRole("button", { name: new RegExp(`^Trạng thái ${activityStart}`) })
      .click();
    await this.page.getByRole("menuitem", { name: "Văn bản của hoạt động…" }).click();
    await this.dialog().getByLabel("Văn bản trong sổ văn bản").click();
    await this.page.getByRole("option", { name: document }).click();
    await this.dialog().getByRole("button", { name: "Lưu" }).click();
  }

  async delete(activity: string) {
    await this.page.getByRole("button", { name: `Xóa ${activity}` }).click();
    await this.dialog().getByRole("button", { name: "Xóa" }).click();
  }

  async undo() {
    await this.page.getByRole("button", { name: "Hoàn tác" }).click();
  }
}
