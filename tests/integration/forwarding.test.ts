import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AwardRecordRow, DocumentRow } from "../../electron/contract";
import { startTestBackend, type TestBackend } from "../helpers/backend";
import { docxParts } from "../helpers/docx-xml";

/** The text of a .docx body, runs joined. */
function docxText(t: TestBackend, doc: DocumentRow): string {
  const xml = docxParts(fs.readFileSync(path.join(t.paths.dataDir, doc.filePath)))[
    "word/document.xml"
  ]!;
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

async function errorOf(res: Promise<{ ok: boolean; error?: { message: string } }>) {
  const r = await res;
  expect(r.ok).toBe(false);
  return r.error!.message;
}

const personProfile = {
  hometown: "Xã Phú Lý, huyện Vĩnh Cửu, tỉnh Đồng Nai",
  residence: "Ấp 4, xã Thạnh Phú, huyện Vĩnh Cửu",
  education: "Thạc sĩ Quản lý công",
};

describe("trình cấp trên (demo district)", () => {
  let t: TestBackend;
  let personAwards: AwardRecordRow[];
  let unitAwards: AwardRecordRow[];
  let personId: string;
  let personName: string;
  let unitId: string;
  let unitName: string;
  let noms: { person: string; unit: string; local: string };
  let signerId: string;

  beforeAll(async () => {
    t = await startTestBackend({ demo: true });
    // A person and a collective the demo registry already rewarded.
    const cstdcs = await t.expectOk("awards.list", { awardCode: "CSTDCS" });
    const holder = cstdcs.rows.find((r) => r.personId && r.unitId && r.year === 2024)!;
    personId = holder.personId!;
    personName = holder.recipientName;
    // CSTĐ tỉnh needs three consecutive CSTĐCS: complete the history by hand where the demo lacks it.
    for (const year of [2022, 2023])
      if (!cstdcs.rows.some((r) => r.personId === personId && r.year === year))
        await t.expectOk("awards.save", {
          year,
          recipientKind: "ca_nhan",
          personId,
          awardCode: "CSTDCS",
          decisionNumber: `${year - 1900}/QĐ-UBND`,
          decisionDate: `${year + 1}-01-20`,
          issuer: "Chủ tịch UBND huyện Vĩnh Cửu",
        });
    const ttldtt = await t.expectOk("awards.list", { awardCode: "TTLDTT" });
    const collective = ttldtt.rows.find((r) => r.unitId && r.unitId !== holder.unitId)!;
    unitId = collective.unitId!;
    unitName = collective.recipientName;
    // One award typed by hand, with a number only this test uses.
    await t.expectOk("awards.save", {
      year: 2019,
      recipientKind: "ca_nhan",
      personId,
      awardCode: "GK_CN",
      decisionNumber: "777/QĐ-UBND",
      decisionDate: "2020-01-15",
      issuer: "Chủ tịch UBND huyện Vĩnh Cửu",
    });
    // The sơ lược lý lịch the directory holds for the report.
    const before = (await t.expectOk("directory.getPerson", { id: personId })).person;
    await t.expectOk("directory.savePerson", { ...before, ...personProfile });
    personAwards = await t.expectOk("awards.forPerson", { personId });
    unitAwards = (await t.expectOk("awards.forUnit", { unitId })).collective;
    expect(personAwards.length).toBeGreaterThan(1);
    expect(unitAwards.length).toBeGreaterThan(0);

    const dossier = await t.expectOk("dossiers.save", {
      unitId: holder.unitId!,
      year: 2024,
      kind: "thuong_xuyen",
      receivedDate: "2025-03-05",
      unitDocNumber: "12/TTr-UBND",
    });
    const nominate = async (v: Record<string, unknown>) =>
      (
        await t.expectOk("dossiers.saveNomination", {
          dossierId: dossier.id,
          nomineeKind: "ca_nhan",
          ...(v as { awardCode: string }),
        })
      ).id;
    noms = {
      person: await nominate({
        personId,
        awardCode: "CSTD_TINH",
        summary:
          "Ba năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở.\nChủ trì sáng kiến cải cách hành chính.",
      }),
      unit: await nominate({
        nomineeKind: "tap_the",
        unitId,
        awardCode: "BK_TINH_TT",
        summary: "Dẫn đầu cụm thi đua năm 2024.",
      }),
      local: await nominate({ personId, awardCode: "GK_CN", summary: "Hoàn thành tốt nhiệm vụ." }),
    };
    const d = await t.expectOk("dossiers.get", { id: dossier.id });
    for (const c of d.components.filter((c) => c.required && !c.present))
      await t.expectOk("dossiers.setPresent", { id: c.id, present: true });
    for (const n of (await t.expectOk("dossiers.get", { id: dossier.id })).nominations)
      if (n.eligibility.level === "warning")
        await t.expectOk("dossiers.overrideEligibility", {
          id: n.id,
          reason: "Sáng kiến cấp tỉnh đang chờ công nhận; hồ sơ gửi kèm.",
        });
    await t.expectOk("dossiers.transition", { ids: Object.values(noms), action: "tham_dinh" });
    await t.expectOk("dossiers.transition", {
      ids: [noms.person, noms.unit],
      action: "chuyen_cap_tren",
    });
    signerId = (await t.expectOk("settings.listSigners", {}))[0]!.id;
  });
  afterAll(() => t.cleanup());

  it("lists the year's forwarded nominations grouped by form", async () => {
    const list = await t.expectOk("forwarding.list", { year: 2024 });
    expect(list.total).toBe(2);
    expect(list.groups.map((g) => g.awardCode)).toEqual(["CSTD_TINH", "BK_TINH_TT"]);
    expect(list.groups[0]!.items[0]).toMatchObject({
      nominationId: noms.person,
      nomineeName: personName,
      report: null,
    });
    expect(list.groups[0]!.items[0]!.dossierLabel).toContain("12/TTr-UBND");
    expect(list.groups[1]!.items[0]).toMatchObject({
      nomineeKind: "tap_the",
      nomineeName: unitName,
    });
    expect(list.defaultKinhGui).toBe("Hội đồng Thi đua - Khen thưởng tỉnh (qua Sở Nội vụ)");
    expect((await t.expectOk("forwarding.list", { year: 2023 })).total).toBe(0);
  });

  it("makes the Tờ trình to the upper level with the nominees by form", async () => {
    const doc = await t.expectOk("forwarding.createProposal", {
      year: 2024,
      nominationIds: [noms.person, noms.unit],
      docDate: "2025-03-20",
      signerId,
      kinhGui: "Ban Thi đua - Khen thưởng tỉnh Đồng Nai",
      noiNhan: ["Như trên", "Chủ tịch UBND huyện (để báo cáo)"],
    });
    expect(doc).toMatchObject({ templateId: "to-trinh", state: "du_thao", outdated: false });
    const text = docxText(t, doc);
    expect(text).toContain("Kính gửi: Ban Thi đua - Khen thưởng tỉnh Đồng Nai");
    expect(text).toContain("khen thưởng 02 trường hợp (01 tập thể, 01 cá nhân)");
    expect(text).toContain("1. Chiến sĩ thi đua cấp tỉnh: 01 cá nhân;");
    expect(text).toContain("2. Bằng khen của Chủ tịch UBND tỉnh: 01 tập thể.");
    expect(text).toContain("CHIẾN SĨ THI ĐUA CẤP TỈNH: 01");
    expect(text).toContain(personName);
    expect(text).toContain(unitName);
    expect(text).toContain("- Chủ tịch UBND huyện (để báo cáo);");
    expect(text).not.toContain("{{");
    const list = await t.expectOk("forwarding.list", { year: 2024 });
    expect(list.proposals.map((p) => p.id)).toEqual([doc.id]);
  });

  it("makes a person's Báo cáo thành tích with the registry's awards in section III", async () => {
    const doc = await t.expectOk("forwarding.createReport", {
      nominationId: noms.person,
      docDate: "2025-03-18",
    });
    expect(doc.templateId).toBe("bao-cao-thanh-tich-ca-nhan");
    const text = docxText(t, doc);
    expect(text).toContain("ĐỀ NGHỊ TẶNG CHIẾN SĨ THI ĐUA CẤP TỈNH");
    // I. Sơ lược lý lịch, in the form's order, from the directory.
    const section1 = text.slice(text.indexOf("I. SƠ LƯỢC LÝ LỊCH"), text.indexOf("II. THÀNH TÍCH"));
    const lines = [
      `- Họ tên: ${personName}`,
      "- Sinh ngày, tháng, năm: ",
      `- Quê quán: ${personProfile.hometown}`,
      `- Trú quán: ${personProfile.residence}`,
      "- Đơn vị công tác: ",
      "- Chức vụ (Đảng, chính quyền, đoàn thể): ",
      `- Trình độ chuyên môn, nghiệp vụ: ${personProfile.education}`,
      "- Học hàm, học vị, danh hiệu, giải thưởng: ",
    ];
    const at = lines.map((l) => section1.indexOf(l));
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(at),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // II. The form's two parts.
    const section2 = text.slice(text.indexOf("II. THÀNH TÍCH ĐẠT ĐƯỢC"), text.indexOf("III. CÁC"));
    expect(section2).toContain("1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận");
    expect(section2.indexOf("2. Thành tích đạt được")).toBeGreaterThan(0);
    expect(section2).toContain("Ba năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở.");
    expect(section2).toMatch(/- Năm 2024: Hoàn thành (xuất sắc|tốt) nhiệm vụ/);
    // III. Two tables from the registry: the titles in 1, the award forms in 2.
    const section3 = text.slice(text.indexOf("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"));
    const split = section3.indexOf("2. Hình thức khen thưởng");
    expect(section3.indexOf("1. Danh hiệu thi đua")).toBeGreaterThan(0);
    expect(split).toBeGreaterThan(section3.indexOf("1. Danh hiệu thi đua"));
    const [titles, forms] = [section3.slice(0, split), section3.slice(split)];
    expect(titles).toContain(
      "Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định",
    );
    expect(forms).toContain(
      "Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định",
    );
    expect(forms).toContain(
      "Quyết định số 777/QĐ-UBND ngày 15/01/2020 của Chủ tịch UBND huyện Vĩnh Cửu",
    );
    expect(titles).not.toContain("777/QĐ-UBND");
    const kinds = new Map(
      (await t.expectOk("catalogue.listAwards", {})).map((a) => [a.code, a.kind]),
    );
    expect(personAwards.some((a) => kinds.get(a.awardCode) === "danh_hieu")).toBe(true);
    expect(personAwards.some((a) => kinds.get(a.awardCode) === "hinh_thuc")).toBe(true);
    for (const a of personAwards) {
      const part = kinds.get(a.awardCode) === "danh_hieu" ? titles : forms;
      expect(part, a.awardCode).toContain(a.decisionNumber);
      expect(part, a.awardCode).toContain(a.awardName.replace(/\s*\(cá nhân\)$/, ""));
    }
    expect(text).not.toContain("{{");
    const list = await t.expectOk("forwarding.list", { year: 2024 });
    expect(list.groups[0]!.items[0]!.report?.id).toBe(doc.id);
  });

  it("names the Báo cáo thành tích forms by their legal basis, not by a form number", async () => {
    const templates = await t.expectOk("documents.templates", {});
    for (const id of ["bao-cao-thanh-tich-ca-nhan", "bao-cao-thanh-tich-tap-the"]) {
      const info = templates.find((x) => x.id === id)!;
      expect(info.basis).toContain("Nghị định số 152/2025/NĐ-CP");
      expect(`${info.id} ${info.name} ${info.basis}`).not.toMatch(/mẫu số|mau-?\d/i);
    }
  });

  it("makes a unit's Báo cáo thành tích with its collective awards", async () => {
    const doc = await t.expectOk("forwarding.createReport", {
      nominationId: noms.unit,
      docDate: "2025-03-18",
    });
    expect(doc.templateId).toBe("bao-cao-thanh-tich-tap-the");
    const text = docxText(t, doc);
    expect(text).toContain("ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH");
    expect(text).toContain(`- Tên tập thể: ${unitName}.`);
    expect(text).toMatch(/Tổng số cán bộ, công chức, viên chức, người lao động: \d+ người/);
    expect(text).toContain("Dẫn đầu cụm thi đua năm 2024.");
    const section3 = text.slice(text.indexOf("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"));
    for (const a of unitAwards) expect(section3).toContain(a.decisionNumber);
    expect(section3).toContain("Tập thể lao động tiên tiến");
  });

  it("refuses an empty selection and nominations not forwarded", async () => {
    const base = { year: 2024, docDate: "2025-03-20", signerId, kinhGui: "Sở Nội vụ" };
    expect(
      await errorOf(t.call("forwarding.createProposal", { ...base, nominationIds: [] })),
    ).toContain("Chưa chọn đề nghị nào để đưa vào Tờ trình");
    const before = (await t.expectOk("documents.list", {})).length;
    expect(
      await errorOf(
        t.call("forwarding.createProposal", { ...base, nominationIds: [noms.person, noms.local] }),
      ),
    ).toBe(
      `Đề nghị của ${personName} đang ở trạng thái “Đã thẩm định”, chưa chuyển cấp trên nên không đưa vào Tờ trình được.`,
    );
    expect(
      await errorOf(
        t.call("forwarding.createProposal", {
          ...base,
          year: 2023,
          nominationIds: [noms.person],
        }),
      ),
    ).toContain("thuộc năm 2024, không phải năm 2023");
    expect(
      await errorOf(t.call("forwarding.createProposal", { ...base, nominationIds: ["khong-co"] })),
    ).toContain("Không tìm thấy đề nghị này");
    expect(
      await errorOf(
        t.call("forwarding.createProposal", {
          ...base,
          nominationIds: [noms.person],
          kinhGui: " ",
        }),
      ),
    ).toContain("Nơi kính gửi không được để trống");
    expect(
      await errorOf(
        t.call("forwarding.createReport", { nominationId: noms.local, docDate: "2025-03-18" }),
      ),
    ).toContain("chỉ lập cho đề nghị đã chuyển cấp trên");
    // Nothing half-written in the register.
    expect((await t.expectOk("documents.list", {})).length).toBe(before);
  });
});
