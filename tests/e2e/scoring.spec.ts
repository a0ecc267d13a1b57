import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { docxParts } from "../helpers/docx-xml";
import { expect, snap, test } from "./fixtures";

const docxText = (file: string) =>
  (docxParts(fs.readFileSync(file))["word/document.xml"] ?? "")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "");
import { Shell } from "./pages/shell";

test.use({ demo: true });

test("a cluster's score table is created, members are scored, bad scores refused, and the ranking follows", async ({
  page,
  app,
}) => {
  const shell = new Shell(page);
  const year = new Date().getFullYear();
  await shell.go("Giao ước, chấm điểm");
  await expect(
    page.getByRole("heading", { name: `Giao ước, chấm điểm năm ${year}` }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Tạo bảng điểm" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(/^Cụm, khối thi đua/).click();
  await page.getByRole("option", { name: /^Cụm thi đua số 1 \(các xã, thị trấn\)/ }).click();
  await expect(dialog.getByLabel("Tên bảng điểm")).toHaveValue(
    `Bảng điểm giao ước thi đua năm ${year} – Cụm thi đua số 1 (các xã, thị trấn)`,
  );
  await dialog.getByRole("button", { name: "Tạo" }).click();
  await expect(page.getByText("Đã tạo bảng điểm")).toBeVisible();
  await expect(page.getByRole("tab", { name: "Xếp hạng", exact: true })).toBeVisible();

  // Score the first member: a score above its maximum is refused with the criterion named.
  await page.getByRole("tab", { name: "Chấm điểm" }).click();
  const sheet = page.getByRole("table", { name: "Chấm điểm" });
  await sheet.getByLabel("Tự chấm I", { exact: true }).fill("55");
  await page.getByRole("button", { name: "Lưu điểm" }).click();
  await expect(
    page.getByText("Điểm 55 của tiêu chí I vượt quá điểm tối đa 50.").first(),
  ).toBeVisible();
  await sheet.getByLabel("Tự chấm I", { exact: true }).fill("48");
  await sheet.getByLabel("Tự chấm II", { exact: true }).fill("9,5");
  await sheet.getByLabel("Tự chấm III", { exact: true }).fill("38");
  await sheet.getByLabel("Tự chấm C", { exact: true }).fill("4");
  await sheet.getByLabel("Phúc tra I", { exact: true }).fill("46");
  await sheet.getByLabel("Ghi chú I", { exact: true }).fill("Thiếu 01 báo cáo chuyên đề");
  await page.getByRole("button", { name: "Lưu điểm" }).click();
  await expect(page.getByText("Đã lưu điểm")).toBeVisible();
  await snap(page, "40-scoring-sheet");

  await page.getByRole("tab", { name: "Xếp hạng", exact: true }).click();
  const first = page.getByRole("table", { name: "Bảng xếp hạng" }).getByRole("row").nth(1);
  await expect(first).toContainText("97,5"); // 46 + 9,5 + 38 + 4
  await expect(first).not.toContainText("Hạng Nhất"); // one criterion (T) is not scored yet
  await expect(first).toContainText("Chưa đủ điểm");
  await expect(first).toContainText("Còn 1 tiêu chí chưa chấm");
  await page.getByRole("tab", { name: "Chấm điểm" }).click();
  await sheet.getByLabel("Tự chấm T", { exact: true }).fill("0");
  await page.getByRole("button", { name: "Lưu điểm" }).click();
  await expect(page.getByText("Đã lưu điểm").first()).toBeVisible();
  await page.getByRole("tab", { name: "Xếp hạng", exact: true }).click();
  await expect(first).toContainText("Hạng Nhất");
  await expect(first).toContainText("10.000.000 đồng");
  const others = page
    .getByRole("table", { name: "Bảng xếp hạng" })
    .getByRole("row")
    .filter({ hasText: "Chưa đủ điểm" });
  await expect(others).toHaveCount(4);
  await expect(others.filter({ hasText: "7.000.000" })).toHaveCount(0);
  await snap(page, "41-scoring-ranking");

  // The signed pact, the ranking table and the minutes.
  const exports = path.join(app.dataDir, "exports");
  await page.getByRole("button", { name: "Bản giao ước" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Tạo bản giao ước" }).click();
  await expect(page.getByText("Đã tạo bản giao ước thi đua")).toBeVisible();
  const pact = fs.readdirSync(exports).find((f) => f.startsWith("giao-uoc-"))!;
  const pactText = docxText(path.join(exports, pact));
  expect(pactText).toContain("GIAO ƯỚC THI ĐUA");
  expect(pactText).toContain("ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC");
  expect(pactText).toContain("Tổng điểm chuẩn");

  await page.getByRole("button", { name: "Xuất bảng xếp hạng" }).click();
  await page.getByRole("menuitem", { name: "Excel (.xlsx)" }).click();
  await expect(page.getByText("Đã xuất bảng xếp hạng")).toBeVisible();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(
    path.join(
      exports,
      fs.readdirSync(exports).find((f) => f.endsWith(".xlsx"))!,
    ),
  );
  const cells = (n: number) => (wb.worksheets[0]!.getRow(n).values as unknown[]).slice(1);
  expect(cells(3)).toContain("Nhất");
  expect(cells(3)).toContain(10_000_000);
  expect(cells(3)).toContain(97.5);
  expect([4, 5, 6, 7].map((n) => cells(n)[7])).toEqual(Array(4).fill("Chưa đủ điểm"));

  await page.getByRole("button", { name: "Biên bản chấm điểm" }).click();
  const minutes = page.getByRole("dialog", { name: "Biên bản chấm điểm, xếp hạng" });
  await minutes.getByLabel("Kết thúc (giờ:phút)").fill("7:5");
  await minutes.getByLabel(/^Địa điểm/).fill("Hội trường UBND xã");
  await minutes.getByLabel(/^Chủ trì \(họ tên\)/).fill("Nguyễn Văn An");
  await minutes.getByLabel(/^Thư ký \(họ tên\)/).fill("Lê Thị Bình");
  await minutes.getByLabel("Đề nghị khen thưởng hạng Nhất").fill("Cờ thi đua của UBND tỉnh");
  await minutes.getByRole("button", { name: "Tạo bản dự thảo biên bản" }).click();
  await expect(
    minutes.getByText("Giờ kết thúc phải có dạng giờ:phút, ví dụ 08:00").first(),
  ).toBeVisible();
  await minutes.getByLabel("Kết thúc (giờ:phút)").fill("10:30");
  await snap(page, "42-scoring-minutes-dialog");
  await minutes.getByRole("button", { name: "Tạo bản dự thảo biên bản" }).click();
  await expect(
    page.getByText("Đã tạo bản dự thảo Biên bản chấm điểm, xếp hạng trong sổ văn bản"),
  ).toBeVisible();
  await expect(page.getByText(/^Họp chấm điểm, xếp hạng thi đua năm/).first()).toBeVisible();
  await snap(page, "43-scoring-minutes-register");
  const docDir = path.join(app.dataDir, "documents", String(year));
  const bb = fs.readdirSync(docDir).find((f) => f.startsWith("bien-ban-"))!;
  const bbText = docxText(path.join(docDir, bb));
  expect(bbText).toContain("Cuộc họp kết thúc vào lúc 10 giờ 30 phút cùng ngày./.");
  expect(bbText).toContain("Cờ thi đua của UBND tỉnh");
  expect(bbText.match(/Chưa đủ điểm/g)).toHaveLength(4);
  await page.goBack();

  // A criteria tree that no longer sums to 100 is refused.
  await page.getByRole("tab", { name: "Bảng tiêu chí" }).click();
  await page.getByLabel("Điểm tối đa dòng 3").fill("35");
  await expect(page.getByText("Tổng điểm chuẩn: 95/100")).toBeVisible();
  await page.getByRole("button", { name: "Lưu bảng tiêu chí" }).click();
  await expect(
    page.getByText(/Tổng điểm chuẩn của bảng điểm là 95, phải đúng 100 điểm/).first(),
  ).toBeVisible();
});
