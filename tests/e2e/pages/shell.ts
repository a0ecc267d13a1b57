import type { Page } from "@playwright/test";

/** The app shell: navigation, working year, global search. */
export class Shell {
  constructor(readonly page: Page) {}

  nav = (label: string) =>
    this.page
      .getByRole("navigation", { name: "Điều hướng chính" })
      .getByRole("link", { name: label });
  heading = (name: string) => this.page.getByRole("heading", { name, level: 2 });
  workingYear = () => this.page.locator('input[aria-label="Năm thi đua"]');

  async go(label: string) {
    await this.nav(label).click();
  }

  async search(text: string) {
    await this.page.getByRole("button", { name: "Tìm kiếm" }).click();
    await this.page.getByPlaceholder(/Gõ tên, mã/).fill(text);
  }

  async chooseYear(year: string) {
    await this.workingYear().click();
    await this.page.getByRole("option", { name: year, exact: true }).click();
  }
}
