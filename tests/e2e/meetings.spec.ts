import type { Page } from "@playwright/test";
import { expect, snap, test } from "./fixtures";
import { api } from "./pages/api";
import { completeComponents, startNominations, transition } from "./pages/nominations";
import { MeetingPage } from "./pages/meetings";
import { Shell } from "./pages/shell";

test.use({ demo: true });

/** Three nominations of the working year put to the council through the dossiers procedures. */
async function prepareNominations(page: Page) {
  const { year, schoolId, dossierId, person, nominate } = await startNominations(page, {
    unit: { code: "XA_HOP", name: "UBND xã Hợp Thành" },
    school: { name: "Trường Mầm non Hợp Thành" },
    personDefaults: { gender: "nu", birthYear: 1988 },
  });
  const ids = [
    await nominate({
      personId: await person("Mạc Thị Hòa", "Công chức Tư pháp"),
      awardCode: "GK_CN",
    }),
    await nominate({ personId: await person("Lục Văn Thuận", "Văn thư"), awardCode: "GK_CN" }),
    await nominate({ nomineeKind: "tap_the", unitId: schoolId, awardCode: "GK_TT" }),
  ];
  const d = await completeComponents<{
    components: { id: string; required: boolean; present: boolean }[];
    nominations: { eligibility: { level: string } }[];
  }>(page, dossierId);
  // Giấy khen has no rating rule: nothing needs a warning accepted before appraisal.
  expect(d.nominations.map((n) => n.eligibility.level)).toEqual(["ok", "ok", "ok"]);
  await transition(page, ids, "tham_dinh", "trinh_hoi_dong");
  return { ids, year };
}

test("a council meeting takes attendance, votes, applies the results and writes the Biên bản", async ({
  page,
}) => {
  const shell = new Shell(page);
  const meeting = new MeetingPage(page);
  await expect(shell.nav("Họp Hội đồng")).toBeVisible();
  const { ids } = await prepareNominations(page);

  await shell.go("Họp Hội đồng");
  await expect(meeting.empty()).toBeVisible();

  // A new meeting: the chair and secretary default from the council's roles.
  await meeting.openNew();
  await meeting.create();
  await expect(meeting.newForm().getByText("Địa điểm họp không được để trống")).toBeVisible();
  await meeting.create({ place: "Hội trường UBND huyện", endTime: "10:30" });
  await expect(meeting.heading()).toBeVisible();
  await expect(shell.notice("Nguyễn Văn Thắng", { first: true })).toBeVisible();

  // Attendance: nine on the list, eight members (the secretary has no vote); two away leaves
  // 6 — the two thirds needed.
  await meeting.markAbsent("Phạm Minh Tuấn", "Đi công tác");
  await meeting.markAbsent("Võ Thị Lan");
  await expect(meeting.presentCount()).toHaveText("Có mặt 6/8 (không kể thư ký) — cần 6");
  await meeting.markAbsent("Huỳnh Thị Mai");
  await expect(meeting.presentCount()).toHaveText("Có mặt 5/8 (không kể thư ký) — cần 6");
  await meeting.markPresent("Huỳnh Thị Mai");
  await meeting.saveAttendance();
  await expect(shell.notice("Đã lưu thành phần dự họp")).toBeVisible();

  // The nominations at "Trình Hội đồng".
  await meeting.openPicker();
  await expect(meeting.picker().getByText("Mạc Thị Hòa")).toBeVisible();
  await meeting.pick("all");
  await meeting.putOnAgenda(ids.length);
  await expect(shell.notice("Đã đưa đề nghị vào phiên họp")).toBeVisible();
  await expect(shell.notice(/Chưa nhập số phiếu/, { first: true })).toBeVisible();
  await expect(meeting.applyButton()).toBeDisabled();

  // Votes from the keyboard: Enter moves to the next row.
  await meeting.enterVotes([6, 2, 9]);
  await expect(meeting.voteFields().nth(1)).toHaveValue("2");
  await meeting.saveVotes();
  await expect(
    shell.notice("Số phiếu đồng ý (9) không được lớn hơn số thành viên có mặt (6).", {
      first: true,
    }),
  ).toBeVisible();
  // The refusal's notification would cover the button: close it.
  await meeting.dismissNotice("không được lớn hơn");
  await meeting.voteFields().nth(2).fill("5");
  await meeting.saveVotes();
  await expect(shell.notice("Đã lưu phiếu biểu quyết")).toBeVisible();
  await expect(meeting.cell("33,33%")).toBeVisible();
  await snap(page, "meetings-votes");

  // Apply, with a confirmation.
  await meeting.askApply();
  await expect(
    meeting.applyDialog().getByText(/2 đề nghị chuyển sang “Hội đồng đồng ý”, 1 đề nghị/),
  ).toBeVisible();
  await meeting.confirmApply();
  await expect(shell.notice("Đã áp dụng kết quả biểu quyết vào các đề nghị")).toBeVisible();
  await expect(shell.notice("Đã áp dụng kết quả", { exact: true, first: true })).toBeVisible();
  await expect(meeting.saveVotesButton()).toHaveCount(0);
  await expect(meeting.deleteButtons()).toHaveCount(0);

  // The Biên bản, numbered in the council's own series when issued.
  await meeting.draftMinutes();
  await expect(shell.notice("Đã tạo bản dự thảo Biên bản họp xét")).toBeVisible();
  await expect(meeting.cell(/Họp xét khen thưởng năm/)).toBeVisible();
  await meeting.issueMinutes();
  await expect(meeting.cell(/^\d+\/BB-HĐTĐKT$/)).toBeVisible();
  await meeting.previewFirstDocument();
  const preview = meeting.previewDialog();
  await expect(preview.getByRole("img", { name: "Trang 1" })).toBeVisible({ timeout: 60_000 });
  await snap(page, "meetings-minutes-preview");
  await shell.escape();
  await expect(preview).toHaveCount(0);

  // The Tờ trình to the chairman.
  await meeting.draftProposal();
  await expect(shell.notice("Đã tạo bản dự thảo Tờ trình")).toBeVisible();
  await expect(meeting.cell(/Về việc đề nghị khen thưởng năm/)).toBeVisible();
  await snap(page, "meetings-applied");

  // The nominations moved: the dossier shows the council's results.
  const last = [];
  for (const nominationId of ids) {
    const events = await api<{ toState: string; reason: string }[]>(page, "dossiers.events", {
      nominationId,
    });
    last.push(events.at(-1)!);
  }
  expect(last.map((e) => e.toState).sort()).toEqual([
    "hoi_dong_dong_y",
    "hoi_dong_dong_y",
    "hoi_dong_khong_dong_y",
  ]);
  expect(last.find((e) => e.toState === "hoi_dong_khong_dong_y")!.reason).toContain(
    "2/6 thành viên có mặt đồng ý (33,33%)",
  );

  await shell.go("Họp Hội đồng");
  await expect(meeting.cell("2/3 đạt")).toBeVisible();
  await snap(page, "meetings-list");
});

test("the council's quorum and pass thresholds are set in the settings of meetings", async ({
  page,
}) => {
  const shell = new Shell(page);
  const meeting = new MeetingPage(page);
  await shell.go("Họp Hội đồng");
  await meeting.openRules();
  const award = "Riêng phiên họp xét khen thưởng (bằng hoặc cao hơn)";
  await expect(meeting.ratio(award).numerator).toHaveValue("2");
  await meeting.setRatio(award, 1, 2);
  await meeting.saveRules();
  await expect(shell.notice(/không được thấp hơn tỷ lệ chung của Hội đồng/)).toBeVisible();
  await meeting.setRatio(award, 4, 5);
  await expect(meeting.rulesDialog().getByText("≈ 80%")).toBeVisible();
  await snap(page, "meetings-rules");
  await meeting.saveRules();
  await expect(shell.notice("Đã lưu tỷ lệ biểu quyết")).toBeVisible();
  const rules = await api<{ awardQuorum: { numerator: number; denominator: number } }>(
    page,
    "meetings.getRules",
    {},
  );
  expect(rules.awardQuorum).toEqual({ numerator: 4, denominator: 5 });
});
