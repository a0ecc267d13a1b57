import { documentInputOf } from "../../db/queries/documents";
import { writeFileAtomic } from "../atomic-write";
import fs from "node:fs";
import path from "node:path";
import { newId } from "../../db/ids";
import { clusterRows } from "../../db/queries/directory";
import {
  clusterMembersOf,
  criteriaOfTable,
  insertCriterion,
  memberScoreRows,
  scoreCriterionRows,
  scoresOfCriterion,
  scoresOfTable,
  scoreTableRows,
  scoreTablesOfCluster,
  scoreTablesOfYear,
  unitNamesByIds,
  type ScoreTableRow,
} from "../../db/queries/scoring";
import type { ScoreTableDetail, ScoringMinutesInput, scoringProcedures } from "../contract";
import { compareVietnamese, foldForSearch } from "../domain/vietnamese";
import { createDocument, requireProfile, toRow, type FillResolver } from "../documents/register";
import {
  clusterAbbreviation,
  minutesFillData,
  minutesSummary,
  pactDocx,
  rankingColumns,
  rankingDocx,
  rankingRows,
  rankingTitle,
  type ClusterKind,
} from "../documents/scoring-docs";
import { writeTable } from "../exchange/xlsx-write";
import {
  leaves,
  prizeFor,
  rankMembers,
  scoreProblem,
  scoreTableProblems,
  totals,
  type Criterion,
} from "../domain/scoring";
import { inExportsDir } from "../paths";
import type { AppContext } from "./context";
import { conflict, invalid, notFound } from "./errors";
import type { HandlersFor } from "./router";

/** Seed 002's structure: 100 points = 50 + 10 + 40, up to 10 bonus and 10 penalty points. */
const seed002Criteria = [
  {
    code: "I",
    title: "Công tác chỉ đạo, điều hành và tổ chức thực hiện nhiệm vụ",
    maxPoints: 50,
    kind: "base",
  },
  {
    code: "II",
    title: "Công tác phát triển mô hình, điển hình tiên tiến",
    maxPoints: 10,
    kind: "base",
  },
  { code: "III", title: "Kết quả thực hiện các chỉ tiêu được giao", maxPoints: 40, kind: "base" },
  { code: "C", title: "Điểm cộng (thành tích nổi bật, sáng tạo)", maxPoints: 10, kind: "bonus" },
  { code: "T", title: "Điểm trừ (chậm, thiếu báo cáo; vi phạm)", maxPoints: 10, kind: "penalty" },
] as const;

function tableRow(ctx: AppContext, id: string) {
  const t = scoreTableRows.byId(ctx.db, id);
  if (!t) throw notFound("Không tìm thấy bảng điểm này (có thể đã bị xóa).");
  return t;
}

function criteriaOf(ctx: AppContext, tableId: string): Criterion[] {
  return criteriaOfTable(ctx.db, tableId).map((c) => ({
    id: c.id,
    parentId: c.parentId,
    code: c.code,
    title: c.title,
    maxPoints: c.maxPoints,
    kind: c.kind,
  }));
}

function membersOf(ctx: AppContext, clusterId: string, year: number) {
  const rows = clusterMembersOf(ctx.db, clusterId, year);
  if (!rows.length) return [];
  const names = unitNamesByIds(
    ctx.db,
    rows.map((r) => r.unitId),
  );
  return rows
    .map((r) => ({
      unitId: r.unitId,
      unitName: names.get(r.unitId) ?? "(đơn vị đã xóa)",
      role: r.role,
    }))
    .sort((a, b) => compareVietnamese(a.unitName, b.unitName));
}

function summary(ctx: AppContext, t: ScoreTableRow) {
  const cluster = clusterRows.byId(ctx.db, t.clusterId);
  return {
    id: t.id,
    year: t.year,
    clusterId: t.clusterId,
    clusterName: cluster?.name ?? "(cụm đã xóa)",
    name: t.name,
    memberCount: membersOf(ctx, t.clusterId, t.year).length,
    criteriaCount: criteriaOfTable(ctx.db, t.id, false).length,
  };
}

/**
 * Write a criteria tree given by keys: a key that is an existing criterion of this table keeps its
 * id (and so its scores); any other key gets a new id. Parents are resolved through the same map.
 */
function writeCriteria(
  ctx: AppContext,
  tableId: string,
  rows: {
    key: string;
    parentKey: string | null;
    code: string;
    title: string;
    maxPoints: number;
    kind: Criterion["kind"];
  }[],
) {
  const existing = new Set(criteriaOf(ctx, tableId).map((c) => c.id));
  const ids = new Map(rows.map((r) => [r.key, existing.has(r.key) ? r.key : newId()]));
  rows.forEach((r, i) => {
    const id = ids.get(r.key)!;
    const values = {
      tableId,
      parentId: r.parentKey ? (ids.get(r.parentKey) ?? null) : null,
      code: r.code,
      title: r.title,
      maxPoints: r.maxPoints,
      kind: r.kind,
      sortOrder: i,
    };
    if (existing.has(id)) scoreCriterionRows.save(ctx.db, id, values, ctx.stamp());
    else {
      insertCriterion(ctx.db, id, values, ctx.stamp());
    }
  });
}

/** The table with its criteria, members, scores, totals and ranking. */
export function tableDetail(ctx: AppContext, id: string): ScoreTableDetail {
  const t = tableRow(ctx, id);
  const criteria = criteriaOf(ctx, id);
  const limits = { bonusLimit: t.bonusLimit, penaltyLimit: t.penaltyLimit };
  const leafIds = new Set(leaves(criteria).map((c) => c.id));
  const members = membersOf(ctx, t.clusterId, t.year);
  const scores = scoresOfTable(ctx.db, id).filter((s) => leafIds.has(s.criterionId));
  const prizes = t.prizes;
  const perMember = members.map((m) => {
    const mine = scores.filter((s) => s.unitId === m.unitId);
    const self = new Map(
      mine.filter((s) => s.selfScore !== null).map((s) => [s.criterionId, s.selfScore!]),
    );
    const reviewed = new Map(mine.map((s) => [s.criterionId, s.reviewedScore ?? s.selfScore ?? 0]));
    const missing = [...leafIds].filter(
      (cid) =>
        !mine.some(
          (s) => s.criterionId === cid && (s.selfScore !== null || s.reviewedScore !== null),
        ),
    ).length;
    return {
      item: { ...m, missing, self: totals(criteria, self, limits) },
      totals: totals(criteria, reviewed, limits),
    };
  });
  // Only members scored on every criterion are ranked and paid; the others wait (rank 0).
  const complete = perMember.filter((m) => m.item.missing === 0);
  const waiting = perMember.filter((m) => m.item.missing > 0).map((m) => ({ ...m, rank: 0 }));
  const ranked = [...rankMembers(complete, t.tieBreak), ...waiting];
  const detail: ScoreTableDetail = {
    table: {
      ...summary(ctx, t),
      bonusLimit: t.bonusLimit,
      penaltyLimit: t.penaltyLimit,
      tieBreak: t.tieBreak,
      prizes,
    },
    criteria: criteria.map((c) => ({ ...c, isLeaf: leafIds.has(c.id) })),
    problems: scoreTableProblems(criteria, limits),
    members,
    scores: scores.map((s) => ({
      unitId: s.unitId,
      criterionId: s.criterionId,
      selfScore: s.selfScore,
      selfNote: s.selfNote,
      reviewedScore: s.reviewedScore,
      reviewNote: s.reviewNote,
    })),
    results: ranked.map((r) => ({
      unitId: r.item.unitId,
      unitName: r.item.unitName,
      self: r.item.self,
      reviewed: r.totals,
      missing: r.item.missing,
      rank: r.rank,
      prize: prizeFor(r.rank, prizes),
    })),
  };
  return detail;
}

function clusterKindOf(ctx: AppContext, d: ScoreTableDetail): ClusterKind {
  return clusterRows.byId(ctx.db, d.table.clusterId)?.kind === "khoi" ? "khoi" : "cum";
}

/**
 * A table fit for documents: sound (maxima summing to 100…) and with members. `what` names the
 * document in the message.
 */
function usableDetail(ctx: AppContext, id: string, what: string): ScoreTableDetail {
  const d = tableDetail(ctx, id);
  if (d.problems.length)
    throw invalid(`Bảng điểm chưa hợp lệ nên chưa lập được ${what}: ${d.problems.join(" ")}`);
  if (!d.members.length)
    throw invalid(
      `${d.table.clusterName} chưa có đơn vị thành viên năm ${d.table.year} nên chưa lập được ${what}. Hãy khai báo thành viên trong Danh bạ.`,
    );
  return d;
}

function minutesDetail(ctx: AppContext, input: ScoringMinutesInput): ScoreTableDetail {
  const d = usableDetail(ctx, input.tableId, "biên bản chấm điểm, xếp hạng");
  if (!d.results.some((r) => r.rank > 0))
    throw invalid(
      "Chưa đơn vị nào được chấm đủ điểm tất cả tiêu chí nên chưa lập được biên bản chấm điểm, xếp hạng.",
    );
  const memberIds = new Set(d.members.map((m) => m.unitId));
  if (input.presentUnitIds.some((u) => !memberIds.has(u)))
    throw invalid("Có đơn vị có mặt không thuộc cụm, khối thi đua này; hãy tải lại trang.", {
      presentUnitIds: "Đơn vị không thuộc cụm, khối",
    });
  return d;
}

const exportFile = (ctx: AppContext, stem: string, d: ScoreTableDetail, ext: string) =>
  inExportsDir(
    ctx.paths,
    `${stem}-${foldForSearch(d.table.clusterName)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")}-${d.table.year}.${ext}`,
  );

// The register refills the minutes from the table as it is now (scores changed → outdated).
export const scoreMinutesFill: FillResolver = (ctx, row, number) => {
  const input = documentInputOf(row) as ScoringMinutesInput;
  const d = minutesDetail(ctx, input);
  return minutesFillData(d, clusterKindOf(ctx, d), requireProfile(ctx), input, number);
};

export const scoringHandlers: HandlersFor<typeof scoringProcedures> = {
  "scoring.listTables": ({ year }, ctx) =>
    scoreTablesOfYear(ctx.db, year).map((t) => summary(ctx, t)),

  "scoring.getTable": ({ id }, ctx) => tableDetail(ctx, id),

  "scoring.createTable": ({ year, clusterId, name, from }, ctx) => {
    if (!clusterRows.byId(ctx.db, clusterId))
      throw notFound("Không tìm thấy cụm, khối thi đua này.");
    if (scoreTablesOfCluster(ctx.db, year, clusterId).length) {
      throw conflict(`Cụm, khối này đã có bảng điểm năm ${year}.`);
    }
    const id = ctx.db.transaction(() => {
      if (from === "copy") {
        const last = scoreTablesOfCluster(ctx.db, year - 1, clusterId)[0];
        if (!last) throw notFound(`Cụm, khối này chưa có bảng điểm năm ${year - 1} để sao chép.`);
        const tableId = scoreTableRows.save(
          ctx.db,
          undefined,
          {
            year,
            clusterId,
            name,
            bonusLimit: last.bonusLimit,
            penaltyLimit: last.penaltyLimit,
            tieBreak: last.tieBreak,
            prizes: last.prizes,
          },
          ctx.stamp(),
        )!;
        const old = criteriaOf(ctx, last.id);
        writeCriteria(
          ctx,
          tableId,
          old.map((c) => ({
            key: `copy-${c.id}`,
            parentKey: c.parentId ? `copy-${c.parentId}` : null,
            code: c.code,
            title: c.title,
            maxPoints: c.maxPoints,
            kind: c.kind,
          })),
        );
        return tableId;
      }
      const seeded = from === "seed002";
      const tableId = scoreTableRows.save(
        ctx.db,
        undefined,
        {
          year,
          clusterId,
          name,
          bonusLimit: seeded ? 10 : 0,
          penaltyLimit: seeded ? 10 : 0,
          tieBreak: "diem_chuan",
          prizes: seeded ? [10_000_000, 7_000_000, 5_000_000] : [],
        },
        ctx.stamp(),
      )!;
      if (seeded)
        writeCriteria(
          ctx,
          tableId,
          seed002Criteria.map((c, i) => ({ key: `s${i}`, parentKey: null, ...c })),
        );
      return tableId;
    });
    return summary(ctx, tableRow(ctx, id));
  },

  "scoring.saveTable": ({ id, prizes, ...values }, ctx) => {
    tableRow(ctx, id);
    scoreTableRows.save(ctx.db, id, { ...values, prizes }, ctx.stamp());
    return { ok: true as const };
  },

  "scoring.saveCriteria": ({ tableId, criteria }, ctx) => {
    const t = tableRow(ctx, tableId);
    const keys = new Set(criteria.map((c) => c.key));
    if (keys.size !== criteria.length) throw invalid("Có hai tiêu chí trùng khóa.");
    const asCriteria: Criterion[] = criteria.map((c) => ({
      id: c.key,
      parentId: c.parentKey,
      code: c.code,
      title: c.title,
      maxPoints: c.maxPoints,
      kind: c.kind,
    }));
    const problems = scoreTableProblems(asCriteria, {
      bonusLimit: t.bonusLimit,
      penaltyLimit: t.penaltyLimit,
    });
    if (problems.length) throw invalid(problems.join(" "));
    ctx.db.transaction(() => {
      for (const old of criteriaOf(ctx, tableId)) {
        if (keys.has(old.id)) continue;
        scoreCriterionRows.tombstone(ctx.db, old.id, ctx.clock.now());
        for (const s of scoresOfCriterion(ctx.db, old.id))
          memberScoreRows.tombstone(ctx.db, s.id, ctx.clock.now());
      }
      writeCriteria(ctx, tableId, criteria);
    });
    return { ok: true as const };
  },

  "scoring.saveScores": ({ tableId, unitId, entries }, ctx) => {
    const t = tableRow(ctx, tableId);
    if (!membersOf(ctx, t.clusterId, t.year).some((m) => m.unitId === unitId))
      throw invalid("Đơn vị này không thuộc cụm, khối thi đua của bảng điểm.");
    const criteria = new Map(leaves(criteriaOf(ctx, tableId)).map((c) => [c.id, c]));
    const problems: string[] = [];
    for (const e of entries) {
      const c = criteria.get(e.criterionId);
      if (!c) {
        problems.push("Có điểm cho tiêu chí không còn trong bảng điểm; hãy tải lại trang.");
        continue;
      }
      for (const v of [e.selfScore, e.reviewedScore]) {
        const p = v === null ? null : scoreProblem(c, v);
        if (p) problems.push(p);
      }
    }
    if (problems.length) throw invalid([...new Set(problems)].join(" "));
    ctx.db.transaction(() => {
      const existing = scoresOfTable(ctx.db, tableId, unitId);
      for (const e of entries) {
        const row = existing.find((s) => s.criterionId === e.criterionId);
        memberScoreRows.save(ctx.db, row?.id, { tableId, unitId, ...e }, ctx.stamp());
      }
    });
    return { ok: true as const };
  },

  "scoring.exportPact": async ({ id, docDate }, ctx) => {
    const d = usableDetail(ctx, id, "bản giao ước");
    const file = exportFile(ctx, "giao-uoc", d, "docx");
    writeFileAtomic(
      file,
      await pactDocx(d, clusterKindOf(ctx, d), requireProfile(ctx), { docDate }),
    );
    return { path: file };
  },

  "scoring.exportRanking": async ({ id, format }, ctx) => {
    const d = usableDetail(ctx, id, "bảng xếp hạng");
    const file = exportFile(ctx, "xep-hang", d, format);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (format === "docx") writeFileAtomic(file, await rankingDocx(d));
    else {
      const rows = rankingRows(d);
      await writeTable(
        file,
        `Xếp hạng ${d.table.year}`,
        rankingTitle(d),
        rankingColumns.map((c, i) => ({
          header: c.title,
          width: i === 1 ? 40 : 14,
          money: i === 8,
          // Points and money stay numbers in Excel; labels stay text.
          value: (r: number) => {
            const res = d.results[r]!;
            if (!res.rank || i < 2 || i === 7) return rows[r]![i]!;
            const v = [
              res.self.total,
              res.reviewed.base,
              res.reviewed.bonus,
              res.reviewed.penalty,
              res.reviewed.total,
            ][i - 2];
            return i === 8 ? res.prize || null : (v ?? null);
          },
        })),
        d.results.map((_, i) => i),
      );
    }
    return { path: file };
  },

  "scoring.generateMinutes": async (input, ctx) => {
    const d = minutesDetail(ctx, input);
    const row = await createDocument(ctx, {
      templateId: "bien-ban",
      docDate: input.docDate,
      summary: minutesSummary(d),
      signerName: input.chair,
      issuer: clusterAbbreviation(d.table.clusterName, clusterKindOf(ctx, d)),
      sourceKind: "score_minutes",
      sourceId: input.tableId,
      input,
    });
    return toRow(ctx, row);
  },

  "scoring.deleteTable": ({ id }, ctx) => {
    ctx.db.transaction(() => {
      for (const s of scoresOfTable(ctx.db, id))
        memberScoreRows.tombstone(ctx.db, s.id, ctx.clock.now());
      for (const c of criteriaOf(ctx, id))
        scoreCriterionRows.tombstone(ctx.db, c.id, ctx.clock.now());
      if (!scoreTableRows.tombstone(ctx.db, id, ctx.clock.now())) throw notFound();
    });
    return { ok: true as const };
  },
};
