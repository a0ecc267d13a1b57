/**
 * Phiên họp Hội đồng: the meeting, its attendance (copied from the settings' council list), the
 * nominations put to it and their votes; applying the results moves every nomination through
 * dossiers.transition (Hội đồng đồng ý / không đồng ý) and locks the meeting, in one transaction.
 * The Biên bản họp xét and the Tờ trình go to the document register.
 */
import { getSetting, setSetting } from "../../db/queries/app-settings";
import { awardCatalogueOn, type AwardCatalogue } from "../../db/queries/catalogue";
import { documentsOfSource, documentInputOf } from "../../db/queries/documents";
import {
  attendanceOfMeeting,
  attendanceRows,
  itemsOfMeeting,
  meetingItemRows,
  meetingRows,
  meetingsOfYear,
  scheduledNominationIds,
  type AttendanceRow,
  type MeetingItemRow as ItemRow,
  type MeetingRow,
} from "../../db/queries/meetings";
import {
  nominationListingsAt,
  nominationListingsByIds,
  type NominationListing,
} from "../../db/queries/nominations";
import { councilMemberList } from "../../db/queries/settings";
import {
  nominationStateLabels,
  voteRulesSchema,
  type MeetingDetail,
  type MeetingItem,
  type MeetingSummary,
  type meetingsProcedures,
  type NominationAction,
  type NominationState,
  type NomineeKind,
} from "../contract";
import { formatDate } from "../contract/format";
import { isCouncilVoter } from "../contract/vocabulary";
import {
  checkQuorum,
  defaultVoteRules,
  evaluateMeeting,
  passRuleText,
  percentText,
  ruleProblems,
  voteProblem,
  votesNeeded,
  type VoteRules,
} from "../domain/council-votes";
import { officeCanConfer } from "../domain/nomination-states";
import {
  minutesFillData,
  minutesSummary,
  proposalFillData,
  proposalSummary,
  type ProposalItem,
} from "../documents/meeting-docs";
import {
  createDocument,
  numberOf,
  requireProfile,
  toRow,
  type FillResolver,
} from "../documents/register";
import type { AppContext } from "./context";
import { documentContext, signerOf } from "./lookups";
import { transitionNominations } from "./dossiers";
import { conflict, invalid, notFound } from "./errors";
import type { HandlersFor } from "./router";

export const MEETING_RULES_KEY = "meeting_rules";
export const MINUTES_SOURCE = "meeting_minutes";
export const PROPOSAL_SOURCE = "meeting_proposal";

export function voteRulesOf(ctx: AppContext): VoteRules {
  const parsed = voteRulesSchema.safeParse(getSetting<unknown>(ctx.db, MEETING_RULES_KEY));
  return parsed.success ? parsed.data : defaultVoteRules;
}

function meetingRow(ctx: AppContext, id: string): MeetingRow {
  const m = meetingRows.byId(ctx.db, id);
  if (!m) throw notFound("Không tìm thấy phiên họp này (có thể đã bị xóa).");
  return m;
}

function openMeeting(ctx: AppContext, id: string): MeetingRow {
  const m = meetingRow(ctx, id);
  if (m.state === "da_ap_dung")
    throw conflict("Phiên họp đã áp dụng kết quả nên danh sách, phiếu biểu quyết không sửa được.");
  return m;
}

const attendanceOf = (ctx: AppContext, meetingId: string) => attendanceOfMeeting(ctx.db, meetingId);

const itemsOf = (ctx: AppContext, meetingId: string) => itemsOfMeeting(ctx.db, meetingId);

// Nominations as the meeting shows them --------------------------------------------------------

interface NominationFacts {
  id: string;
  dossierId: string;
  nomineeKind: NomineeKind;
  nomineeName: string;
  nomineeDetail: string;
  position: string;
  ownUnit: string;
  dossierUnit: string;
  dossierYear: number;
  receivedDate: string;
  awardCode: string;
  awardName: string;
  conferredBy: string;
  state: NominationState;
}

function toFacts(rows: NominationListing[], awards: AwardCatalogue): NominationFacts[] {
  return rows.map((r) => {
    const award = awards.on(r.awardCode, r.receivedDate);
    const dossierUnit = r.dossierUnit ?? "";
    const n = r.nominee;
    const base = {
      id: r.id,
      dossierId: r.dossierId,
      nomineeKind: r.nomineeKind,
      dossierUnit,
      dossierYear: r.year,
      receivedDate: r.receivedDate,
      awardCode: r.awardCode,
      awardName: award?.name ?? r.awardCode,
      conferredBy: award?.conferredBy ?? "",
      state: r.state,
    };
    if (r.nomineeKind === "ca_nhan")
      return {
        ...base,
        nomineeName: n?.name ?? "(không rõ)",
        nomineeDetail: [n?.position, n?.unitName].filter(Boolean).join(", "),
        position: n?.position ?? "",
        ownUnit: n?.unitName || dossierUnit,
      };
    if (r.nomineeKind === "tap_the")
      return {
        ...base,
        nomineeName: n?.name ?? "(không rõ)",
        nomineeDetail: n?.unitName ?? "",
        position: "",
        ownUnit: n?.unitName || dossierUnit,
      };
    return {
      ...base,
      nomineeName: n?.name ?? "Hộ gia đình (không rõ)",
      nomineeDetail: n?.address ?? "",
      position: "",
      ownUnit: n?.address || dossierUnit,
    };
  });
}

function nominationFacts(ctx: AppContext, ids: string[]): Map<string, NominationFacts> {
  if (!ids.length) return new Map();
  const rows = nominationListingsByIds(ctx.db, ids);
  return new Map(toFacts(rows, awardCatalogueOn(ctx.db)).map((f) => [f.id, f]));
}

/** Nominations already on the agenda of some meeting. */
function scheduledIds(ctx: AppContext): Set<string> {
  return scheduledNominationIds(ctx.db);
}

// Meeting views --------------------------------------------------------------------------------

const memberName = (attendance: AttendanceRow[], memberId: string) =>
  attendance.find((a) => a.memberId === memberId)?.fullName ?? "";

interface Evaluated {
  row: MeetingRow;
  attendance: AttendanceRow[];
  items: ItemRow[];
  facts: Map<string, NominationFacts>;
  rules: VoteRules;
  summary: MeetingSummary;
  itemViews: MeetingItem[];
  problems: string[];
}

function evaluate(ctx: AppContext, row: MeetingRow): Evaluated {
  const attendance = attendanceOf(ctx, row.id);
  const items = itemsOf(ctx, row.id);
  const facts = nominationFacts(
    ctx,
    items.map((i) => i.nominationId),
  );
  const applied = row.state === "da_ap_dung";
  const rules =
    applied && row.rulesJson ? (JSON.parse(row.rulesJson) as VoteRules) : voteRulesOf(ctx);
  const voters = attendance.filter(isCouncilVoter);
  const present = voters.filter((a) => a.present).length;
  const label = (i: ItemRow) => {
    const f = facts.get(i.nominationId);
    return f ? `${f.nomineeName} (${f.awardName})` : "Đề nghị đã bị xóa";
  };
  const ev = evaluateMeeting(
    {
      kind: row.kind,
      members: voters.length,
      present,
      items: items.map((i) => ({ agree: i.votesAgree, present: i.votesPresent, label: label(i) })),
    },
    rules,
  );
  const problems = applied ? [] : [...ev.problems];
  if (!applied)
    for (const i of items) {
      const f = facts.get(i.nominationId);
      if (!f) problems.push(`${label(i)}: hãy bỏ khỏi phiên họp.`);
      else if (f.state !== "trinh_hoi_dong")
        problems.push(
          `${label(i)}: đề nghị đang ở trạng thái “${nominationStateLabels[f.state]}”, không còn chờ Hội đồng xét; hãy bỏ khỏi phiên họp.`,
        );
    }
  const itemViews: MeetingItem[] = items.map((i, n) => {
    const f = facts.get(i.nominationId);
    const o = ev.outcomes[n]!;
    const outcome: MeetingItem["outcome"] = applied
      ? i.result === "dat"
        ? "dat"
        : "khong_dat"
      : o.ok
        ? o.passed
          ? "dat"
          : "khong_dat"
        : "chua_du";
    return {
      id: i.id,
      nominationId: i.nominationId,
      dossierId: f?.dossierId ?? "",
      nomineeKind: f?.nomineeKind ?? "ca_nhan",
      nomineeName: f?.nomineeName ?? "Đề nghị đã bị xóa",
      nomineeDetail: f?.nomineeDetail ?? "",
      dossierUnit: f?.dossierUnit ?? "",
      awardCode: f?.awardCode ?? "",
      awardName: f?.awardName ?? "",
      state: f?.state ?? "trinh_hoi_dong",
      votesAgree: i.votesAgree,
      votesPresent: i.votesPresent,
      percent:
        i.votesAgree !== null && i.votesPresent !== null
          ? percentText(i.votesAgree, i.votesPresent)
          : "",
      outcome,
      problem: !applied && !o.ok ? o.message : "",
      note: i.note,
    };
  });
  const summary: MeetingSummary = {
    id: row.id,
    year: row.year,
    kind: row.kind,
    meetingDate: row.meetingDate,
    startTime: row.startTime,
    endTime: row.endTime,
    place: row.place,
    chairName: memberName(attendance, row.chairMemberId),
    secretaryName: memberName(attendance, row.secretaryMemberId),
    state: row.state,
    itemCount: items.length,
    passedCount: itemViews.filter((i) => i.outcome === "dat").length,
    quorum: checkQuorum(present, voters.length, row.kind, rules),
  };
  return { row, attendance, items, facts, rules, summary, itemViews, problems };
}

function meetingDocuments(ctx: AppContext, meetingId: string) {
  return documentsOfSource(ctx.db, meetingId, [MINUTES_SOURCE, PROPOSAL_SOURCE]);
}

/**
 * The meeting as the page shows it. The documents are left out when a document's own fill
 * resolver asks (their state is worked out by refilling them, which would ask again).
 */
function detail(ctx: AppContext, id: string, withDocuments = true): MeetingDetail {
  const e = evaluate(ctx, meetingRow(ctx, id));
  const voters = e.attendance.filter(isCouncilVoter);
  const present = voters.filter((a) => a.present).length;
  return {
    meeting: {
      ...e.summary,
      chairMemberId: e.row.chairMemberId,
      secretaryMemberId: e.row.secretaryMemberId,
      note: e.row.note,
      appliedAt: e.row.appliedAt,
    },
    attendance: e.attendance.map((a) => ({
      id: a.id,
      memberId: a.memberId,
      fullName: a.fullName,
      position: a.position,
      role: a.role,
      present: a.present,
      reason: a.reason,
    })),
    items: e.itemViews,
    rules: e.rules,
    passRule: passRuleText(e.rules),
    votesNeeded: votesNeeded(present, voters.length, e.rules),
    problems: e.problems,
    documents: withDocuments ? meetingDocuments(ctx, id).map((d) => toRow(ctx, d)) : [],
  };
}

// Documents ------------------------------------------------------------------------------------

interface ProposalInput {
  meetingId: string;
  docDate: string;
  signerId: string;
}

function minutesDetail(ctx: AppContext, meetingId: string): MeetingDetail {
  const d = detail(ctx, meetingId, false);
  if (!d.items.length)
    throw invalid("Phiên họp chưa có đề nghị nào nên chưa lập được biên bản họp xét.");
  if (d.meeting.state !== "da_ap_dung" && d.problems.length)
    throw invalid(`Chưa lập được biên bản họp xét: ${d.problems.join(" ")}`);
  return d;
}

function proposalItems(ctx: AppContext, meetingId: string) {
  const d = detail(ctx, meetingId, false);
  if (d.meeting.state !== "da_ap_dung")
    throw invalid(
      "Chỉ lập Tờ trình đề nghị khen thưởng sau khi đã áp dụng kết quả biểu quyết của phiên họp.",
    );
  const e = evaluate(ctx, meetingRow(ctx, meetingId));
  const level = requireProfile(ctx).level;
  const items: ProposalItem[] = d.items
    .filter((i) => i.outcome === "dat")
    .map((i) => {
      const f = e.facts.get(i.nominationId);
      return {
        ...i,
        position: f?.position ?? "",
        unitName: f?.ownUnit ?? i.dossierUnit,
        conferHere: officeCanConfer(f?.conferredBy ?? "", level),
      };
    });
  if (!items.length)
    throw invalid(
      "Phiên họp không có trường hợp nào được Hội đồng thông qua nên không có gì để trình.",
    );
  return { d, items };
}

function minutesNumber(ctx: AppContext, meetingId: string): string | null {
  const issued = meetingDocuments(ctx, meetingId).find(
    (r) => r.sourceKind === MINUTES_SOURCE && r.seq !== null,
  );
  return issued ? numberOf(issued) : null;
}

export const meetingMinutesFill: FillResolver = (ctx, row, number) => {
  const { meetingId } = documentInputOf(row) as { meetingId: string };
  return minutesFillData(minutesDetail(ctx, meetingId), requireProfile(ctx), number);
};

export const councilProposalFill: FillResolver = (ctx, row, number) => {
  const input = documentInputOf(row) as ProposalInput;
  const { d, items } = proposalItems(ctx, input.meetingId);
  return proposalFillData(
    d,
    items,
    { docDate: input.docDate, minutesNumber: minutesNumber(ctx, input.meetingId) },
    number,
    documentContext(ctx, row, signerOf(ctx, input.signerId)),
  );
};

// Applying results -----------------------------------------------------------------------------

/**
 * The dossiers' transition applies any rule of electron/domain/nomination-states.ts and records
 * the event; its contract lets the renderer ask only for the manual actions, the council's two
 * actions are asked for here.
 */
function moveNominations(ctx: AppContext, ids: string[], action: NominationAction, reason: string) {
  transitionNominations(ctx, ids, action, reason);
}

// Handlers -------------------------------------------------------------------------------------

function checkMembers(ctx: AppContext, chairId: string, secretaryId: string, known: Set<string>) {
  if (!known.has(chairId))
    throw invalid("Chủ tọa phải là thành viên Hội đồng.", {
      chairMemberId: "Không có trong danh sách",
    });
  if (!known.has(secretaryId))
    throw invalid("Thư ký phải là thành viên Hội đồng.", {
      secretaryMemberId: "Không có trong danh sách",
    });
  void ctx;
}

export const meetingsHandlers: HandlersFor<typeof meetingsProcedures> = {
  "meetings.getRules": (_i, ctx) => voteRulesOf(ctx),

  "meetings.saveRules": (rules, ctx) => {
    const problems = ruleProblems(rules);
    if (problems.length) throw invalid(problems.join(" "));
    setSetting(ctx.db, MEETING_RULES_KEY, rules, ctx.clock.now());
    return voteRulesOf(ctx);
  },

  "meetings.list": ({ year }, ctx) =>
    meetingsOfYear(ctx.db, year).map((m) => evaluate(ctx, m).summary),

  "meetings.get": ({ id }, ctx) => detail(ctx, id),

  "meetings.save": ({ id, ...input }, ctx) => {
    if (id) {
      const m = meetingRow(ctx, id);
      const attendance = attendanceOf(ctx, id);
      checkMembers(
        ctx,
        input.chairMemberId,
        input.secretaryMemberId,
        new Set(attendance.map((a) => a.memberId)),
      );
      if (m.state === "da_ap_dung") {
        if (
          input.year !== m.year ||
          input.kind !== m.kind ||
          input.chairMemberId !== m.chairMemberId ||
          input.secretaryMemberId !== m.secretaryMemberId
        )
          throw conflict(
            "Phiên họp đã áp dụng kết quả: chỉ sửa được ngày, giờ, địa điểm và ghi chú; năm, loại phiên họp, chủ tọa, thư ký giữ nguyên.",
          );
      } else {
        const absent = attendance.filter(
          (a) =>
            !a.present &&
            (a.memberId === input.chairMemberId || a.memberId === input.secretaryMemberId),
        );
        if (absent.length)
          throw invalid(
            `${absent.map((a) => a.fullName).join(", ")} đang được ghi vắng mặt nên không làm chủ tọa, thư ký được.`,
          );
        if (input.year !== m.year && itemsOf(ctx, id).length)
          throw conflict(
            "Phiên họp đã có đề nghị của năm cũ: bỏ các đề nghị khỏi phiên họp trước khi đổi năm.",
          );
      }
      meetingRows.save(ctx.db, id, input, ctx.stamp());
      return evaluate(ctx, meetingRow(ctx, id)).summary;
    }
    const members = councilMemberList(ctx.db).filter((m) => m.active);
    if (!members.length)
      throw invalid(
        "Chưa có thành viên Hội đồng nào đang hoạt động. Hãy khai báo thành viên Hội đồng trong Thiết lập trước.",
      );
    checkMembers(
      ctx,
      input.chairMemberId,
      input.secretaryMemberId,
      new Set(members.map((m) => m.id)),
    );
    const newId = ctx.db.transaction((tx) => {
      const meetingId = meetingRows.save(
        tx,
        undefined,
        { ...input, state: "du_kien" },
        ctx.stamp(),
      )!;
      members.forEach((m, i) =>
        attendanceRows.save(
          tx,
          undefined,
          {
            meetingId,
            memberId: m.id,
            fullName: m.fullName,
            position: m.position,
            role: m.role,
            present: true,
            reason: "",
            sortOrder: i,
          },
          ctx.stamp(),
        ),
      );
      return meetingId;
    });
    return evaluate(ctx, meetingRow(ctx, newId)).summary;
  },

  "meetings.delete": ({ id }, ctx) => {
    const m = meetingRow(ctx, id);
    if (m.state === "da_ap_dung")
      throw conflict(
        "Phiên họp đã áp dụng kết quả nên không xóa được: kết quả đã chuyển vào các đề nghị khen thưởng.",
      );
    ctx.db.transaction((tx) => {
      const now = ctx.clock.now();
      for (const i of itemsOf(ctx, id)) meetingItemRows.tombstone(tx, i.id, now);
      for (const a of attendanceOf(ctx, id)) attendanceRows.tombstone(tx, a.id, now);
      meetingRows.tombstone(tx, id, now);
    });
    return { ok: true as const };
  },

  "meetings.setAttendance": ({ meetingId, rows }, ctx) => {
    const m = openMeeting(ctx, meetingId);
    const current = new Map(attendanceOf(ctx, meetingId).map((a) => [a.id, a]));
    for (const r of rows) {
      const a = current.get(r.id);
      if (!a) throw notFound("Có thành viên không thuộc phiên họp này; hãy tải lại trang.");
      if (!r.present && (a.memberId === m.chairMemberId || a.memberId === m.secretaryMemberId))
        throw invalid(
          `${a.fullName} là ${a.memberId === m.chairMemberId ? "chủ tọa" : "thư ký"} của phiên họp nên không ghi vắng mặt được. Hãy đổi chủ tọa, thư ký trước.`,
        );
    }
    ctx.db.transaction((tx) => {
      for (const r of rows)
        attendanceRows.save(
          tx,
          r.id,
          { present: r.present, reason: r.present ? "" : r.reason },
          ctx.stamp(),
        );
    });
    return { ok: true as const };
  },

  "meetings.candidates": ({ meetingId }, ctx) => {
    const m = meetingRow(ctx, meetingId);
    const scheduled = scheduledIds(ctx);
    const rows = nominationListingsAt(ctx.db, "trinh_hoi_dong", m.year);
    return toFacts(rows, awardCatalogueOn(ctx.db))
      .filter((f) => !scheduled.has(f.id))
      .sort(
        (a, b) =>
          a.dossierUnit.localeCompare(b.dossierUnit, "vi") ||
          a.awardName.localeCompare(b.awardName, "vi") ||
          a.nomineeName.localeCompare(b.nomineeName, "vi"),
      )
      .map((f) => ({
        nominationId: f.id,
        dossierId: f.dossierId,
        nomineeKind: f.nomineeKind,
        nomineeName: f.nomineeName,
        nomineeDetail: f.nomineeDetail,
        dossierUnit: f.dossierUnit,
        awardName: f.awardName,
        receivedDate: f.receivedDate,
      }));
  },

  "meetings.addItems": ({ meetingId, nominationIds }, ctx) => {
    const m = openMeeting(ctx, meetingId);
    const ids = [...new Set(nominationIds)];
    const facts = nominationFacts(ctx, ids);
    const scheduled = scheduledIds(ctx);
    for (const nid of ids) {
      const f = facts.get(nid);
      if (!f) throw notFound("Có đề nghị không còn tồn tại (có thể đã bị xóa); hãy tải lại trang.");
      const who = `${f.nomineeName} (${f.awardName})`;
      if (f.state !== "trinh_hoi_dong")
        throw conflict(
          `${who}: đề nghị đang ở trạng thái “${nominationStateLabels[f.state]}”; chỉ đưa vào phiên họp các đề nghị ở trạng thái “Trình Hội đồng”.`,
        );
      if (f.dossierYear !== m.year)
        throw conflict(`${who}: hồ sơ thuộc năm ${f.dossierYear}, phiên họp xét năm ${m.year}.`);
      if (scheduled.has(nid)) throw conflict(`${who}: đề nghị đã có trong một phiên họp khác.`);
    }
    const start = itemsOf(ctx, meetingId).reduce((n, i) => Math.max(n, i.sortOrder + 1), 0);
    ctx.db.transaction((tx) => {
      ids.forEach((nominationId, i) =>
        meetingItemRows.save(
          tx,
          undefined,
          { meetingId, nominationId, sortOrder: start + i, note: "" },
          ctx.stamp(),
        ),
      );
    });
    return { added: ids.length };
  },

  "meetings.removeItem": ({ id }, ctx) => {
    const item = meetingItemRows.byId(ctx.db, id);
    if (!item) throw notFound("Đề nghị này không còn trong phiên họp; hãy tải lại trang.");
    openMeeting(ctx, item.meetingId);
    meetingItemRows.tombstone(ctx.db, id, ctx.clock.now());
    return { ok: true as const };
  },

  "meetings.moveItem": ({ id, direction }, ctx) => {
    const item = meetingItemRows.byId(ctx.db, id);
    if (!item) throw notFound("Đề nghị này không còn trong phiên họp; hãy tải lại trang.");
    openMeeting(ctx, item.meetingId);
    const list = itemsOf(ctx, item.meetingId);
    const at = list.findIndex((i) => i.id === id);
    const to = direction === "up" ? at - 1 : at + 1;
    if (to < 0 || to >= list.length) return { ok: true as const };
    [list[at], list[to]] = [list[to]!, list[at]!];
    ctx.db.transaction((tx) => {
      list.forEach((i, n) => {
        if (i.sortOrder !== n) meetingItemRows.save(tx, i.id, { sortOrder: n }, ctx.stamp());
      });
    });
    return { ok: true as const };
  },

  "meetings.recordVotes": ({ meetingId, votes }, ctx) => {
    openMeeting(ctx, meetingId);
    const items = new Map(itemsOf(ctx, meetingId).map((i) => [i.id, i]));
    const present = attendanceOf(ctx, meetingId).filter(
      (a) => a.present && isCouncilVoter(a),
    ).length;
    const facts = nominationFacts(
      ctx,
      [...items.values()].map((i) => i.nominationId),
    );
    for (const v of votes) {
      const item = items.get(v.itemId);
      if (!item) throw notFound("Có đề nghị không thuộc phiên họp này; hãy tải lại trang.");
      if (v.agree === null) continue;
      const problem = voteProblem(v.agree, present);
      if (problem) {
        const f = facts.get(item.nominationId);
        throw invalid(`${f ? `${f.nomineeName} (${f.awardName})` : "Đề nghị"}: ${problem}`, {
          [v.itemId]: problem,
        });
      }
    }
    ctx.db.transaction((tx) => {
      for (const v of votes)
        meetingItemRows.save(
          tx,
          v.itemId,
          {
            votesAgree: v.agree,
            votesPresent: v.agree === null ? null : present,
            note: v.note,
          },
          ctx.stamp(),
        );
    });
    return { ok: true as const };
  },

  "meetings.applyResults": ({ id }, ctx) => {
    const e = evaluate(ctx, openMeeting(ctx, id));
    if (e.problems.length) throw conflict(`Chưa áp dụng được kết quả. ${e.problems.join(" ")}`);
    const when = formatDate(e.row.meetingDate);
    const results = e.itemViews.map((v) => ({
      item: v,
      result: v.outcome === "dat" ? ("dat" as const) : ("khong_dat" as const),
      reason: `Phiên họp Hội đồng ngày ${when}: ${v.votesAgree}/${v.votesPresent} thành viên có mặt đồng ý (${v.percent}).`,
    }));
    ctx.db.transaction((tx) => {
      for (const r of results)
        moveNominations(
          ctx,
          [r.item.nominationId],
          r.result === "dat" ? "hoi_dong_dong_y" : "hoi_dong_khong_dong_y",
          r.reason,
        );
      for (const r of results)
        meetingItemRows.save(tx, r.item.id, { result: r.result }, ctx.stamp());
      meetingRows.save(
        tx,
        id,
        { state: "da_ap_dung", appliedAt: ctx.clock.now(), rulesJson: JSON.stringify(e.rules) },
        ctx.stamp(),
      );
    });
    const passed = results.filter((r) => r.result === "dat").length;
    return { passed, failed: results.length - passed };
  },

  "meetings.createMinutes": async ({ meetingId }, ctx) => {
    const d = minutesDetail(ctx, meetingId);
    const row = await createDocument(ctx, {
      templateId: "bien-ban",
      docDate: d.meeting.meetingDate,
      summary: minutesSummary(d),
      signerName: d.meeting.chairName,
      sourceKind: MINUTES_SOURCE,
      sourceId: meetingId,
      input: { meetingId },
    });
    return toRow(ctx, row);
  },

  "meetings.createProposal": async (input, ctx) => {
    const { d } = proposalItems(ctx, input.meetingId);
    const signer = signerOf(ctx, input.signerId);
    if (input.docDate < d.meeting.meetingDate)
      throw invalid("Ngày Tờ trình không thể trước ngày họp Hội đồng.", {
        docDate: "Trước ngày họp",
      });
    const row = await createDocument(ctx, {
      templateId: "to-trinh",
      docDate: input.docDate,
      summary: proposalSummary(d),
      signerName: signer.fullName,
      signer,
      sourceKind: PROPOSAL_SOURCE,
      sourceId: input.meetingId,
      input,
    });
    return toRow(ctx, row);
  },
};
