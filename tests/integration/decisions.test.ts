import fs from "node:fs";
import ExcelJS from "exceljs";
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
let signerId: string;
/** Approved (hội đồng đồng ý) nominations of 2024. */
let noms: {
  an: string;
  binhLdtt: string;
  binhCstd: string;
  chi: string;
  school: string;
  ho: string;
};

/** The text of a .docx's body, runs joined. */
function docText(file: string): string {
  const xml = docxParts(fs.readFileSync(`${t.paths.dataDir}/${file}`))["word/document.xml"]!;
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&");
}

beforeEach(async () => {
  t = await startTestBackend();
  await t.expectOk("settings.completeSetup", sampleSetup());
  signerId = (await t.expectOk("settings.listSigners", {}))[0]!.id;
  const { unitId: xa, schoolId: school } = await communeWithSchool(t);
  const person = (fullName: string, position: string) => savePerson(t, xa, fullName, position);
  const household = (
    await t.expectOk("directory.saveHousehold", {
      headName: "Lò Văn Pấng",
      headGender: "nam",
      address: "Bản Nà Bỏ",
      unitId: xa,
    })
  ).id;
  const { dossierId, nominate } = await dossier2024(t, xa, "Hoàn thành xuất sắc nhiệm vụ năm 2024");
  const an = await person("Nguyễn Văn An", "Công chức Văn phòng");
  const binh = await person("Trần Thị Bình", "Kế toán");
  const chi = await person("Hà Văn Chi", "Địa chính");
  // The commune's 2024 ratings, as the officer enters them before appraisal: LĐTT needs “hoàn
  // thành tốt nhiệm vụ”, CSTĐCS “hoàn thành xuất sắc nhiệm vụ” (or an initiative).
  await t.expectOk("directory.saveRatingsGrid", {
    unitId: xa,
    year: 2024,
    unitRating: "ht_tot",
    rows: [
      { personId: an, rating: "ht_tot", note: "" },
      { personId: binh, rating: "htxs", note: "" },
      { personId: chi, rating: "ht_tot", note: "" },
    ],
  });
  noms = {
    an: await nominate({ personId: an, awardCode: "LDTT" }),
    binhLdtt: await nominate({ personId: binh, awardCode: "LDTT" }),
    binhCstd: await nominate({ personId: binh, awardCode: "CSTDCS" }),
    chi: await nominate({ personId: chi, awardCode: "LDTT" }),
    school: await nominate({ nomineeKind: "tap_the", unitId: school, awardCode: "GK_TT" }),
    ho: await nominate({ nomineeKind: "ho_gia_dinh", householdId: household, awardCode: "GK_HGD" }),
  };
  const d = await completeComponents(t, dossierId);
  // Every rule is met by the data above: nothing needs a warning accepted.
  expect(d.nominations.map((n) => n.eligibility.level)).toEqual(Array(6).fill("ok"));
  const ids = Object.values(noms);
  await t.expectOk("dossiers.transition", { ids, action: "tham_dinh" });
  await t.expectOk("dossiers.transition", { ids, action: "trinh_hoi_dong" });
  // The council approves all of them.
  const members = await t.expectOk("settings.listCouncil", {});
  const m = await t.expectOk("meetings.save", {
    year: 2024,
    kind: "xet_khen_thuong",
    meetingDate: "2025-03-12",
    startTime: "08:00",
    endTime: "10:30",
    place: "Phòng họp số 1",
    chairMemberId: members.find((x) => x.role === "chu_tich")!.id,
    secretaryMemberId: members.find((x) => x.role === "thu_ky")!.id,
    note: "",
  });
  await t.expectOk("meetings.addItems", { meetingId: m.id, nominationIds: ids });
  const md = await t.expectOk("meetings.get", { id: m.id });
  await t.expectOk("meetings.recordVotes", {
    meetingId: m.id,
    votes: md.items.map((i) => ({ itemId: i.id, agree: md.meeting.quorum.present })),
  });
  await t.expectOk("meetings.applyResults", { id: m.id });
});
afterEach(() => t.cleanup());

const fields = (extra: Record<string, unknown> = {}) => ({
  decisionDate: "2025-03-20",
  signerId,
  fund: "Quỹ thi đua, khen thưởng huyện năm 2025",
  ...extra,
});

/** A decision of 2024 over the approved nominations of one award. */
const decisionInput = (
  key: string,
  nominationIds: string[],
  extra: Record<string, unknown> = {},
) => ({
  ...fields(extra),
  year: 2024,
  grouping: "award" as const,
  key,
  nominationIds,
});

async function stateOf(id: string) {
  const events = await t.expectOk("dossiers.events", { nominationId: id });
  return events.at(-1)!.toState;
}

describe("decisions", () => {
  it("lists the approved nominations grouped by form or by movement", async () => {
    const byAward = await t.expectOk("decisions.candidates", { year: 2024, grouping: "award" });
    const sizes = Object.fromEntries(byAward.map((g) => [g.key, g.candidates.length]));
    expect(sizes).toEqual({ LDTT: 3, CSTDCS: 1, GK_TT: 1, GK_HGD: 1 });
    const byMovement = await t.expectOk("decisions.candidates", {
      year: 2024,
      grouping: "movement",
    });
    expect(byMovement).toHaveLength(1);
    expect(byMovement[0]!.key).toBe("");
    expect(byMovement[0]!.candidates).toHaveLength(6);
    expect(await t.expectOk("decisions.candidates", { year: 2023, grouping: "award" })).toEqual([]);
  });

  it("keeps only the highest title of a nominee in one decision, orders collectives first, computes money", async () => {
    const { decision, excluded } = await t.expectOk("decisions.create", {
      ...fields(),
      year: 2024,
      grouping: "movement",
      key: "",
      nominationIds: Object.values(noms),
    });
    expect(excluded).toHaveLength(1);
    expect(excluded[0]).toMatchObject({ nominationId: noms.binhLdtt, name: "Trần Thị Bình" });
    expect(excluded[0]!.reason).toContain("Chiến sĩ thi đua cơ sở");
    // Collectives, then individuals (by unit, then given name), then households.
    expect(decision.recipients.map((r) => [r.lineNo, r.name, r.money])).toEqual([
      [1, "Trường Tiểu học Bình Lư", 1_410_000], // 0,6 × 2.340.000 = 1.404.000 → 1.410.000
      [2, "Nguyễn Văn An", 710_000], // 0,3 × 2.340.000 = 702.000 → 710.000
      [3, "Trần Thị Bình", 2_340_000],
      [4, "Hà Văn Chi", 710_000],
      [5, "Hộ ông Lò Văn Pấng", 1_060_000], // 0,45 × 2.340.000 = 1.053.000 → 1.060.000
    ]);
    expect(decision.total).toBe(6_230_000);
    expect(decision.totalWords).toBe("Sáu triệu hai trăm ba mươi nghìn đồng");
    expect(decision.baseSalary).toBe(2_340_000);
    // The excluded nomination stays a candidate.
    const left = await t.expectOk("decisions.candidates", { year: 2024, grouping: "award" });
    expect(left.flatMap((g) => g.candidates.map((c) => c.nominationId))).toEqual([noms.binhLdtt]);
  });

  it("pays nothing for a lower title when a higher one of the same year is decided elsewhere", async () => {
    await t.expectOk("decisions.create", decisionInput("CSTDCS", [noms.binhCstd]));
    const { decision } = await t.expectOk(
      "decisions.create",
      decisionInput("LDTT", [noms.an, noms.binhLdtt, noms.chi]),
    );
    const binh = decision.recipients.find((r) => r.name === "Trần Thị Bình")!;
    expect(binh.money).toBe(0);
    expect(binh.moneyNote).toContain("Chiến sĩ thi đua cơ sở");
    expect(decision.total).toBe(1_420_000);
    // A line taken out: the others are renumbered, the nomination is a candidate again.
    const an = decision.recipients.find((r) => r.name === "Nguyễn Văn An")!;
    const fewer = await t.expectOk("decisions.removeRecipient", { id: an.id });
    expect(fewer.recipients.map((r) => [r.lineNo, r.name])).toEqual([
      [1, "Trần Thị Bình"],
      [2, "Hà Văn Chi"],
    ]);
    const again = await t.expectOk("decisions.candidates", { year: 2024, grouping: "award" });
    expect(again.flatMap((g) => g.candidates.map((c) => c.nominationId))).toContain(noms.an);
  });

  it("recomputes the money with the base salary in force on the decision date", async () => {
    await t.expectOk("settings.saveBaseSalary", {
      amount: 2_530_000,
      effectiveFrom: "2025-07-01",
      legalBasis: "Mức mới (thử)",
    });
    const { decision } = await t.expectOk(
      "decisions.create",
      decisionInput("LDTT", [noms.an], { decisionDate: "2025-06-30" }),
    );
    expect(decision.recipients[0]!.money).toBe(710_000);
    const later = await t.expectOk("decisions.update", {
      id: decision.id,
      ...fields({ decisionDate: "2025-07-01" }),
    });
    // 0,3 × 2.530.000 = 759.000 → 760.000
    expect(later.recipients[0]!.money).toBe(760_000);
    expect(later.baseSalary).toBe(2_530_000);
    expect(
      await errorOf(
        t.call("decisions.update", { id: decision.id, ...fields({ decisionDate: "2023-12-31" }) }),
      ),
    ).toBe("Ngày quyết định không thể trước năm 2024 của các đề nghị.");
  });

  it("cites the council's issued Tờ trình, names every kind of recipient and the default fund", async () => {
    const [meeting] = await t.expectOk("meetings.list", { year: 2024 });
    const head = (await t.expectOk("settings.listSigners", {})).find(
      (s) => s.position === "Trưởng phòng",
    )!;
    const proposal = await t.expectOk("meetings.createProposal", {
      meetingId: meeting!.id,
      docDate: "2025-03-13",
      signerId: head.id,
    });
    const issued = await t.expectOk("documents.issue", { id: proposal.id });
    expect(issued.row.number).toBe("01/TTr-PNV");
    const { decision } = await t.expectOk(
      "decisions.create",
      decisionInput("GK_HGD", [noms.ho], { fund: "" }),
    );
    const doc = await t.expectOk("decisions.generateDocument", { id: decision.id });
    const text = docText(doc.filePath);
    expect(doc.summary).toBe("Về việc tặng Giấy khen cho các hộ gia đình");
    // The last căn cứ leads into "Theo đề nghị": it ends with ";", not ".".
    expect(text).toMatch(/Căn cứ [^\n]*;\nTheo đề nghị của Phòng Nội vụ/);
    expect(text).not.toMatch(/Căn cứ [^\n]*\.\nTheo đề nghị/);
    expect(text).toContain(
      "Theo đề nghị của Phòng Nội vụ (Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng huyện Vĩnh Cửu) tại Tờ trình số 01/TTr-PNV ngày 13 tháng 3 năm 2025.",
    );
    expect(text).toContain("Nguồn kinh phí: Quỹ thi đua, khen thưởng huyện Vĩnh Cửu.");
    expect(text).toContain("Hộ ông Lò Văn Pấng");
  });

  it("writes the Quyết định with Điều 1, 2, 3 and the attached list", async () => {
    const { decision } = await t.expectOk(
      "decisions.create",
      decisionInput("LDTT", [noms.an, noms.chi]),
    );
    const doc = await t.expectOk("decisions.generateDocument", { id: decision.id });
    expect(doc).toMatchObject({ templateId: "quyet-dinh", state: "du_thao", number: "…/QĐ-UBND" });
    const text = docText(doc.filePath);
    expect(text).toContain("Về việc công nhận danh hiệu “Lao động tiên tiến” năm 2024");
    expect(text).toContain("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN");
    // Bases in force on 20/03/2025: the 2022 law, Nghị định 98/2023 (not 152/2025), 73/2024.
    expect(text).toContain("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;");
    expect(text).toContain("Căn cứ Nghị định số 98/2023/NĐ-CP");
    expect(text).not.toContain("152/2025");
    expect(text).toContain("Căn cứ Nghị định số 73/2024/NĐ-CP");
    expect(text).toContain(
      "Điều 1. Công nhận danh hiệu “Lao động tiên tiến” năm 2024 cho 02 cá nhân đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2024 (có danh sách kèm theo).",
    );
    expect(text).toContain(
      "Điều 2. Mỗi cá nhân đạt danh hiệu “Lao động tiên tiến” được thưởng 710.000 đồng. Tổng số tiền thưởng: 1.420.000 đồng (Bằng chữ: Một triệu bốn trăm hai mươi nghìn đồng). Nguồn kinh phí: Quỹ thi đua, khen thưởng huyện năm 2025.",
    );
    expect(text).toMatch(
      /Điều 3\. .*các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này\.\/\./,
    );
    expect(text).toContain("DANH SÁCH CÁ NHÂN ĐƯỢC CÔNG NHẬN DANH HIỆU “LAO ĐỘNG TIÊN TIẾN”");
    expect(text).toContain("Số sổ vàng");
    expect(text).toMatch(/1\s*\nNguyễn Văn An\s*\nCông chức Văn phòng, UBND xã Bình Lư/);
    expect(text).toContain("Tổng cộng");
    expect(text).toContain("1.420.000");
  });

  it("issues: number from the register, every recipient in the registry, nominations decided", async () => {
    const { decision } = await t.expectOk(
      "decisions.create",
      decisionInput("LDTT", [noms.an, noms.chi]),
    );
    const issued = await t.expectOk("decisions.issue", { id: decision.id });
    expect(issued).toMatchObject({ status: "issued", number: "01/QĐ-UBND" });
    expect(issued.document).toMatchObject({ state: "da_ban_hanh", number: "01/QĐ-UBND" });
    expect(docText(issued.document!.filePath)).toContain("Kèm theo Quyết định số 01/QĐ-UBND");
    const registry = await t.expectOk("awards.list", { year: 2024 });
    expect(
      registry.rows.map((r) => [r.recipientName, r.awardCode, r.decisionNumber, r.source]).sort(),
    ).toEqual([
      ["Hà Văn Chi", "LDTT", "01/QĐ-UBND", "quyet_dinh"],
      ["Nguyễn Văn An", "LDTT", "01/QĐ-UBND", "quyet_dinh"],
    ]);
    expect(await stateOf(noms.an)).toBe("da_co_quyet_dinh");
    expect(await stateOf(noms.chi)).toBe("da_co_quyet_dinh");

    // Issued decisions are not edited, re-issued or deleted.
    expect(await errorOf(t.call("decisions.delete", { id: decision.id }))).toBe(
      "Quyết định đã ban hành không xóa được. Muốn bỏ, hãy ra quyết định hủy bỏ.",
    );
    expect(await errorOf(t.call("decisions.update", { id: decision.id, ...fields() }))).toContain(
      "Quyết định đã ban hành nên không sửa được",
    );
    expect(await errorOf(t.call("decisions.issue", { id: decision.id }))).toContain("đã ban hành");
  });

  it("issues the whole decision when its Quyết định is issued from the register", async () => {
    const { decision } = await t.expectOk(
      "decisions.create",
      decisionInput("GK_TT", [noms.school]),
    );
    const doc = await t.expectOk("decisions.generateDocument", { id: decision.id });
    // The officer chose the number in the Sổ văn bản: the registry and the nomination follow at once.
    const { row } = await t.expectOk("documents.issue", { id: doc.id, seq: 7 });
    expect(row).toMatchObject({ state: "da_ban_hanh", number: "07/QĐ-UBND" });
    const issued = await t.expectOk("decisions.get", { id: decision.id });
    expect(issued).toMatchObject({ status: "issued", number: "07/QĐ-UBND" });
    expect(await errorOf(t.call("decisions.issue", { id: decision.id }))).toContain("đã ban hành");
    const registry = await t.expectOk("awards.list", { year: 2024 });
    expect(registry.rows.map((r) => [r.recipientName, r.decisionNumber])).toEqual([
      ["Trường Tiểu học Bình Lư", "07/QĐ-UBND"],
    ]);
    expect(await stateOf(noms.school)).toBe("da_co_quyet_dinh");
  });

  it("refuses to issue when a nomination left the approved state, taking no number", async () => {
    const { decision } = await t.expectOk("decisions.create", decisionInput("LDTT", [noms.an]));
    // Another decision holding the same nomination cannot be made meanwhile…
    expect(await errorOf(t.call("decisions.create", decisionInput("LDTT", [noms.an])))).toBe(
      "Nguyễn Văn An: đề nghị đã nằm trong một quyết định dự thảo khác.",
    );
    // …and a nomination from another form is refused.
    expect(
      await errorOf(t.call("decisions.create", decisionInput("LDTT", [noms.school]))),
    ).toContain("hình thức khen thưởng khác");
    // Only a base salary from 2026 is left: none is in force on the decision date.
    const old = await t.expectOk("settings.listBaseSalaries", {});
    await t.expectOk("settings.saveBaseSalary", { amount: 2_600_000, effectiveFrom: "2026-01-01" });
    for (const s of old) await t.expectOk("settings.deleteBaseSalary", { id: s.id });
    expect(await errorOf(t.call("decisions.issue", { id: decision.id }))).toContain(
      "Chưa khai báo mức lương cơ sở áp dụng vào ngày 20/03/2025",
    );
    const docs = await t.expectOk("documents.list", {});
    expect(docs.filter((d) => d.state === "da_ban_hanh")).toEqual([]);
    expect((await t.expectOk("awards.list", { year: 2024 })).total).toBe(0);
  });

  it("cancels an issued decision only by a cancelling decision", async () => {
    const { decision } = await t.expectOk(
      "decisions.create",
      decisionInput("LDTT", [noms.an, noms.chi]),
    );
    await t.expectOk("decisions.issue", { id: decision.id });
    expect(
      await errorOf(
        t.call("decisions.cancel", {
          id: decision.id,
          decisionDate: "2025-03-25",
          signerId,
          reason: " ",
        }),
      ),
    ).toContain("Phải ghi lý do hủy bỏ");
    expect(
      await errorOf(
        t.call("decisions.cancel", {
          id: decision.id,
          decisionDate: "2025-03-01",
          signerId,
          reason: "Nhầm đối tượng",
        }),
      ),
    ).toBe("Ngày quyết định hủy bỏ không thể trước ngày 20/03/2025 của quyết định bị hủy bỏ.");
    const cancelling = await t.expectOk("decisions.cancel", {
      id: decision.id,
      decisionDate: "2025-03-25",
      signerId,
      reason: "Hồ sơ khai sai thành tích",
    });
    expect(cancelling).toMatchObject({
      grouping: "cancel",
      status: "issued",
      number: "02/QĐ-UBND",
      cancelsNumber: "01/QĐ-UBND",
      recipientCount: 2,
    });
    const text = docText(cancelling.document!.filePath);
    expect(text).toContain("Về việc hủy bỏ Quyết định số 01/QĐ-UBND ngày 20 tháng 3 năm 2025");
    expect(text).toContain("Lý do: Hồ sơ khai sai thành tích.");
    expect(text).toContain("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;");
    expect(text).toContain("BỊ HỦY BỎ KHEN THƯỞNG");

    const listed = await t.expectOk("decisions.list", { year: 2024 });
    expect(listed.map((d) => [d.number, d.status])).toEqual([
      ["01/QĐ-UBND", "cancelled"],
      ["02/QĐ-UBND", "issued"],
    ]);
    const original = await t.expectOk("decisions.get", { id: decision.id });
    expect(original).toMatchObject({
      status: "cancelled",
      cancelledByNumber: "02/QĐ-UBND",
      cancelReason: "Hồ sơ khai sai thành tích",
    });
    const registry = await t.expectOk("awards.list", { year: 2024 });
    expect(registry.rows).toHaveLength(2);
    expect(registry.rows.every((r) => r.cancelledBy === "02/QĐ-UBND")).toBe(true);
    expect(await stateOf(noms.an)).toBe("hoi_dong_dong_y");
    const events = await t.expectOk("dossiers.events", { nominationId: noms.an });
    expect(events.at(-1)!.reason).toContain("Hủy bỏ bởi Quyết định số 02/QĐ-UBND");

    expect(await errorOf(t.call("decisions.delete", { id: decision.id }))).toContain(
      "không xóa được",
    );
    expect(
      await errorOf(
        t.call("decisions.cancel", {
          id: decision.id,
          decisionDate: "2025-03-26",
          signerId,
          reason: "Lần nữa",
        }),
      ),
    ).toBe("Quyết định này đã bị hủy bỏ trước đó.");
    // The nominations can be decided again.
    const again = await t.expectOk("decisions.candidates", { year: 2024, grouping: "award" });
    expect(again.find((g) => g.key === "LDTT")!.candidates).toHaveLength(3);
  });

  it("deletes a draft with its register draft; exports the list", async () => {
    const { decision } = await t.expectOk(
      "decisions.create",
      decisionInput("GK_TT", [noms.school]),
    );
    await t.expectOk("decisions.generateDocument", { id: decision.id });
    const exported = await t.expectOk("decisions.exportRecipients", { id: decision.id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(exported.path);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(2).values).toContain("Số sổ vàng");
    expect(ws.getRow(3).getCell(2).value).toBe("Trường Tiểu học Bình Lư");
    expect(ws.getRow(3).getCell(7).value).toBe(1_410_000);
    // Money stays a number, shown grouped by thousands (1.410.000 on a Vietnamese machine).
    expect(ws.getRow(3).getCell(7).numFmt).toBe("#,##0");

    expect(
      await errorOf(
        t.call("decisions.cancel", {
          id: decision.id,
          decisionDate: "2025-03-25",
          signerId,
          reason: "x",
        }),
      ),
    ).toContain("chưa ban hành");
    await t.expectOk("decisions.delete", { id: decision.id });
    expect(await t.expectOk("decisions.list", { year: 2024 })).toEqual([]);
    expect(await t.expectOk("documents.list", {})).toEqual([]);
    expect(await errorOf(t.call("decisions.get", { id: decision.id }))).toBe(
      "Không tìm thấy quyết định này (có thể đã bị xóa).",
    );
  });

  it("prints Giấy khen for an issued decision and marks the nominations printed", async () => {
    const { decision } = await t.expectOk(
      "decisions.create",
      decisionInput("LDTT", [noms.an, noms.chi]),
    );
    expect(
      await errorOf(t.call("decisions.printCertificates", { id: decision.id, mode: "day_du" })),
    ).toBe("Quyết định chưa ban hành: ban hành rồi mới in Giấy khen.");
    const issued = await t.expectOk("decisions.issue", { id: decision.id });
    const an = issued.recipients.find((r) => r.name === "Nguyễn Văn An")!;
    const out = await t.expectOk("decisions.printCertificates", {
      id: decision.id,
      mode: "day_du",
      recipientIds: [an.id],
    });
    expect(out).toMatchObject({ pages: 1, marked: 1 });
    expect(fs.readFileSync(out.path).subarray(0, 5).toString()).toBe("%PDF-");
    expect(await stateOf(noms.an)).toBe("da_in_bang");
    expect(await stateOf(noms.chi)).toBe("da_co_quyet_dinh");
  });
});
