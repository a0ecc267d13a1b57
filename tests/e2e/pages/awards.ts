import type { Page } from "@playwright/test";

/** Sổ khen thưởng: the awards registry, its hand-entry form and the eligibility check. */
export class AwardsRegistryPage {
  constructor(readonly page: Page) {}

  table = () => this.page.getByRole("table", { name: "Sổ khen thưởng" });
  entries = () => this.table().getByRole("row");
  /** The registry rows that mention `text` (a decision number, a name…). */
  entry = (text: string) => this.entries().filter({ hasText: text });
  entryForm = () => this.page.getByRole("dialog", { name: "Thêm khen thưởng vào sổ" });
  checkDialog = () => this.page.getByRole("dialog", { name: "Kiểm tra điều kiện khen thưởng" });
  /** The Cá nhân / Hình thức selects carry " *" when required: find them by accessible name. */
  private select = (name: string) => this.page.getByRole("combobox", { name, exact: true });
  /** The options the person picker offers. */
  personOptions = () => this.page.getByRole("option");

  async search(text: string) {
    await this.page.getByLabel("Tìm trong sổ khen thưởng").fill(text);
  }

  async openPerson(name: string) {
    await this.table().getByRole("link", { name }).click();
  }

  async openNewEntry() {
    await this.page.getByRole("button", { name: "Thêm khen thưởng" }).click();
  }

  /** In the open form or check: types into the person picker (choose later). */
  async typePerson(text: string) {
    await this.select("Cá nhân").fill(text);
  }

  async choosePerson(label: string) {
    await this.page.getByRole("option", { name: label }).click();
  }

  /** In the open form or check: the award form; typed when `type` is given, else opened. */
  async chooseAward(name: string, type?: string) {
    if (type) await this.select("Hình thức, danh hiệu").fill(type);
    else await this.select("Hình thức, danh hiệu").click();
    await this.page.getByRole("option", { name }).click();
  }

  async fillEntry(v: {
    year?: string;
    decisionNumber?: string;
    decisionDate?: string;
    issuer?: string;
  }) {
    const d = this.entryForm();
    if (v.year) await d.getByLabel("Năm khen thưởng").fill(v.year);
    if (v.decisionNumber) await d.getByLabel("Số quyết định").fill(v.decisionNumber);
    if (v.decisionDate) {
      await d.getByLabel("Ngày quyết định").fill(v.decisionDate);
      await d.getByLabel("Ngày quyết định").press("Tab");
    }
    if (v.issuer) await d.getByLabel("Cấp quyết định").fill(v.issuer);
  }

  async saveEntry() {
    await this.entryForm().getByRole("button", { name: "Lưu" }).click();
  }

  async cancelEntry() {
    await this.entryForm().getByRole("button", { name: "Hủy" }).click();
  }

  async openCheck(year: string) {
    await this.page.getByRole("button", { name: "Kiểm tra điều kiện" }).click();
    await this.checkDialog().getByLabel("Năm đề nghị").fill(year);
  }
}

/** A person's page in the directory. */
export class PersonPage {
  constructor(readonly page: Page) {}

  heading = (name: string) => this.page.getByRole("heading", { name, level: 2 });
  /** The person's name as a heading of any level. */
  anyHeading = (name: string) => this.page.getByRole("heading", { name });
  awards = () => this.page.getByRole("table", { name: "Khen thưởng đã nhận" });
  history = () => this.page.getByRole("table", { name: "Quá trình công tác" });
  leaderMark = () => this.page.getByText("Lãnh đạo, quản lý");
  editForm = () => this.page.getByRole("dialog");

  /** A line of the person's card ("Quê quán" → its value). */
  info = (label: string) => this.page.getByText(label, { exact: true }).locator("..");

  async edit(
    v: {
      position?: string;
      leader?: boolean;
      unit?: string;
      /** Typed from the Chức vụ field on with Tab, as an officer moves through the form. */
      profile?: { hometown: string; residence: string; education: string };
    },
    beforeSave?: () => Promise<void>,
  ) {
    await this.page.getByRole("button", { name: "Sửa" }).click();
    const d = this.editForm();
    if (v.position !== undefined) await d.getByLabel(/^Chức vụ$/).fill(v.position);
    if (v.leader) await d.getByLabel("Chức vụ lãnh đạo, quản lý").check();
    if (v.unit) {
      await d.getByRole("combobox", { name: "Đơn vị" }).fill(v.unit);
      await this.page.getByRole("option", { name: v.unit }).click();
    }
    if (v.profile) {
      await d.getByLabel("Quê quán").click();
      await this.page.keyboard.type(v.profile.hometown);
      await this.page.keyboard.press("Tab");
      await this.page.keyboard.type(v.profile.residence);
      await this.page.keyboard.press("Tab");
      await this.page.keyboard.type(v.profile.education);
    }
    await beforeSave?.();
    await d.getByRole("button", { name: "Lưu" }).click();
  }
}
