import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, snap, test } from "./fixtures";
import { Shell } from "./pages/shell";

test.use({ demo: true });

test("a dossier with three nominations is received, a file attached, one fails a rule, one is accepted with a reason and appraised, one returned", async ({
  page,
}) => {
  const shell = new Shell(page);
  await shell.go("Hồ sơ khen thưởng");
  await expect(page.getByText(/Chưa tiếp nhận hồ sơ nào/)).toBeVisible();

  // Receive the dossier.
  await page.getByRole("button", { name: "Tiếp nhận hồ sơ" }).click();
  const dialog = page.getByRole("dialog", { name: "Tiếp nhận hồ sơ đề nghị khen thưởng" });
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(dialog.getByText("Chưa chọn đơn vị trình")).toBeVisible();
  await dialog
    .getByLabel(/^Đơn vị trình/)
    .and(page.locator("input"))
    .fill("thanh phu");
  await page
    .getByRole("option", { name: /Xã Thạnh Phú$/ })
    .first()
    .click();
  await page.getByLabel("Số Tờ trình của đơn vị").fill("15/TTr-UBND");
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("heading", { name: "Hồ sơ của Xã Thạnh Phú" })).toBeVisible();
  await expect(page.getByText("Hồ sơ còn thiếu 2 thành phần")).toBeVisible();

  const addDialog = page.getByRole("dialog", { name: "Thêm đề nghị khen thưởng" });
  const award = async (name: string) => {
    await addDialog.getByRole("combobox", { name: /^Danh hiệu, hình thức khen thưởng/ }).click();
    await page.getByRole("option", { name }).click();
  };

  // 1. A person from the directory, found without tone marks.
  await page.getByRole("button", { name: "Thêm đề nghị" }).click();
  await addDialog.getByRole("combobox", { name: /^Cá nhân/ }).fill("nguyen");
  const firstPerson = page.getByRole("option").first();
  await expect(firstPerson).toBeVisible();
  const personName = (await firstPerson.innerText()).split(" – ")[0]!;
  await firstPerson.click();
  await award("Lao động tiên tiến (LDTT)");
  await addDialog.getByLabel("Tóm tắt thành tích").fill("Hoàn thành tốt nhiệm vụ năm.");
  await addDialog.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText("Đã thêm đề nghị")).toBeVisible();

  // 2. The collective: the commune itself.
  await page.getByRole("button", { name: "Thêm đề nghị" }).click();
  await addDialog.getByText("Tập thể", { exact: true }).click();
  await addDialog.getByRole("combobox", { name: /^Tập thể \(đơn vị\)/ }).fill("xa thanh phu");
  await page
    .getByRole("option", { name: /Xã Thạnh Phú$/ })
    .first()
    .click();
  await award("Tập thể lao động tiên tiến (TTLDTT)");
  await addDialog.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("row", { name: /Đề nghị Xã Thạnh Phú/ })).toBeVisible();

  // 3. A person not yet in the directory, created on the spot.
  await page.getByRole("button", { name: "Thêm đề nghị" }).click();
  await addDialog.getByRole("button", { name: "Thêm mới vào danh bạ" }).click();
  const newPerson = addDialog.getByLabel("Thêm cá nhân mới");
  await newPerson.getByLabel(/^Họ và tên/).fill("Hoàng Văn Mới");
  await newPerson.getByLabel("Năm sinh").fill("1992");
  await newPerson.getByLabel("Chức vụ").fill("Công chức Địa chính");
  await newPerson.getByRole("button", { name: "Thêm và chọn" }).click();
  await expect(page.getByText("Đã thêm vào danh bạ")).toBeVisible();
  await award("Chiến sĩ thi đua cơ sở (CSTDCS)");
  await snap(page, "70-dossier-add-nomination");
  await addDialog.getByRole("button", { name: "Lưu" }).click();
  const rowOf = (name: string) => page.getByRole("row", { name: new RegExp(`Đề nghị ${name}`) });
  await expect(rowOf("Hoàng Văn Mới")).toBeVisible();
  await expect(page.getByText("Hồ sơ còn thiếu 5 thành phần")).toBeVisible();

  // Appraisal is blocked while components are missing.
  await expect(rowOf(personName).getByRole("button", { name: "Thẩm định đạt" })).toBeDisabled();

  // Attach the scanned Tờ trình; mark the paper components received.
  const scan = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-scan-")), "to-trinh-15.pdf");
  fs.writeFileSync(scan, "%PDF-1.4\n% Tờ trình số 15/TTr-UBND\n");
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Đính kèm Tờ trình của đơn vị" }).click();
  await (await chooser).setFiles(scan);
  await expect(page.getByText("Đã đính kèm tệp")).toBeVisible();
  await expect(page.getByRole("button", { name: "to-trinh-15.pdf", exact: true })).toBeVisible();
  await expect(page.getByLabel("Đã có Tờ trình của đơn vị")).toBeChecked();
  for (const c of [
    "Biên bản họp xét của đơn vị",
    `Báo cáo thành tích: ${personName}`,
    "Báo cáo thành tích: Xã Thạnh Phú",
    "Báo cáo thành tích: Hoàng Văn Mới",
  ]) {
    await page.getByLabel(`Đã có ${c}`).click();
    await expect(page.getByLabel(`Đã có ${c}`)).toBeChecked();
  }
  await expect(page.getByText(/Hồ sơ còn thiếu/)).toHaveCount(0);

  // Eligibility: the person has no rating yet for the year (a warning), the new person has no
  // Lao động tiên tiến that year, which Chiến sĩ thi đua cơ sở requires (a failing rule).
  await expect(rowOf(personName).getByText("Cần lưu ý")).toBeVisible();
  await expect(rowOf("Hoàng Văn Mới").getByText("Không đạt")).toBeVisible();
  await expect(rowOf(personName).getByRole("button", { name: "Thẩm định đạt" })).toBeDisabled();
  await expect(
    rowOf("Hoàng Văn Mới").getByRole("button", { name: "Thẩm định đạt" }),
  ).toBeDisabled();
  await page.getByRole("button", { name: "Điều kiện của Hoàng Văn Mới" }).click();
  const failed = page.getByRole("row", { name: "Kết quả kiểm tra điều kiện của Hoàng Văn Mới" });
  await expect(failed.getByText(/Lao động tiên tiến/).first()).toBeVisible();
  await expect(failed.getByText(/Đề nghị không đạt điều kiện/)).toBeVisible();
  await expect(failed.getByRole("button", { name: "Chấp nhận cảnh báo…" })).toHaveCount(0);

  // Accept the person's warning with a written reason, then appraise.
  await page.getByRole("button", { name: `Điều kiện của ${personName}` }).click();
  const warned = page.getByRole("row", { name: `Kết quả kiểm tra điều kiện của ${personName}` });
  await expect(warned.getByText(/Chưa có xếp loại năm/)).toBeVisible();
  await expect(warned.getByText(/Năm: \d{4}/).first()).toBeVisible();
  await snap(page, "71a-dossier-eligibility");
  await warned.getByRole("button", { name: "Chấp nhận cảnh báo…" }).click();
  const accept = page.getByRole("dialog", { name: `Chấp nhận cảnh báo – ${personName}` });
  await accept.getByRole("button", { name: "Chấp nhận cảnh báo" }).click();
  await expect(accept.getByText("Phải ghi lý do chấp nhận cảnh báo.")).toBeVisible();
  const acceptReason = "Đơn vị đã gửi kết quả xếp loại bằng văn bản, chờ nhập vào phần mềm";
  await accept.getByLabel(/^Lý do chấp nhận cảnh báo/).fill(acceptReason);
  await snap(page, "71b-dossier-accept-warning");
  await accept.getByRole("button", { name: "Chấp nhận cảnh báo" }).click();
  await expect(page.getByText("Đã ghi lý do chấp nhận cảnh báo")).toBeVisible();
  await expect(warned.getByText(acceptReason)).toBeVisible();
  await expect(rowOf(personName).getByText("Đã chấp nhận cảnh báo")).toBeVisible();

  // Appraise one.
  await rowOf(personName).getByRole("button", { name: "Thẩm định đạt" }).click();
  await expect(rowOf(personName).getByText("Đã thẩm định")).toBeVisible();
  await expect(rowOf(personName).getByRole("button", { name: "Trình Hội đồng" })).toBeVisible();

  // Return one: a reason is required.
  await rowOf("Hoàng Văn Mới").getByRole("button", { name: "Trả lại" }).click();
  const reason = page.getByRole("dialog", { name: "Trả lại – Hoàng Văn Mới" });
  await reason.getByRole("button", { name: "Trả lại" }).click();
  await expect(reason.getByText("Phải ghi lý do cho bước này.")).toBeVisible();
  await reason.getByLabel(/^Lý do/).fill("Chưa có sáng kiến được công nhận; bổ sung minh chứng");
  await reason.getByRole("button", { name: "Trả lại" }).click();
  await expect(rowOf("Hoàng Văn Mới").getByText("Trả lại đơn vị")).toBeVisible();
  await expect(rowOf("Hoàng Văn Mới").getByRole("button", { name: "Tiếp nhận lại" })).toBeVisible();
  await snap(page, "71-dossier-page");

  // The history of the returned one says who, when and why.
  await page.getByRole("button", { name: "Lịch sử Hoàng Văn Mới" }).click();
  const history = page.getByRole("dialog", { name: "Lịch sử đề nghị – Hoàng Văn Mới" });
  await expect(history.getByText("Tiếp nhận đề nghị")).toBeVisible();
  await expect(
    history.getByText("Lý do: Chưa có sáng kiến được công nhận; bổ sung minh chứng"),
  ).toBeVisible();
  await expect(history.getByText(/Máy này/).first()).toBeVisible();
  await snap(page, "72-dossier-history");
  await page.keyboard.press("Escape");

  // Deleting is refused now that nominations moved on.
  await expect(page.getByRole("button", { name: "Xóa hồ sơ" })).toBeDisabled();

  // The appraisal list, with the reason, as Word and Excel.
  await page.getByRole("button", { name: "Danh sách thẩm định" }).click();
  const word = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Tải bảng Word (.docx)" }).click();
  const wordFile = await word;
  expect(wordFile.suggestedFilename()).toMatch(/^danh-sach-tham-dinh-\d{4}-ho-so-.*\.docx$/);
  const docx = fs.readFileSync((await wordFile.path())!);
  expect(docx.subarray(0, 2).toString()).toBe("PK");
  await page.getByRole("button", { name: "Danh sách thẩm định" }).click();
  const excel = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Tải bảng Excel (.xlsx)" }).click();
  expect((await excel).suggestedFilename()).toMatch(/\.xlsx$/);

  // The list shows the dossier with its counts; the state filter works.
  await shell.go("Hồ sơ khen thưởng");
  const list = page.getByRole("table", { name: "Danh sách hồ sơ" });
  await expect(list.getByRole("link", { name: "Xã Thạnh Phú" })).toBeVisible();
  await expect(list.getByText("15/TTr-UBND")).toBeVisible();
  await expect(page.getByText("Đã thẩm định: 1").first()).toBeVisible();
  await expect(page.getByText("Trả lại đơn vị: 1").first()).toBeVisible();
  await snap(page, "73-dossiers-list");
  await page.getByRole("button", { name: /^Danh sách thẩm định năm \d{4}$/ }).click();
  const yearList = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Tải bảng Excel (.xlsx)" }).click();
  expect((await yearList).suggestedFilename()).toMatch(/^danh-sach-tham-dinh-\d{4}\.xlsx$/);
  await page.getByRole("button", { name: "Đã thẩm định: 1" }).click();
  await expect(list.getByRole("link", { name: "Xã Thạnh Phú" })).toBeVisible();
});
