import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, snap, test } from "./fixtures";
import { api, enterRatings, fold, pickNominees, type Nominee } from "./pages/award-flow";
import { Shell } from "./pages/shell";

test.use({ demo: true });

const root = path.resolve(__dirname, "..", "..");
const outDir = path.join(root, "test-results", "award-flow");
const COMMUNE = "Xã Thạnh Phú";
const LDTT = "Lao động tiên tiến";

test("a dossier goes from receipt through appraisal, council, decision and Giấy khen to the registry and the person's page", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const shell = new Shell(page);
  const { workingYear: year } = await api<{ workingYear: number }>(
    page,
    "settings.getPreferences",
    {},
  );

  // Setup: three people of the commune with no rating of the year yet. The commune's ratings sent
  // earlier are entered as the officer would have: one "hoàn thành tốt" (green for LĐTT), one only
  // "hoàn thành nhiệm vụ" (fails the rating rule); the third has none yet (a warning).
  const { commune, green, warned, failing, check } = await pickNominees(page, COMMUNE, year);
  await enterRatings(page, commune.id, year, [
    { personId: green.id, rating: "ht_tot" },
    { personId: failing.id, rating: "ht" },
  ]);
  expect((await check([green, warned, failing])).map((c) => c.level)).toEqual([
    "ok",
    "warning",
    "blocking",
  ]);

  // 1. Hồ sơ khen thưởng: receive the commune's dossier.
  await shell.go("Hồ sơ khen thưởng");
  await page.getByRole("button", { name: "Tiếp nhận hồ sơ" }).click();
  const dossierForm = page.getByRole("dialog", { name: "Tiếp nhận hồ sơ đề nghị khen thưởng" });
  await dossierForm
    .getByLabel(/^Đơn vị trình/)
    .and(page.locator("input"))
    .fill(fold(COMMUNE).replace(/^xa /, ""));
  await page
    .getByRole("option", { name: new RegExp(`${COMMUNE}$`) })
    .first()
    .click();
  await dossierForm.getByLabel("Số Tờ trình của đơn vị").fill("27/TTr-UBND");
  await snap(page, "af-01-dossier-form");
  await dossierForm.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("heading", { name: `Hồ sơ của ${COMMUNE}` })).toBeVisible();

  // Three nominations for Lao động tiên tiến, the people found without tone marks.
  const addDialog = page.getByRole("dialog", { name: "Thêm đề nghị khen thưởng" });
  const nominate = async (p: Nominee, summary: string) => {
    await page.getByRole("button", { name: "Thêm đề nghị" }).click();
    await addDialog.getByRole("combobox", { name: /^Cá nhân/ }).fill(fold(p.fullName));
    await page
      .getByRole("option", {
        name: new RegExp(`^${p.fullName} – ${p.birthYear} – .* – ${COMMUNE}$`),
      })
      .click();
    await addDialog.getByRole("combobox", { name: /^Danh hiệu, hình thức khen thưởng/ }).click();
    await page.getByRole("option", { name: "Lao động tiên tiến (LDTT)" }).click();
    await addDialog.getByLabel("Tóm tắt thành tích").fill(summary);
    if (p === green) await snap(page, "af-02-add-nomination");
    await addDialog.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByText("Đã thêm đề nghị").first()).toBeVisible();
    await expect(addDialog).toHaveCount(0);
  };
  await nominate(green, `Hoàn thành tốt nhiệm vụ được giao năm ${year}.`);
  await nominate(warned, `Hoàn thành tốt nhiệm vụ, tích cực trong phong trào thi đua năm ${year}.`);
  await nominate(failing, "Hoàn thành nhiệm vụ được giao.");
  const rowOf = (p: Nominee) =>
    page.getByRole("row", { name: new RegExp(`Đề nghị ${p.fullName}`) });
  for (const p of [green, warned, failing]) await expect(rowOf(p)).toBeVisible();

  // The eligibility check shows green / warning / blocking.
  await expect(rowOf(green).getByText("Đạt", { exact: true })).toBeVisible();
  await expect(rowOf(warned).getByText("Cần lưu ý")).toBeVisible();
  await expect(rowOf(failing).getByText("Không đạt")).toBeVisible();
  await snap(page, "af-03-dossier-three-nominations");

  // Attach the commune's scanned Tờ trình, tick the paper components received.
  const scan = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-scan-")), "to-trinh-27.pdf");
  fs.writeFileSync(scan, "%PDF-1.4\n% Tờ trình số 27/TTr-UBND\n");
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Đính kèm Tờ trình của đơn vị" }).click();
  await (await chooser).setFiles(scan);
  await expect(page.getByText("Đã đính kèm tệp")).toBeVisible();
  await expect(page.getByLabel("Đã có Tờ trình của đơn vị")).toBeChecked();
  for (const c of [
    "Biên bản họp xét của đơn vị",
    ...[green, warned, failing].map((p) => `Báo cáo thành tích: ${p.fullName}`),
  ]) {
    await page.getByLabel(`Đã có ${c}`).click();
    await expect(page.getByLabel(`Đã có ${c}`)).toBeChecked();
  }
  await expect(page.getByText(/Hồ sơ còn thiếu/)).toHaveCount(0);

  // The failing one: the rule and the data behind it; it cannot be appraised, only returned.
  await page.getByRole("button", { name: `Điều kiện của ${failing.fullName}` }).click();
  const failed = page.getByRole("row", {
    name: `Kết quả kiểm tra điều kiện của ${failing.fullName}`,
  });
  await expect(
    failed.getByText(/xếp loại “hoàn thành nhiệm vụ”, chưa đạt “hoàn thành tốt nhiệm vụ”/),
  ).toBeVisible();
  await expect(failed.getByRole("button", { name: "Chấp nhận cảnh báo…" })).toHaveCount(0);
  await expect(rowOf(failing).getByRole("button", { name: "Thẩm định đạt" })).toBeDisabled();
  await snap(page, "af-04-failing-rule");
  await rowOf(failing).getByRole("button", { name: "Trả lại" }).click();
  const back = page.getByRole("dialog", { name: `Trả lại – ${failing.fullName}` });
  await back
    .getByLabel(/^Lý do/)
    .fill("Xếp loại năm chỉ hoàn thành nhiệm vụ, chưa đủ điều kiện Lao động tiên tiến");
  await back.getByRole("button", { name: "Trả lại" }).click();
  await expect(rowOf(failing).getByText("Trả lại đơn vị")).toBeVisible();

  // The warning: the year's rating is not entered; accepted with a written reason.
  await page.getByRole("button", { name: `Điều kiện của ${warned.fullName}` }).click();
  const warning = page.getByRole("row", {
    name: `Kết quả kiểm tra điều kiện của ${warned.fullName}`,
  });
  await expect(warning.getByText(/Chưa có xếp loại năm/)).toBeVisible();
  await expect(rowOf(warned).getByRole("button", { name: "Thẩm định đạt" })).toBeDisabled();
  await warning.getByRole("button", { name: "Chấp nhận cảnh báo…" }).click();
  const accept = page.getByRole("dialog", { name: `Chấp nhận cảnh báo – ${warned.fullName}` });
  const reason = `UBND xã đã gửi kết quả xếp loại năm ${year} (hoàn thành tốt nhiệm vụ) bằng văn bản`;
  await accept.getByLabel(/^Lý do chấp nhận cảnh báo/).fill(reason);
  await snap(page, "af-05-accept-warning");
  await accept.getByRole("button", { name: "Chấp nhận cảnh báo" }).click();
  await expect(page.getByText("Đã ghi lý do chấp nhận cảnh báo")).toBeVisible();
  await expect(warning.getByText(reason)).toBeVisible();
  await expect(rowOf(warned).getByText("Đã chấp nhận cảnh báo")).toBeVisible();

  // Appraise the two and put them to the council.
  for (const p of [green, warned]) {
    await rowOf(p).getByRole("button", { name: "Thẩm định đạt" }).click();
    await expect(rowOf(p).getByText("Đã thẩm định")).toBeVisible();
    await rowOf(p).getByRole("button", { name: "Trình Hội đồng" }).click();
    await expect(rowOf(p).getByRole("button", { name: "Trình Hội đồng" })).toHaveCount(0);
  }
  await snap(page, "af-06-dossier-appraised");

  // 2. Họp Hội đồng: the meeting, attendance, votes, apply.
  await shell.go("Họp Hội đồng");
  await page.getByRole("button", { name: "Phiên họp mới" }).click();
  const meetingForm = page.getByRole("dialog", { name: "Phiên họp Hội đồng mới" });
  await meetingForm.getByLabel(/^Địa điểm/).fill("Phòng họp số 1, UBND huyện");
  await meetingForm.getByLabel(/^Giờ kết thúc/).fill("10:00");
  await snap(page, "af-07-meeting-form");
  await meetingForm.getByRole("button", { name: "Tạo phiên họp" }).click();
  await expect(page.getByRole("heading", { name: /^Phiên họp ngày/ })).toBeVisible();
  await page.getByLabel("Bùi Văn Đức có mặt").uncheck();
  await page.getByLabel("Lý do Bùi Văn Đức vắng mặt").fill("Đi công tác");
  await expect(page.getByLabel("Số thành viên có mặt")).toHaveText("Có mặt 8/9 — cần 6");
  // The council's secretary keeps the meeting's minutes: the role reads once, not "Thư ký · thư ký".
  await expect(page.getByRole("cell", { name: "Thư ký", exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Chủ tịch Hội đồng · chủ tọa" })).toBeVisible();
  await page.getByRole("button", { name: "Lưu thành phần dự họp" }).click();
  await expect(page.getByText("Đã lưu thành phần dự họp")).toBeVisible();

  await page.getByRole("button", { name: "Thêm đề nghị" }).click();
  const picker = page.getByRole("dialog", { name: "Đưa đề nghị vào phiên họp" });
  await expect(picker.getByText(green.fullName)).toBeVisible();
  await expect(picker.getByText(warned.fullName)).toBeVisible();
  await expect(picker.getByText(failing.fullName)).toHaveCount(0);
  await snap(page, "af-08-meeting-picker");
  await picker.getByLabel(`Chọn ${green.fullName} – ${LDTT}`).check();
  await picker.getByLabel(`Chọn ${warned.fullName} – ${LDTT}`).check();
  await picker.getByRole("button", { name: "Đưa 2 đề nghị vào phiên họp" }).click();
  await expect(page.getByText("Đã đưa đề nghị vào phiên họp")).toBeVisible();
  await page.getByLabel(`Số phiếu đồng ý – ${green.fullName}`).fill("8");
  await page.getByLabel(`Số phiếu đồng ý – ${warned.fullName}`).fill("7");
  await page.getByRole("button", { name: "Lưu phiếu biểu quyết" }).click();
  await expect(page.getByText("Đã lưu phiếu biểu quyết")).toBeVisible();
  await snap(page, "af-09-meeting-votes");
  await page.getByRole("button", { name: "Áp dụng kết quả" }).click();
  const confirm = page.getByRole("dialog", { name: "Áp dụng kết quả biểu quyết?" });
  await expect(confirm.getByText(/2 đề nghị chuyển sang “Hội đồng đồng ý”/)).toBeVisible();
  await confirm.getByRole("button", { name: "Áp dụng kết quả" }).click();
  await expect(page.getByText("Đã áp dụng kết quả biểu quyết vào các đề nghị")).toBeVisible();
  await snap(page, "af-10-meeting-applied");

  // 3. Quyết định khen thưởng: from the approved nominations, issued.
  await shell.go("Quyết định khen thưởng");
  const group = page.getByLabel(`Nhóm ${LDTT}`);
  await expect(group.getByText(green.fullName)).toBeVisible();
  await expect(group.getByText(warned.fullName)).toBeVisible();
  await expect(page.getByText(failing.fullName)).toHaveCount(0);
  await snap(page, "af-11-decision-candidates");
  await group.getByRole("button", { name: /Tạo quyết định \(2\)/ }).click();
  const decisionForm = page.getByRole("dialog", { name: "Tạo quyết định khen thưởng" });
  await decisionForm.getByLabel("Nguồn kinh phí").fill("Quỹ thi đua, khen thưởng huyện");
  await snap(page, "af-12-decision-form");
  await decisionForm.getByRole("button", { name: "Tạo bản dự thảo" }).click();
  await expect(page.getByText("Đã tạo bản dự thảo quyết định")).toBeVisible();
  const list = page.getByRole("table", { name: "Danh sách kèm theo" });
  await expect(list.getByText(green.fullName)).toBeVisible();
  await expect(list.getByText(warned.fullName)).toBeVisible();
  await expect(page.getByLabel("Tổng tiền thưởng")).toHaveText(/\d[\d.]* đồng/);
  await page.getByRole("button", { name: "Tạo văn bản Quyết định" }).click();
  await expect(page.getByText("Đã tạo văn bản Quyết định trong sổ văn bản")).toBeVisible();
  await snap(page, "af-13-decision-draft");
  await page.getByRole("button", { name: "Ban hành", exact: true }).click();
  await page
    .getByRole("dialog", { name: "Ban hành quyết định" })
    .getByRole("button", { name: "Ban hành" })
    .click();
  await expect(page.getByText("Đã ban hành quyết định và ghi vào Sổ khen thưởng")).toBeVisible();
  const heading = page.getByRole("heading", { name: /Quyết định số \d+\/QĐ-UBND/, level: 2 });
  await expect(heading).toBeVisible();
  const number = (await heading.textContent())!.replace("Quyết định số ", "").trim();
  await snap(page, "af-14-decision-issued");

  // 4. In Giấy khen: every recipient, full certificate on plain paper.
  await page.getByRole("button", { name: "In Giấy khen (tất cả)" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Bản đầy đủ (giấy trắng)" }).click();
  await expect(page.getByText("Đã tạo tệp Giấy khen (PDF)")).toBeVisible();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  fs.mkdirSync(outDir, { recursive: true });
  const pdf = path.join(outDir, "giay-khen.pdf");
  await file.saveAs(pdf);
  const info = execFileSync("pdfinfo", [pdf]).toString();
  expect(info).toMatch(/^Pages:\s+2$/m);
  expect(info).toMatch(/^Page size:\s+841\.89 x 595\.28 pts \(A4\)$/m);
  const pages = [1, 2].map((n) =>
    execFileSync("pdftotext", ["-layout", "-f", `${n}`, "-l", `${n}`, pdf, "-"]).toString(),
  );
  const text = pages.join("\n");
  for (const p of [green, warned]) expect(text).toContain(p.fullName);
  expect(text).toContain(number);
  expect(text).toMatch(/LAO ĐỘNG TIÊN TIẾN|Lao động tiên tiến/);
  expect(pages.filter((t) => t.includes(green.fullName))).toHaveLength(1);
  for (const f of fs.readdirSync(outDir))
    if (f.startsWith("page-")) fs.rmSync(path.join(outDir, f));
  execFileSync("pdftoppm", [
    "-r",
    "60",
    "-png",
    "-f",
    "1",
    "-l",
    "1",
    pdf,
    path.join(outDir, "page"),
  ]);
  expect(fs.readdirSync(outDir).some((f) => /^page-0?1\.png$/.test(f))).toBe(true);
  await snap(page, "af-15-certificates-printed");

  // 5. Sổ khen thưởng: the recipient found without tone marks, then the person's page.
  await shell.go("Sổ khen thưởng");
  await page.getByLabel("Tìm trong sổ khen thưởng").fill(`${fold(warned.fullName)} lao dong`);
  const registry = page.getByRole("table", { name: "Sổ khen thưởng" });
  const entry = registry.getByRole("row").filter({ hasText: number });
  await expect(entry).toHaveCount(1);
  await expect(entry.getByText(warned.fullName)).toBeVisible();
  await expect(entry.getByText(LDTT)).toBeVisible();
  await snap(page, "af-16-registry");
  await entry.getByRole("link", { name: warned.fullName }).click();
  await expect(page.getByRole("heading", { name: warned.fullName, level: 2 })).toBeVisible();
  const awards = page.getByRole("table", { name: "Khen thưởng đã nhận" });
  const row = awards
    .getByRole("row")
    .filter({ hasText: `${year}` })
    .filter({ hasText: number });
  await expect(row.getByText(LDTT)).toBeVisible();
  await awards.scrollIntoViewIfNeeded();
  await snap(page, "af-17-person-page");

  // The dossier shows where each nomination ended.
  await shell.go("Hồ sơ khen thưởng");
  await page
    .getByRole("table", { name: "Danh sách hồ sơ" })
    .getByRole("link", { name: COMMUNE })
    .click();
  await expect(rowOf(failing).getByText("Trả lại đơn vị")).toBeVisible();
  await expect(rowOf(green).getByText(/Đã in bằng/)).toBeVisible();
  await expect(rowOf(warned).getByText(/Đã in bằng/)).toBeVisible();
  // The award each nomination's own decision wrote into the registry does not count against it.
  await expect(rowOf(green).getByText("Đạt", { exact: true })).toBeVisible();
  await expect(rowOf(green).getByText("Không đạt")).toHaveCount(0);
  await expect(rowOf(warned).getByText("Không đạt")).toHaveCount(0);
  await snap(page, "af-18-dossier-final");
  await page.getByRole("button", { name: `Điều kiện của ${green.fullName}` }).click();
  const details = page.getByRole("row", {
    name: `Kết quả kiểm tra điều kiện của ${green.fullName}`,
  });
  await expect(details).toBeVisible();
  await expect(details.getByText(/Đã được tặng/)).toHaveCount(0);
  await snap(page, "af-19-dossier-eligibility-after-decision");
});
