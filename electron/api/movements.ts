import { documentInputOf } from "../../db/queries/documents";
import { awardNamesByIds, awardRows } from "../../db/queries/catalogue";
import { liveUnits, unitRows } from "../../db/queries/directory";
import {
  allocationsOfMovement,
  allocationsOfMovementUnordered,
  movementAllocationRows,
  movementRows,
  movementsOfYear,
  type MovementRow,
  quotaLinesOf,
} from "../../db/queries/movements";
import { builtInUnitKinds, type Movement, type movementsProcedures } from "../contract";
import { createDocument, toRow, type FillResolver } from "../documents/register";
import {
  movementPlanFillData,
  movementPlanSummary,
  type MovementLabels,
} from "../documents/movement-plan";
import { formatDate } from "../contract/format";
import { quotaForUnit, quotaLineProblems } from "../domain/quotas";
import type { AppContext } from "./context";
import { documentContext, signerOf } from "./lookups";
import { invalid, notFound } from "./errors";
import { listItems } from "./directory-units";
import { deadlineProviders } from "./plans";
import type { HandlersFor } from "./router";

function toMovement(ctx: AppContext, m: MovementRow): Movement {
  const allocations = allocationsOfMovement(ctx.db, m.id);
  const awardIds = allocations.map((a) => a.awardId);
  const names = awardIds.length ? awardNamesByIds(ctx.db, awardIds) : new Map<string, string>();
  return {
    id: m.id,
    kind: m.kind,
    name: m.name,
    theme: m.theme,
    slogan: m.slogan,
    startDate: m.startDate,
    endDate: m.endDate,
    year: m.year,
    legalBasisIds: m.legalBasisIds,
    purposes: m.purposes,
    requirements: m.requirements,
    targets: m.targets,
    participantUnitKinds: m.participantUnitKinds,
    participantCategories: m.participantCategories,
    registrationDeadline: m.registrationDeadline,
    dossierDeadline: m.dossierDeadline,
    reportDeadline: m.reportDeadline,
    launchLevel: m.launchLevel,
    scope: m.scope,
    launchDecisionDate: m.launchDecisionDate,
    allocations: allocations.map((a) => ({
      id: a.id,
      awardId: a.awardId,
      awardName: names.get(a.awardId) ?? "(đã xóa khỏi danh mục)",
      recipientKind: a.recipientKind,
      criteria: a.criteria,
      totalQuota: a.totalQuota,
      quotaLines: quotaLinesOf(a),
    })),
  };
}

function movementRow(ctx: AppContext, id: string) {
  const m = movementRows.byId(ctx.db, id);
  if (!m) throw notFound("Không tìm thấy phong trào này (có thể đã bị xóa).");
  return m;
}

/** Deadlines of the movements of a year join the dashboard. */
deadlineProviders.push((ctx, year) =>
  movementsOfYear(ctx.db, year, false).flatMap((m) =>
    (
      [
        [m.registrationDeadline, "Hạn đăng ký thi đua"],
        [m.dossierDeadline, "Hạn nộp hồ sơ khen thưởng"],
        [m.reportDeadline, "Hạn báo cáo"],
      ] as const
    )
      .filter(([date]) => date)
      .map(([date, what]) => ({
        date,
        title: `${what}: ${m.name}`,
        source: "Phong trào thi đua",
        status: "chua_bat_dau" as const,
        route: `/phong-trao/${m.id}`,
      })),
  ),
);

interface MovementPlanInput {
  movementId: string;
  docDate: string;
  signerId: string;
  noiNhan: string[];
  /** Kept so the register can warn about bases no longer in force on the document's date. */
  legalBasisIds: string[];
}

function movementLabels(ctx: AppContext): MovementLabels {
  const kinds = new Map(listItems(ctx, "unit_kind").map((k) => [k.code, k.label]));
  const categories = new Map(listItems(ctx, "person_category").map((k) => [k.code, k.label]));
  const unitNames = new Map(liveUnits(ctx.db).map((u) => [u.id, u.name]));
  return {
    unitKind: (k) => kinds.get(k) ?? k,
    category: (k) => categories.get(k) ?? k,
    unit: (id) => unitNames.get(id) ?? "(đơn vị đã xóa)",
  };
}

// The register refills the Kế hoạch from the movement as it is now, so edits mark the draft outdated.
export const movementPlanFill: FillResolver = (ctx, row, number) => {
  const input = documentInputOf(row) as MovementPlanInput;
  const m = movementRows.byId(ctx.db, input.movementId);
  if (!m) throw notFound("Phong trào của văn bản này đã bị xóa.");
  return movementPlanFillData(
    toMovement(ctx, m),
    movementLabels(ctx),
    { docDate: input.docDate, noiNhan: input.noiNhan },
    number,
    documentContext(ctx, row, signerOf(ctx, input.signerId)),
  );
};

export const movementsHandlers: HandlersFor<typeof movementsProcedures> = {
  "movements.list": ({ year }, ctx) => movementsOfYear(ctx.db, year).map((m) => toMovement(ctx, m)),
  "movements.get": ({ id }, ctx) => toMovement(ctx, movementRow(ctx, id)),
  "movements.save": (
    {
      id,
      allocations,
      legalBasisIds,
      targets,
      participantUnitKinds,
      participantCategories,
      ...values
    },
    ctx,
  ) => {
    const unitNames = new Map(liveUnits(ctx.db).map((u) => [u.id, u.name]));
    const kindLabel = (k: string) => (builtInUnitKinds as Record<string, string>)[k] ?? k;
    const problems: string[] = [];
    for (const a of allocations) {
      if (!awardRows.byId(ctx.db, a.awardId))
        problems.push("Một hình thức khen thưởng đã chọn không còn trong danh mục.");
      for (const l of a.quotaLines)
        if (l.scope === "don_vi" && !unitNames.has(l.unitId))
          problems.push("Một đơn vị trong chỉ tiêu không còn trong danh bạ.");
      problems.push(
        ...quotaLineProblems(a.quotaLines, {
          unitKind: kindLabel,
          unit: (u) => unitNames.get(u) ?? u,
        }),
      );
    }
    for (const d of [values.registrationDeadline, values.dossierDeadline, values.reportDeadline]) {
      if (d && d < values.startDate)
        problems.push(
          `Hạn ${formatDate(d)} trước ngày bắt đầu phong trào ${formatDate(values.startDate)}.`,
        );
    }
    if (problems.length) throw invalid([...new Set(problems)].join(" "));
    const savedId = ctx.db.transaction(() => {
      const row = {
        ...values,
        year: Number(values.startDate.slice(0, 4)),
        legalBasisIds,
        targets,
        participantUnitKinds,
        participantCategories,
      };
      const saved = movementRows.save(ctx.db, id, row, ctx.stamp());
      if (!saved) throw notFound("Không tìm thấy phong trào này (có thể đã bị xóa).");
      for (const old of allocationsOfMovementUnordered(ctx.db, saved))
        movementAllocationRows.tombstone(ctx.db, old.id, ctx.clock.now());
      allocations.forEach((a, i) =>
        movementAllocationRows.save(
          ctx.db,
          undefined,
          { ...a, movementId: saved, quotaLines: JSON.stringify(a.quotaLines), sortOrder: i },
          ctx.stamp(),
        ),
      );
      return saved;
    });
    return toMovement(ctx, movementRow(ctx, savedId));
  },
  "movements.delete": ({ id }, ctx) => {
    ctx.db.transaction(() => {
      for (const a of allocationsOfMovementUnordered(ctx.db, id))
        movementAllocationRows.tombstone(ctx.db, a.id, ctx.clock.now());
      if (!movementRows.tombstone(ctx.db, id, ctx.clock.now())) throw notFound();
    });
    return { ok: true as const };
  },
  "movements.generatePlan": async ({ id, docDate, signerId, noiNhan }, ctx) => {
    const m = movementRow(ctx, id);
    const signer = signerOf(ctx, signerId);
    const input: MovementPlanInput = {
      movementId: m.id,
      docDate,
      signerId,
      noiNhan,
      legalBasisIds: m.legalBasisIds,
    };
    const row = await createDocument(ctx, {
      templateId: "ke-hoach",
      docDate,
      summary: movementPlanSummary(m.name),
      signerName: signer.fullName,
      signer,
      sourceKind: "movement_plan",
      sourceId: m.id,
      input,
    });
    return toRow(ctx, row);
  },
  "movements.quotaForUnit": ({ allocationId, unitId }, ctx) => {
    const a = movementAllocationRows.byId(ctx.db, allocationId);
    const u = unitRows.byId(ctx.db, unitId);
    if (!a || !u) throw notFound();
    return {
      quota: quotaForUnit(quotaLinesOf(a), { id: u.id, kind: u.kind }),
    };
  },
};
