import { sql } from "drizzle-orm";
import type { Db } from "../open-database";
import { awardSearchKey } from "../queries/awards";
import { newId } from "../ids";
import type { WriteStamp } from "../queries/sync-rows";
import { awardRecords } from "../schema";
import { seededRandom } from "./demo-directory";

/**
 * DEMO DATA ONLY (`--demo`): invented award history of the demo district, derived from the demo's
 * ratings so that it agrees with the eligibility rules: Lao động tiên tiến for everyone rated
 * "hoàn thành tốt" or better, Chiến sĩ thi đua cơ sở for part of those rated "xuất sắc" (all who
 * also have an initiative that year), Tập thể lao động tiên tiến for units rated "tốt" or better
 * with at least 70% of their people LĐTT. Decision numbers and dates are invented.
 */
export function loadDemoAwards(db: Db, stamp: WriteStamp, workingYear: number) {
  const rnd = seededRandom(20_250_707);
  const issuer = "Chủ tịch UBND huyện Vĩnh Cửu";
  const people = db.all(
    sql`SELECT p.id, p.full_name, p.unit_id, coalesce(u.name, '') AS unit_name, p.is_leader
       FROM people p LEFT JOIN units u ON u.id = p.unit_id WHERE p.deleted_at IS NULL
       ORDER BY p.sort_key`,
  ) as {
    id: string;
    full_name: string;
    unit_id: string | null;
    unit_name: string;
    is_leader: number;
  }[];
  const byId = new Map(people.map((p) => [p.id, p]));
  const ratings = db.all(
    sql`SELECT subject_kind, subject_id, year, rating FROM ratings WHERE deleted_at IS NULL
       AND year < ${workingYear} ORDER BY year, subject_id`,
  ) as { subject_kind: string; subject_id: string; year: number; rating: string }[];
  const initiativeYears = new Set(
    (
      db.all(
        sql`SELECT a.person_id || '|' || i.year AS k FROM initiative_authors a
           JOIN initiatives i ON i.id = a.initiative_id WHERE a.deleted_at IS NULL`,
      ) as { k: string }[]
    ).map((r) => r.k),
  );
  const units = new Map(
    (
      db.all(sql`SELECT id, name FROM units WHERE deleted_at IS NULL`) as {
        id: string;
        name: string;
      }[]
    ).map((u) => [u.id, u.name]),
  );
  // One decision per year and form, numbered as an office would (invented numbers).
  const decisions = new Map<string, { number: string; date: string }>();
  const decisionOf = (year: number, code: string) => {
    const key = `${year}|${code}`;
    let d = decisions.get(key);
    if (!d) {
      const seq = 40 + decisions.size * 7 + rnd.int(0, 5);
      d = {
        number: `${seq}/QĐ-UBND`,
        date: `${year + 1}-01-${String(10 + (decisions.size % 15)).padStart(2, "0")}`,
      };
      decisions.set(key, d);
    }
    return d;
  };
  const rows: (typeof awardRecords.$inferInsert)[] = [];
  const add = (
    year: number,
    kind: "ca_nhan" | "tap_the",
    who: { personId: string | null; unitId: string | null; name: string; unitName: string },
    code: string,
    awardName: string,
    extra: Partial<typeof awardRecords.$inferInsert> & { issuer?: string } = {},
  ) => {
    const d = decisionOf(year, code);
    const values = {
      year,
      recipientKind: kind,
      personId: who.personId,
      householdId: null,
      unitId: who.unitId,
      recipientName: who.name,
      unitName: who.unitName,
      awardCode: code,
      awardName,
      decisionNumber: d.number,
      decisionDate: d.date,
      issuer,
      source: "nhap_tay" as const,
      decisionId: null,
      note: "",
      // The yearly titles are conferred for the year's work: loại hình thường xuyên.
      awardType: "thuong_xuyen" as const,
      recipientCategory:
        kind === "ca_nhan"
          ? byId.get(who.personId ?? "")?.is_leader
            ? ("lanh_dao_khac" as const)
            : ("truc_tiep" as const)
          : null,
      ...extra,
    };
    rows.push({
      ...values,
      id: newId(),
      createdAt: stamp.now,
      updatedAt: stamp.now,
      origin: stamp.origin,
      searchKey: awardSearchKey(values),
    });
  };
  const ldttByUnitYear = new Map<string, number>();
  const membersByUnit = new Map<string, number>();
  for (const p of people)
    if (p.unit_id) membersByUnit.set(p.unit_id, (membersByUnit.get(p.unit_id) ?? 0) + 1);
  for (const r of ratings) {
    if (r.subject_kind !== "person" || (r.rating !== "ht_tot" && r.rating !== "htxs")) continue;
    const p = byId.get(r.subject_id);
    if (!p) continue;
    const who = { personId: p.id, unitId: p.unit_id, name: p.full_name, unitName: p.unit_name };
    add(r.year, "ca_nhan", who, "LDTT", "Lao động tiên tiến");
    if (p.unit_id) {
      const k = `${p.unit_id}|${r.year}`;
      ldttByUnitYear.set(k, (ldttByUnitYear.get(k) ?? 0) + 1);
    }
    if (r.rating === "htxs" && (initiativeYears.has(`${p.id}|${r.year}`) || rnd.next() < 0.3))
      add(r.year, "ca_nhan", who, "CSTDCS", "Chiến sĩ thi đua cơ sở");
  }
  for (const r of ratings) {
    if (r.subject_kind !== "unit" || (r.rating !== "ht_tot" && r.rating !== "htxs")) continue;
    const members = membersByUnit.get(r.subject_id) ?? 0;
    const ldtt = ldttByUnitYear.get(`${r.subject_id}|${r.year}`) ?? 0;
    if (!members || ldtt / members < 0.7) continue;
    const name = units.get(r.subject_id) ?? "";
    add(
      r.year,
      "tap_the",
      { personId: null, unitId: r.subject_id, name, unitName: "" },
      "TTLDTT",
      "Tập thể lao động tiên tiến",
    );
  }
  // Upper-level awards the office recorded from the province's and the State's decisions.
  const cstd = new Set(
    rows.filter((r) => r.awardCode === "CSTDCS").map((r) => `${r.personId}|${r.year}`),
  );
  for (const r of [...rows]) {
    if (r.awardCode !== "CSTDCS" || !cstd.has(`${r.personId}|${r.year - 1}`)) continue;
    const p = byId.get(r.personId!)!;
    add(
      r.year,
      "ca_nhan",
      { personId: p.id, unitId: p.unit_id, name: p.full_name, unitName: p.unit_name },
      "BK_TINH_CN",
      "Bằng khen của Chủ tịch UBND tỉnh",
      {
        decisionNumber: `${300 + (rows.length % 97)}/QĐ-UBND`,
        decisionDate: `${r.year + 1}-03-16`,
        issuer: "Chủ tịch UBND tỉnh Đồng Nai",
      },
    );
  }
  const leaders = people.filter((p) => p.is_leader).slice(0, 3);
  const state = (
    p: (typeof people)[number],
    code: string,
    name: string,
    extra: Partial<typeof awardRecords.$inferInsert>,
  ) =>
    add(
      workingYear - 1,
      "ca_nhan",
      { personId: p.id, unitId: p.unit_id, name: p.full_name, unitName: p.unit_name },
      code,
      name,
      { proposingBody: "tinh", decisionDate: `${workingYear}-01-08`, ...extra },
    );
  if (leaders[0])
    state(leaders[0], "HC_LD3_CN", "Huân chương Lao động hạng Ba", {
      decisionNumber: "86/QĐ-CTN",
      issuer: "Chủ tịch nước",
      awardType: "cong_hien",
    });
  for (const p of leaders.slice(1))
    state(p, "BK_TTG_CN", "Bằng khen của Thủ tướng Chính phủ", {
      decisionNumber: "42/QĐ-TTg",
      issuer: "Thủ tướng Chính phủ",
    });
  const commune = (
    db.all(
      sql`SELECT id, name FROM units WHERE deleted_at IS NULL AND kind = 'xa_thi_tran' ORDER BY sort_key LIMIT 1`,
    ) as { id: string; name: string }[]
  )[0];
  if (commune)
    add(
      workingYear - 1,
      "tap_the",
      { personId: null, unitId: commune.id, name: commune.name, unitName: "" },
      "BK_TTG_TT",
      "Bằng khen của Thủ tướng Chính phủ",
      {
        proposingBody: "tinh",
        decisionNumber: "42/QĐ-TTg",
        decisionDate: `${workingYear}-01-08`,
        issuer: "Thủ tướng Chính phủ",
      },
    );
  for (let i = 0; i < rows.length; i += 500)
    db.insert(awardRecords)
      .values(rows.slice(i, i + 500) as never)
      .run();
  return rows.length;
}
