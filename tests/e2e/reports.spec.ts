import ExcelJS from "exceljs";
import fs from "node:fs";
import path from "node:path";
import { docxParts } from "../helpers/docx-xml";
import { expect, snap, test } from "./fixtures";
import { api } from "./pages/api";
import { Shell } from "./pages/shell";
import { downloadOf } from "./pages/ui";

test.use({ demo: true });

test("the Báo cáo tổng kết năm from the demo district: prose kept, figures read back from the file", async ({
  page,
  app,
}) => {
  const shell = new Shell(page);
  const { workingYear } = await api<{ workingYear: number }>(page, "settings.getPreferences", {});
  // The demo registry's last full year.
  const year = workingYear - 1;
  await shell.chooseYear(String(year));
  await shell.go("Báo cáo tổng kết");
  await expect(shell.heading("Báo cáo tổng kết, sơ kết")).toBeVisible();
  const table = page.getByRole("table", { name: "Khen thưởng theo hình thức" });
  await expect(table).toBeVisible();
  // What the page shows, summed: the total the document must carry.
  const cells = await table
    .getByRole("row")
    .evaluateAll((rows) =>
      rows
        .slice(1)
        .map((r) => [...r.querySelectorAll("td")].slice(1).map((td) => Number(td.textContent))),
    );
  const total = cells.flat().reduce((a, n) => a + n, 0);
  expect(total).toBeGreaterThan(0);

  await page.getByLabel("I. Đặc điểm tình hình").fill("Huyện có 30 xã, thị trấn và 40 cơ quan.");
  await page.getByLabel("III.1. Tồn tại, hạn chế").fill("Một số đơn vị gửi hồ sơ chậm.");
  await page.getByRole("button", { name: "Lưu phần nhận định" }).click();
  await expect(shell.notice("Đã lưu phần nhận định của báo cáo")).toBeVisible();
  await snap(page, "15-01-summary-report");

  await page.getByRole("button", { name: "Tạo văn bản Báo cáo" }).click();
  const dialog = shell.dialog(`Tổng kết năm ${year}`);
  await dialog.getByLabel("Kính gửi").fill("Ban Thi đua - Khen thưởng tỉnh");
  await dialog.getByRole("button", { name: "Tạo bản dự thảo" }).click();
  await expect(shell.notice("Đã tạo bản dự thảo Báo cáo trong sổ văn bản")).toBeVisible();
  await expect(
    shell.notice(`Tổng kết công tác thi đua, khen thưởng năm ${year}`, { first: true }),
  ).toBeVisible();

  const reportYear = new Date().getFullYear();
  const dir = path.join(app.dataDir, "documents", String(reportYear));
  const file = fs.readdirSync(dir).find((f) => f.startsWith("bao-cao-"))!;
  const text = (docxParts(fs.readFileSync(path.join(dir, file)))["word/document.xml"] ?? "")
    .replace(/<\/w:tc>/g, "|")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "");
  expect(text).toContain("Huyện có 30 xã, thị trấn và 40 cơ quan.");
  expect(text).toContain("Một số đơn vị gửi hồ sơ chậm.");
  expect(text).toContain(`IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${year + 1}`);
  const totals = /Tổng cộng\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)/.exec(
    text.replace(/\n/g, ""),
  );
  expect(totals).not.toBeNull();
  expect(Number(totals![4])).toBe(total);
  expect(text).toContain(`đã khen thưởng ${String(total).padStart(2, "0")} lượt`);
});

test("Thống kê: the demo district's awards per year as a chart, its data to Excel and the chart to PNG", async ({
  page,
}) => {
  const shell = new Shell(page);
  await shell.go("Thống kê");
  await expect(shell.heading("Thống kê")).toBeVisible();
  const perYear = page.getByRole("region", { name: "Khen thưởng theo năm" });
  await expect(perYear.locator("svg.recharts-surface")).toBeVisible();
  await snap(page, "15-02-statistics");

  const xlsx = await downloadOf(page, () => perYear.getByRole("button", { name: "Excel" }).click());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await xlsx.path())!);
  const ws = wb.worksheets[0]!;
  expect(String(ws.getRow(1).getCell(1).value)).toMatch(/^Khen thưởng theo năm \(\d{4}–\d{4}\)$/);
  expect(ws.getRow(2).values).toEqual([
    undefined,
    "Năm",
    "Tập thể",
    "Cá nhân",
    "Hộ gia đình",
    "Cộng",
  ]);
  // Five years by default, each with its total.
  const totals = [3, 4, 5, 6, 7].map((r) => Number(ws.getRow(r).getCell(5).value));
  expect(totals.reduce((a, n) => a + n, 0)).toBeGreaterThan(0);

  // The clusters' rankings over the years, as a table and to Excel.
  const rankings = page.getByRole("region", { name: "Xếp hạng cụm, khối qua các năm" });
  await expect(rankings).toBeVisible();
  await expect(rankings.getByRole("button", { name: "Ảnh PNG" })).toHaveCount(0);
  const ranked = await downloadOf(page, () =>
    rankings.getByRole("button", { name: "Excel" }).click(),
  );
  const rwb = new ExcelJS.Workbook();
  await rwb.xlsx.readFile((await ranked.path())!);
  expect(rwb.worksheets[0]!.getRow(2).values).toEqual([
    undefined,
    "Năm",
    "Bảng điểm",
    "Hạng Nhất",
    "Hạng Nhì",
    "Hạng Ba",
  ]);

  const png = await downloadOf(page, () =>
    perYear.getByRole("button", { name: "Ảnh PNG" }).click(),
  );
  const bytes = fs.readFileSync((await png.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  expect(bytes.length).toBeGreaterThan(5000);

  // Money against the fund: until a receipt is entered the card says where receipts go; then
  // the fund's receipts are the chart's second series.
  const money = page.getByRole("region", { name: "Tiền thưởng theo năm" });
  await expect(money.getByRole("link", { name: /Quỹ thi đua, khen thưởng/ })).toBeVisible();
  const { workingYear } = await api<{ workingYear: number }>(page, "settings.getPreferences", {});
  await api(page, "statistics.saveFundReceipt", {
    year: workingYear - 1,
    fund: "Quỹ thi đua, khen thưởng huyện",
    item: "Ngân sách cấp",
    amount: 150_000_000,
  });
  await page.reload();
  await expect(money.getByText("Thu vào quỹ")).toBeVisible();
  await expect(money.getByRole("link", { name: /Quỹ thi đua, khen thưởng/ })).toHaveCount(0);
  await snap(page, "15-02b-statistics-fund");
});

test("Biểu thống kê: the demo district's 0602 read back from its Excel; 0605 once its staff are entered", async ({
  page,
}) => {
  const shell = new Shell(page);
  await shell.go("Biểu thống kê");
  await expect(shell.heading("Biểu thống kê")).toBeVisible();
  await page.getByRole("button", { name: /0602\.N\/BNV-TĐKT/ }).click();
  const grid = page.getByRole("table", { name: "Biểu 0602.N/BNV-TĐKT" });
  await expect(grid).toBeVisible();
  // The page's figures: code → the Tổng số column (the fourth cell: label, code, unit, total).
  const shown = new Map(
    await grid.locator("tbody tr").evaluateAll((rows) =>
      rows.map((r) => {
        const td = [...r.querySelectorAll("td")].map((c) => c.textContent ?? "");
        return [td[1]!, Number(td[3])] as const;
      }),
    ),
  );
  expect(shown.get("01")).toBeGreaterThan(0);
  expect(shown.get("01")).toBe(shown.get("06")! + shown.get("08")! + shown.get("09")!);
  await page.getByLabel("Người lập biểu").fill("Ngô Thanh Tâm");
  await page.getByLabel("Đơn vị nhận báo cáo").fill("Sở Nội vụ tỉnh Đồng Nai");
  await snap(page, "15-03-statistical-form-0602");

  const xlsx = await downloadOf(page, () =>
    page.getByRole("button", { name: "Excel", exact: true }).click(),
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await xlsx.path())!);
  const ws = wb.worksheets[0]!;
  const inFile = new Map<string, number>();
  const texts: string[] = [];
  ws.eachRow((r) => {
    r.eachCell((c) => texts.push(String(c.value)));
    const code = r.getCell(2).value;
    if (typeof code === "string" && /^\d\d$/.test(code))
      inFile.set(code, Number(r.getCell(4).value));
  });
  expect(texts).toContain("Biểu số: 0602.N/BNV-TĐKT");
  expect(texts).toContain("Đơn vị nhận báo cáo: Sở Nội vụ tỉnh Đồng Nai");
  expect(texts).toContain("Ngô Thanh Tâm");
  for (const code of ["01", "03", "06", "09", "15", "19"])
    expect(inFile.get(code)).toBe(shown.get(code));

  // 0605 has no data until the office lists its staff; the link leads where to enter them.
  await page.getByRole("button", { name: /0605\.N\/BNV-TĐKT/ }).click();
  await expect(shell.notice("Chưa có số liệu để in biểu này")).toBeVisible();
  await expect(page.getByRole("button", { name: "Excel", exact: true })).toBeDisabled();
  await page.getByRole("link", { name: "Mở nơi nhập" }).click();
  await expect(shell.heading("Số liệu thống kê")).toBeVisible();
  await page.getByRole("tab", { name: "Công chức làm công tác TĐKT" }).click();
  await page.getByRole("button", { name: "Thêm công chức" }).click();
  const dialog = shell.dialog("Thêm công chức làm công tác TĐKT");
  await dialog.getByLabel("Họ và tên").fill("Ngô Thanh Tâm");
  await dialog.getByRole("textbox", { name: "Năm sinh" }).fill("1990");
  await dialog.getByRole("textbox", { name: "Làm công tác TĐKT từ năm" }).fill("2016");
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(shell.notice("Đã lưu công chức")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Ngô Thanh Tâm", exact: true })).toBeVisible();
  await snap(page, "15-05-statistics-settings");

  await shell.go("Biểu thống kê");
  await page.getByRole("button", { name: /0605\.N\/BNV-TĐKT/ }).click();
  const staff = page.getByRole("table", { name: "Biểu 0605.N/BNV-TĐKT" });
  await expect(staff.locator("tbody tr").first()).toContainText("Tổng số");
  await expect(staff.locator("tbody tr").first().locator("td").nth(2)).toHaveText("1");
  await snap(page, "15-04-statistical-form-0605");
});
