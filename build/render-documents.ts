// Every kind of document the app generates, rendered to PNG pages to be looked at (issue 13).
// The real backend runs in-process and is driven through its API exactly as the integration tests
// drive it, over a small but realistic district (Vĩnh Cửu: the 2024 awards, the 2025 work year).
// Register documents are kept as drafts; the council's Biên bản and Tờ trình and the Quyết định
// also as issued (numbered); exports (.docx, certificate PDFs) as written. LibreOffice turns the
// .docx into PDF, pdftoppm every PDF into `<nn>-<kind>-<page>.png`.
//
//   npm run render:documents                 → /tmp/render-documents
//   npx tsx build/render-documents.ts DIR
//
// Needs LibreOffice (soffice) and poppler-utils (pdftoppm, pdftotext).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DocumentRow } from "../electron/contract";
import { findSoffice } from "../electron/documents/office-convert";
import { sampleSetup, startTestBackend, type TestBackend } from "../tests/helpers/backend";

const outDir = path.resolve(process.argv[2] ?? "/tmp/render-documents");
/** The files kept, in order: `<nn>-<kind>.docx` or `.pdf`. */
const written: string[] = [];
let t: TestBackend;
let api: TestBackend["expectOk"];

// Output ----------------------------------------------------------------------------------------

/** Copies a register document's file or an exported file to `<nn>-<kind>.<ext>` right away. */
async function keep(kind: string, made: Promise<DocumentRow | { path: string }>) {
  const r = await made;
  const file = "filePath" in r ? path.join(t.paths.dataDir, r.filePath) : r.path;
  const nn = String(written.length + 1).padStart(2, "0");
  const dest = path.join(outDir, `${nn}-${kind}${path.extname(file)}`);
  fs.copyFileSync(file, dest);
  written.push(dest);
}

/** Keeps the draft, issues it from the register (the number goes into the file), keeps that. */
async function keepDraftAndIssued(kind: string, made: Promise<DocumentRow>) {
  const draft = await made;
  await keep(`${kind}-du-thao`, Promise.resolve(draft));
  const issued = api("documents.issue", { id: draft.id }).then((i) => i.row);
  await keep(`${kind}-ban-hanh`, issued);
}

// The district ----------------------------------------------------------------------------------

type Rating = "htxs" | "ht_tot" | "ht";
/** Name, position, gender, birth year, 2023 and 2024 ratings, what the 2024 dossier proposes. */
type PersonSpec = [string, string, "nam" | "nu", number, Rating, Rating, string?];

const THANH_PHU: PersonSpec[] = [
  ["Nguyễn Văn An", "Chủ tịch UBND xã", "nam", 1974, "htxs", "htxs", "BK_TINH_CN"],
  ["Trần Thị Bình", "Phó Chủ tịch UBND xã", "nu", 1980, "ht_tot", "htxs", "CSTDCS LDTT"],
  ["Lê Văn Cường", "Công chức Văn phòng - Thống kê", "nam", 1985, "ht_tot", "ht_tot", "LDTT"],
  ["Phạm Thị Dung", "Công chức Tư pháp - Hộ tịch", "nu", 1988, "ht_tot", "ht_tot", "LDTT"],
  ["Hoàng Minh Đức", "Công chức Địa chính - Xây dựng", "nam", 1983, "ht_tot", "ht_tot", "LDTT"],
  ["Võ Thị Hạnh", "Công chức Văn hóa - Xã hội", "nu", 1990, "ht_tot", "ht_tot", "LDTT"],
  ["Đặng Văn Hải", "Công chức Tài chính - Kế toán", "nam", 1986, "ht_tot", "htxs", "CSTDCS LDTT"],
  ["Bùi Thị Lan", "Chủ tịch Hội Liên hiệp Phụ nữ xã", "nu", 1979, "ht_tot", "ht_tot", "GK_CN"],
  ["Huỳnh Thị Ngọc", "Bí thư Đoàn Thanh niên xã", "nu", 1995, "ht_tot", "ht_tot", "LDTT"],
  ["Trương Thị Quỳnh", "Công chức Địa chính - Nông nghiệp", "nu", 1991, "ht_tot", "ht_tot", "LDTT"],
  ["Ngô Văn Minh", "Trưởng Công an xã", "nam", 1982, "ht_tot", "ht_tot", "GK_CN"],
  ["Đỗ Văn Phúc", "Công chức Văn phòng - Thống kê", "nam", 1993, "ht_tot", "ht", "LDTT"],
];
const NOI_VU: PersonSpec[] = [
  ["Lê Thị Thu Hà", "Trưởng phòng", "nu", 1975, "htxs", "htxs"],
  ["Nguyễn Thanh Tùng", "Phó Trưởng phòng", "nam", 1980, "ht_tot", "ht_tot"],
  ["Ngô Thanh Tâm", "Chuyên viên", "nam", 1990, "ht_tot", "htxs"],
  ["Phan Thị Mỹ", "Chuyên viên", "nu", 1992, "ht_tot", "ht_tot"],
  ["Lý Văn Khoa", "Chuyên viên", "nam", 1987, "ht_tot", "ht_tot"],
  ["Đoàn Thị Hồng", "Chuyên viên", "nu", 1994, "ht_tot", "ht_tot"],
  ["Mai Văn Sang", "Nhân viên", "nam", 1989, "ht_tot", "ht_tot"],
];
const THCS_TAN_AN: PersonSpec[] = [
  ["Trần Văn Lộc", "Hiệu trưởng", "nam", 1972, "htxs", "htxs"],
  ["Nguyễn Thị Kim Chi", "Phó Hiệu trưởng", "nu", 1981, "ht_tot", "htxs"],
  ["Phạm Văn Hòa", "Giáo viên", "nam", 1986, "ht_tot", "ht_tot"],
  ["Lê Thị Thanh Thủy", "Giáo viên", "nu", 1990, "ht_tot", "ht_tot"],
];
/** The communes of the cluster and their chairmen. */
const COMMUNES = [
  ["xã Thạnh Phú", "Nguyễn Văn An"],
  ["xã Tân An", "Phạm Văn Cường"],
  ["thị trấn Vĩnh An", "Lê Hoàng Nam"],
  ["xã Trị An", "Đinh Văn Thanh"],
  ["xã Bình Lợi", "Huỳnh Văn Tài"],
];
const ACHIEVEMENT: Record<string, string> = {
  LDTT: "Hoàn thành tốt nhiệm vụ được giao năm 2024",
  CSTDCS: "Hoàn thành xuất sắc nhiệm vụ được giao năm 2024, có sáng kiến được công nhận",
  GK_CN: "Có thành tích xuất sắc trong phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”",
  BK_TINH_CN:
    "Ba năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở.\nChủ trì sáng kiến ứng dụng phần mềm một cửa điện tử, rút ngắn 30% thời gian giải quyết thủ tục hành chính.\nLãnh đạo xã hoàn thành 100% chỉ tiêu kinh tế - xã hội năm 2024.",
};

/** Quê quán, trú quán and trình độ of the people whose Báo cáo thành tích may be rendered. */
const PROFILES: Record<string, { hometown: string; residence: string; education: string }> = {
  "Nguyễn Văn An": {
    hometown: "Xã Thạnh Phú, huyện Vĩnh Cửu, tỉnh Đồng Nai",
    residence: "Ấp 2, xã Thạnh Phú, huyện Vĩnh Cửu, tỉnh Đồng Nai",
    education: "Cử nhân Luật; Cao cấp lý luận chính trị",
  },
  "Trần Thị Bình": {
    hometown: "Xã Nhơn Hậu, thị xã An Nhơn, tỉnh Bình Định",
    residence: "Ấp 1, xã Thạnh Phú, huyện Vĩnh Cửu, tỉnh Đồng Nai",
    education: "Cử nhân Kinh tế",
  },
  "Lê Thị Thu Hà": {
    hometown: "Xã Tân An, huyện Vĩnh Cửu, tỉnh Đồng Nai",
    residence: "Khu phố 3, thị trấn Vĩnh An, huyện Vĩnh Cửu, tỉnh Đồng Nai",
    education: "Thạc sĩ Quản lý công",
  },
  "Trần Văn Lộc": {
    hometown: "Xã Nghi Phong, huyện Nghi Lộc, tỉnh Nghệ An",
    residence: "Ấp 4, xã Tân An, huyện Vĩnh Cửu, tỉnh Đồng Nai",
    education: "Thạc sĩ Quản lý giáo dục",
  },
};

async function saveUnit(name: string, kind: string, extra: object = {}) {
  return (await api("directory.saveUnit", { name, kind, ...extra })).id;
}

/** The unit's people with their 2023 and 2024 ratings; their ids by name. */
async function staff(unitId: string, specs: PersonSpec[]) {
  const ids: Record<string, string> = {};
  for (const [fullName, position, gender, birthYear] of specs) {
    const isLeader = /^(Phó )?(Chủ tịch UBND|Trưởng phòng|Hiệu trưởng|Trưởng Phòng)/.test(position);
    const p = {
      ...{ fullName, position, gender, birthYear, isLeader, category: "cong_chuc", unitId },
      ...PROFILES[fullName],
    };
    ids[fullName] = (await api("directory.savePerson", p)).id;
  }
  for (const year of [2023, 2024]) {
    const rows = specs.map((s) => ({
      personId: ids[s[0]]!,
      rating: s[year === 2023 ? 4 : 5],
      note: "",
    }));
    await api("directory.saveRatingsGrid", { unitId, year, unitRating: "htxs", rows });
  }
  return ids;
}

/** Settings, council, units, people, households, and what the registry already holds. */
async function district() {
  await api("settings.completeSetup", sampleSetup());
  for (const [fullName, position] of [
    ["Phạm Minh Tuấn", "Chánh Văn phòng HĐND và UBND huyện"],
    ["Võ Thị Lan", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"],
    ["Huỳnh Thị Mai", "Trưởng phòng Giáo dục và Đào tạo"],
    ["Bùi Văn Đức", "Chủ tịch Liên đoàn Lao động huyện"],
  ] as const)
    await api("settings.saveCouncilMember", { fullName, position, role: "uy_vien" });
  const signers = await api("settings.listSigners", {});
  const communes: string[] = [];
  for (const [name, headName] of COMMUNES) {
    const head = {
      headName,
      headPosition: `Chủ tịch UBND ${name}`,
      address: `${name}, huyện Vĩnh Cửu`,
    };
    communes.push(await saveUnit(`UBND ${name}`, "xa_thi_tran", head));
  }
  const [thanhPhu, tanAn] = communes as [string, string];
  const pnv = await saveUnit("Phòng Nội vụ", "co_quan_chuyen_mon");
  const school = await saveUnit("Trường Tiểu học Thạnh Phú", "truong_hoc", { parentId: thanhPhu });
  const thcs = await saveUnit("Trường THCS Tân An", "truong_hoc", {
    parentId: tanAn,
    address: "Ấp 4, xã Tân An, huyện Vĩnh Cửu, tỉnh Đồng Nai",
    headName: "Trần Văn Lộc",
    headPosition: "Hiệu trưởng",
  });
  const [tp, nv] = [await staff(thanhPhu, THANH_PHU), await staff(pnv, NOI_VU)];
  await staff(thcs, THCS_TAN_AN);
  for (const unitId of [school, thcs])
    for (const year of [2023, 2024])
      await api("directory.saveRatingsGrid", { unitId, year, unitRating: "htxs", rows: [] });
  const households: string[] = [];
  for (const [headName, headGender, ap] of [
    ["Nguyễn Văn Tư", "nam", "Ấp 2"],
    ["Lê Thị Sáu", "nu", "Ấp 3"],
  ] as const) {
    const address = `${ap}, xã Thạnh Phú, huyện Vĩnh Cửu`;
    const h = { headName, headGender, address, unitId: thanhPhu };
    households.push((await api("directory.saveHousehold", h)).id);
  }
  // Section III of the Báo cáo thành tích reads the registry and the initiatives.
  const an = tp["Nguyễn Văn An"]!;
  for (const [year, who, awardCode] of [
    [2021, { personId: an }, "CSTDCS"],
    [2022, { personId: an }, "CSTDCS"],
    [2023, { personId: an }, "CSTDCS"],
    [2022, { unitId: thcs }, "TTLDTT"],
    [2023, { unitId: thcs }, "TTLDXS"],
  ] as const) {
    const recipientKind = "personId" in who ? "ca_nhan" : "tap_the";
    const [decisionNumber, decisionDate] = [`${year - 2006}/QĐ-UBND`, `${year + 1}-01-20`];
    const decision = { decisionNumber, decisionDate, issuer: "Chủ tịch UBND huyện Vĩnh Cửu" };
    await api("awards.save", { year, recipientKind, ...who, awardCode, ...decision });
  }
  await api("directory.saveInitiative", {
    title: "Ứng dụng phần mềm một cửa điện tử trong giải quyết thủ tục hành chính tại xã",
    year: 2024,
    level: "co_so",
    decisionNumber: "102/QĐ-UBND",
    decisionDate: "2024-11-20",
    authorIds: [an],
  });
  const office = signers.find((s) => s.position === "Trưởng phòng")!.id;
  const ubnd = signers.find((s) => s.onBehalfOf === "Ủy ban nhân dân")!.id;
  return { office, ubnd, communes, pnv, school, thcs, households, tp, nv };
}
type District = Awaited<ReturnType<typeof district>>;

const legalBases = async () =>
  (await api("catalogue.listLegalBases", {}))
    .filter((b) => ["06/2022/QH15", "98/2023/NĐ-CP"].includes(b.number))
    .map((b) => b.id);
const noiNhan = ["Như trên", "Chủ tịch, các Phó Chủ tịch UBND huyện"];
/** A Kế hoạch has no Kính gửi, hence no "Như trên". */
const planNoiNhan = [
  "Ban Thi đua - Khen thưởng tỉnh",
  "Thường trực Huyện ủy",
  "UBND các xã, thị trấn",
];

// Plans and movements ---------------------------------------------------------------------------

async function yearPlan(d: District) {
  const { plan } = await api("plans.create", { year: 2025, from: "template" });
  const organisation = [
    { unit: "Phòng Nội vụ", tasks: "Tham mưu, hướng dẫn, theo dõi, tổng hợp kết quả thực hiện." },
    { unit: "UBND các xã, thị trấn", tasks: "Xây dựng kế hoạch của đơn vị; báo cáo đúng hạn." },
  ];
  await api("plans.save", { ...plan, legalBasisIds: await legalBases(), organisation });
  const activities = await api("plans.listActivities", { year: 2025 });
  const firstQuarter = activities.filter((a) => a.quarter === 1).slice(0, 4);
  for (const [i, a] of firstQuarter.entries()) {
    const resultNote = `Đã thực hiện, văn bản số ${12 + i}/PNV ngày ${10 + i}/01/2025`;
    await api("plans.saveActivity", { ...a, status: "hoan_thanh", resultNote, repeat: "none" });
  }
  await api("plans.saveActivity", {
    planId: plan.id,
    title: "Tổ chức Hội nghị biểu dương điển hình tiên tiến huyện Vĩnh Cửu",
    quarter: 2,
    dueDate: "2025-05-20",
    leadUnit: "Phòng Nội vụ",
  });
  const doc = (signerId: string) =>
    api("plans.generateDocument", {
      year: 2025,
      docDate: "2025-02-05",
      signerId,
      noiNhan: planNoiNhan,
    });
  await keep("ke-hoach-nam-truong-phong", doc(d.office));
  await keep("ke-hoach-nam-pho-chu-tich", doc(d.ubnd));
  const report = { year: 2025, period: "h1", format: "docx" } as const;
  await keep("bao-cao-ket-qua-ke-hoach", api("plans.exportPeriodReport", report));
}

async function movementPlan(d: District) {
  const awards = await api("catalogue.listAwards", {});
  const awardId = (code: string) => awards.find((a) => a.code === code)!.id;
  const m = await api("movements.save", {
    kind: "dot",
    name: "Đợt thi đua lập thành tích chào mừng Đại hội Đảng các cấp nhiệm kỳ 2025-2030",
    theme: "Thi đua lập thành tích chào mừng Đại hội Đảng các cấp",
    slogan: "Đoàn kết, đổi mới sáng tạo, hoàn thành toàn diện và vượt mức mục tiêu, chỉ tiêu",
    startDate: "2025-04-25",
    endDate: "2026-04-30",
    purposes: "Biểu dương thành quả của các phong trào thi đua.\nKhơi dậy sức mạnh đoàn kết.",
    requirements: "Đợt thi đua được tổ chức triển khai sâu rộng, chất lượng, hiệu quả.",
    targets: [
      { text: "Thành lập mới hợp tác xã", number: 5, unit: "HTX" },
      { text: "100% xã, thị trấn đăng ký thi đua", number: 100, unit: "%" },
    ],
    participantUnitKinds: ["xa_thi_tran", "co_quan_chuyen_mon"],
    participantCategories: ["can_bo", "cong_chuc", "nhan_dan"],
    registrationDeadline: "2025-05-15",
    dossierDeadline: "2026-03-30",
    reportDeadline: "2026-04-20",
    allocations: [
      {
        awardId: awardId("BK_TINH_CN"),
        recipientKind: "ca_nhan",
        criteria: "Hằng năm hoàn thành tốt nhiệm vụ, có 02 năm hoàn thành xuất sắc nhiệm vụ.",
        totalQuota: 3,
      },
      {
        awardId: awardId("GK_HGD"),
        recipientKind: "ho_gia_dinh",
        criteria: "Có mô hình sản xuất kinh doanh hiệu quả, ổn định từ 02 năm trở lên.",
        quotaLines: [{ scope: "loai_don_vi", unitKind: "xa_thi_tran", quota: 3 }],
      },
    ],
  });
  const input = { id: m.id, docDate: "2025-04-25", signerId: d.ubnd, noiNhan: planNoiNhan };
  await keep("ke-hoach-phong-trao", api("movements.generatePlan", input));
}

// Registrations and scoring of 2025 -------------------------------------------------------------

async function registrations(d: District) {
  const others = ["Trần Văn Sơn", "Lê Thị Mai", "Phạm Hữu Nghĩa"].map((fullName, i) => ({
    fullName,
    birthYear: 1980 + i * 4,
    titleCode: "LDTT",
  }));
  const staffLines = (ids: Record<string, string>, cstdcs: string[]) =>
    Object.entries(ids).map(([name, personId]) => {
      return { personId, titleCode: cstdcs.includes(name) ? "CSTDCS" : "LDTT" };
    });
  const grids = [
    [d.pnv, "TTLDXS", staffLines(d.nv, ["Ngô Thanh Tâm"])],
    [d.communes[0]!, "TTLDXS", staffLines(d.tp, ["Trần Thị Bình", "Đặng Văn Hải"])],
    [d.communes[1]!, "TTLDTT", others],
    [d.communes[2]!, "TTLDTT", others],
  ] as const;
  for (const [i, [unitId, titleCode, people]] of grids.entries()) {
    await api("registrations.save", {
      year: 2025,
      unitId,
      titles: [{ titleCode }],
      targets: [
        { text: "100% cán bộ, công chức hoàn thành tốt nhiệm vụ trở lên", number: 100, unit: "%" },
        { text: "Giải quyết thủ tục hành chính đúng hạn đạt 100%", number: 100, unit: "%" },
        { text: "Có ít nhất 01 sáng kiến được công nhận cấp cơ sở", number: 1, unit: "sáng kiến" },
      ],
      people: [...people],
    });
    const receivedDate = `2025-02-0${i + 3}`;
    await api("registrations.setStatus", { year: 2025, unitId, status: "da_nop", receivedDate });
  }
  const base = { year: 2025, docDate: "2025-03-10", signerId: d.office, noiNhan: ["Như trên"] };
  const toCouncil = "Hội đồng Thi đua - Khen thưởng huyện Vĩnh Cửu";
  const pact = { ...base, unitId: d.pnv, kinhGui: toCouncil, legalBasisIds: await legalBases() };
  await keep("dang-ky-giao-uoc", api("registrations.generatePact", pact));
  const upward = { ...base, kinhGui: "Ban Thi đua - Khen thưởng tỉnh Đồng Nai" };
  await keep("bao-cao-dang-ky-thi-dua", api("registrations.generateRollupReport", upward));
  const rollup = api("registrations.exportRollup", { year: 2025, format: "docx" });
  await keep("bang-tong-hop-dang-ky", rollup);
}

async function scoring(d: District) {
  await api("directory.saveCluster", { name: "Cụm thi đua số 1", kind: "cum" });
  const clusterId = (await api("directory.listClusters", { year: 2025 }))[0]!.id;
  const role = (i: number) => (i === 0 ? "truong" : i === 1 ? "pho" : "thanh_vien");
  const members = d.communes.map((unitId, i) => ({ unitId, role: role(i) }) as const);
  await api("directory.setClusterMembers", { clusterId, year: 2025, members });
  const name = "Bảng điểm giao ước thi đua năm 2025";
  const table = await api("scoring.createTable", { year: 2025, clusterId, name, from: "seed002" });
  const { criteria } = await api("scoring.getTable", { id: table.id });
  // Self scores of I, II, III, điểm cộng, điểm trừ; Bình Lợi has sent only I and II.
  const scores = [
    [46, 9, 38, 5, 0],
    [48, 10, 36, 2, 1],
    [40, 8, 35, 0, 2],
    [44, 9, 37, 3, 0],
    [40, 8],
  ];
  for (const [i, self] of scores.entries()) {
    const entries = self.map((selfScore, k) => ({
      criterionId: criteria.find((c) => c.code === ["I", "II", "III", "C", "T"][k])!.id,
      selfScore,
      selfNote: "",
      reviewedScore: i + k === 0 ? selfScore - 1 : null,
      reviewNote: i + k === 0 ? "Báo cáo quý III gửi chậm 02 ngày" : "",
    }));
    await api("scoring.saveScores", { tableId: table.id, unitId: d.communes[i]!, entries });
  }
  const pact = api("scoring.exportPact", { id: table.id, docDate: "2025-03-20" });
  await keep("giao-uoc-thi-dua", pact);
  await keep("xep-hang-cum", api("scoring.exportRanking", { id: table.id, format: "docx" }));
  const minutes = api("scoring.generateMinutes", {
    tableId: table.id,
    docDate: "2025-12-15",
    startTime: "08:00",
    endTime: "10:30",
    place: "Hội trường UBND xã Thạnh Phú",
    chair: "Nguyễn Văn An",
    chairPosition: "Chủ tịch UBND xã Thạnh Phú, Cụm trưởng",
    secretary: "Võ Thị Hạnh",
    secretaryPosition: "Công chức Văn hóa - Xã hội xã Thạnh Phú",
    presentUnitIds: d.communes.slice(0, 4),
    otherParticipants: ["Đại diện Phòng Nội vụ huyện"],
    proposals: ["Cờ thi đua của UBND tỉnh", "Bằng khen của Chủ tịch UBND tỉnh"],
  });
  await keep("bien-ban-cham-diem", minutes);
}

// The 2024 awards: dossiers, appraisal, council, decisions, certificates, upward ------------------

type Nomination = { personId: string } | { unitId: string } | { householdId: string };
/** Who, the award's code, the achievement. */
type Proposed = [Nomination, string, string];
const ACCEPTED = "Đơn vị đã xác nhận bằng văn bản: 100% cán bộ đạt LĐTT, không ai bị kỷ luật.";

/** A unit's 2024 dossier: its nominations, the components all present, warnings accepted. */
async function dossier(unitId: string, unitDocNumber: string, noms: Proposed[]) {
  const { id } = await api("dossiers.save", {
    ...{ unitId, year: 2024, kind: "thuong_xuyen", unitDocNumber },
    ...{ receivedDate: "2025-03-05", unitDocDate: "2025-03-01" },
  });
  for (const [who, awardCode, summary] of noms) {
    const nomineeKind = "personId" in who ? "ca_nhan" : "unitId" in who ? "tap_the" : "ho_gia_dinh";
    const nomination = { dossierId: id, nomineeKind, ...who, awardCode, summary } as const;
    await api("dossiers.saveNomination", nomination);
  }
  const detail = await api("dossiers.get", { id });
  for (const c of detail.components.filter((c) => c.required && !c.present))
    await api("dossiers.setPresent", { id: c.id, present: true });
  for (const n of detail.nominations.filter((n) => n.eligibility.level === "warning"))
    await api("dossiers.overrideEligibility", { id: n.id, reason: ACCEPTED });
  return detail.nominations;
}

async function awards(d: District) {
  const people = THANH_PHU.flatMap(([name, , , , , , codes]) =>
    (codes ?? "").split(" ").map((code): Proposed => {
      return [{ personId: d.tp[name]! }, code, ACHIEVEMENT[code]!];
    }),
  );
  const local = await dossier(d.communes[0]!, "25/TTr-UBND", [
    ...people,
    [{ unitId: d.school }, "GK_TT", "Hoàn thành xuất sắc nhiệm vụ năm học 2023-2024"],
    [{ householdId: d.households[0]! }, "GK_HGD", "Có mô hình vườn cây ăn trái hiệu quả"],
    [{ householdId: d.households[1]! }, "GK_HGD", "Hiến 300 m² đất mở rộng đường giao thông"],
  ]);
  const [school] = await dossier(d.communes[1]!, "18/TTr-UBND", [
    [
      { unitId: d.thcs },
      "BK_TINH_TT",
      "Ba năm liền hoàn thành xuất sắc nhiệm vụ.\nDẫn đầu phong trào “Dạy tốt, học tốt”.",
    ],
  ]);
  const ids = (f: (n: (typeof local)[number]) => boolean) => local.filter(f).map((n) => n.id);
  const returned = ids((n) => n.eligibility.level === "blocking");
  const upward = [...ids((n) => n.awardCode.startsWith("BK_")), school!.id];
  const council = ids((n) => !returned.includes(n.id) && !upward.includes(n.id));
  const reason = "Năm 2024 chỉ xếp loại hoàn thành nhiệm vụ, chưa đủ điều kiện";
  await api("dossiers.transition", { ids: returned, action: "tra_lai", reason });
  await api("dossiers.transition", { ids: [...council, ...upward], action: "tham_dinh" });
  await api("dossiers.transition", { ids: council, action: "trinh_hoi_dong" });
  await api("dossiers.transition", { ids: upward, action: "chuyen_cap_tren" });
  await keep("danh-sach-tham-dinh", api("dossiers.appraisalList", { year: 2024, format: "docx" }));

  // The council meets with one member away and does not vote Quỳnh through.
  const [quynh, minh] = ["Trương Thị Quỳnh", "Ngô Văn Minh"].map(
    (n) => ids((x) => x.nomineeName === n)[0]!,
  );
  const members = await api("settings.listCouncil", {});
  const meeting = await api("meetings.save", {
    ...{ year: 2024, kind: "xet_khen_thuong", meetingDate: "2025-03-12", startTime: "08:00" },
    ...{ endTime: "10:30", place: "Phòng họp số 1, UBND huyện Vĩnh Cửu" },
    chairMemberId: members.find((m) => m.role === "chu_tich")!.id,
    secretaryMemberId: members.find((m) => m.role === "thu_ky")!.id,
    note: "Xét đề nghị khen thưởng tổng kết năm 2024.",
  });
  const meetingId = meeting.id;
  await api("meetings.addItems", { meetingId, nominationIds: council });
  const { attendance, items } = await api("meetings.get", { id: meetingId });
  const away = (name: string) => name === "Bùi Văn Đức";
  const rows = attendance.map((a) => ({
    ...{ id: a.id, present: !away(a.fullName) },
    reason: away(a.fullName) ? "Đi công tác" : "",
  }));
  await api("meetings.setAttendance", { meetingId, rows });
  const present = (await api("meetings.get", { id: meetingId })).meeting.quorum.present;
  const votes = items.map((i) => ({ itemId: i.id, agree: i.nominationId === quynh ? 2 : present }));
  await api("meetings.recordVotes", { meetingId, votes });
  await api("meetings.applyResults", { id: meetingId });
  await keepDraftAndIssued("bien-ban-hop-xet", api("meetings.createMinutes", { meetingId }));
  const proposal = { meetingId, docDate: "2025-03-13", signerId: d.office };
  await keepDraftAndIssued("to-trinh-hoi-dong", api("meetings.createProposal", proposal));

  // One Quyết định for every kind of recipient (fund and "Theo đề nghị" left to the defaults),
  // another one issued and then cancelled.
  const fields = { decisionDate: "2025-03-20", signerId: d.ubnd, fund: "", year: 2024 };
  const create = async (grouping: "award" | "movement", key: string, nominationIds: string[]) =>
    (await api("decisions.create", { ...fields, grouping, key, nominationIds })).decision;
  const approved = council.filter((id) => id !== quynh && id !== minh);
  const decision = await create("movement", "", approved);
  await keepDraftAndIssued("quyet-dinh", api("decisions.generateDocument", { id: decision.id }));
  const { id } = await create("award", "GK_CN", [minh!]);
  await api("decisions.issue", { id });
  const cancel = api("decisions.cancel", {
    ...{ id, decisionDate: "2025-03-25", signerId: d.ubnd },
    reason: "Cá nhân đã được Công an huyện đề nghị khen thưởng cho cùng thành tích",
  });
  await keep(
    "quyet-dinh-huy-bo",
    cancel.then((c) => c.document!),
  );
  const { recipients } = await api("decisions.get", { id: decision.id });
  const recipientIds = (["ca_nhan", "tap_the", "ho_gia_dinh"] as const).map(
    (kind) => recipients.find((r) => r.recipientKind === kind)!.id,
  );
  for (const mode of ["day_du", "phoi"] as const) {
    const input = { id: decision.id, mode, recipientIds };
    await keep(`giay-khen-${mode.replace("_", "-")}`, api("decisions.printCertificates", input));
  }

  // Upward: the Tờ trình to the province and each nominee's Báo cáo thành tích.
  const { defaultKinhGui } = await api("forwarding.list", { year: 2024 });
  const upwardProposal = api("forwarding.createProposal", {
    ...{ year: 2024, nominationIds: upward, docDate: "2025-03-20", signerId: d.ubnd },
    ...{ kinhGui: defaultKinhGui, legalBasisIds: await legalBases(), noiNhan },
  });
  await keep("to-trinh-cap-tren", upwardProposal);
  for (const [i, kind] of ["ca-nhan", "tap-the"].entries()) {
    const report = { nominationId: upward[i]!, docDate: "2025-03-18" };
    await keep(`bao-cao-thanh-tich-${kind}`, api("forwarding.createReport", report));
  }
}

// Documents made from the form: a Tờ trình long enough for two pages, a Công văn, a Báo cáo ------

type Generic = "to-trinh" | "cong-van" | "bao-cao";
type Text = { summary: string; kinhGui: string; paragraphs: string[] };

const PROPOSAL: Text = {
  summary:
    "Về việc đề nghị phê duyệt Kế hoạch tổ chức Hội nghị biểu dương điển hình tiên tiến năm 2025",
  kinhGui: "Chủ tịch Ủy ban nhân dân huyện Vĩnh Cửu",
  paragraphs: [
    "Thực hiện Kế hoạch số 15/KH-UBND ngày 05/02/2025 của UBND huyện về công tác thi đua, khen thưởng năm 2025 và Hướng dẫn số 02/HD-BTĐKT ngày 10/01/2025 của Ban Thi đua - Khen thưởng tỉnh, Phòng Nội vụ kính trình Chủ tịch UBND huyện phê duyệt Kế hoạch tổ chức Hội nghị biểu dương điển hình tiên tiến huyện Vĩnh Cửu năm 2025 như sau:",
    "I. SỰ CẦN THIẾT",
    "Giai đoạn 2020-2025, các phong trào thi đua yêu nước trên địa bàn huyện được triển khai sâu rộng, thiết thực, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị, địa phương; nhiều tập thể, cá nhân có cách làm hay, sáng tạo, trở thành điển hình tiên tiến được nhân rộng trong toàn huyện.",
    "Tuy nhiên, việc phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến ở một số đơn vị còn hạn chế; công tác tuyên truyền gương người tốt, việc tốt chưa thường xuyên. Việc tổ chức Hội nghị nhằm đánh giá kết quả, tôn vinh các điển hình và phát động phong trào thi đua giai đoạn 2025-2030.",
    "II. NỘI DUNG ĐỀ NGHỊ",
    "1. Thời gian, địa điểm: 01 buổi, dự kiến ngày 20/5/2025 tại Hội trường Trung tâm Văn hóa, Thể thao và Truyền thanh huyện.",
    "2. Thành phần: Thường trực Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện; thành viên Hội đồng Thi đua - Khen thưởng huyện; lãnh đạo các cơ quan, đơn vị, UBND các xã, thị trấn; các tập thể, cá nhân điển hình tiên tiến được biểu dương; tổng số khoảng 300 đại biểu.",
    "3. Số lượng điển hình được biểu dương: 40 tập thể và 80 cá nhân tiêu biểu do các cơ quan, đơn vị, địa phương lựa chọn, Hội đồng Thi đua - Khen thưởng huyện xét chọn, trong đó tỷ lệ cá nhân là công nhân, nông dân, người lao động trực tiếp không dưới 50%.",
    "4. Hình thức khen thưởng: Chủ tịch UBND huyện tặng Giấy khen cho các tập thể, cá nhân tiêu biểu; đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 03 tập thể và 05 cá nhân có thành tích xuất sắc nhất.",
    "5. Kinh phí: dự kiến 186.000.000 đồng (Một trăm tám mươi sáu triệu đồng), trong đó tiền thưởng 126.000.000 đồng từ Quỹ thi đua, khen thưởng huyện; chi phí tổ chức 60.000.000 đồng từ dự toán ngân sách năm 2025 giao Phòng Nội vụ.",
    "6. Phân công: Phòng Nội vụ chủ trì chuẩn bị nội dung, báo cáo tham luận, danh sách khen thưởng; Phòng Tài chính - Kế hoạch bảo đảm kinh phí; Trung tâm Văn hóa, Thể thao và Truyền thanh chuẩn bị hội trường, tuyên truyền trước, trong và sau Hội nghị.",
    "III. ĐỀ XUẤT",
    "Phòng Nội vụ kính trình Chủ tịch UBND huyện xem xét, phê duyệt Kế hoạch để các cơ quan, đơn vị, địa phương triển khai thực hiện.",
  ],
};
const LETTER: Text = {
  summary: "V/v hướng dẫn hồ sơ đề nghị khen thưởng tổng kết năm 2024",
  kinhGui: "Ủy ban nhân dân các xã, thị trấn",
  paragraphs: [
    "Thực hiện Kế hoạch số 15/KH-UBND ngày 05/02/2025 của UBND huyện, để việc xét khen thưởng tổng kết năm 2024 bảo đảm đúng quy định, Phòng Nội vụ đề nghị UBND các xã, thị trấn thực hiện một số nội dung sau:",
    "1. Hồ sơ gồm: Tờ trình của đơn vị kèm danh sách; Biên bản họp xét của Hội đồng Thi đua - Khen thưởng cấp xã; Báo cáo thành tích của tập thể, cá nhân có xác nhận của cấp trình khen.",
    "2. Tỷ lệ cá nhân đề nghị Chiến sĩ thi đua cơ sở không quá 15% tổng số cá nhân đạt danh hiệu Lao động tiên tiến; ưu tiên người lao động trực tiếp.",
    "3. Thời gian gửi hồ sơ về Phòng Nội vụ trước ngày 05/3/2025; quá thời hạn trên, Phòng Nội vụ không tiếp nhận hồ sơ.",
    "Phòng Nội vụ đề nghị UBND các xã, thị trấn quan tâm, thực hiện.",
  ],
};
const REPORT: Text = {
  summary: "Kết quả công tác thi đua, khen thưởng năm 2024",
  kinhGui: "Ban Thi đua - Khen thưởng tỉnh Đồng Nai",
  paragraphs: [
    "Thực hiện Hướng dẫn số 02/HD-BTĐKT ngày 10/01/2025 của Ban Thi đua - Khen thưởng tỉnh, UBND huyện Vĩnh Cửu báo cáo kết quả công tác thi đua, khen thưởng năm 2024 như sau:",
    "I. KẾT QUẢ THỰC HIỆN",
    "1. Tổ chức phong trào thi đua: 100% cơ quan, đơn vị, địa phương ký kết giao ước thi đua; các phong trào thi đua thường xuyên và chuyên đề được phát động đúng kế hoạch.",
    "2. Khen thưởng: Chủ tịch UBND huyện tặng Giấy khen cho 126 tập thể, 412 cá nhân và 35 hộ gia đình; công nhận danh hiệu Lao động tiên tiến cho 1.860 cá nhân, Chiến sĩ thi đua cơ sở cho 236 cá nhân.",
    "II. HẠN CHẾ VÀ PHƯƠNG HƯỚNG",
    "Một số đơn vị gửi hồ sơ chậm; tỷ lệ khen thưởng người lao động trực tiếp chưa cao. Năm 2025, UBND huyện tiếp tục đổi mới công tác thi đua, khen thưởng, chú trọng nhân rộng điển hình tiên tiến.",
  ],
};

async function genericDocuments(d: District) {
  const make = async (
    kind: Generic,
    signerId: string,
    text: Text,
    legalBasisIds: string[] = [],
  ) => {
    const input = { kind, signerId, ...text, legalBasisIds, noiNhan, docDate: "2025-03-10" };
    await keep(kind, api("documents.createGeneric", input));
  };
  await make("to-trinh", d.office, PROPOSAL, await legalBases());
  await make("cong-van", d.office, LETTER);
  await make("bao-cao", d.ubnd, REPORT);
}

// Rendering -------------------------------------------------------------------------------------

/** Text that must never reach a document (issue 13's leftovers), flagged next to its line. */
const SUSPECT: [RegExp, string][] = [
  [/\{\{/, "chỗ điền {{…}} còn sót"],
  [/V\/v\s*(V\/v|Về việc)/, "V/v lặp"],
  [/đơn vị bổ sung/, "“(đơn vị bổ sung)”"],
  [/\d %/, "khoảng trắng trước %"],
  [/Hộ ông\/bà/, "“Hộ ông/bà”"],
];

function render(soffice: string) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "render-documents-"));
  try {
    const docx = written.filter((f) => f.endsWith(".docx"));
    const env = `-env:UserInstallation=file://${profile}/profile`;
    const args = [env, "--headless", "--convert-to", "pdf", "--outdir", outDir, ...docx];
    execFileSync(soffice, args, { stdio: "ignore", timeout: 900_000 });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  let pages = 0;
  for (const file of written) {
    const pdf = file.replace(/\.docx$/, ".pdf");
    const base = path.basename(pdf, ".pdf");
    execFileSync("pdftoppm", ["-png", "-r", "60", pdf, path.join(outDir, base)]);
    const pngs = fs.readdirSync(outDir).filter((f) => new RegExp(`^${base}-\\d+\\.png$`).test(f));
    const text = execFileSync("pdftotext", [pdf, "-"]).toString();
    const notes = SUSPECT.filter(([re]) => re.test(text)).map(([, what]) => `  ⚠ ${what}`);
    console.log(`${base.padEnd(32)} ${String(pngs.length).padStart(2)} trang${notes.join("")}`);
    pages += pngs.length;
  }
  console.log(`${written.length} văn bản, ${pages} trang: ${outDir}/<nn>-<loại>-<trang>.png`);
}

/** The Báo cáo tổng kết of the year the district's decisions fall in, with its prose. */
async function summaryReport(d: District) {
  await api("reports.saveProse", {
    year: 2025,
    period: "nam",
    prose: {
      dacDiem:
        "Năm 2025, huyện có 12 xã, thị trấn và 28 cơ quan, đơn vị; các phong trào thi đua được triển khai sâu rộng.\nBên cạnh thuận lợi, một số đơn vị còn thiếu cán bộ làm công tác thi đua, khen thưởng.",
      lanhDao:
        "Ủy ban nhân dân huyện ban hành kịp thời kế hoạch, hướng dẫn công tác thi đua, khen thưởng.",
      phongTrao: "",
      dienHinh: "Nhiều gương người tốt, việc tốt được biểu dương kịp thời.",
      tonTai: "Một số đơn vị gửi hồ sơ đề nghị khen thưởng chậm so với thời hạn.",
      nguyenNhan: "Cán bộ làm công tác thi đua, khen thưởng ở cơ sở phần lớn kiêm nhiệm.",
      phuongHuong:
        "1. Tiếp tục đổi mới nội dung, hình thức tổ chức các phong trào thi đua.\n2. Nâng cao chất lượng thẩm định hồ sơ khen thưởng.",
    },
  });
  await keep(
    "bao-cao-tong-ket-nam",
    api("reports.generate", {
      year: 2025,
      period: "nam",
      docDate: "2025-03-10",
      signerId: d.office,
      kinhGui: "Ban Thi đua - Khen thưởng tỉnh Đồng Nai",
      noiNhan: ["Như trên", "Thường trực Hội đồng Thi đua - Khen thưởng huyện", "Lưu: VT"],
    }),
  );
}

/** The statistical forms of 2025: movements, upper-level awards, the TĐKT staff, the fund. */
async function statisticalForms(d: District) {
  const year = 2025;
  for (const [name, kind, startDate, endDate, launchLevel, scope] of [
    [
      "Phong trào thi đua yêu nước năm 2025",
      "thuong_xuyen",
      "2025-01-01",
      "2025-12-31",
      "co_quan",
      "bo_nganh_dia_phuong",
    ],
    [
      "Cả nước chung tay vì người nghèo",
      "chuyen_de",
      "2025-03-01",
      "2030-02-28",
      "trung_uong",
      "toan_quoc",
    ],
    [
      "Thi đua cao điểm chào mừng Đại hội Đảng bộ các cấp",
      "dot",
      "2025-04-01",
      "2025-10-31",
      "bo_tinh",
      "bo_nganh_dia_phuong",
    ],
  ] as const)
    await api("movements.save", { name, kind, startDate, endDate, launchLevel, scope });
  const an = d.tp["Nguyễn Văn An"]!;
  const upper = { decisionDate: "2025-08-20", proposingBody: "tinh" as const };
  await api("awards.save", {
    year,
    recipientKind: "ca_nhan",
    personId: an,
    awardCode: "BK_TTG_CN",
    ...upper,
    decisionNumber: "1234/QĐ-TTg",
    issuer: "Thủ tướng Chính phủ",
    recipientCategory: "lanh_dao_khac",
    awardType: "thuong_xuyen",
  });
  await api("awards.save", {
    year,
    recipientKind: "tap_the",
    unitId: d.thcs,
    awardCode: "HC_LD3_TT",
    ...upper,
    decisionNumber: "567/QĐ-CTN",
    issuer: "Chủ tịch nước",
    awardType: "thuong_xuyen",
  });
  await api("awards.save", {
    year,
    recipientKind: "ca_nhan",
    personId: d.tp["Trần Thị Bình"]!,
    awardCode: "BK_TINH_CN",
    decisionNumber: "2345/QĐ-UBND",
    decisionDate: "2025-09-02",
    issuer: "Chủ tịch UBND tỉnh Đồng Nai",
    recipientCategory: "lanh_dao_khac",
    awardType: "chuyen_de",
  });
  await api("statistics.saveBody", {
    name: "Phòng Thi đua – Khen thưởng, Sở Nội vụ",
    level: "phong_so_noi_vu",
    fromYear: 2025,
  });
  for (const [fullName, gender, birthYear, training, sinceYear] of [
    ["Lê Thị Thu Hà", "nu", 1978, "tren_dai_hoc", 2012],
    ["Ngô Thanh Tâm", "nam", 1994, "dai_hoc", 2019],
    ["Phan Thị Ngọc", "nu", 1969, "dai_hoc", 2003],
  ] as const)
    await api("statistics.saveStaff", { fullName, gender, birthYear, training, sinceYear });
  for (const [item, amount] of [
    ["Ngân sách huyện cấp", 350_000_000],
    ["Đóng góp của doanh nghiệp", 20_000_000],
  ] as const)
    await api("statistics.saveFundReceipt", {
      year,
      fund: "Quỹ thi đua, khen thưởng huyện Vĩnh Cửu",
      item,
      amount,
    });
  const print = {
    preparer: "Ngô Thanh Tâm",
    signerId: d.ubnd,
    receiver: "Sở Nội vụ tỉnh Đồng Nai",
  };
  for (const [kind, formId] of [
    ["bieu-0601", "tt02-2023-0601"],
    ["bieu-0602", "tt02-2023-0602"],
    ["bieu-0603", "tt02-2023-0603"],
    ["bieu-0604", "tt02-2023-0604"],
    ["bieu-0605", "tt02-2023-0605"],
    ["mau-02-loai-hinh", "tong-hop-mau-02"],
    ["mau-01-theo-don-vi", "tong-hop-mau-01"],
    ["quy-thi-dua", "tong-hop-quy"],
  ] as const)
    await keep(kind, api("statistics.exportForm", { formId, year, format: "docx", ...print }));
}

async function main() {
  const soffice = findSoffice();
  if (!soffice) throw new Error("Cần LibreOffice (soffice) để chuyển .docx sang PDF.");
  fs.mkdirSync(outDir, { recursive: true });
  for (const f of fs.readdirSync(outDir))
    if (/^\d{2}-.+\.(docx|pdf|png)$/.test(f)) fs.rmSync(path.join(outDir, f));
  t = await startTestBackend();
  api = t.expectOk;
  try {
    const d = await district();
    await yearPlan(d);
    await movementPlan(d);
    await registrations(d);
    await scoring(d);
    await awards(d);
    await genericDocuments(d);
    await summaryReport(d);
    await statisticalForms(d);
  } finally {
    t.cleanup();
  }
  render(soffice);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
