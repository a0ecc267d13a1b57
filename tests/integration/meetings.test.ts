import fs from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sampleSetup, startTestBackend, type TestBackend } from "../helpers/backend";
import { docxParts } from "../helpers/docx-xml";
import {
  communeWithSchool,
  completeComponents,
  dossier2024,
  errorOf,
  savePerson,
} from "../helpers/nominations";

let t: TestBackend;
let unitId: string;
let members: { id: string; fullName: string; role: string }[];
/** Nominations at "Trình Hội đồng": An (Giấy khen), Bình (LĐTT), the school (TTLĐTT), Cường (Bằng khen tỉnh). */
let noms: { an: string; binh: string; school: string; cuong: string };

beforeEach(async () => {
  t = await startTestBackend();
  await t.expectOk("settings.completeSetup", sampleSetup());
  for (const [fullName, position] of [
    ["Phạm Minh Đức", "Trưởng phòng Nội vụ"],
    ["Võ Thị Hạnh", "Chủ tịch Liên đoàn Lao động huyện"],
    ["Hồ Văn Lâm", "Trưởng phòng Giáo dục và Đào tạo"],
    ["Đinh Công Sơn", "Trưởng phòng Tư pháp"],
  ] as const)
    await t.expectOk("settings.saveCouncilMember", { fullName, position, role: "uy_vien" });
  members = await t.expectOk("settings.listCouncil", {});
  const commune = await communeWithSchool(t);
  unitId = commune.unitId;
  const schoolId = commune.schoolId;
  const person = (fullName: string, position: string) => savePerson(t, unitId, fullName, position);
  const { dossierId, nominate } = await dossier2024(t, unitId, "Hoàn thành xuất sắc nhiệm vụ");
  const an = await person("Nguyễn Văn An", "Công chức Văn phòng");
  const binh = await person("Trần Thị Bình", "Kế toán");
  const cuong = await person("Lê Văn Cường", "Chủ tịch UBND xã");
  // The ratings the rules read: LĐTT needs 2024 “hoàn thành tốt”, Bằng khen của tỉnh two years
  // 2023–2024 “hoàn thành xuất sắc”, Tập thể LĐTT the school's own 2024 rating.
  for (const [year, ratings] of [
    [2023, { [an]: "ht_tot", [binh]: "ht_tot", [cuong]: "htxs" }],
    [2024, { [an]: "ht_tot", [binh]: "ht_tot", [cuong]: "htxs" }],
  ] as const)
    await t.expectOk("directory.saveRatingsGrid", {
      unitId,
      year,
      unitRating: "ht_tot",
      rows: Object.entries(ratings).map(([personId, rating]) => ({ personId, rating, note: "" })),
    });
  await t.expectOk("directory.saveRatingsGrid", {
    unitId: schoolId,
    year: 2024,
    unitRating: "ht_tot",
    rows: [],
  });
  noms = {
    an: await nominate({ personId: an, awardCode: "GK_CN" }),
    binh: await nominate({ personId: binh, awardCode: "LDTT" }),
    school: await nominate({ nomineeKind: "tap_the", unitId: schoolId, awardCode: "TTLDTT" }),
    cuong: await nominate({ personId: cuong, awardCode: "BK_TINH_CN" }),
  };
  const d = await completeComponents(t, dossierId);
  const ids = Object.values(noms);
  // The individuals meet every rule. The school's teachers are not in the district directory, so
  // the member rules (70% LĐTT, no discipline) cannot be checked: the only warnings, accepted
  // with the school's own report as the reason.
  const school = d.nominations.find((n) => n.id === noms.school)!;
  expect(d.nominations.filter((n) => n.id !== noms.school).map((n) => n.eligibility.level)).toEqual(
    ["ok", "ok", "ok"],
  );
  expect(
    school.eligibility.results.filter((r) => r.level !== "ok").map((r) => [r.level, r.ruleCode]),
  ).toEqual([
    ["warning", "members_title_share"],
    ["warning", "members_no_discipline"],
  ]);
  await t.expectOk("dossiers.overrideEligibility", {
    id: noms.school,
    reason:
      "Danh bạ huyện chưa có cán bộ, giáo viên của trường; báo cáo thành tích của trường xác nhận 85% đạt Lao động tiên tiến, không ai bị kỷ luật",
  });
  await t.expectOk("dossiers.transition", { ids, action: "tham_dinh" });
  await t.expectOk("dossiers.transition", {
    ids: [noms.an, noms.binh, noms.school],
    action: "trinh_hoi_dong",
  });
});
afterEach(() => t.cleanup());

const memberId = (name: string) => members.find((m) => m.fullName === name)!.id;

async function newMeeting(extra: Record<string, unknown> = {}) {
  return t.expectOk("meetings.save", {
    year: 2024,
    kind: "xet_khen_thuong",
    meetingDate: "2025-03-12",
    startTime: "08:00",
    endTime: "10:30",
    place: "Phòng họp số 1, UBND huyện",
    chairMemberId: memberId("Nguyễn Văn Thắng"),
    secretaryMemberId: memberId("Ngô Thanh Tâm"),
    note: "",
    ...extra,
  });
}

async function setAbsent(meetingId: string, names: string[]) {
  const d = await t.expectOk("meetings.get", { id: meetingId });
  await t.expectOk("meetings.setAttendance", {
    meetingId,
    rows: d.attendance.map((a) => ({
      id: a.id,
      present: !names.includes(a.fullName),
      reason: names.includes(a.fullName) ? "Đi công tác" : "",
    })),
  });
}

async function vote(meetingId: string, agree: Record<string, number | null>) {
  const d = await t.expectOk("meetings.get", { id: meetingId });
  await t.expectOk("meetings.recordVotes", {
    meetingId,
    votes: d.items.map((i) => ({ itemId: i.id, agree: agree[i.nominationId] ?? null })),
  });
}

describe("meetings", () => {
  it("creates a meeting with every active council member present and lists it", async () => {
    const m = await newMeeting();
    expect(m).toMatchObject({
      chairName: "Nguyễn Văn Thắng",
      secretaryName: "Ngô Thanh Tâm",
      state: "du_kien",
      itemCount: 0,
      quorum: { met: true, present: 6, total: 6, required: 4 },
    });
    const d = await t.expectOk("meetings.get", { id: m.id });
    // Seven on the list, six members: the secretary keeps the minutes without a vote.
    expect(d.attendance.map((a) => [a.fullName, a.present])).toHaveLength(7);
    expect(d.problems).toEqual(["Phiên họp chưa có đề nghị nào để biểu quyết."]);
    expect((await t.expectOk("meetings.list", { year: 2024 })).map((x) => x.id)).toEqual([m.id]);
    expect(await t.expectOk("meetings.list", { year: 2025 })).toEqual([]);
  });

  it("refuses bad meeting input with Vietnamese messages", async () => {
    expect(
      await errorOf(
        t.call("meetings.save", {
          year: 2024,
          kind: "xet_khen_thuong",
          meetingDate: "2025-03-12",
          startTime: "8h",
          place: "Phòng họp",
          chairMemberId: memberId("Nguyễn Văn Thắng"),
          secretaryMemberId: memberId("Nguyễn Văn Thắng"),
        }),
      ),
    ).toMatch(/giờ:phút|khác nhau/);
    expect(
      await errorOf(t.call("meetings.save", { ...(await baseInput()), chairMemberId: "khong-co" })),
    ).toBe("Chủ tọa phải là thành viên Hội đồng.");
    expect(
      await errorOf(t.call("meetings.save", { ...(await baseInput()), endTime: "07:00" })),
    ).toContain("Giờ kết thúc phải sau giờ bắt đầu");
  });

  it("offers only nominations at Trình Hội đồng of the meeting's year, once", async () => {
    const m = await newMeeting();
    const cands = await t.expectOk("meetings.candidates", { meetingId: m.id });
    expect(cands.map((c) => [c.nomineeName, c.awardName, c.dossierUnit])).toEqual(
      [
        ["Nguyễn Văn An", "Giấy khen (cá nhân)", "UBND xã Bình Lư"],
        ["Trần Thị Bình", "Lao động tiên tiến", "UBND xã Bình Lư"],
        ["Trường Tiểu học Bình Lư", "Tập thể lao động tiên tiến", "UBND xã Bình Lư"],
      ].sort((a, b) => a[1]!.localeCompare(b[1]!, "vi")),
    );
    expect(
      await errorOf(t.call("meetings.addItems", { meetingId: m.id, nominationIds: [noms.cuong] })),
    ).toContain("chỉ đưa vào phiên họp các đề nghị ở trạng thái “Trình Hội đồng”");
    await t.expectOk("meetings.addItems", { meetingId: m.id, nominationIds: [noms.an, noms.binh] });
    const other = await newMeeting({ meetingDate: "2025-03-20" });
    expect(
      (await t.expectOk("meetings.candidates", { meetingId: other.id })).map((c) => c.nominationId),
    ).toEqual([noms.school]);
    expect(
      await errorOf(t.call("meetings.addItems", { meetingId: other.id, nominationIds: [noms.an] })),
    ).toContain("đã có trong một phiên họp khác");
    const lastYear = await newMeeting({ year: 2023 });
    expect(
      await errorOf(
        t.call("meetings.addItems", { meetingId: lastYear.id, nominationIds: [noms.school] }),
      ),
    ).toContain("hồ sơ thuộc năm 2024, phiên họp xét năm 2023");
  });

  it("validates votes against the members present", async () => {
    const m = await newMeeting();
    await t.expectOk("meetings.addItems", { meetingId: m.id, nominationIds: [noms.an] });
    const d = await t.expectOk("meetings.get", { id: m.id });
    const itemId = d.items[0]!.id;
    expect(
      await errorOf(
        t.call("meetings.recordVotes", { meetingId: m.id, votes: [{ itemId, agree: 7 }] }),
      ),
    ).toBe(
      "Nguyễn Văn An (Giấy khen (cá nhân)): Số phiếu đồng ý (7) không được lớn hơn số thành viên có mặt (6).",
    );
    expect(
      await errorOf(
        t.call("meetings.recordVotes", { meetingId: m.id, votes: [{ itemId, agree: -1 }] }),
      ),
    ).toContain("không được âm");
    expect(
      await errorOf(
        t.call("meetings.recordVotes", { meetingId: m.id, votes: [{ itemId, agree: 2.5 }] }),
      ),
    ).toContain("số nguyên");
    await t.expectOk("meetings.recordVotes", { meetingId: m.id, votes: [{ itemId, agree: 6 }] });
    const after = await t.expectOk("meetings.get", { id: m.id });
    expect(after.items[0]).toMatchObject({
      votesAgree: 6,
      votesPresent: 6,
      percent: "100%",
      outcome: "dat",
    });
    expect(after.problems).toEqual([]);
    // The attendance changes after the vote: the vote must be entered again.
    await setAbsent(m.id, ["Hồ Văn Lâm"]);
    const changed = await t.expectOk("meetings.get", { id: m.id });
    expect(changed.items[0]!.outcome).toBe("chua_du");
    expect(changed.problems[0]).toContain("nay danh sách có mặt là 5: hãy nhập lại");
  });

  it("refuses to apply without quorum or with votes missing, and changes nothing", async () => {
    const m = await newMeeting();
    await t.expectOk("meetings.addItems", { meetingId: m.id, nominationIds: [noms.an, noms.binh] });
    await vote(m.id, { [noms.an]: 3 });
    expect(await errorOf(t.call("meetings.applyResults", { id: m.id }))).toBe(
      "Chưa áp dụng được kết quả. Trần Thị Bình (Lao động tiên tiến): Chưa nhập số phiếu.",
    );
    await setAbsent(m.id, ["Hồ Văn Lâm", "Võ Thị Hạnh", "Phạm Minh Đức"]);
    await vote(m.id, { [noms.an]: 3, [noms.binh]: 2 });
    expect(await errorOf(t.call("meetings.applyResults", { id: m.id }))).toBe(
      "Chưa áp dụng được kết quả. Không đủ số thành viên dự họp: có mặt 3/6, phiên xét khen thưởng cần ít nhất 4 thành viên (2/3 (66,67%)).",
    );
    const d = await t.expectOk("dossiers.events", { nominationId: noms.an });
    expect(d.map((e) => e.toState)).toEqual(["tiep_nhan", "tham_dinh", "trinh_hoi_dong"]);
    // The chair cannot be marked absent.
    const detail = await t.expectOk("meetings.get", { id: m.id });
    const chair = detail.attendance.find((a) => a.fullName === "Nguyễn Văn Thắng")!;
    expect(
      await errorOf(
        t.call("meetings.setAttendance", {
          meetingId: m.id,
          rows: [{ id: chair.id, present: false, reason: "" }],
        }),
      ),
    ).toContain("là chủ tọa của phiên họp");
  });

  it("uses the stricter award-session quorum saved in the settings", async () => {
    expect(await t.expectOk("meetings.getRules", {})).toMatchObject({
      quorum: { numerator: 2, denominator: 3 },
      pass: { numerator: 1, denominator: 2, comparison: "more_than", base: "present" },
    });
    expect(
      await errorOf(
        t.call("meetings.saveRules", {
          quorum: { numerator: 2, denominator: 3 },
          awardQuorum: { numerator: 1, denominator: 2 },
          pass: { numerator: 1, denominator: 2, comparison: "more_than", base: "present" },
        }),
      ),
    ).toContain("không được thấp hơn tỷ lệ chung");
    await t.expectOk("meetings.saveRules", {
      quorum: { numerator: 2, denominator: 3 },
      awardQuorum: { numerator: 4, denominator: 5 },
      pass: { numerator: 7, denominator: 10, comparison: "at_least", base: "present" },
    });
    const m = await newMeeting();
    await setAbsent(m.id, ["Hồ Văn Lâm", "Võ Thị Hạnh"]);
    const award = await t.expectOk("meetings.get", { id: m.id });
    expect(award.meeting.quorum).toMatchObject({ met: false, present: 4, required: 5 });
    expect(award.passRule).toBe("Từ 7/10 (70%) số thành viên có mặt đồng ý trở lên");
    const other = await newMeeting({ kind: "khac" });
    await setAbsent(other.id, ["Hồ Văn Lâm", "Võ Thị Hạnh"]);
    expect((await t.expectOk("meetings.get", { id: other.id })).meeting.quorum.met).toBe(true);
  });

  it("applies the results through the nominations' states and locks the meeting", async () => {
    const m = await newMeeting();
    await t.expectOk("meetings.addItems", {
      meetingId: m.id,
      nominationIds: [noms.an, noms.binh, noms.school],
    });
    await setAbsent(m.id, ["Hồ Văn Lâm"]);
    // 5 present: more than half is 3.
    await vote(m.id, { [noms.an]: 5, [noms.binh]: 2, [noms.school]: 3 });
    expect(await t.expectOk("meetings.applyResults", { id: m.id })).toEqual({
      passed: 2,
      failed: 1,
    });

    const events = await t.expectOk("dossiers.events", { nominationId: noms.binh });
    expect(events.at(-1)).toMatchObject({
      action: "hoi_dong_khong_dong_y",
      fromState: "trinh_hoi_dong",
      toState: "hoi_dong_khong_dong_y",
      reason: "Phiên họp Hội đồng ngày 12/03/2025: 2/5 thành viên có mặt đồng ý (40%).",
    });
    const an = await t.expectOk("dossiers.events", { nominationId: noms.an });
    expect(an.at(-1)).toMatchObject({ toState: "hoi_dong_dong_y" });
    expect(an.at(-1)!.reason).toContain("5/5 thành viên có mặt đồng ý (100%)");

    const d = await t.expectOk("meetings.get", { id: m.id });
    expect(d.meeting.state).toBe("da_ap_dung");
    expect(d.items.map((i) => [i.nomineeName, i.outcome, i.state])).toEqual([
      ["Nguyễn Văn An", "dat", "hoi_dong_dong_y"],
      ["Trần Thị Bình", "khong_dat", "hoi_dong_khong_dong_y"],
      ["Trường Tiểu học Bình Lư", "dat", "hoi_dong_dong_y"],
    ]);
    expect(d.problems).toEqual([]);

    // Locked: no second apply, no vote change, no deletion.
    expect(await errorOf(t.call("meetings.applyResults", { id: m.id }))).toContain(
      "đã áp dụng kết quả",
    );
    expect(
      await errorOf(
        t.call("meetings.recordVotes", {
          meetingId: m.id,
          votes: [{ itemId: d.items[0]!.id, agree: 0 }],
        }),
      ),
    ).toContain("đã áp dụng kết quả");
    expect(await errorOf(t.call("meetings.delete", { id: m.id }))).toContain("không xóa được");
    // Only the date, times, place and note can still be corrected.
    const fields = {
      year: 2024,
      kind: "xet_khen_thuong" as const,
      meetingDate: "2025-03-12",
      startTime: "08:00",
      endTime: "11:00",
      place: "Hội trường UBND huyện",
      chairMemberId: memberId("Nguyễn Văn Thắng"),
      secretaryMemberId: memberId("Ngô Thanh Tâm"),
    };
    expect(await t.expectOk("meetings.save", { id: m.id, ...fields })).toMatchObject({
      place: "Hội trường UBND huyện",
      endTime: "11:00",
      state: "da_ap_dung",
    });
    expect(
      await errorOf(
        t.call("meetings.save", { id: m.id, ...fields, chairMemberId: memberId("Đặng Quốc Bảo") }),
      ),
    ).toContain("chỉ sửa được ngày, giờ, địa điểm và ghi chú");
    expect(await errorOf(t.call("meetings.removeItem", { id: d.items[0]!.id }))).toContain(
      "đã áp dụng kết quả",
    );
  });

  it("refuses a nomination that left Trình Hội đồng, and rolls back a failure half-way", async () => {
    const m = await newMeeting();
    await t.expectOk("meetings.addItems", { meetingId: m.id, nominationIds: [noms.an, noms.binh] });
    await vote(m.id, { [noms.an]: 5, [noms.binh]: 5 });
    const sqlite = t.backend.sqlite;
    sqlite.prepare("UPDATE nominations SET state = 'tham_dinh' WHERE id = ?").run(noms.binh);
    expect(await errorOf(t.call("meetings.applyResults", { id: m.id }))).toContain(
      "Trần Thị Bình (Lao động tiên tiến): đề nghị đang ở trạng thái “Đã thẩm định”",
    );
    sqlite.prepare("UPDATE nominations SET state = 'trinh_hoi_dong' WHERE id = ?").run(noms.binh);
    // The second nomination's event cannot be written: the first one's move is undone too.
    sqlite.exec(
      `CREATE TEMP TRIGGER fail_binh BEFORE INSERT ON nomination_events WHEN NEW.nomination_id = '${noms.binh}' BEGIN SELECT RAISE(ABORT, 'disk full'); END;`,
    );
    expect((await t.call("meetings.applyResults", { id: m.id })).ok).toBe(false);
    sqlite.exec("DROP TRIGGER fail_binh");
    const an = await t.expectOk("dossiers.events", { nominationId: noms.an });
    expect(an.at(-1)!.toState).toBe("trinh_hoi_dong");
    const d = await t.expectOk("meetings.get", { id: m.id });
    expect(d.meeting.state).toBe("du_kien");
    expect(d.items.map((i) => i.state)).toEqual(["trinh_hoi_dong", "trinh_hoi_dong"]);
    expect(await t.expectOk("meetings.applyResults", { id: m.id })).toEqual({
      passed: 2,
      failed: 0,
    });
  });

  it("deletes a meeting that is not applied; its nominations go back to the candidates", async () => {
    const m = await newMeeting();
    await t.expectOk("meetings.addItems", { meetingId: m.id, nominationIds: [noms.an] });
    await t.expectOk("meetings.delete", { id: m.id });
    expect(await t.expectOk("meetings.list", { year: 2024 })).toEqual([]);
    const other = await newMeeting();
    expect(
      (await t.expectOk("meetings.candidates", { meetingId: other.id })).map((c) => c.nominationId),
    ).toContain(noms.an);
  });

  it("writes the Biên bản họp xét and the Tờ trình to the register", async () => {
    const m = await newMeeting({ note: "Xét đề nghị khen thưởng tổng kết năm 2024." });
    await t.expectOk("meetings.addItems", {
      meetingId: m.id,
      nominationIds: [noms.an, noms.binh, noms.school],
    });
    expect(await errorOf(t.call("meetings.createMinutes", { meetingId: m.id }))).toContain(
      "Chưa lập được biên bản họp xét",
    );
    await setAbsent(m.id, ["Hồ Văn Lâm"]);
    await vote(m.id, { [noms.an]: 5, [noms.binh]: 2, [noms.school]: 4 });
    const signer = (await t.expectOk("settings.listSigners", {})).find(
      (s) => s.fullName === "Lê Thị Thu Hà",
    )!;
    expect(
      await errorOf(
        t.call("meetings.createProposal", {
          meetingId: m.id,
          docDate: "2025-03-13",
          signerId: signer.id,
        }),
      ),
    ).toContain("sau khi đã áp dụng kết quả");
    await t.expectOk("meetings.applyResults", { id: m.id });

    const minutes = await t.expectOk("meetings.createMinutes", { meetingId: m.id });
    expect(minutes).toMatchObject({
      templateId: "bien-ban",
      typeCode: "BB",
      issuer: "HĐTĐKT",
      summary: "Họp xét khen thưởng năm 2024",
      signerName: "Nguyễn Văn Thắng",
    });
    const issued = await t.expectOk("documents.issue", { id: minutes.id });
    expect(issued.row.number).toBe("01/BB-HĐTĐKT");
    const xml = docxParts(fs.readFileSync(`${t.paths.dataDir}/${issued.row.filePath}`))[
      "word/document.xml"
    ]!;
    const text = xml.replace(/<[^>]+>/g, "");
    for (const s of [
      "Số: 01/BB-HĐTĐKT",
      "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG HUYỆN VĨNH CỬU",
      "08 giờ 00 phút, ngày 12 tháng 3 năm 2025",
      "Phòng họp số 1, UBND huyện",
      "Chủ tọa: Nguyễn Văn Thắng – Chủ tịch UBND huyện.",
      "Thư ký: Ngô Thanh Tâm – Chuyên viên Phòng Nội vụ.",
      "Thành viên Hội đồng có mặt: 05/06 thành viên (không kể thư ký)",
      "Vắng mặt: 01 thành viên: Hồ Văn Lâm (Đi công tác).",
      "Xét đề nghị khen thưởng tổng kết năm 2024.",
      "trên 1/2 (50%) số thành viên có mặt đồng ý",
      "Đồng ý/ Có mặt",
      "5/5",
      "2/5",
      "40%",
      "80%",
      "Không đạt",
      "1. Thống nhất đề nghị khen thưởng 02 trường hợp (01 tập thể, 01 cá nhân):",
      "- Giấy khen (cá nhân): 01 cá nhân;",
      "- Tập thể lao động tiên tiến: 01 tập thể.",
      "2. Không đề nghị khen thưởng 01 trường hợp do không đạt tỷ lệ phiếu đồng ý: Trần Thị Bình (Lao động tiên tiến).",
      "10 giờ 30 phút cùng ngày",
      "THƯ KÝ",
      "CHỦ TỌA",
    ])
      expect(text).toContain(s);
    // No date line on minutes.
    expect(text).not.toMatch(/Vĩnh Cửu, ngày/);
    expect(text.indexOf("THƯ KÝ")).toBeLessThan(text.indexOf("CHỦ TỌA"));
    expect(text.indexOf("Ngô Thanh Tâm", text.indexOf("THƯ KÝ"))).toBeLessThan(
      text.indexOf("Nguyễn Văn Thắng", text.indexOf("CHỦ TỌA")),
    );

    const proposal = await t.expectOk("meetings.createProposal", {
      meetingId: m.id,
      docDate: "2025-03-13",
      signerId: signer.id,
    });
    expect(proposal).toMatchObject({ templateId: "to-trinh", typeCode: "TTr", issuer: "PNV" });
    const ptext = docxParts(fs.readFileSync(`${t.paths.dataDir}/${proposal.filePath}`))[
      "word/document.xml"
    ]!.replace(/<[^>]+>/g, "");
    for (const s of [
      "Về việc đề nghị khen thưởng năm 2024",
      "Chủ tịch Ủy ban nhân dân huyện Vĩnh Cửu",
      "(Biên bản số 01/BB-HĐTĐKT)",
      "02 trường hợp (01 tập thể, 01 cá nhân)",
      "GIẤY KHEN (CÁ NHÂN): 01",
      "TẬP THỂ LAO ĐỘNG TIÊN TIẾN: 01",
      "Nguyễn Văn An",
      "Công chức Văn phòng",
      "Trường Tiểu học Bình Lư",
      "Lê Thị Thu Hà",
    ])
      expect(ptext).toContain(s);
    expect(ptext).not.toContain("Trần Thị Bình");
    const d = await t.expectOk("meetings.get", { id: m.id });
    expect(d.documents.map((x) => x.templateId)).toEqual(["bien-ban", "to-trinh"]);
    expect(d.documents.map((x) => x.outdated)).toEqual([false, false]);
    // MEETINGS_DOCX_OUT=dir keeps both files to look at (rendered to PNG by hand).
    const out = process.env.MEETINGS_DOCX_OUT;
    if (out)
      for (const [name, file] of [
        ["bien-ban.docx", issued.row.filePath],
        ["to-trinh.docx", proposal.filePath],
      ] as const)
        fs.copyFileSync(`${t.paths.dataDir}/${file}`, `${out}/${name}`);
  });
});

async function baseInput() {
  return {
    year: 2024,
    kind: "xet_khen_thuong" as const,
    meetingDate: "2025-03-12",
    startTime: "08:00",
    endTime: "",
    place: "Phòng họp",
    chairMemberId: memberId("Nguyễn Văn Thắng"),
    secretaryMemberId: memberId("Ngô Thanh Tâm"),
  };
}
