import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, snap, test } from "./fixtures";
import { api } from "./pages/api";
import { enterRatings, fold, pickNominees, type Nominee } from "./pages/award-flow";
import { AwardsRegistryPage, PersonPage } from "./pages/awards";
import { DecisionPage } from "./pages/decisions";
import { DossierPage } from "./pages/dossiers";
import { MeetingPage } from "./pages/meetings";
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
  const dossier = new DossierPage(page);
  const meeting = new MeetingPage(page);
  const decision = new DecisionPage(page);
  const registry = new AwardsRegistryPage(page);
  const person = new PersonPage(page);
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
  await dossier.receive(COMMUNE, fold(COMMUNE).replace(/^xa /, ""), "27/TTr-UBND", {
    snap: () => snap(page, "af-01-dossier-form"),
  });
  await expect(dossier.heading(COMMUNE)).toBeVisible();

  // Three nominations for Lao động tiên tiến, the people found without tone marks.
  const nominate = async (p: Nominee, summary: string) => {
    await dossier.openAddNomination();
    await dossier.typePerson(fold(p.fullName));
    await dossier.option(new RegExp(`^${p.fullName} – ${p.birthYear} – .* – ${COMMUNE}$`)).click();
    await dossier.chooseAward("Lao động tiên tiến");
    await dossier.fillSummary(summary);
    if (p === green) await snap(page, "af-02-add-nomination");
    await dossier.saveNomination();
    await expect(shell.notice("Đã thêm đề nghị", { first: true })).toBeVisible();
    await expect(dossier.addForm()).toHaveCount(0);
  };
  await nominate(green, `Hoàn thành tốt nhiệm vụ được giao năm ${year}.`);
  await nominate(warned, `Hoàn thành tốt nhiệm vụ, tích cực trong phong trào thi đua năm ${year}.`);
  await nominate(failing, "Hoàn thành nhiệm vụ được giao.");
  const rowOf = (p: Nominee) => dossier.row(p.fullName);
  for (const p of [green, warned, failing]) await expect(rowOf(p)).toBeVisible();

  // The eligibility check shows green / warning / blocking.
  await expect(rowOf(green).getByText("Đạt", { exact: true })).toBeVisible();
  await expect(rowOf(warned).getByText("Cần lưu ý")).toBeVisible();
  await expect(rowOf(failing).getByText("Không đạt")).toBeVisible();
  await snap(page, "af-03-dossier-three-nominations");

  // Attach the commune's scanned Tờ trình, tick the paper components received.
  await dossier.attachToTrinh("to-trinh-27.pdf", "Tờ trình số 27/TTr-UBND");
  await expect(shell.notice("Đã đính kèm tệp")).toBeVisible();
  await expect(dossier.component("Tờ trình của đơn vị")).toBeChecked();
  for (const c of [
    "Biên bản họp xét của đơn vị",
    ...[green, warned, failing].map((p) => `Báo cáo thành tích: ${p.fullName}`),
  ]) {
    await dossier.tickComponent(c);
    await expect(dossier.component(c)).toBeChecked();
  }
  await expect(dossier.missing()).toHaveCount(0);

  // The failing one: the rule and the data behind it; it cannot be appraised, only returned.
  await dossier.showEligibility(failing.fullName);
  await expect(
    dossier
      .eligibility(failing.fullName)
      .getByText(/xếp loại “hoàn thành nhiệm vụ”, chưa đạt “hoàn thành tốt nhiệm vụ”/),
  ).toBeVisible();
  await expect(dossier.acceptWarningButton(failing.fullName)).toHaveCount(0);
  await expect(dossier.appraiseButton(failing.fullName)).toBeDisabled();
  await snap(page, "af-04-failing-rule");
  await dossier.returnNomination(
    failing.fullName,
    "Xếp loại năm chỉ hoàn thành nhiệm vụ, chưa đủ điều kiện Lao động tiên tiến",
  );
  await expect(rowOf(failing).getByText("Trả lại đơn vị")).toBeVisible();

  // The warning: the year's rating is not entered; accepted with a written reason.
  await dossier.showEligibility(warned.fullName);
  const warning = dossier.eligibility(warned.fullName);
  await expect(warning.getByText(/Chưa có xếp loại năm/)).toBeVisible();
  await expect(dossier.appraiseButton(warned.fullName)).toBeDisabled();
  await dossier.openAcceptWarning(warned.fullName);
  const reason = `UBND xã đã gửi kết quả xếp loại năm ${year} (hoàn thành tốt nhiệm vụ) bằng văn bản`;
  await dossier
    .acceptDialog(warned.fullName)
    .getByLabel(/^Lý do chấp nhận cảnh báo/)
    .fill(reason);
  await snap(page, "af-05-accept-warning");
  await dossier.confirmAcceptWarning(warned.fullName);
  await expect(shell.notice("Đã ghi lý do chấp nhận cảnh báo")).toBeVisible();
  await expect(warning.getByText(reason)).toBeVisible();
  await expect(rowOf(warned).getByText("Đã chấp nhận cảnh báo")).toBeVisible();

  // Appraise the two and put them to the council.
  for (const p of [green, warned]) {
    await dossier.appraise(p.fullName);
    await expect(rowOf(p).getByText("Đã thẩm định")).toBeVisible();
    await dossier.submitToCouncil(p.fullName);
    await expect(dossier.toCouncilButton(p.fullName)).toHaveCount(0);
  }
  await snap(page, "af-06-dossier-appraised");

  // 2. Họp Hội đồng: the meeting, attendance, votes, apply.
  await shell.go("Họp Hội đồng");
  await meeting.openNew();
  await meeting
    .newForm()
    .getByLabel(/^Địa điểm/)
    .fill("Phòng họp số 1, UBND huyện");
  await meeting
    .newForm()
    .getByLabel(/^Giờ kết thúc/)
    .fill("10:00");
  await snap(page, "af-07-meeting-form");
  await meeting.create();
  await expect(meeting.heading()).toBeVisible();
  await meeting.markAbsent("Bùi Văn Đức", "Đi công tác");
  await expect(meeting.presentCount()).toHaveText("Có mặt 7/8 (không kể thư ký) — cần 6");
  // The council's secretary keeps the meeting's minutes: the role reads once, not "Thư ký · thư ký".
  await expect(meeting.cell("Thư ký", { exact: true })).toBeVisible();
  await expect(meeting.cell("Chủ tịch Hội đồng · chủ tọa")).toBeVisible();
  await meeting.saveAttendance();
  await expect(shell.notice("Đã lưu thành phần dự họp")).toBeVisible();

  await meeting.openPicker();
  const picker = meeting.picker();
  await expect(picker.getByText(green.fullName)).toBeVisible();
  await expect(picker.getByText(warned.fullName)).toBeVisible();
  await expect(picker.getByText(failing.fullName)).toHaveCount(0);
  await snap(page, "af-08-meeting-picker");
  await meeting.pick([`${green.fullName} – ${LDTT}`, `${warned.fullName} – ${LDTT}`]);
  await meeting.putOnAgenda(2);
  await expect(shell.notice("Đã đưa đề nghị vào phiên họp")).toBeVisible();
  await meeting.setVotes(green.fullName, 7);
  await meeting.setVotes(warned.fullName, 6);
  await meeting.saveVotes();
  await expect(shell.notice("Đã lưu phiếu biểu quyết")).toBeVisible();
  await snap(page, "af-09-meeting-votes");
  await meeting.askApply();
  await expect(
    meeting.applyDialog().getByText(/2 đề nghị chuyển sang “Hội đồng đồng ý”/),
  ).toBeVisible();
  await meeting.confirmApply();
  await expect(shell.notice("Đã áp dụng kết quả biểu quyết vào các đề nghị")).toBeVisible();
  await snap(page, "af-10-meeting-applied");

  // 3. Quyết định khen thưởng: from the approved nominations, issued.
  await shell.go("Quyết định khen thưởng");
  const group = decision.group(LDTT);
  await expect(group.getByText(green.fullName)).toBeVisible();
  await expect(group.getByText(warned.fullName)).toBeVisible();
  await expect(shell.notice(failing.fullName)).toHaveCount(0);
  await snap(page, "af-11-decision-candidates");
  await decision.startDecision(LDTT, 2);
  await decision.createDraft({
    fundSource: "Quỹ thi đua, khen thưởng huyện",
    snap: () => snap(page, "af-12-decision-form"),
  });
  await expect(shell.notice("Đã tạo bản dự thảo quyết định")).toBeVisible();
  const list = decision.recipients();
  await expect(list.getByText(green.fullName)).toBeVisible();
  await expect(list.getByText(warned.fullName)).toBeVisible();
  await expect(decision.total()).toHaveText(/\d[\d.]* đồng/);
  await decision.makeDocument();
  await expect(shell.notice("Đã tạo văn bản Quyết định trong sổ văn bản")).toBeVisible();
  await snap(page, "af-13-decision-draft");
  await decision.issue();
  await expect(shell.notice("Đã ban hành quyết định và ghi vào Sổ khen thưởng")).toBeVisible();
  await expect(decision.numberHeading()).toBeVisible();
  const number = await decision.number();
  await snap(page, "af-14-decision-issued");

  // 4. In Giấy khen: every recipient, full certificate on plain paper.
  const file = await decision.printCertificates("tất cả");
  await expect(shell.notice("Đã tạo tệp Giấy khen (PDF)")).toBeVisible();
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
  await registry.search(`${fold(warned.fullName)} lao dong`);
  const entry = registry.entry(number);
  await expect(entry).toHaveCount(1);
  await expect(entry.getByText(warned.fullName)).toBeVisible();
  await expect(entry.getByText(LDTT)).toBeVisible();
  await snap(page, "af-16-registry");
  await entry.getByRole("link", { name: warned.fullName }).click();
  await expect(person.heading(warned.fullName)).toBeVisible();
  const awards = person.awards();
  const row = awards
    .getByRole("row")
    .filter({ hasText: `${year}` })
    .filter({ hasText: number });
  await expect(row.getByText(LDTT)).toBeVisible();
  await awards.scrollIntoViewIfNeeded();
  await snap(page, "af-17-person-page");

  // The dossier shows where each nomination ended.
  await shell.go("Hồ sơ khen thưởng");
  await dossier.openFromList(COMMUNE);
  await expect(rowOf(failing).getByText("Trả lại đơn vị")).toBeVisible();
  await expect(rowOf(green).getByText(/Đã in bằng/)).toBeVisible();
  await expect(rowOf(warned).getByText(/Đã in bằng/)).toBeVisible();
  // The award each nomination's own decision wrote into the registry does not count against it.
  await expect(rowOf(green).getByText("Đạt", { exact: true })).toBeVisible();
  await expect(rowOf(green).getByText("Không đạt")).toHaveCount(0);
  await expect(rowOf(warned).getByText("Không đạt")).toHaveCount(0);
  await snap(page, "af-18-dossier-final");
  await dossier.showEligibility(green.fullName);
  const details = dossier.eligibility(green.fullName);
  await expect(details).toBeVisible();
  await expect(details.getByText(/Đã được tặng/)).toHaveCount(0);
  await snap(page, "af-19-dossier-eligibility-after-decision");
});
