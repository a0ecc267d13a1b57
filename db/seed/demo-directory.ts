import { newId } from "../ids";
import type { Db } from "../open-database";
import { nameKeys, unitKeys } from "../queries/directory";
import type { WriteStamp } from "../queries/sync-rows";
import {
  clusterMembers,
  clusters,
  households,
  initiativeAuthors,
  initiatives,
  people,
  personUnits,
  ratings,
  units,
} from "../schema";
import { foldKey as foldForSearch } from "../queries/name-keys";

/** A small deterministic PRNG (mulberry32): the same demo district on every run. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
  };
}

export const FAMILY = [
  "Nguyễn",
  "Nguyễn",
  "Nguyễn",
  "Trần",
  "Trần",
  "Lê",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
  "Đinh",
  "Trương",
  "Mai",
  "Tạ",
  "Lương",
];
export const MIDDLE_M = [
  "Văn",
  "Văn",
  "Hữu",
  "Minh",
  "Quốc",
  "Thanh",
  "Đức",
  "Công",
  "Ngọc",
  "Xuân",
  "Hoàng",
  "Trọng",
];
export const MIDDLE_F = [
  "Thị",
  "Thị",
  "Thị",
  "Ngọc",
  "Thanh",
  "Thu",
  "Kim",
  "Mỹ",
  "Bích",
  "Hồng",
  "Phương",
];
export const GIVEN_M = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Đức",
  "Hải",
  "Hùng",
  "Huy",
  "Khánh",
  "Long",
  "Minh",
  "Nam",
  "Phong",
  "Phúc",
  "Quang",
  "Sơn",
  "Tài",
  "Thắng",
  "Thành",
  "Tiến",
  "Toàn",
  "Trung",
  "Tuấn",
  "Việt",
  "Vinh",
  "Bảo",
  "Đạt",
  "Hiếu",
  "Lâm",
  "Nghĩa",
];
export const GIVEN_F = [
  "Anh",
  "Ánh",
  "Châu",
  "Diệp",
  "Dung",
  "Giang",
  "Hà",
  "Hạnh",
  "Hằng",
  "Hoa",
  "Hương",
  "Lan",
  "Liên",
  "Linh",
  "Loan",
  "Mai",
  "Nga",
  "Ngân",
  "Nhung",
  "Oanh",
  "Phương",
  "Quyên",
  "Thảo",
  "Thu",
  "Thủy",
  "Trang",
  "Trinh",
  "Tuyết",
  "Vân",
  "Yến",
];

/** Vĩnh Cửu's own communes first (seed 001), then invented ones to make a district of about 30. */
const COMMUNES = [
  "Thị trấn Vĩnh An",
  "Xã Trị An",
  "Xã Tân An",
  "Xã Vĩnh Tân",
  "Xã Thiện Tân",
  "Xã Thạnh Phú",
  "Xã Bình Lợi",
  "Xã Tân Bình",
  "Xã Bình Hòa",
  "Xã Hiếu Liêm",
  "Xã Mã Đà",
  "Xã Phú Lý",
  "Xã Tân Hòa",
  "Xã Bình Minh",
  "Xã Phước Thiện",
  "Xã An Phước",
  "Xã Long Thành",
  "Xã Hòa Hiệp",
  "Xã Đông Hòa",
  "Xã Tân Phong",
  "Xã Thạnh Hưng",
  "Xã Phú Hòa",
  "Xã Bình Sơn",
  "Xã Tân Lập",
  "Xã Hưng Thịnh",
  "Xã Gia Tân",
  "Xã Phú Cường",
  "Xã Tân Định",
  "Xã Lộc An",
  "Xã Xuân Thọ",
];
const AGENCIES: [string, string, string][] = [
  ["Văn phòng HĐND và UBND huyện", "VP", "co_quan_chuyen_mon"],
  ["Phòng Nội vụ", "PNV", "co_quan_chuyen_mon"],
  ["Phòng Tài chính - Kế hoạch", "PTCKH", "co_quan_chuyen_mon"],
  ["Phòng Giáo dục và Đào tạo", "PGDĐT", "co_quan_chuyen_mon"],
  ["Phòng Y tế", "PYT", "co_quan_chuyen_mon"],
  ["Phòng Tư pháp", "PTP", "co_quan_chuyen_mon"],
  ["Phòng Văn hóa và Thông tin", "PVHTT", "co_quan_chuyen_mon"],
  ["Phòng Lao động - Thương binh và Xã hội", "PLĐTBXH", "co_quan_chuyen_mon"],
  ["Phòng Tài nguyên và Môi trường", "PTNMT", "co_quan_chuyen_mon"],
  ["Phòng Kinh tế", "PKT", "co_quan_chuyen_mon"],
  ["Phòng Quản lý đô thị", "PQLĐT", "co_quan_chuyen_mon"],
  ["Thanh tra huyện", "TTr", "co_quan_chuyen_mon"],
  ["Trung tâm Y tế huyện", "TTYT", "co_quan_chuyen_mon"],
  ["Trung tâm Văn hóa, Thể thao và Truyền thanh", "TTVHTT", "co_quan_chuyen_mon"],
  ["Công an huyện", "CAH", "nganh_doc"],
  ["Ban Chỉ huy Quân sự huyện", "BCHQS", "nganh_doc"],
  ["Chi cục Thuế khu vực", "CCT", "nganh_doc"],
  ["Kho bạc Nhà nước huyện", "KBNN", "nganh_doc"],
  ["Bảo hiểm xã hội huyện", "BHXH", "nganh_doc"],
  ["Ủy ban MTTQ Việt Nam huyện", "MTTQ", "doan_the"],
  ["Huyện đoàn", "HĐ", "doan_the"],
  ["Hội Liên hiệp Phụ nữ huyện", "HLHPN", "doan_the"],
  ["Hội Nông dân huyện", "HND", "doan_the"],
  ["Hội Cựu chiến binh huyện", "HCCB", "doan_the"],
  ["Liên đoàn Lao động huyện", "LĐLĐ", "doan_the"],
  ["Công ty TNHH MTV Cấp nước Vĩnh An", "CTCN", "doanh_nghiep"],
  ["Hợp tác xã Nông nghiệp Thạnh Phú", "HTXTP", "doanh_nghiep"],
];
const POSITIONS: Record<string, [string, boolean][]> = {
  co_quan: [
    ["Trưởng phòng", true],
    ["Phó Trưởng phòng", true],
    ["Chuyên viên", false],
    ["Chuyên viên", false],
    ["Chuyên viên", false],
    ["Cán sự", false],
    ["Nhân viên", false],
  ],
  truong: [
    ["Hiệu trưởng", true],
    ["Phó Hiệu trưởng", true],
    ["Giáo viên", false],
    ["Giáo viên", false],
    ["Giáo viên", false],
    ["Giáo viên", false],
    ["Nhân viên", false],
  ],
  xa: [
    ["Chủ tịch UBND xã", true],
    ["Phó Chủ tịch UBND xã", true],
    ["Công chức Văn phòng - Thống kê", false],
    ["Công chức Tư pháp - Hộ tịch", false],
    ["Công chức Địa chính - Xây dựng", false],
    ["Công chức Văn hóa - Xã hội", false],
    ["Công chức Tài chính - Kế toán", false],
  ],
  luc_luong: [
    ["Chỉ huy trưởng", true],
    ["Chỉ huy phó", true],
    ["Cán bộ", false],
    ["Chiến sĩ", false],
    ["Chiến sĩ", false],
  ],
};
const RATINGS = ["htxs", "ht_tot", "ht_tot", "ht_tot", "ht", "ht", "kht"] as const;

/** Provinces a few of the district's people come from. */
const OTHER_PROVINCES = ["tỉnh Bình Định", "tỉnh Nghệ An", "tỉnh Thái Bình", "tỉnh Quảng Ngãi"];
const DEGREES: [RegExp, string[]][] = [
  [
    /Giáo viên|Hiệu trưởng/,
    ["Cử nhân Sư phạm Tiểu học", "Cử nhân Sư phạm Toán", "Cao đẳng Sư phạm Mầm non"],
  ],
  [/Y sĩ|Điều dưỡng|Trạm trưởng/, ["Trung cấp Y sĩ", "Cao đẳng Điều dưỡng", "Bác sĩ đa khoa"]],
  [/Chỉ huy|Chiến sĩ|Cán bộ/, ["Trung cấp Cảnh sát nhân dân", "Trung cấp Quân sự cơ sở"]],
  [
    /Chủ tịch|Trưởng|Chuyên viên|Công chức|Cán sự/,
    [
      "Cử nhân Luật",
      "Cử nhân Kinh tế",
      "Cử nhân Hành chính",
      "Kỹ sư Xây dựng",
      "Cử nhân Kế toán",
      "Thạc sĩ Quản lý công",
    ],
  ],
];

/**
 * Quê quán, trú quán and trình độ of the n-th demo person, derived from n and the post so that
 * the seeded random sequence (names, ratings) stays what it was before these fields existed.
 */
function demoProfile(n: number, position: string, homeCommune: string, category: string) {
  const commune = COMMUNES[(n * 7) % COMMUNES.length]!;
  const hometown =
    n % 5 === 0
      ? `${commune.replace(/^Thị trấn/, "Xã")}, ${OTHER_PROVINCES[n % OTHER_PROVINCES.length]}`
      : `${commune}, huyện Vĩnh Cửu, tỉnh Đồng Nai`;
  const residence = `${n % 3 === 0 ? commune : homeCommune}, huyện Vĩnh Cửu, tỉnh Đồng Nai`;
  const degrees = DEGREES.find(([post]) => post.test(position))?.[1];
  const education = category === "nhan_dan" || !degrees ? "" : degrees[n % degrees.length]!;
  return { hometown, residence, education };
}

/**
 * The demo district's directory: communes with their villages (ấp), agencies, schools,
 * about 5,000 people with invented names, five years of ratings, initiatives, clusters.
 */
export function loadDemoDirectory(db: Db, stamp: WriteStamp, workingYear: number) {
  const rnd = seededRandom(20_250_101);
  const base = () => ({
    id: newId(),
    createdAt: stamp.now,
    updatedAt: stamp.now,
    origin: stamp.origin,
  });
  const unitRows: (typeof units.$inferInsert)[] = [];
  const addUnit = (
    name: string,
    kind: string,
    parentId: string | null,
    code = "",
    shortName = "",
    extra: Partial<typeof units.$inferInsert> = {},
  ) => {
    const row = {
      ...base(),
      code,
      name,
      shortName,
      kind,
      parentId,
      address: "",
      headName: "",
      headPosition: "",
      active: true,
      ...unitKeys(name, shortName, code),
      ...extra,
    };
    unitRows.push(row);
    return row;
  };
  type Slot = {
    unitId: string;
    positions: [string, boolean][];
    category: string;
    count: number;
    /** The commune the unit is in (where its people mostly live). */
    home: string;
  };
  const slots: Slot[] = [];
  const communeIds: string[] = [];
  COMMUNES.forEach((name, i) => {
    const c = addUnit(
      name,
      "xa_thi_tran",
      null,
      `XA${String(i + 1).padStart(2, "0")}`,
      name.replace(/^(Xã|Thị trấn) /, ""),
      { address: `${name}, huyện Vĩnh Cửu` },
    );
    communeIds.push(c.id);
    slots.push({
      unitId: c.id,
      positions: POSITIONS.xa!,
      category: "cong_chuc",
      count: 18,
      home: name,
    });
    const villages = rnd.int(4, 7);
    for (let v = 1; v <= villages; v++) {
      const ap = addUnit(`Ấp ${v}, ${name.replace(/^(Xã|Thị trấn) /, "")}`, "thon_ban", c.id);
      slots.push({
        unitId: ap.id,
        positions: [
          ["Trưởng ấp", true],
          ["Nông dân", false],
          ["Hộ kinh doanh", false],
          ["Nông dân", false],
        ],
        category: "nhan_dan",
        count: 14,
        home: name,
      });
    }
    if (i < 12) {
      const tram = addUnit(
        `Trạm Y tế ${name.replace(/^Xã/, "xã").replace(/^Thị trấn/, "thị trấn")}`,
        "co_quan_chuyen_mon",
        c.id,
      );
      slots.push({
        unitId: tram.id,
        positions: [
          ["Trạm trưởng", true],
          ["Y sĩ", false],
          ["Điều dưỡng", false],
        ],
        category: "vien_chuc",
        count: 6,
        home: name,
      });
    }
  });
  for (const [name, short, kind] of AGENCIES) {
    const a = addUnit(
      name,
      kind,
      null,
      short
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/[Đđ]/g, "D"),
      short,
    );
    const force = name.startsWith("Công an") || name.startsWith("Ban Chỉ huy");
    slots.push({
      unitId: a.id,
      positions: force ? POSITIONS.luc_luong! : POSITIONS.co_quan!,
      category: force ? "chien_si" : kind === "doanh_nghiep" ? "nguoi_lao_dong" : "cong_chuc",
      count: force ? 60 : rnd.int(8, 25),
      home: COMMUNES[0]!,
    });
  }
  const schoolLevels = ["Trường Mầm non", "Trường Tiểu học", "Trường THCS"];
  for (let i = 0; i < 12; i++)
    for (const level of schoolLevels) {
      const commune = COMMUNES[i]!.replace(/^(Xã|Thị trấn) /, "");
      const s = addUnit(`${level} ${commune}`, "truong_hoc", null);
      slots.push({
        unitId: s.id,
        positions: POSITIONS.truong!,
        category: "vien_chuc",
        count: rnd.int(25, 45),
        home: COMMUNES[i]!,
      });
    }

  const personRows: (typeof people.$inferInsert)[] = [];
  const historyRows: (typeof personUnits.$inferInsert)[] = [];
  const ratingRows: (typeof ratings.$inferInsert)[] = [];
  const firstYear = workingYear - 5;
  for (const slot of slots) {
    for (let k = 0; k < slot.count; k++) {
      const female = rnd.next() < 0.5;
      const fullName = `${rnd.pick(FAMILY)} ${rnd.pick(female ? MIDDLE_F : MIDDLE_M)} ${rnd.pick(female ? GIVEN_F : GIVEN_M)}`;
      const [position, isLeader] =
        k < slot.positions.length && slot.positions[k]![1]
          ? slot.positions[k]!
          : rnd.pick(
              slot.positions.filter((p) => !p[1]).length
                ? slot.positions.filter((p) => !p[1])
                : slot.positions,
            );
      const birthYear = rnd.int(workingYear - 60, workingYear - 22);
      const withDate = rnd.next() < 0.6;
      const birthDate = withDate
        ? `${birthYear}-${String(rnd.int(1, 12)).padStart(2, "0")}-${String(rnd.int(1, 28)).padStart(2, "0")}`
        : null;
      const p = {
        ...base(),
        fullName,
        gender: female ? ("nu" as const) : ("nam" as const),
        birthYear,
        birthDate,
        category: slot.category,
        position,
        isLeader,
        unitId: slot.unitId,
        phone: rnd.next() < 0.4 ? `09${rnd.int(10_000_000, 99_999_999)}` : "",
        ...demoProfile(personRows.length, position, slot.home, slot.category),
        notes: "",
        ...nameKeys(fullName),
      };
      personRows.push(p);
      historyRows.push({
        ...base(),
        personId: p.id,
        unitId: slot.unitId,
        fromDate: `${rnd.int(firstYear - 10, workingYear - 1)}-01-01`,
        toDate: null,
        position,
      });
      if (slot.category !== "nhan_dan")
        for (let y = firstYear; y < workingYear; y++)
          ratingRows.push({
            ...base(),
            subjectKind: "person",
            subjectId: p.id,
            year: y,
            rating: rnd.pick(RATINGS),
            note: "",
          });
    }
  }
  for (const u of unitRows)
    if (u.kind !== "thon_ban")
      for (let y = firstYear; y < workingYear; y++)
        ratingRows.push({
          ...base(),
          subjectKind: "unit",
          subjectId: u.id!,
          year: y,
          rating: rnd.pick(RATINGS.slice(0, 5)),
          note: "",
        });
  for (const slot of slots) {
    const head = personRows.find((p) => p.unitId === slot.unitId && p.isLeader);
    const unit = unitRows.find((u) => u.id === slot.unitId)!;
    if (head) Object.assign(unit, { headName: head.fullName, headPosition: head.position });
  }

  const householdRows: (typeof households.$inferInsert)[] = [];
  for (const u of unitRows.filter((x) => x.kind === "thon_ban")) {
    for (let k = rnd.int(2, 5); k > 0; k--) {
      const headName = `${rnd.pick(FAMILY)} ${rnd.pick(MIDDLE_M)} ${rnd.pick(GIVEN_M)}`;
      const address = `Tổ ${rnd.int(1, 12)}`;
      householdRows.push({
        ...base(),
        headName,
        headGender: "nam",
        address,
        unitId: u.id,
        note: "",
        ...nameKeys(headName, address),
      });
    }
  }

  const initiativeRows: (typeof initiatives.$inferInsert)[] = [];
  const authorRows: (typeof initiativeAuthors.$inferInsert)[] = [];
  const topics = [
    "Ứng dụng phần mềm quản lý hồ sơ",
    "Đổi mới phương pháp dạy học môn Toán",
    "Nâng cao chất lượng tiếp dân",
    "Cải cách thủ tục hành chính một cửa",
    "Số hóa sổ hộ tịch",
    "Mô hình dân vận khéo",
    "Nâng cao tỷ lệ thu ngân sách",
    "Phòng chống dịch bệnh tại cơ sở",
    "Dạy học tích hợp STEM",
    "Xây dựng thư viện thân thiện",
  ];
  const levels = ["co_so", "co_so", "co_so", "huyen", "tinh"] as const;
  const candidates = personRows.filter(
    (p) => p.category === "vien_chuc" || p.category === "cong_chuc",
  );
  for (let i = 0; i < 40; i++) {
    const year = rnd.int(firstYear, workingYear - 1);
    const authors = [
      rnd.pick(candidates),
      ...(rnd.next() < 0.4 ? [rnd.pick(candidates)] : []),
    ].filter((a, j, xs) => xs.indexOf(a) === j);
    const place = unitRows.find((u) => u.id === authors[0]!.unitId)?.name ?? "đơn vị";
    const title = `${rnd.pick(topics)} tại ${place}`;
    const it = {
      ...base(),
      title,
      year,
      level: rnd.pick(levels),
      decisionNumber: `${rnd.int(100, 999)}/QĐ-UBND`,
      decisionDate: `${year}-12-${String(rnd.int(10, 28))}`,
      scope: "Áp dụng trong đơn vị và các đơn vị cùng ngành",
      searchKey: foldForSearch(`${title} ${authors.map((a) => a.fullName).join(" ")}`),
    };
    initiativeRows.push(it);
    authors.forEach((a, j) =>
      authorRows.push({ ...base(), initiativeId: it.id, personId: a.id!, sortOrder: j }),
    );
  }

  const clusterRows: (typeof clusters.$inferInsert)[] = [];
  const memberRows: (typeof clusterMembers.$inferInsert)[] = [];
  const groups: [string, "cum" | "khoi", string[]][] = [];
  for (let i = 0; i < 6; i++)
    groups.push([
      `Cụm thi đua số ${i + 1} (các xã, thị trấn)`,
      "cum",
      communeIds.slice(i * 5, i * 5 + 5),
    ]);
  const byKind = (k: string) =>
    unitRows.filter((u) => u.kind === k && !u.parentId).map((u) => u.id!);
  groups.push([
    "Khối các cơ quan chuyên môn thuộc UBND huyện",
    "khoi",
    byKind("co_quan_chuyen_mon"),
  ]);
  groups.push(["Khối các cơ quan ngành dọc", "khoi", byKind("nganh_doc")]);
  groups.push(["Khối Mặt trận và các đoàn thể", "khoi", byKind("doan_the")]);
  groups.push(["Khối trường học", "khoi", byKind("truong_hoc").slice(0, 20)]);
  for (const [name, kind, members] of groups) {
    const c = { ...base(), name, kind, note: "" };
    clusterRows.push(c);
    for (let y = firstYear; y <= workingYear; y++) {
      const leader = (y - firstYear) % members.length;
      members.forEach((unitId, j) =>
        memberRows.push({
          ...base(),
          clusterId: c.id,
          year: y,
          unitId,
          role:
            j === leader ? "truong" : j === (leader + 1) % members.length ? "pho" : "thanh_vien",
        }),
      );
    }
  }

  const chunked = <T>(rows: T[], insert: (chunk: T[]) => void) => {
    for (let i = 0; i < rows.length; i += 500) insert(rows.slice(i, i + 500));
  };
  db.transaction((tx) => {
    chunked(unitRows, (c) =>
      tx
        .insert(units)
        .values(c as never)
        .run(),
    );
    chunked(personRows, (c) =>
      tx
        .insert(people)
        .values(c as never)
        .run(),
    );
    chunked(historyRows, (c) =>
      tx
        .insert(personUnits)
        .values(c as never)
        .run(),
    );
    chunked(ratingRows, (c) =>
      tx
        .insert(ratings)
        .values(c as never)
        .run(),
    );
    chunked(householdRows, (c) =>
      tx
        .insert(households)
        .values(c as never)
        .run(),
    );
    chunked(initiativeRows, (c) =>
      tx
        .insert(initiatives)
        .values(c as never)
        .run(),
    );
    chunked(authorRows, (c) =>
      tx
        .insert(initiativeAuthors)
        .values(c as never)
        .run(),
    );
    chunked(clusterRows, (c) =>
      tx
        .insert(clusters)
        .values(c as never)
        .run(),
    );
    chunked(memberRows, (c) =>
      tx
        .insert(clusterMembers)
        .values(c as never)
        .run(),
    );
  });
  return { units: unitRows.length, people: personRows.length, ratings: ratingRows.length };
}
