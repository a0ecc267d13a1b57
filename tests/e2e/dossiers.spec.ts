import fs from "node:fs";
import { expect, snap, test } from "./fixtures";
import { DossierPage } from "./pages/dossiers";
import { Shell } from "./pages/shell";

test.use({ demo: true });

test("a dossier with three nominations is received, a file attached, one fails a rule, one is accepted with a reason and appraised, one returned", async ({
  page,
}) => {
  const shell = new Shell(page);
  const dossier = new DossierPage(page);
  const NEW = "Hoàng Văn Mới";
  await shell.go("Hồ sơ khen thưởng");
  await expect(dossier.empty()).toBeVisible();

  // Receive the dossier.
  await dossier.openReceive();
  await dossier.saveReceive();
  await expect(dossier.receiveForm().getByText("Chưa chọn đơn vị trình")).toBeVisible();
  await dossier.chooseSubmitter("Xã Thạnh Phú", "thanh phu");
  await dossier.receiveForm().getByLabel("Số Tờ trình của đơn vị").fill("15/TTr-UBND");
  await dossier.saveReceive();
  await expect(dossier.heading("Xã Thạnh Phú")).toBeVisible();
  await expect(dossier.missing("Hồ sơ còn thiếu 2 thành phần")).toBeVisible();

  // 1. A person from the directory, found without tone marks.
  await dossier.openAddNomination();
  const firstPerson = (await dossier.typePerson("nguyen")).first();
  await expect(firstPerson).toBeVisible();
  const personName = (await firstPerson.innerText()).split(" – ")[0]!;
  await firstPerson.click();
  await dossier.chooseAward("Lao động tiên tiến");
  await dossier.fillSummary("Hoàn thành tốt nhiệm vụ năm.");
  await dossier.saveNomination();
  await expect(shell.notice("Đã thêm đề nghị")).toBeVisible();

  // 2. The collective: the commune itself.
  await dossier.openAddNomination();
  await dossier.chooseUnitNominee("xa thanh phu", "Xã Thạnh Phú");
  await dossier.chooseAward("Tập thể lao động tiên tiến");
  await dossier.saveNomination();
  await expect(dossier.row("Xã Thạnh Phú")).toBeVisible();

  // 3. A person not yet in the directory, created on the spot.
  await dossier.openAddNomination();
  await dossier.addNewPerson({ fullName: NEW, birthYear: "1992", position: "Công chức Địa chính" });
  await expect(shell.notice("Đã thêm vào danh bạ")).toBeVisible();
  await dossier.chooseAward("Chiến sĩ thi đua cơ sở");
  await snap(page, "70-dossier-add-nomination");
  await dossier.saveNomination();
  await expect(dossier.row(NEW)).toBeVisible();
  await expect(dossier.missing("Hồ sơ còn thiếu 5 thành phần")).toBeVisible();

  // Appraisal is blocked while components are missing.
  await expect(dossier.appraiseButton(personName)).toBeDisabled();

  // Attach the scanned Tờ trình; mark the paper components received.
  await dossier.attachToTrinh("to-trinh-15.pdf", "Tờ trình số 15/TTr-UBND");
  await expect(shell.notice("Đã đính kèm tệp")).toBeVisible();
  await expect(dossier.attachment("to-trinh-15.pdf")).toBeVisible();
  await expect(dossier.component("Tờ trình của đơn vị")).toBeChecked();
  for (const c of [
    "Biên bản họp xét của đơn vị",
    `Báo cáo thành tích: ${personName}`,
    "Báo cáo thành tích: Xã Thạnh Phú",
    `Báo cáo thành tích: ${NEW}`,
  ]) {
    await dossier.tickComponent(c);
    await expect(dossier.component(c)).toBeChecked();
  }
  await expect(dossier.missing()).toHaveCount(0);

  // Eligibility: the person has no rating yet for the year (a warning), the new person has no
  // Lao động tiên tiến that year, which Chiến sĩ thi đua cơ sở requires (a failing rule).
  await expect(dossier.row(personName).getByText("Cần lưu ý")).toBeVisible();
  await expect(dossier.row(NEW).getByText("Không đạt")).toBeVisible();
  await expect(dossier.appraiseButton(personName)).toBeDisabled();
  await expect(dossier.appraiseButton(NEW)).toBeDisabled();
  await dossier.showEligibility(NEW);
  const failed = dossier.eligibility(NEW);
  await expect(failed.getByText(/Lao động tiên tiến/).first()).toBeVisible();
  await expect(failed.getByText(/Đề nghị không đạt điều kiện/)).toBeVisible();
  await expect(dossier.acceptWarningButton(NEW)).toHaveCount(0);

  // Accept the person's warning with a written reason, then appraise.
  await dossier.showEligibility(personName);
  const warned = dossier.eligibility(personName);
  await expect(warned.getByText(/Chưa có xếp loại năm/)).toBeVisible();
  await expect(warned.getByText(/Năm: \d{4}/).first()).toBeVisible();
  await snap(page, "71a-dossier-eligibility");
  await dossier.openAcceptWarning(personName);
  await dossier.confirmAcceptWarning(personName);
  await expect(
    dossier.acceptDialog(personName).getByText("Phải ghi lý do chấp nhận cảnh báo."),
  ).toBeVisible();
  const acceptReason = "Đơn vị đã gửi kết quả xếp loại bằng văn bản, chờ nhập vào phần mềm";
  await dossier
    .acceptDialog(personName)
    .getByLabel(/^Lý do chấp nhận cảnh báo/)
    .fill(acceptReason);
  await snap(page, "71b-dossier-accept-warning");
  await dossier.confirmAcceptWarning(personName);
  await expect(shell.notice("Đã ghi lý do chấp nhận cảnh báo")).toBeVisible();
  await expect(warned.getByText(acceptReason)).toBeVisible();
  await expect(dossier.row(personName).getByText("Đã chấp nhận cảnh báo")).toBeVisible();

  // Appraise one.
  await dossier.appraise(personName);
  await expect(dossier.row(personName).getByText("Đã thẩm định")).toBeVisible();
  await expect(dossier.toCouncilButton(personName)).toBeVisible();

  // Return one: a reason is required.
  await dossier.openReturn(NEW);
  await dossier.confirmReturn(NEW);
  await expect(dossier.returnDialog(NEW).getByText("Phải ghi lý do cho bước này.")).toBeVisible();
  await dossier.confirmReturn(NEW, "Chưa có sáng kiến được công nhận; bổ sung minh chứng");
  await expect(dossier.row(NEW).getByText("Trả lại đơn vị")).toBeVisible();
  await expect(dossier.row(NEW).getByRole("button", { name: "Tiếp nhận lại" })).toBeVisible();
  await snap(page, "71-dossier-page");

  // The history of the returned one says who, when and why.
  await dossier.openHistory(NEW);
  const history = dossier.historyDialog(NEW);
  await expect(history.getByText("Tiếp nhận đề nghị")).toBeVisible();
  await expect(
    history.getByText("Lý do: Chưa có sáng kiến được công nhận; bổ sung minh chứng"),
  ).toBeVisible();
  await expect(history.getByText(/Máy này/).first()).toBeVisible();
  await snap(page, "72-dossier-history");
  await shell.escape();

  // Deleting is refused now that nominations moved on.
  await expect(dossier.deleteButton()).toBeDisabled();

  // The appraisal list, with the reason, as Word and Excel.
  const wordFile = await dossier.appraisalList("Word");
  expect(wordFile.suggestedFilename()).toMatch(/^danh-sach-tham-dinh-\d{4}-ho-so-.*\.docx$/);
  const docx = fs.readFileSync((await wordFile.path())!);
  expect(docx.subarray(0, 2).toString()).toBe("PK");
  expect((await dossier.appraisalList("Excel")).suggestedFilename()).toMatch(/\.xlsx$/);

  // The list shows the dossier with its counts; the state filter works.
  await shell.go("Hồ sơ khen thưởng");
  const list = dossier.list();
  await expect(list.getByRole("link", { name: "Xã Thạnh Phú" })).toBeVisible();
  await expect(list.getByText("15/TTr-UBND")).toBeVisible();
  await expect(dossier.counter("Đã thẩm định: 1")).toBeVisible();
  await expect(dossier.counter("Trả lại đơn vị: 1")).toBeVisible();
  await snap(page, "73-dossiers-list");
  const yearList = await dossier.appraisalList("Excel", /^Danh sách thẩm định năm \d{4}$/);
  expect(yearList.suggestedFilename()).toMatch(/^danh-sach-tham-dinh-\d{4}\.xlsx$/);
  await dossier.filterByState("Đã thẩm định: 1");
  await expect(list.getByRole("link", { name: "Xã Thạnh Phú" })).toBeVisible();
});
