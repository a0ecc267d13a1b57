/**
 * Eligibility of nominations (domain notes § "Rules worth checking automatically"). Pure functions:
 * the rules are data from the catalogue (award_rules), the history is loaded by the caller.
 * Every check returns a result the officer can read — ok, warning (may be overridden with a
 * reason) or blocking — with the data behind it. Missing data is a warning naming what is missing.
 */
import { overQuota, type QuotaLine } from "./quotas";
import {
  quotaCountNote,
  ratingLabels,
  type NomineeKind,
  type RatingValue,
} from "../contract/vocabulary";

/** A yearly rating (the vocabulary's RatingValue). */
export type RatingCode = RatingValue;
export type { NomineeKind };
export type ResultLevel = "ok" | "warning" | "blocking";

export const ratingRank: Record<RatingCode, number> = { kht: 0, ht: 1, ht_tot: 2, htxs: 3 };
/** The ratings as they read inside a sentence: "hoàn thành tốt nhiệm vụ". */
export const ratingNames = Object.fromEntries(
  Object.entries(ratingLabels).map(([code, label]) => [code, label.toLocaleLowerCase("vi")]),
) as Record<RatingCode, string>;
/** Severity of discipline measures; "khac" has no place in the scale. */
export const disciplineRank: Record<string, number> = {
  khien_trach: 1,
  canh_cao: 2,
  ha_bac_luong: 3,
  giang_chuc: 4,
  cach_chuc: 5,
  buoc_thoi_viec: 6,
};
export const disciplineNames: Record<string, string> = {
  khien_trach: "khiển trách",
  canh_cao: "cảnh cáo",
  ha_bac_luong: "hạ bậc lương",
  giang_chuc: "giáng chức",
  cach_chuc: "cách chức",
  buoc_thoi_viec: "buộc thôi việc",
  khac: "hình thức khác",
};
export const initiativeRank: Record<string, number> = {
  co_so: 1,
  huyen: 2,
  tinh: 3,
  bo_nganh: 4,
  toan_quoc: 5,
};
const initiativeLevelNames: Record<string, string> = {
  co_so: "cấp cơ sở",
  huyen: "cấp huyện",
  tinh: "cấp tỉnh",
  bo_nganh: "cấp bộ, ngành",
  toan_quoc: "toàn quốc",
};

// History ------------------------------------------------------------------------------------

export interface AwardHistoryItem {
  year: number;
  awardCode: string;
  decisionNumber: string;
  /** The decision made in this app that conferred it; null for history entered by hand. */
  decisionId?: string | null;
}
export interface DisciplineItem {
  measure: string;
  decidedOn: string;
  until: string | null;
}
export interface InitiativeItem {
  year: number;
  level: string;
  title: string;
}
export interface MemberHistory {
  id: string;
  name: string;
  ratings: Record<number, RatingCode>;
  awards: AwardHistoryItem[];
  disciplines: DisciplineItem[];
}
export interface PersonHistory extends MemberHistory {
  kind: "ca_nhan";
  initiatives: InitiativeItem[];
}
export interface UnitHistory {
  kind: "tap_the";
  id: string;
  name: string;
  ratings: Record<number, RatingCode>;
  awards: AwardHistoryItem[];
  members: MemberHistory[];
}
export interface HouseholdHistory {
  kind: "ho_gia_dinh";
  id: string;
  name: string;
  awards: AwardHistoryItem[];
}
export type NomineeHistory = PersonHistory | UnitHistory | HouseholdHistory;

// Rules --------------------------------------------------------------------------------------

/** The checks the engine knows; the catalogue decides which apply to which award and when. */
export const ruleKinds = {
  rating_min: "Xếp loại của năm đề nghị đạt mức tối thiểu",
  title_same_year: "Đã đạt danh hiệu điều kiện trong cùng năm",
  excellence_one_of: "Có một trong: hoàn thành xuất sắc, sáng kiến, đề tài",
  consecutive_titles: "Đạt danh hiệu nhiều năm liên tục",
  consecutive_ratings: "Xếp loại nhiều năm liên tục, có số năm xuất sắc tối thiểu",
  initiative_level: "Có sáng kiến, đề tài ở cấp tối thiểu",
  no_discipline_in_year: "Không bị kỷ luật trong năm",
  members_title_share: "Tỷ lệ thành viên đạt danh hiệu",
  members_title_count: "Số thành viên đạt danh hiệu",
  members_rating_all: "Mọi thành viên đạt xếp loại tối thiểu",
  members_no_discipline: "Không thành viên nào bị kỷ luật từ mức quy định",
  cap_share: "Giới hạn tỷ lệ so với danh hiệu khác",
} as const;
export type RuleKind = keyof typeof ruleKinds;

export interface AwardRule {
  awardCode: string;
  ruleCode: RuleKind;
  level: "blocking" | "warning";
  params: Record<string, unknown>;
  validFrom: string;
  validTo: string | null;
}

/** The rules of an award in force on a date (validFrom ≤ date ≤ validTo). */
export function rulesInForce(rules: AwardRule[], awardCode: string, onDate: string): AwardRule[] {
  return rules.filter(
    (r) =>
      r.awardCode === awardCode &&
      r.validFrom <= onDate &&
      (r.validTo === null || onDate <= r.validTo),
  );
}

// Nominations and results ---------------------------------------------------------------------

export interface NomineeRef {
  kind: NomineeKind;
  /** Directory id; null for a nominee known by name only. */
  id: string | null;
  name: string;
}
export interface Nomination {
  nominee: NomineeRef;
  awardCode: string;
  year: number;
  /** The unit proposing (quota counting); null when not known. */
  unitId?: string | null;
  /** What the officer reads for this nomination elsewhere ("Hồ sơ số 12"). */
  label?: string;
}
export interface EligibilityResult {
  level: ResultLevel;
  ruleCode: string;
  message: string;
  data: Record<string, unknown>;
}
export interface QuotaSpec {
  awardCode: string;
  totalQuota: number | null;
  lines: QuotaLine[];
}
export interface EvaluationContext {
  rules: AwardRule[];
  /** Award names for messages, by code. */
  awardNames: Record<string, string>;
  /** Every nomination of this check, in order (a nomination is compared with the others). */
  batch: Nomination[];
  /** Nominations already made elsewhere (other dossiers), for duplicates and quotas. */
  others: Nomination[];
  quotas: QuotaSpec[];
  /** Unit kinds, for quota lines given per kind of unit. */
  unitKinds: Record<string, string>;
  /** Award codes a nomination's own kind may receive, by code. */
  awardKinds: Record<string, NomineeKind>;
}

const num = (v: unknown, fallback: number) =>
  typeof v === "number" && Number.isFinite(v) ? v : fallback;
const str = (v: unknown, fallback: string) => (typeof v === "string" && v ? v : fallback);
const rating = (v: unknown, fallback: RatingCode): RatingCode =>
  typeof v === "string" && v in ratingRank ? (v as RatingCode) : fallback;
const pct = (x: number) => `${Math.round(x * 1000) / 10}`.replace(".", ",") + "%";

function sameNominee(a: NomineeRef, b: NomineeRef) {
  if (a.kind !== b.kind) return false;
  if (a.id || b.id) return a.id === b.id;
  return a.name.trim().toLowerCase() === b.name.trim().toLowerCase();
}

function awardName(ctx: EvaluationContext, code: string) {
  return ctx.awardNames[code] ?? code;
}

const nomineeKey = (n: NomineeRef) => `${n.kind}:${n.id ?? `~${n.name.trim().toLowerCase()}`}`;
const batchIndexes = new WeakMap<EvaluationContext, Set<string>>();
/** "nominee|award|year" of every nomination of the batch and the others, built once per check. */
function batchIndex(ctx: EvaluationContext): Set<string> {
  let index = batchIndexes.get(ctx);
  if (!index) {
    index = new Set(
      [...ctx.batch, ...ctx.others].map((n) => `${nomineeKey(n.nominee)}|${n.awardCode}|${n.year}`),
    );
    batchIndexes.set(ctx, index);
  }
  return index;
}

/** Whether the nominee has the award in the year: in the registry, or proposed (here or elsewhere). */
function holdsAward(
  awards: AwardHistoryItem[],
  nominee: NomineeRef,
  code: string,
  year: number,
  ctx: EvaluationContext,
): "registry" | "batch" | null {
  if (awards.some((a) => a.awardCode === code && a.year === year)) return "registry";
  if (batchIndex(ctx).has(`${nomineeKey(nominee)}|${code}|${year}`)) return "batch";
  return null;
}

/** A discipline in force at some time during the year, or still pending at its end. */
function disciplinedInYear(d: DisciplineItem, year: number) {
  return d.decidedOn <= `${year}-12-31` && (d.until === null || d.until >= `${year}-01-01`);
}

function ok(
  ruleCode: string,
  message: string,
  data: Record<string, unknown> = {},
): EligibilityResult {
  return { level: "ok", ruleCode, message, data };
}

type Evaluated = EligibilityResult[];

function checkRule(
  rule: AwardRule,
  nom: Nomination,
  h: NomineeHistory,
  ctx: EvaluationContext,
): Evaluated {
  const fail = (message: string, data: Record<string, unknown>): EligibilityResult => ({
    level: rule.level,
    ruleCode: rule.ruleCode,
    message,
    data,
  });
  const missing = (message: string, data: Record<string, unknown>): EligibilityResult => ({
    level: "warning",
    ruleCode: rule.ruleCode,
    message,
    data: { ...data, missing: true },
  });
  const p = rule.params;
  const y = nom.year;
  const code = rule.ruleCode;
  const who = h.kind === "tap_the" ? "Tập thể" : "Người được đề nghị";

  switch (code) {
    case "rating_min": {
      if (h.kind === "ho_gia_dinh") return [];
      const min = rating(p.minRating, "ht_tot");
      const r = h.ratings[y];
      if (!r)
        return [
          missing(
            `Chưa có xếp loại năm ${y}; cần đạt “${ratingNames[min]}” trở lên. Hãy nhập xếp loại năm ${y}.`,
            {
              year: y,
              minRating: min,
            },
          ),
        ];
      if (ratingRank[r] >= ratingRank[min])
        return [ok(code, `Năm ${y} xếp loại “${ratingNames[r]}”.`, { year: y, rating: r })];
      return [
        fail(
          `${who} năm ${y} xếp loại “${ratingNames[r]}”, chưa đạt “${ratingNames[min]}” trở lên.`,
          {
            year: y,
            rating: r,
            minRating: min,
          },
        ),
      ];
    }
    case "title_same_year": {
      const award = str(p.award, "LDTT");
      const held = holdsAward(h.awards, nom.nominee, award, y, ctx);
      if (held === "registry")
        return [
          ok(code, `Đã đạt “${awardName(ctx, award)}” năm ${y} (sổ khen thưởng).`, {
            award,
            year: y,
          }),
        ];
      if (held === "batch")
        return [
          ok(
            code,
            `“${awardName(ctx, award)}” năm ${y} đang được đề nghị (cùng đợt hoặc hồ sơ khác).`,
            {
              award,
              year: y,
              inBatch: true,
            },
          ),
        ];
      return [
        fail(
          `Chưa có danh hiệu “${awardName(ctx, award)}” năm ${y} trong sổ khen thưởng, cũng không được đề nghị cùng đợt hay ở hồ sơ khác.`,
          { award, year: y },
        ),
      ];
    }
    case "excellence_one_of": {
      if (h.kind !== "ca_nhan") return [];
      const min = rating(p.minRating, "htxs");
      const minLevel = str(p.initiativeMinLevel, "co_so");
      const r = h.ratings[y];
      const found = h.initiatives.filter(
        (i) => i.year === y && (initiativeRank[i.level] ?? 0) >= (initiativeRank[minLevel] ?? 1),
      );
      if (r && ratingRank[r] >= ratingRank[min])
        return [ok(code, `Năm ${y} xếp loại “${ratingNames[r]}”.`, { year: y, rating: r })];
      if (found.length)
        return [
          ok(code, `Có sáng kiến, đề tài được công nhận năm ${y}: “${found[0]!.title}”.`, {
            year: y,
            initiatives: found.map((i) => i.title),
          }),
        ];
      if (!r)
        return [
          missing(
            `Chưa có xếp loại năm ${y} và không có sáng kiến, đề tài năm ${y}: chưa xác định được tiêu chuẩn “hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến, đề tài”.`,
            { year: y },
          ),
        ];
      return [
        fail(
          `Năm ${y} xếp loại “${ratingNames[r]}” và không có sáng kiến, đề tài được công nhận: chưa đạt tiêu chuẩn “hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến, đề tài”.`,
          { year: y, rating: r },
        ),
      ];
    }
    case "consecutive_titles": {
      const award = str(p.award, "CSTDCS");
      const count = Math.max(1, Math.round(num(p.count, 3)));
      const years = Array.from({ length: count }, (_, i) => y - count + 1 + i);
      const held = years.map((yy) => ({
        year: yy,
        held: holdsAward(h.awards, nom.nominee, award, yy, ctx),
      }));
      const lacking = held.filter((x) => !x.held).map((x) => x.year);
      const data = { award, years, lacking };
      if (!lacking.length)
        return [
          ok(code, `Đạt “${awardName(ctx, award)}” ${count} năm liên tục ${years[0]}–${y}.`, data),
        ];
      return [
        fail(
          `Cần ${String(count).padStart(2, "0")} năm liên tục đạt “${awardName(ctx, award)}” (${years[0]}–${y}); sổ khen thưởng chưa có năm ${lacking.join(", ")}.`,
          data,
        ),
      ];
    }
    case "consecutive_ratings": {
      if (h.kind === "ho_gia_dinh") return [];
      const n = Math.max(1, Math.round(num(p.years, 4)));
      const min = rating(p.minRating, "ht_tot");
      const k = Math.max(0, Math.round(num(p.minExcellent, 0)));
      const endYear = Math.round(num(p.endYearOffset, 0)) + y;
      const years = Array.from({ length: n }, (_, i) => endYear - n + 1 + i);
      const noRating = years.filter((yy) => !h.ratings[yy]);
      const below = years.filter((yy) => {
        const r = h.ratings[yy];
        return r && ratingRank[r] < ratingRank[min];
      });
      const excellent = years.filter((yy) => h.ratings[yy] === "htxs").length;
      const span = `${years[0]}–${endYear}`;
      const data = { years, minRating: min, minExcellent: k, below, noRating, excellent };
      const need =
        `từ năm ${years[0]} đến năm ${endYear} liên tục ${ratingNames[min]} trở lên` +
        (k ? `, trong đó có ${String(k).padStart(2, "0")} năm hoàn thành xuất sắc nhiệm vụ` : "");
      if (below.length)
        return [
          fail(`Chưa đạt tiêu chuẩn ${need}: năm ${below.join(", ")} xếp loại thấp hơn.`, data),
        ];
      if (excellent < k && excellent + noRating.length < k)
        return [
          fail(
            `Chưa đạt tiêu chuẩn ${need}: chỉ có ${excellent} năm hoàn thành xuất sắc (${span}).`,
            data,
          ),
        ];
      if (noRating.length)
        return [
          missing(`Thiếu xếp loại năm ${noRating.join(", ")} để xét tiêu chuẩn ${need}.`, data),
        ];
      if (excellent < k)
        return [
          fail(
            `Chưa đạt tiêu chuẩn ${need}: chỉ có ${excellent} năm hoàn thành xuất sắc (${span}).`,
            data,
          ),
        ];
      return [ok(code, `Đạt tiêu chuẩn ${need}.`, data)];
    }
    case "initiative_level": {
      if (h.kind !== "ca_nhan") return [];
      const minLevel = str(p.minLevel, "tinh");
      const span = Math.max(1, Math.round(num(p.years, 3)));
      const from = y - span + 1;
      const found = h.initiatives.filter(
        (i) =>
          i.year >= from &&
          i.year <= y &&
          (initiativeRank[i.level] ?? 0) >= (initiativeRank[minLevel] ?? 3),
      );
      const data = { minLevel, from, to: y, initiatives: found.map((i) => i.title) };
      if (found.length)
        return [
          ok(
            code,
            `Có sáng kiến, đề tài ${initiativeLevelNames[found[0]!.level] ?? ""}: “${found[0]!.title}”.`,
            data,
          ),
        ];
      return [
        fail(
          `Chưa có sáng kiến, đề tài được công nhận từ ${initiativeLevelNames[minLevel] ?? minLevel} trở lên trong các năm ${from}–${y}.`,
          data,
        ),
      ];
    }
    case "no_discipline_in_year": {
      if (h.kind !== "ca_nhan") return [];
      const minMeasure = str(p.minMeasure, "khien_trach");
      const hits = h.disciplines.filter(
        (d) =>
          disciplinedInYear(d, y) &&
          (disciplineRank[d.measure] ?? 0) >= (disciplineRank[minMeasure] ?? 1),
      );
      if (!hits.length) return [ok(code, `Không bị kỷ luật trong năm ${y}.`, { year: y })];
      const d = hits[0]!;
      return [
        fail(
          `Bị kỷ luật “${disciplineNames[d.measure] ?? d.measure}” (ngày ${d.decidedOn}) trong năm ${y}.`,
          {
            year: y,
            disciplines: hits,
          },
        ),
      ];
    }
    case "members_title_share":
    case "members_title_count":
    case "members_rating_all":
    case "members_no_discipline":
      return h.kind === "tap_the" ? checkMembers(rule, nom, h, ctx, fail, missing) : [];
    case "cap_share":
      return [];
    default:
      return [
        {
          level: "warning",
          ruleCode: code,
          message: `Quy tắc “${String(code)}” trong danh mục không được ứng dụng hỗ trợ; hãy kiểm tra thủ công.`,
          data: {},
        },
      ];
  }
}

function checkMembers(
  rule: AwardRule,
  nom: Nomination,
  h: UnitHistory,
  ctx: EvaluationContext,
  fail: (m: string, d: Record<string, unknown>) => EligibilityResult,
  missing: (m: string, d: Record<string, unknown>) => EligibilityResult,
): Evaluated {
  const p = rule.params;
  const y = nom.year;
  const code = rule.ruleCode;
  const total = h.members.length;
  if (!total)
    return [
      missing(
        `Danh bạ chưa có thành viên nào của ${h.name}: không xét được tiêu chuẩn về thành viên.`,
        {
          members: 0,
        },
      ),
    ];
  const memberRef = (m: MemberHistory): NomineeRef => ({ kind: "ca_nhan", id: m.id, name: m.name });
  if (code === "members_title_share" || code === "members_title_count") {
    const award = str(p.award, "LDTT");
    const holders = h.members.filter((m) => holdsAward(m.awards, memberRef(m), award, y, ctx));
    if (code === "members_title_count") {
      const min = Math.max(1, Math.round(num(p.min, 1)));
      const data = { award, year: y, count: holders.length, min };
      if (holders.length >= min)
        return [
          ok(code, `${holders.length} thành viên đạt “${awardName(ctx, award)}” năm ${y}.`, data),
        ];
      return [
        fail(
          `Cần ít nhất ${min} thành viên đạt “${awardName(ctx, award)}” năm ${y}; sổ khen thưởng và đợt đề nghị này có ${holders.length}.`,
          data,
        ),
      ];
    }
    const minShare = num(p.minShare, 0.7);
    const share = holders.length / total;
    const data = { award, year: y, holders: holders.length, members: total, share, minShare };
    if (share + 1e-9 >= minShare)
      return [
        ok(
          code,
          `${holders.length}/${total} thành viên (${pct(share)}) đạt “${awardName(ctx, award)}” năm ${y}.`,
          data,
        ),
      ];
    return [
      fail(
        `Chỉ ${holders.length}/${total} thành viên (${pct(share)}) đạt “${awardName(ctx, award)}” năm ${y}; cần từ ${pct(minShare)} trở lên.`,
        data,
      ),
    ];
  }
  if (code === "members_rating_all") {
    const min = rating(p.minRating, "ht");
    const unrated = h.members.filter((m) => !m.ratings[y]);
    const below = h.members.filter((m) => {
      const r = m.ratings[y];
      return r && ratingRank[r] < ratingRank[min];
    });
    const data = {
      year: y,
      minRating: min,
      below: below.map((m) => m.name),
      unrated: unrated.map((m) => m.name),
    };
    if (below.length)
      return [
        fail(
          `${below.length} thành viên năm ${y} chưa đạt “${ratingNames[min]}”: ${below
            .slice(0, 5)
            .map((m) => m.name)
            .join(", ")}${below.length > 5 ? "…" : ""}.`,
          data,
        ),
      ];
    if (unrated.length)
      return [
        missing(
          `Thiếu xếp loại năm ${y} của ${unrated.length}/${total} thành viên (${unrated
            .slice(0, 5)
            .map((m) => m.name)
            .join(", ")}${unrated.length > 5 ? "…" : ""}).`,
          data,
        ),
      ];
    return [ok(code, `Mọi thành viên năm ${y} đạt “${ratingNames[min]}” trở lên.`, data)];
  }
  // members_no_discipline
  const minMeasure = str(p.minMeasure, "canh_cao");
  const hits = h.members.flatMap((m) =>
    m.disciplines
      .filter(
        (d) =>
          disciplinedInYear(d, y) &&
          (disciplineRank[d.measure] ?? 0) >= (disciplineRank[minMeasure] ?? 2),
      )
      .map((d) => ({ name: m.name, measure: d.measure, decidedOn: d.decidedOn })),
  );
  const data = { year: y, minMeasure, disciplined: hits };
  if (!hits.length)
    return [
      ok(
        code,
        `Không thành viên nào bị kỷ luật từ “${disciplineNames[minMeasure] ?? minMeasure}” trở lên năm ${y}.`,
        data,
      ),
    ];
  return [
    fail(
      `${hits.length} thành viên bị kỷ luật từ “${disciplineNames[minMeasure] ?? minMeasure}” trở lên năm ${y}: ${hits
        .slice(0, 5)
        .map((x) => `${x.name} (${disciplineNames[x.measure] ?? x.measure})`)
        .join(", ")}.`,
      data,
    ),
  ];
}

/** Checks every nomination runs whatever the catalogue says: kind, pending discipline, duplicates. */
function builtInChecks(
  nom: Nomination,
  index: number,
  h: NomineeHistory | null,
  ctx: EvaluationContext,
): Evaluated {
  const out: Evaluated = [];
  const name = awardName(ctx, nom.awardCode);
  const kind = ctx.awardKinds[nom.awardCode];
  if (!kind)
    out.push({
      level: "blocking",
      ruleCode: "award_unknown",
      message: `Hình thức “${nom.awardCode}” không có trong danh mục khen thưởng.`,
      data: { awardCode: nom.awardCode },
    });
  else if (kind !== nom.nominee.kind)
    out.push({
      level: "blocking",
      ruleCode: "recipient_kind",
      message: `“${name}” dành cho ${kindNames[kind]}, không dành cho ${kindNames[nom.nominee.kind]}.`,
      data: { awardKind: kind, nomineeKind: nom.nominee.kind },
    });
  if (!nom.nominee.id)
    out.push({
      level: "warning",
      ruleCode: "not_in_directory",
      message: `“${nom.nominee.name}” chưa có trong danh bạ: không kiểm tra được xếp loại, khen thưởng, kỷ luật.`,
      data: {},
    });
  if (h?.kind === "ca_nhan") {
    const pending = h.disciplines.filter(
      (d) => d.until === null && d.decidedOn <= `${nom.year}-12-31`,
    );
    const inForce = h.disciplines.filter((d) => d.until !== null && disciplinedInYear(d, nom.year));
    if (pending.length)
      out.push({
        level: "blocking",
        ruleCode: "discipline_pending",
        message: `Đang có kỷ luật “${disciplineNames[pending[0]!.measure] ?? pending[0]!.measure}” (ngày ${pending[0]!.decidedOn}) chưa hết thời hạn hoặc đang xem xét.`,
        data: { disciplines: pending },
      });
    else if (inForce.length)
      out.push({
        level: "warning",
        ruleCode: "discipline_pending",
        message: `Trong năm ${nom.year} còn thời hạn kỷ luật “${disciplineNames[inForce[0]!.measure] ?? inForce[0]!.measure}” đến ngày ${inForce[0]!.until}.`,
        data: { disciplines: inForce },
      });
    else out.push(ok("discipline_pending", "Không có kỷ luật đang thi hành.", {}));
  }
  const inRegistry = h?.awards.find((a) => a.awardCode === nom.awardCode && a.year === nom.year);
  if (inRegistry)
    out.push({
      level: "blocking",
      ruleCode: "duplicate",
      message: `Đã được tặng “${name}” năm ${nom.year}${inRegistry.decisionNumber ? ` (Quyết định số ${inRegistry.decisionNumber})` : ""}.`,
      data: { year: nom.year, decisionNumber: inRegistry.decisionNumber },
    });
  const sameAs = (n: Nomination) =>
    n.awardCode === nom.awardCode && n.year === nom.year && sameNominee(n.nominee, nom.nominee);
  const earlier = ctx.batch.findIndex((n, i) => i < index && sameAs(n));
  if (earlier >= 0)
    out.push({
      level: "blocking",
      ruleCode: "duplicate",
      message: `Trùng với đề nghị thứ ${earlier + 1} trong danh sách (cùng đối tượng, hình thức, năm ${nom.year}).`,
      data: { other: earlier + 1 },
    });
  const elsewhere = ctx.others.filter(sameAs);
  if (elsewhere.length)
    out.push({
      level: "warning",
      ruleCode: "duplicate",
      message: `Đã được đề nghị “${name}” năm ${nom.year} ở nơi khác${elsewhere[0]!.label ? `: ${elsewhere[0]!.label}` : ""}.`,
      data: { others: elsewhere.map((n) => n.label ?? "") },
    });
  if (!inRegistry && earlier < 0 && !elsewhere.length)
    out.push(ok("duplicate", `Chưa được tặng hoặc đề nghị “${name}” năm ${nom.year}.`, {}));
  return out;
}

const kindNames: Record<NomineeKind, string> = {
  ca_nhan: "cá nhân",
  tap_the: "tập thể",
  ho_gia_dinh: "hộ gia đình",
};

/** Checks that count across the whole batch: cap shares and quotas. */
function batchChecks(nom: Nomination, ctx: EvaluationContext): Evaluated {
  const out: Evaluated = [];
  const all = [...ctx.batch, ...ctx.others];
  const onDate = `${nom.year}-12-31`;
  for (const rule of rulesInForce(ctx.rules, nom.awardCode, onDate)) {
    if (rule.ruleCode !== "cap_share") continue;
    const base = str(rule.params.award, "LDTT");
    const maxShare = num(rule.params.maxShare, 0.15);
    const sameUnit = (n: Nomination) => (nom.unitId ? n.unitId === nom.unitId : true);
    const mine = all.filter(
      (n) => n.awardCode === nom.awardCode && n.year === nom.year && sameUnit(n),
    ).length;
    const baseCount = all.filter(
      (n) => n.awardCode === base && n.year === nom.year && sameUnit(n),
    ).length;
    const cap = Math.floor(baseCount * maxShare + 1e-9);
    const data = { award: base, count: mine, baseCount, maxShare, cap };
    const where = nom.unitId ? " của đơn vị" : "";
    if (mine <= cap)
      out.push(
        ok(
          "cap_share",
          `${mine} đề nghị${where}, trong giới hạn ${pct(maxShare)} của ${baseCount} “${awardName(ctx, base)}”.`,
          data,
        ),
      );
    else
      out.push({
        level: rule.level,
        ruleCode: "cap_share",
        message: `${mine} đề nghị “${awardName(ctx, nom.awardCode)}”${where} năm ${nom.year} vượt giới hạn ${pct(maxShare)} của ${baseCount} “${awardName(ctx, base)}” (tối đa ${cap}).`,
        data,
      });
  }
  for (const q of ctx.quotas) {
    if (q.awardCode !== nom.awardCode) continue;
    const same = all.filter((n) => n.awardCode === q.awardCode && n.year === nom.year);
    if (q.totalQuota !== null) {
      const data = { count: same.length, quota: q.totalQuota };
      if (same.length > q.totalQuota)
        out.push({
          level: "warning",
          ruleCode: "quota_total",
          message: `Tổng số đề nghị “${awardName(ctx, q.awardCode)}” là ${same.length} (${quotaCountNote}), vượt chỉ tiêu ${q.totalQuota}.`,
          data,
        });
      else
        out.push(
          ok("quota_total", `Tổng số đề nghị ${same.length}/${q.totalQuota} theo chỉ tiêu.`, data),
        );
    }
    if (nom.unitId && q.lines.length) {
      const count = same.filter((n) => n.unitId === nom.unitId).length;
      const unit = { id: nom.unitId, kind: ctx.unitKinds[nom.unitId] ?? "" };
      const over = overQuota(q.lines, [{ unit, count }]);
      if (over.length)
        out.push({
          level: "warning",
          ruleCode: "quota_unit",
          message: `Đơn vị đề nghị ${count} “${awardName(ctx, q.awardCode)}” (${quotaCountNote}), vượt chỉ tiêu ${over[0]!.quota} của đơn vị.`,
          data: { count, quota: over[0]!.quota },
        });
      else
        out.push(
          ok("quota_unit", `Đơn vị đề nghị ${count} trong chỉ tiêu (${quotaCountNote}).`, {
            count,
          }),
        );
    }
  }
  return out;
}

/** Every result for one nomination of the batch (index = its position in ctx.batch). */
export function evaluateNomination(
  nom: Nomination,
  index: number,
  history: NomineeHistory | null,
  ctx: EvaluationContext,
): EligibilityResult[] {
  const out = builtInChecks(nom, index, history, ctx);
  if (history) {
    const onDate = `${nom.year}-12-31`;
    for (const rule of rulesInForce(ctx.rules, nom.awardCode, onDate))
      out.push(...checkRule(rule, nom, history, ctx));
  }
  out.push(...batchChecks(nom, ctx));
  return out;
}

export function overallLevel(results: EligibilityResult[]): ResultLevel {
  if (results.some((r) => r.level === "blocking")) return "blocking";
  if (results.some((r) => r.level === "warning")) return "warning";
  return "ok";
}

/** Evaluates a batch; histories by `${kind}:${id}`. */
export function evaluateBatch(
  histories: Map<string, NomineeHistory>,
  ctx: EvaluationContext,
): { level: ResultLevel; results: EligibilityResult[] }[] {
  return ctx.batch.map((nom, i) => {
    const h = nom.nominee.id
      ? (histories.get(`${nom.nominee.kind}:${nom.nominee.id}`) ?? null)
      : null;
    const results = evaluateNomination(nom, i, h, ctx);
    if (nom.nominee.id && !h)
      results.unshift({
        level: "blocking",
        ruleCode: "not_found",
        message: "Không tìm thấy đối tượng trong danh bạ (có thể đã bị xóa).",
        data: { id: nom.nominee.id },
      });
    return { level: overallLevel(results), results };
  });
}
