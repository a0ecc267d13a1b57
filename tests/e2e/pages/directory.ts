import type { Page } from "@playwright/test";
import { chooseFiles, downloadOf } from "./ui";

/** Cá nhân: the people list and its Excel import. */
export class PeoplePage {
  constructor(readonly page: Page) {}

  importPreview = () => this.page.getByRole("table", { name: "Xem trước dữ liệu nhập" });
  /** The preview's row for line `n` of the file. */
  previewRow = (n: number) =>
    this.importPreview()
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell", { name: String(n), exact: true }) });
  list = () => this.page.getByRole("table", { name: "Danh sách cá nhân" });
  listRows = () => this.list().getByRole("row");
  noMatch = () => this.page.getByText("Không có cá nhân nào khớp");

  async importFile(file: string) {
    await this.page.getByRole("button", { name: "Nhập từ Excel" }).click();
    await this.page.getByRole("menuitem", { name: "Nhập cá nhân từ tệp…" }).click();
    await chooseFiles(this.page, this.page.getByRole("button", { name: "Chọn tệp…" }), file);
  }

  async confirmImport(rows: number) {
    await this.page.getByRole("button", { name: `Nhập ${rows} dòng đã chọn` }).click();
  }

  async search(text: string) {
    await this.page.getByLabel("Tìm cá nhân").fill(text);
  }

  async open(name: string) {
    await this.list().getByRole("link", { name }).click();
  }
}

/** Đánh giá, xếp loại: a unit's ratings grid for the working year. */
export class RatingsPage {
  constructor(readonly page: Page) {}

  grid = () => this.page.getByRole("table", { name: "Bảng xếp loại" });
  rating = (name: string) => this.page.getByRole("combobox", { name: `Xếp loại ${name}` });
  note = (name: string) => this.page.getByRole("textbox", { name: `Ghi chú ${name}` });

  async chooseUnit(unit: string) {
    await this.page.getByRole("combobox", { name: "Đơn vị" }).fill(unit);
    await this.page.getByRole("option", { name: unit }).click();
  }

  /** The name shown on the grid's first person row. */
  async firstPerson() {
    return (await this.grid().getByRole("row").nth(1).getByRole("cell").nth(1).textContent())!;
  }

  async rate(name: string, rating: string, note: string) {
    await this.rating(name).click();
    await this.page.getByRole("option", { name: rating }).click();
    await this.note(name).fill(note);
  }

  async save() {
    await this.page.getByRole("button", { name: "Lưu cả bảng" }).click();
  }
}

/** Đơn vị: the units tree, deletion/deactivation and the list of unit kinds. */
export class UnitsPage {
  constructor(readonly page: Page) {}

  tree = () => this.page.getByRole("table", { name: "Cây đơn vị" });
  filterField = () => this.page.getByLabel("Lọc đơn vị");
  row = (name: string) => this.page.getByRole("row").filter({ hasText: name });
  dialog = () => this.page.getByRole("dialog");

  async filter(text: string) {
    await this.filterField().fill(text);
  }

  async askDelete(name: string) {
    await this.page.getByRole("button", { name: `Xóa ${name}` }).click();
    await this.dialog().getByRole("button", { name: "Xóa" }).click();
  }

  async deactivateInstead() {
    await this.dialog().getByRole("button", { name: "Ngừng hoạt động" }).click();
  }

  async openUnitKinds() {
    await this.page.getByRole("button", { name: "Loại đơn vị…" }).click();
  }

  async addUnitKind(name: string) {
    await this.page.getByLabel("Tên loại đơn vị mới").fill(name);
    await this.dialog().getByRole("button", { name: "Thêm" }).click();
  }
}

/** The simple lists of the directory: clusters, households, initiatives. */
export class DirectoryListsPage {
  constructor(readonly page: Page) {}

  households = () => this.page.getByRole("table", { name: "Danh sách hộ gia đình" });
  initiatives = () => this.page.getByRole("table", { name: "Danh sách sáng kiến" });
  initiativeRows = () => this.initiatives().getByRole("row");

  exportExcel() {
    return downloadOf(this.page, () =>
      this.page.getByRole("button", { name: "Xuất Excel" }).click(),
    );
  }

  /** The title of the n-th initiative on screen (1: the first). */
  async initiativeTitle(n: number) {
    return (await this.initiativeRows().nth(n).getByRole("cell").nth(1).textContent())!;
  }

  async searchInitiatives(text: string) {
    await this.page.getByRole("textbox", { name: "Tìm sáng kiến" }).fill(text);
  }
}
