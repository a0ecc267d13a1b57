import { eq, inArray } from "drizzle-orm";
import { liveRow, liveRows, tombstoneRow, upsertRow } from "../../db/queries/sync-rows";
import { awardCatalogue, legalBases, movementAllocations, movements, units } from "../../db/schema";
import {
  builtInUnitKinds,
  type LegalBasis,
  type Movement,
  type movementsProcedures,
} from "../contract";
import { createDocument, requireProfile, toRow, type FillResolver } from "../documents/register";
import {
  movementPlanFillData,
  movementPlanSummary,
  type MovementLabels,
} from "../documents/movement-plan";
import { formatDate } from "../contract/format";
import { quotaForUnit, quotaLineProblems, type QuotaLine } from "../domain/quotas";
import type { AppContext } from "./context";
import { signerOf } from "./lookups";
import { invalid, notFound } from "./errors";
import { listItems } from "./directory-units";
import { deadlineProviders } from "./plans";
import type { HandlersFor } from "./router";

type MovementRow = typeof movements.$inferSelect;

function toMovement(ctx: AppContext, m: MovementRow): Movement {
  const allocations = liveRows(
    ctx.db,
    movementAllocations,
    [movementAllocations.sortOrder],
    eq(movementAllocations.movementId, m.id),
  );
  const awardIds = allocations.map((a) => a.awardId);
  const names = new Map(
    awardIds.length
      ? ctx.db
          .select({ id: awardCatalogue.id, name: awardCatalogue.name })
          .from(awardCatalogue)
          .where(inArray(awardCatalogue.id, awardIds))
          .all()
          .map((a) => [a.id, a.name])
      : [],
  );
  return {
    id: m.id,
    kind: m.kind as Movement["kind"],
    name: m.name,
    theme: m.theme,
    slogan: m.slogan,
    startDate: m.startDate,
    endDate: m.endDate,
    year: m.year,
    legalBasisIds: JSON.parse(m.legalBasisIds) as string[],
    purposes: m.purposes,
    requirements: m.requirements,
    targets: JSON.parse(m.targets) as Movement["targets"],
    participantUnitKinds: JSON.parse(m.participantUnitKinds) as string[],
    participantCategories: JSON.parse(m.participantCategories) as string[],
    registrationDeadline: m.registrationDeadline,
    dossierDeadline: m.dossierDeadline,
    reportDeadline: m.reportDeadline,
    allocations: allocations.map((a) => ({
      id: a.id,
      awardId: a.awardId,
      awardName: names.get(a.awardId) ?? "(đã xóa khỏi danh mục)",
      recipientKind: a.recipientKind as Movement["allocations"][number]["recipientKind"],
      criteria: a.criteria,
      totalQuota: a.totalQuota,
      quotaLines: JSON.parse(a.quotaLines) as QuotaLine[],
    })),
  };
}

function movementRow(ctx: AppContext, id: string) {
  const m = liveRow(ctx.db, movements, id);
  if (!m) throw notFound("Không tìm thấy phong trào này (có thể đã bị xóa).");
  return m;
}

/** Deadlines of the movements of a year join the dashboard. */
deadlineProviders.push((ctx, year) =>
  liveRows(ctx.db, movements, [], eq(movements.year, year)).flatMap((m) =>
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
  const unitNames = new Map(liveRows(ctx.db, units, []).map((u) => [u.id, u.name]));
  return {
    unitKind: (k) => kinds.get(k) ?? k,
    category: (k) => categories.get(k) ?? k,
    unit: (id) => unitNames.get(id) ?? "(đơn vị đã xóa)",
  };
}

// The register refills the Kế hoạch from the movement as it is now, so edits mark the draft outdated.
export const movementPlanFill: FillResolver = (ctx, row, number) => {
  const input = JSON.parse(row.input) as MovementPlanInput;
  const m = liveRow(ctx.db, movements, input.movementId);
  if (!m) throw notFound("Phong trào của văn bản này đã bị xóa.");
  const signer = signerOf(ctx, input.signerId);
  const bases = liveRows(ctx.db, legalBases, []).map((b) => ({
    ...b,
    docType: b.docType as LegalBasis["docType"],
  }));
  return movementPlanFillData(
    toMovement(ctx, m),
    movementLabels(ctx),
    { docDate: input.docDate, noiNhan: input.noiNhan },
    number,
    {
      profile: requireProfile(ctx),
      signer: { ...signer, authority: signer.authority as "" },
      legalBases: bases,
    },
  );
};

export const movementsHandlers: HandlersFor<typeof movementsProcedures> = {
  "movements.list": ({ year }, ctx) =>
    liveRows(ctx.db, movements, [movements.startDate], eq(movements.year, year)).map((m) =>
      toMovement(ctx, m),
    ),
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
    const unitNames = new Map(liveRows(ctx.db, units, []).map((u) => [u.id, u.name]));
    const kindLabel = (k: string) => (builtInUnitKinds as Record<string, string>)[k] ?? k;
    const problems: string[] = [];
    for (const a of allocations) {
      if (!liveRow(ctx.db, awardCatalogue, a.awardId))
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
        legalBasisIds: JSON.stringify(legalBasisIds),
        targets: JSON.stringify(targets),
        participantUnitKinds: JSON.stringify(participantUnitKinds),
        participantCategories: JSON.stringify(participantCategories),
      };
      const saved = upsertRow(ctx.db, movements, id, row, ctx.stamp());
      if (!saved) throw notFound("Không tìm thấy phong trào này (có thể đã bị xóa).");
      for (const old of liveRows(
        ctx.db,
        movementAllocations,
        [],
        eq(movementAllocations.movementId, saved),
      ))
        tombstoneRow(ctx.db, movementAllocations, old.id, ctx.clock.now());
      allocations.forEach((a, i) =>
        upsertRow(
          ctx.db,
          movementAllocations,
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
      for (const a of liveRows(
        ctx.db,
        movementAllocations,
        [],
        eq(movementAllocations.movementId, id),
      ))
        tombstoneRow(ctx.db, movementAllocations, a.id, ctx.clock.now());
      if (!tombstoneRow(ctx.db, movements, id, ctx.clock.now())) throw notFound();
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
      legalBasisIds: JSON.parse(m.legalBasisIds) as string[],
    };
    const row = await createDocument(ctx, {
      templateId: "ke-hoach",
      docDate,
      summary: movementPlanSummary(m.name),
      signerName: signer.fullName,
      sourceKind: "movement_plan",
      sourceId: m.id,
      input,
    });
    return toRow(ctx, row);
  },
  "movements.quotaForUnit": ({ allocationId, unitId }, ctx) => {
    const a = liveRow(ctx.db, movementAllocations, allocationId);
    const u = liveRow(ctx.db, units, unitId);
    if (!a || !u) throw notFound();
    return {
      quota: quotaForUnit(JSON.parse(a.quotaLines) as QuotaLine[], { id: u.id, kind: u.kind }),
    };
  },
};
