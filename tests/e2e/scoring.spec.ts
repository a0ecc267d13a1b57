import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { docxParts } from "../helpers/docx-xml";
import { expect, snap, test } from "./fixtures";
import { ScoringPage } from "./pages/scoring";
import { Shell } from "./pages/shell";

const docxText = (file: string) =>
  (docxParts(fs.readFileSync(file))["word/document.xml"] ?? "")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "");

test.use({ demo: true });

test("a cluster's score table is created, members are scored, bad scores refused, and the ranking follows", async ({
  page,
  app,
}) => {
  const shell = new Shell(page);
  const scoring = new ScoringPage(page);
  const year = new Date().getFullYear();
  await shell.go("Giao ước, chấm điểm");
  await expect(shell.heading(`Giao ước, chấm điểm năm ${year}`)).toBeVisible();
  await scoring.createTable(/^Cụm thi đua số 1 \(các xã, thị trấn\)/);
  await expect(scoring.dialog().getByLabel("Tên bảng điểm")).toHaveValue(
    `Bảng điểm giao ước thi đua năm ${year} – Cụm thi đua số 1 (các xã, thị trấn)`,
  );
  await scoring.confirmCreate();
  await expect(shell.notice("Đã tạo bảng điểm")).toBeVisible();
  await expect(scoring.tab("Xếp hạng")).toBeVisible();

  // Score the first member: a score above its maximum is refused with the criterion named.
  await scoring.openTab("Chấm điểm");
  await scoring.score({ "Tự chấm I": "55" });
  await scoring.saveScores();
  await expect(
    shell.notice("Điểm 55 của tiêu chí I vượt quá điểm tối đa 50.", { first: true }),
  ).toBeVisible();
  await scoring.score({
    "Tự chấm I": "48",
    "Tự chấm II": "9,5",
    "Tự chấm III": "38",
    "Tự chấm C": "4",
    "Phúc tra I": "46",
    "Ghi chú I": "Thiếu 01 báo cáo chuyên đề",
  });
  await scoring.saveScores();
  await expect(shell.notice("Đã lưu điểm")).toBeVisible();
  await snap(page, "40-scoring-sheet");

  await scoring.openTab("Xếp hạng");
  const first = scoring.ranked(1);
  await expect(first).toContainText("97,5"); // 46 + 9,5 + 38 + 4
  await expect(first).not.toContainText("Hạng Nhất"); // one criterion (T) is not scored yet
  await expect(first).toContainText("Chưa đủ điểm");
  await expect(first).toContainText("Còn 1 tiêu chí chưa chấm");
  await scoring.openTab("Chấm điểm");
  await scoring.score({ "Tự chấm T": "0" });
  await scoring.saveScores();
  await expect(shell.notice("Đã lưu điểm", { first: true })).toBeVisible();
  await scoring.openTab("Xếp hạng");
  await expect(first).toContainText("Hạng Nhất");
  await expect(first).toContainText("10.000.000 đồng");
  const others = scoring.rankedWith("Chưa đủ điểm");
  await expect(others).toHaveCount(4);
  await expect(others.filter({ hasText: "7.000.000" })).toHaveCount(0);
  await snap(page, "41-scoring-ranking");

  // The signed pact, the ranking table and the minutes.
  const exports = path.join(app.dataDir, "exports");
  await scoring.makePact();
  await expect(shell.notice("Đã tạo bản giao ước thi đua")).toBeVisible();
  const pact = fs.readdirSync(exports).find((f) => f.startsWith("giao-uoc-"))!;
  const pactText = docxText(path.join(exports, pact));
  expect(pactText).toContain("GIAO ƯỚC THI ĐUA");
  expect(pactText).toContain("ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC");
  expect(pactText).toContain("Tổng điểm chuẩn");

  await scoring.exportRanking("Excel (.xlsx)");
  await expect(shell.notice("Đã xuất bảng xếp hạng")).toBeVisible();
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

  await scoring.openMinutes();
  await scoring.fillMinutes({
    endTime: "7:5",
    place: "Hội trường UBND xã",
    chair: "Nguyễn Văn An",
    secretary: "Lê Thị Bình",
    firstPrize: "Cờ thi đua của UBND tỉnh",
  });
  await scoring.draftMinutes();
  await expect(
    scoring.minutesDialog().getByText("Giờ kết thúc phải có dạng giờ:phút, ví dụ 08:00").first(),
  ).toBeVisible();
  await scoring.fillMinutes({ endTime: "10:30" });
  await snap(page, "42-scoring-minutes-dialog");
  await scoring.draftMinutes();
  await expect(
    shell.notice("Đã tạo bản dự thảo Biên bản chấm điểm, xếp hạng trong sổ văn bản"),
  ).toBeVisible();
  await expect(shell.notice(/^Họp chấm điểm, xếp hạng thi đua năm/, { first: true })).toBeVisible();
  await snap(page, "43-scoring-minutes-register");
  const docDir = path.join(app.dataDir, "documents", String(year));
  const bb = fs.readdirSync(docDir).find((f) => f.startsWith("bien-ban-"))!;
  const bbText = docxText(path.join(docDir, bb));
  expect(bbText).toContain("Cuộc họp kết thúc vào lúc 10 giờ 30 phút cùng ngày./.");
  expect(bbText).toContain("Cờ thi đua của UBND tỉnh");
  expect(bbText.match(/Chưa đủ điểm/g)).toHaveLength(4);
  await page.goBack();

  // A criteria tree that no longer sums to 100 is refused.
  await scoring.openTab("Bảng tiêu chí");
  await scoring.setMaxScore(3, "35");
  await expect(shell.notice("Tổng điểm chuẩn: 95/100")).toBeVisible();
  await scoring.saveCriteria();
  await expect(
    shell.notice(/Tổng điểm chuẩn của bảng điểm là 95, phải đúng 100 điểm/, { first: true }),
  ).toBeVisible();
});
