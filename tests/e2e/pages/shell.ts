import type { Page } from "@playwright/test";

/** The app shell: navigation, working year, global search, notifications. */
export class Shell {
  constructor(readonly page: Page) {}

  nav = (label: string) =>
    this.page
      .getByRole("navigation", { name: "Điều hướng chính" })
      .getByRole("link", { name: label, exact: true });
  heading = (name: string | RegExp) => this.page.getByRole("heading", { name, level: 2 });
  /** Any level-2 heading: the screen has rendered its title. */
  anyHeading = () => this.page.getByRole("heading", { level: 2 }).first();
  workingYear = () => this.page.locator('input[aria-label="Năm thi đua"]');
  /** A notification or message shown on the page (`first`: it may show more than once). */
  notice = (text: string | RegExp, o: { exact?: boolean; first?: boolean } = {}) => {
    const found = this.page.getByText(text, { exact: o.exact });
    return o.first ? found.first() : found;
  };
  /** The application banner (office name). */
  banner = (text: string) => this.page.getByRole("banner").getByText(text);
  /** A result of the global search. */
  searchResult = (text: string | RegExp) => this.page.getByRole("button", { name: text });
  /** A confirmation or form dialog (the only one open unless named). */
  dialog = (name?: string | RegExp) => this.page.getByRole("dialog", name ? { name } : {});

  async go(label: string) {
    await this.nav(label).click();
  }

  async search(text: string) {
    await this.page.getByRole("button", { name: "Tìm kiếm" }).click();
    await this.page.getByPlaceholder(/Gõ tên, mã/).fill(text);
  }

  async closeSearch() {
    await this.page.keyboard.press("Escape");
  }

  async chooseYear(year: string) {
    await this.workingYear().click();
    await this.page.getByRole("option", { name: year, exact: true }).click();
  }

  /** Reloads the page, as an officer restarting the window. */
  async reload() {
    await this.page.reload();
  }

  /** Closes the open dialog with the keyboard. */
  async escape() {
    await this.page.keyboard.press("Escape");
  }
}
