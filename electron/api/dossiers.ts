import { actorName, actorOf } from "../auth/actor";
import { attachmentExtensions, isAllowedFile } from "../contract/file-types";
import { writeFileAtomic } from "../atomic-write";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getSetting } from "../../db/queries/app-settings";
import { awardCatalogueOn, awardVersions, type AwardCatalogue } from "../../db/queries/catalogue";
import {
  householdRows,
  liveUnits,
  personRows,
  unitEvenDeleted,
  unitRows,
} from "../../db/queries/directory";
import {
  componentsOfDossier,
  componentsOfDossiers,
  countingNominationsOfYear,
  dossierComponentRows,
  dossierFileRows,
  dossierRows,
  dossiersReceived,
  eventsOfNomination,
  filesOfComponent,
  filesOfComponents,
  nominationEventRows,
  nominationRows,
  nominationsOfDossier,
  nominationsOfDossiers,
  type DossierComponentRow as ComponentRow,
  type DossierRow,
  type NominationRow,
} from "../../db/queries/dossiers";
import {
  allocationsOfMovement,
  movementEvenDeleted,
  movementRows,
  quotaLinesOf,
} from "../../db/queries/movements";
import { nomineeNames } from "../../db/queries/nominees";
import {
  componentKindLabels,
  manualNominationActions,
  nominationActionLabels,
  nominationStateLabels,
  nomineeKindLabels,
  type ComponentKind,
  type Dossier,
  type DossierComponent,
  type EligibilityResultRow,
  type Nomination,
  type NominationAction,
  type NominationState,
  type NomineeKind,
  type Profile,
  type StateCounts,
  type dossiersProcedures,
} from "../contract";
import { countsTowardQuota } from "../contract/vocabulary";
import {
  isEditable,
  isRequiredComponent,
  missingComponents,
  officeCanConfer,
  planTransition,
  transitionRules,
  nomineeId,
} from "../domain/nomination-states";
import {
  appraisalCells,
  appraisalColumns,
  appraisalListDocx,
  problemsText,
  summaryLine,
  type AppraisalRow,
} from "../documents/appraisal-list";
import { inForce } from "../domain/periods";
import { formatDate, isoDateOf } from "../domain/vietnamese";
import {
  commitNominationImport,
  planNominationImport,
  writeNominationTemplate,
  type NominationImportPlan,
} from "../exchange/nomination-import";
import { countByStatus, planFile, PreviewStore, shownFileName } from "../exchange/import-kit";
import { writeTable } from "../exchange/xlsx-write";
import { inExportsDir } from "../paths";
import type { AppContext } from "./context";
import { lookups } from "./directory-exchange";
import { checkEligibility, type CheckInput } from "./eligibility";
import { AppError, conflict, invalid, notFound } from "./errors";
import { withIncomingFile } from "./files";
import type { HandlersFor } from "./router";

const gone = "Không tìm thấy hồ sơ này (có thể đã bị xóa).";

function profileLevel(ctx: AppContext): Profile["level"] {
  const p = getSetting<Profile>(ctx.db, "profile");
  if (!p) throw invalid("Chưa khai báo cơ quan ban hành. Hãy hoàn tất phần Thiết lập trước.");
  return p.level;
}

function dossierRow(ctx: AppContext, id: string): DossierRow {
  const d = dossierRows.byId(ctx.db, id);
  if (!d) throw notFound(gone);
  return d;
}

// Awards ------------------------------------------------------------------------------------

// Nominees ----------------------------------------------------------------------------------

interface NomineeInfo {
  name: string;
  detail: string;
}

/** Names of the nominees of some nominations. */
function nomineeInfo(ctx: AppContext, rows: NominationRow[]): Map<string, NomineeInfo> {
  const out = new Map<string, NomineeInfo>();
  for (const [key, n] of nomineeNames(ctx.db, rows))
    out.set(
      key,
      key.startsWith("ca_nhan|")
        ? { name: n.name, detail: [n.position, n.unitName].filter(Boolean).join(", ") }
        : key.startsWith("tap_the|")
          ? { name: n.name, detail: n.unitName ?? "" }
          : {
              name: n.name,
              detail: n.address ?? "",
            },
    );
  return out;
}

const nomineeKey = (n: NominationRow) => `${n.nomineeKind}|${nomineeId(n)}`;

// Eligibility -------------------------------------------------------------------------------

export interface NominationEligibility {
  level: "ok" | "warning" | "blocking";
  results: EligibilityResultRow[];
}

type CheckNomination = CheckInput["nominations"][number];

/** Nominations of a year in all dossiers that still count (not returned, not refused). */
function yearNominations(ctx: AppContext, year: number) {
  return countingNominationsOfYear(ctx.db, year);
}

/** The movement's allocations as quotas, by award code. */
function movementQuotas(ctx: AppContext, movementId: string | null): CheckInput["quotas"] {
  if (!movementId) return [];
  const codes = new Map(awardVersions(ctx.db, false).map((a) => [a.id, a.code] as const));
  return allocationsOfMovement(ctx.db, movementId).flatMap((a) => {
    const code = codes.get(a.awardId);
    if (!code) return [];
    let lines: CheckInput["quotas"][number]["lines"] = [];
    try {
      const parsed: unknown = quotaLinesOf(a);
      if (Array.isArray(parsed)) lines = parsed as typeof lines;
    } catch {
      lines = [];
    }
    return [{ awardCode: code, totalQuota: a.totalQuota, lines }];
  });
}

/**
 * The eligibility and quota checks of every nomination of some dossiers: one bulk call per
 * dossier, with the same year's nominations of the other dossiers as `others` (duplicates,
 * quotas, caps) and the dossier's movement's allocations as quotas.
 */
function evaluateDossiers(ctx: AppContext, list: Loaded[]): Map<string, NominationEligibility> {
  const out = new Map<string, NominationEligibility>();
  const byYear = new Map<number, ReturnType<typeof yearNominations>>();
  for (const l of list) {
    if (!l.nominations.length) continue;
    const d = l.dossier;
    let year = byYear.get(d.year);
    if (!year) byYear.set(d.year, (year = yearNominations(ctx, d.year)));
    const others: CheckNomination[] = year
      .filter((o) => o.dossier_id !== d.id)
      .map((o) => ({
        nominee: {
          kind: o.nominee_kind,
          id: nomineeId({
            nomineeKind: o.nominee_kind,
            personId: o.person_id,
            unitId: o.unit_id,
            householdId: o.household_id,
          }),
          name: "",
        },
        awardCode: o.award_code,
        year: d.year,
        unitId: o.dossier_unit,
        label: `hồ sơ của ${o.unit_name ?? "đơn vị đã xóa"}, tiếp nhận ngày ${formatDate(o.received_date)}`,
        nominationId: null,
      }));
    // A returned or refused nomination is still checked, but it no longer counts toward the
    // quotas of the others (countsTowardQuota), nor they toward its own.
    const counting = l.nominations.filter((n) => countsTowardQuota(n.state));
    const asides = l.nominations.filter((n) => !countsTowardQuota(n.state));
    const toCheck = (n: NominationRow): CheckNomination => ({
      nominee: {
        kind: n.nomineeKind,
        id: nomineeId(n),
        name: l.names.get(nomineeKey(n))?.name ?? "",
      },
      awardCode: n.awardCode,
      year: d.year,
      unitId: d.unitId,
      label: l.names.get(nomineeKey(n))?.name ?? "",
      nominationId: n.id,
    });
    const quotas = movementQuotas(ctx, d.movementId);
    const groups: [NominationRow[], typeof quotas][] = [
      [counting, quotas],
      [asides, []],
    ];
    for (const [group, withQuotas] of groups) {
      if (!group.length) continue;
      const results = checkEligibility(ctx, {
        nominations: group.map(toCheck),
        others,
        quotas: withQuotas,
        extraRules: [],
      });
      group.forEach((n, i) => {
        const r = results[i];
        if (r) out.set(n.id, { level: r.level, results: r.results });
      });
    }
  }
  return out;
}

/** The facts planTransition needs about a nomination's eligibility. */
function eligibilityFacts(n: NominationRow, e: NominationEligibility | undefined) {
  const level = e?.level ?? "ok";
  return {
    eligibility: level,
    eligibilityMessages: (e?.results ?? [])
      .filter((r) => r.level === level && level !== "ok")
      .map((r) => r.message),
    eligibilityOverride: n.eligibilityOverrideReason,
  };
}

// Dossier summaries -------------------------------------------------------------------------

interface Loaded {
  dossier: DossierRow;
  nominations: NominationRow[];
  components: ComponentRow[];
  names: Map<string, NomineeInfo>;
}

function load(ctx: AppContext, list: DossierRow[]): Loaded[] {
  if (!list.length) return [];
  const ids = list.map((d) => d.id);
  const noms = nominationsOfDossiers(ctx.db, ids);
  const comps = componentsOfDossiers(ctx.db, ids);
  const names = nomineeInfo(ctx, noms);
  return list.map((dossier) => ({
    dossier,
    nominations: noms.filter((n) => n.dossierId === dossier.id),
    components: comps.filter((c) => c.dossierId === dossier.id),
    names,
  }));
}

function missingOf(l: Loaded): string[] {
  return missingComponents(
    l.components.map((c) => ({
      kind: c.kind,
      title: c.title,
      present: c.present,
      nomineeKind: c.nomineeKind,
      nomineeId: c.nomineeId,
    })),
    l.nominations.map((n) => ({
      kind: n.nomineeKind,
      id: nomineeId(n),
      name: l.names.get(nomineeKey(n))?.name ?? "(đã xóa khỏi danh bạ)",
    })),
  );
}

function countStates(rows: NominationRow[]): StateCounts {
  const counts: StateCounts = {};
  for (const n of rows) {
    const s = n.state;
    counts[s] = (counts[s] ?? 0) + 1;
  }
  return counts;
}

function toDossier(ctx: AppContext, l: Loaded): Dossier {
  const d = l.dossier;
  const unit = unitEvenDeleted(ctx.db, d.unitId);
  const movement = d.movementId ? movementEvenDeleted(ctx.db, d.movementId) : undefined;
  return {
    id: d.id,
    unitId: d.unitId,
    unitName: unit?.name ?? "(đơn vị đã xóa)",
    year: d.year,
    movementId: d.movementId,
    movementName: movement ? movement.name : "",
    kind: d.kind,
    receivedDate: d.receivedDate,
    unitDocNumber: d.unitDocNumber,
    unitDocDate: d.unitDocDate,
    note: d.note,
    overrideReason: d.overrideReason,
    nominationCount: l.nominations.length,
    stateCounts: countStates(l.nominations),
    missing: missingOf(l),
  };
}

function filesOf(ctx: AppContext, componentIds: string[]) {
  if (!componentIds.length) return [];
  return filesOfComponents(ctx.db, componentIds);
}

function toComponents(ctx: AppContext, l: Loaded): DossierComponent[] {
  const files = filesOf(
    ctx,
    l.components.map((c) => c.id),
  );
  const kindOrder: ComponentKind[] = [
    "to_trinh",
    "bien_ban_hop_xet",
    "bao_cao_thanh_tich",
    "minh_chung",
  ];
  return [...l.components]
    .sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind))
    .map((c) => {
      const kind = c.kind;
      const owner = c.nomineeKind ? l.names.get(`${c.nomineeKind}|${c.nomineeId}`) : undefined;
      return {
        id: c.id,
        kind,
        title:
          kind === "minh_chung"
            ? c.title
            : kind === "bao_cao_thanh_tich"
              ? `${componentKindLabels[kind]}: ${owner?.name ?? "(đã xóa khỏi danh bạ)"}`
              : componentKindLabels[kind],
        required: isRequiredComponent(kind),
        present: c.present,
        nomineeKind: c.nomineeKind,
        nomineeId: c.nomineeId,
        files: files
          .filter((f) => f.componentId === c.id)
          .map((f) => ({ id: f.id, name: f.name, path: f.path, size: f.size })),
      };
    });
}

function toNomination(
  ctx: AppContext,
  l: Loaded,
  n: NominationRow,
  awards: AwardCatalogue,
  level: Profile["level"],
  missing: string[],
  eligibility: NominationEligibility | undefined,
): Nomination {
  const award = awards.on(n.awardCode, l.dossier.receivedDate);
  const canConfer = award ? officeCanConfer(award.conferredBy, level) : true;
  const state = n.state;
  const actions = manualNominationActions
    .filter((a) => transitionRules[a].from.includes(state))
    .filter((a) => {
      const here = transitionRules[a].conferHere;
      return here === undefined || here === canConfer;
    })
    .map((action) => {
      const plan = planTransition({
        from: state,
        action,
        reason: "(lý do nhập khi thực hiện)",
        missing,
        overrideReason: l.dossier.overrideReason,
        officeCanConfer: canConfer,
        ...eligibilityFacts(n, eligibility),
      });
      return { action, blockedBy: plan.ok ? null : plan.message };
    });
  const info = l.names.get(nomineeKey(n));
  return {
    id: n.id,
    dossierId: n.dossierId,
    nomineeKind: n.nomineeKind,
    personId: n.personId,
    unitId: n.unitId,
    householdId: n.householdId,
    nomineeName: info?.name ?? "(đã xóa khỏi danh bạ)",
    nomineeDetail: info?.detail ?? "",
    awardCode: n.awardCode,
    awardName: award?.name ?? `${n.awardCode} (không còn trong danh mục)`,
    officeCanConfer: canConfer,
    summary: n.summary,
    state,
    stateChangedAt: n.stateChangedAt,
    eligibility: eligibility ?? { level: "ok", results: [] },
    eligibilityOverride:
      n.eligibilityOverrideReason && n.eligibilityOverrideAt !== null
        ? {
            reason: n.eligibilityOverrideReason,
            by: actorLabel(ctx, n.eligibilityOverrideBy ?? ""),
            at: n.eligibilityOverrideAt,
          }
        : null,
    actions,
  };
}

function detail(ctx: AppContext, id: string) {
  const [l] = load(ctx, [dossierRow(ctx, id)]);
  const loaded = l!;
  const awards = awardCatalogueOn(ctx.db);
  const level = profileLevel(ctx);
  const dossier = toDossier(ctx, loaded);
  const eligibility = evaluateDossiers(ctx, [loaded]);
  return {
    dossier,
    components: toComponents(ctx, loaded),
    nominations: loaded.nominations.map((n) =>
      toNomination(ctx, loaded, n, awards, level, dossier.missing, eligibility.get(n.id)),
    ),
  };
}

// Components --------------------------------------------------------------------------------

function componentRow(ctx: AppContext, id: string) {
  const c = dossierComponentRows.byId(ctx.db, id);
  if (!c) throw notFound("Không tìm thấy thành phần hồ sơ này (có thể đã bị xóa).");
  return c;
}

function componentOut(ctx: AppContext, componentId: string): DossierComponent {
  const c = componentRow(ctx, componentId);
  const [l] = load(ctx, [dossierRow(ctx, c.dossierId)]);
  const out = toComponents(ctx, l!).find((x) => x.id === componentId);
  if (!out) throw notFound();
  return out;
}

/** Keeps one Báo cáo thành tích per nominee of the dossier: adds missing ones, drops orphans. */
function syncReports(ctx: AppContext, dossierId: string) {
  const noms = nominationsOfDossier(ctx.db, dossierId);
  const reports = componentsOfDossier(ctx.db, dossierId, "bao_cao_thanh_tich");
  const wanted = new Map(noms.map((n) => [nomineeKey(n), n]));
  const have = new Set<string>();
  for (const r of reports) {
    const key = `${r.nomineeKind}|${r.nomineeId}`;
    if (wanted.has(key) && !have.has(key)) {
      have.add(key);
      continue;
    }
    for (const f of filesOfComponent(ctx.db, r.id))
      dossierFileRows.tombstone(ctx.db, f.id, ctx.clock.now());
    dossierComponentRows.tombstone(ctx.db, r.id, ctx.clock.now());
  }
  let order = 10;
  for (const [key, n] of wanted) {
    order++;
    if (have.has(key)) continue;
    dossierComponentRows.save(
      ctx.db,
      undefined,
      {
        dossierId,
        kind: "bao_cao_thanh_tich",
        title: "",
        present: false,
        nomineeKind: n.nomineeKind,
        nomineeId: nomineeId(n),
        sortOrder: order,
      },
      ctx.stamp(),
    );
  }
}

const maxAttachmentBytes = 50 * 1024 * 1024;

/** Stores a file once by its content: attachments/<sha256>.<ext>; returns its data-folder path. */
function storeAttachment(ctx: AppContext, abs: string) {
  const ext = path.extname(abs).toLowerCase();
  if (!isAllowedFile(abs, attachmentExtensions))
    throw invalid(
      "Chỉ đính kèm được tệp PDF, ảnh (JPG, PNG, TIFF), Word (.doc, .docx, .odt) hoặc Excel (.xls, .xlsx).",
    );
  const size = fs.statSync(abs).size;
  if (size === 0) throw invalid("Tệp đã chọn rỗng.");
  if (size > maxAttachmentBytes)
    throw invalid("Tệp quá lớn (tối đa 50 MB). Hãy quét với độ phân giải thấp hơn.");
  const bytes = fs.readFileSync(abs);
  const sha = createHash("sha256").update(bytes).digest("hex");
  const target = path.join(ctx.paths.attachments, `${sha}${ext}`);
  if (!fs.existsSync(target)) {
    writeFileAtomic(target, bytes);
  }
  return {
    sha,
    size,
    rel: path.relative(ctx.paths.dataDir, target).split(path.sep).join("/"),
  };
}

// Nominations -------------------------------------------------------------------------------

function nominationRow(ctx: AppContext, id: string) {
  const n = nominationRows.byId(ctx.db, id);
  if (!n) throw notFound("Không tìm thấy đề nghị này (có thể đã bị xóa).");
  return n;
}

function recordEvent(
  ctx: AppContext,
  nominationId: string,
  action: string,
  fromState: NominationState | null,
  toState: NominationState,
  reason: string,
) {
  nominationEventRows.save(
    ctx.db,
    undefined,
    { nominationId, action, fromState, toState, reason, actor: actorOf(ctx), at: ctx.clock.now() },
    ctx.stamp(),
  );
}

function checkNominee(
  ctx: AppContext,
  kind: NomineeKind,
  personId: string | null,
  unitId: string | null,
  householdId: string | null,
) {
  if (kind === "ca_nhan" && !(personId && personRows.byId(ctx.db, personId)))
    throw invalid("Cá nhân được đề nghị không còn trong danh bạ.", { nominee: "Chọn lại cá nhân" });
  if (kind === "tap_the" && !(unitId && unitRows.byId(ctx.db, unitId)))
    throw invalid("Tập thể được đề nghị không còn trong danh bạ.", { nominee: "Chọn lại tập thể" });
  if (kind === "ho_gia_dinh" && !(householdId && householdRows.byId(ctx.db, householdId)))
    throw invalid("Hộ gia đình được đề nghị không còn trong danh bạ.", { nominee: "Chọn lại hộ" });
}

const eventActionLabels: Record<string, string> = {
  ...nominationActionLabels,
  tao: "Tiếp nhận đề nghị",
  nhap_excel: "Tiếp nhận (nhập từ Excel)",
  nhan_goi: "Tiếp nhận (gói dữ liệu USB)",
  chap_nhan_canh_bao: "Chấp nhận cảnh báo điều kiện",
  bo_chap_nhan_canh_bao: "Bỏ chấp nhận cảnh báo điều kiện",
};

/** The app has no user accounts: who did something is the installation that did it. */
const actorLabel = actorName;

/** States in which the officer may still accept (or withdraw acceptance of) the warnings. */
const overridableStates: NominationState[] = ["tiep_nhan", "tham_dinh", "tra_lai"];

/**
 * Moves nominations by any rule of electron/domain/nomination-states.ts, all or none, recording
 * an event for each. The renderer may ask only for the manual actions (dossiers.transition);
 * council meetings and decisions call this with theirs. Synchronous, so it can run inside their
 * transactions.
 */
export function transitionNominations(
  ctx: AppContext,
  ids: string[],
  action: NominationAction,
  reason: string,
): { moved: number } {
  const rows = [...new Set(ids)].map((i) => nominationRow(ctx, i));
  const loaded = new Map(
    load(
      ctx,
      [...new Set(rows.map((r) => r.dossierId))].map((d) => dossierRow(ctx, d)),
    ).map((l) => [l.dossier.id, l]),
  );
  const awards = awardCatalogueOn(ctx.db);
  const level = profileLevel(ctx);
  const missing = new Map([...loaded.values()].map((l) => [l.dossier.id, missingOf(l)]));
  const eligibility = transitionRules[action].needsEligibility
    ? evaluateDossiers(ctx, [...loaded.values()])
    : new Map<string, NominationEligibility>();
  const planned = rows.map((n) => {
    const l = loaded.get(n.dossierId)!;
    const award = awards.on(n.awardCode, l.dossier.receivedDate);
    const plan = planTransition({
      from: n.state,
      action,
      reason,
      missing: missing.get(n.dossierId) ?? [],
      overrideReason: l.dossier.overrideReason,
      officeCanConfer: award ? officeCanConfer(award.conferredBy, level) : true,
      ...eligibilityFacts(n, eligibility.get(n.id)),
    });
    if (!plan.ok) {
      const who = l.names.get(nomineeKey(n))?.name ?? "Đề nghị";
      throw conflict(
        rows.length > 1 ? `${who}: ${plan.message} Chưa đề nghị nào được chuyển.` : plan.message,
      );
    }
    const note = plan.overridden
      ? [
          reason,
          `Bỏ qua thành phần còn thiếu (${(missing.get(n.dossierId) ?? []).join("; ")}): ${l.dossier.overrideReason}`,
        ]
          .filter(Boolean)
          .join(" — ")
      : reason;
    return { n, to: plan.to, note };
  });
  ctx.db.transaction(() => {
    const now = ctx.clock.now();
    for (const p of planned) {
      nominationRows.save(ctx.db, p.n.id, { state: p.to, stateChangedAt: now }, ctx.stamp());
      recordEvent(ctx, p.n.id, action, p.n.state, p.to, p.note);
    }
  });
  return { moved: planned.length };
}

// Appraisal list ----------------------------------------------------------------------------

const levelOrder = { blocking: 0, warning: 1, ok: 2 } as const;

/** The rows of the danh sách thẩm định for some dossiers, in the order of the dossiers. */
/** When and why a returned nomination went back to its unit (its latest return). */
function lastReturn(ctx: AppContext, nominationId: string): AppraisalRow["returned"] {
  const event = eventsOfNomination(ctx.db, nominationId)
    .filter((e) => e.toState === "tra_lai")
    .sort((a, b) => b.at - a.at)[0];
  return event ? { on: isoDateOf(event.at), reason: event.reason } : null;
}

function appraisalRows(ctx: AppContext, list: DossierRow[]): AppraisalRow[] {
  const loaded = load(ctx, list);
  const awards = awardCatalogueOn(ctx.db);
  const eligibility = evaluateDossiers(ctx, loaded);
  const unitNames = new Map(
    liveUnits(ctx.db)
      .filter((u) => list.some((d) => d.unitId === u.id))
      .map((u) => [u.id, u.name] as const),
  );
  return loaded.flatMap((l) =>
    l.nominations.map((n) => {
      const e = eligibility.get(n.id) ?? { level: "ok" as const, results: [] };
      const info = l.names.get(nomineeKey(n));
      return {
        nominee: info?.name ?? "(đã xóa khỏi danh bạ)",
        detail: info?.detail ?? "",
        unit: unitNames.get(l.dossier.unitId) ?? "(đơn vị đã xóa)",
        award: awards.on(n.awardCode, l.dossier.receivedDate)?.name ?? n.awardCode,
        state: nominationStateLabels[n.state],
        level: e.level,
        problems: [...e.results]
          .filter((r) => r.level !== "ok")
          .sort((a, b) => levelOrder[a.level] - levelOrder[b.level])
          .map((r) => r.message),
        override:
          n.eligibilityOverrideReason && n.eligibilityOverrideAt !== null
            ? `${n.eligibilityOverrideReason} (ngày ${formatDate(isoDateOf(n.eligibilityOverrideAt))})`
            : "",
        returned: n.state === "tra_lai" ? lastReturn(ctx, n.id) : null,
      };
    }),
  );
}

/** Previews of nomination imports waiting for the officer's confirmation. */
const pendingImports = new PreviewStore<NominationImportPlan>();

export const dossiersHandlers: HandlersFor<typeof dossiersProcedures> = {
  "dossiers.list": ({ year, movementId, unitId, state }, ctx) => {
    const all = load(ctx, dossiersReceived(ctx.db, { year, movementId, unitId }));
    const rows = all
      .filter((l) => !state || l.nominations.some((n) => n.state === state))
      .map((l) => toDossier(ctx, l))
      .reverse();
    const stateCounts = countStates(all.flatMap((l) => l.nominations));
    return { rows, stateCounts, total: all.length };
  },
  "dossiers.get": ({ id }, ctx) => detail(ctx, id),
  "dossiers.save": ({ id, ...values }, ctx) => {
    if (!unitRows.byId(ctx.db, values.unitId))
      throw invalid("Đơn vị trình không còn trong danh bạ.", { unitId: "Chọn lại đơn vị" });
    if (values.movementId && !movementRows.byId(ctx.db, values.movementId))
      throw invalid("Phong trào đã chọn không còn.", { movementId: "Chọn lại phong trào" });
    const savedId = ctx.db.transaction(() => {
      const saved = dossierRows.save(ctx.db, id, values, ctx.stamp());
      if (!saved) throw notFound(gone);
      if (!id)
        (["to_trinh", "bien_ban_hop_xet"] as const).forEach((kind, i) =>
          dossierComponentRows.save(
            ctx.db,
            undefined,
            { dossierId: saved, kind, title: "", present: false, sortOrder: i },
            ctx.stamp(),
          ),
        );
      return saved;
    });
    const [l] = load(ctx, [dossierRow(ctx, savedId)]);
    return toDossier(ctx, l!);
  },
  "dossiers.delete": ({ id }, ctx) => {
    dossierRow(ctx, id);
    const noms = nominationsOfDossier(ctx.db, id);
    const moved = noms.filter((n) => n.state !== "tiep_nhan");
    if (moved.length)
      throw conflict(
        `Không xóa được: ${moved.length} đề nghị trong hồ sơ đã qua bước tiếp nhận (thẩm định, trả lại, trình Hội đồng…). Chỉ xóa hồ sơ khi mọi đề nghị còn ở bước tiếp nhận.`,
      );
    const now = ctx.clock.now();
    ctx.db.transaction(() => {
      const comps = componentsOfDossier(ctx.db, id);
      for (const f of filesOf(
        ctx,
        comps.map((c) => c.id),
      ))
        dossierFileRows.tombstone(ctx.db, f.id, now);
      for (const c of comps) dossierComponentRows.tombstone(ctx.db, c.id, now);
      for (const n of noms) nominationRows.tombstone(ctx.db, n.id, now);
      dossierRows.tombstone(ctx.db, id, now);
    });
    return { ok: true as const };
  },
  "dossiers.addEvidence": ({ dossierId, title }, ctx) => {
    dossierRow(ctx, dossierId);
    const newId = dossierComponentRows.save(
      ctx.db,
      undefined,
      { dossierId, kind: "minh_chung", title, present: false, sortOrder: 1000 },
      ctx.stamp(),
    );
    return componentOut(ctx, newId!);
  },
  "dossiers.removeComponent": ({ id }, ctx) => {
    const c = componentRow(ctx, id);
    if (c.kind !== "minh_chung")
      throw conflict(
        "Tờ trình, Biên bản họp xét và Báo cáo thành tích là thành phần bắt buộc, không xóa được. Nếu chưa có, hãy để trống hoặc ghi lý do bỏ qua ở hồ sơ.",
      );
    const now = ctx.clock.now();
    ctx.db.transaction(() => {
      for (const f of filesOf(ctx, [id])) dossierFileRows.tombstone(ctx.db, f.id, now);
      dossierComponentRows.tombstone(ctx.db, id, now);
    });
    return { ok: true as const };
  },
  "dossiers.setPresent": ({ id, present }, ctx) => {
    componentRow(ctx, id);
    if (!present && filesOf(ctx, [id]).length)
      throw conflict("Thành phần này còn tệp đính kèm. Gỡ tệp trước khi đánh dấu là chưa có.");
    dossierComponentRows.save(ctx.db, id, { present }, ctx.stamp());
    return componentOut(ctx, id);
  },
  "dossiers.attachFile": ({ componentId, path: file }, ctx) =>
    withIncomingFile(ctx, file, (abs) => {
      componentRow(ctx, componentId);
      const stored = storeAttachment(ctx, abs);
      if (filesOf(ctx, [componentId]).some((f) => f.sha256 === stored.sha))
        throw conflict("Tệp này đã được đính kèm vào thành phần này.");
      ctx.db.transaction(() => {
        dossierFileRows.save(
          ctx.db,
          undefined,
          {
            componentId,
            name: shownFileName(abs),
            path: stored.rel,
            sha256: stored.sha,
            size: stored.size,
          },
          ctx.stamp(),
        );
        dossierComponentRows.save(ctx.db, componentId, { present: true }, ctx.stamp());
      });
      return componentOut(ctx, componentId);
    }),
  "dossiers.removeFile": ({ id }, ctx) => {
    // The bytes stay under attachments/: other records may share the same content.
    if (!dossierFileRows.tombstone(ctx.db, id, ctx.clock.now()))
      throw notFound("Không tìm thấy tệp đính kèm này.");
    return { ok: true as const };
  },
  "dossiers.fileCopy": ({ id }, ctx) => {
    const f = dossierFileRows.byId(ctx.db, id);
    if (!f) throw notFound("Không tìm thấy tệp đính kèm này.");
    const src = path.join(ctx.paths.dataDir, f.path);
    if (!fs.existsSync(src))
      throw notFound(
        "Tệp đính kèm không còn trong thư mục dữ liệu (attachments). Hãy đính kèm lại.",
      );
    const dir = inExportsDir(ctx.paths, "ho-so", f.sha256.slice(0, 12));
    const target = path.join(dir, f.name.replace(/[\\/:*?"<>|]/g, "_"));
    writeFileAtomic(target, fs.readFileSync(src));
    return { path: target };
  },
  "dossiers.saveNomination": ({ id, dossierId, ...values }, ctx) => {
    const d = dossierRow(ctx, dossierId);
    const before = id ? nominationRow(ctx, id) : undefined;
    if (before && before.dossierId !== dossierId) throw invalid("Đề nghị không thuộc hồ sơ này.");
    if (before && !isEditable(before.state))
      throw conflict(
        `Đề nghị đang ở bước “${nominationStateLabels[before.state]}”, không sửa được nữa.`,
      );
    const kind = values.nomineeKind;
    const ids = {
      personId: kind === "ca_nhan" ? values.personId : null,
      unitId: kind === "tap_the" ? values.unitId : null,
      householdId: kind === "ho_gia_dinh" ? values.householdId : null,
    };
    checkNominee(ctx, kind, ids.personId, ids.unitId, ids.householdId);
    const award = awardCatalogueOn(ctx.db).inForce(values.awardCode, d.receivedDate);
    if (!award)
      throw invalid(
        `Danh hiệu, hình thức “${values.awardCode}” không có trong danh mục hoặc không còn hiệu lực vào ngày tiếp nhận ${formatDate(d.receivedDate)}.`,
        { awardCode: "Chọn lại danh hiệu, hình thức" },
      );
    if (award.recipientKind !== kind)
      throw invalid(
        `“${award.name}” dành cho ${nomineeKindLabels[award.recipientKind].toLowerCase()}, không dành cho ${nomineeKindLabels[kind].toLowerCase()}.`,
        { awardCode: "Chọn hình thức phù hợp với đối tượng" },
      );
    const twin = nominationsOfDossier(ctx.db, dossierId).find(
      (n) =>
        n.id !== id &&
        n.awardCode === values.awardCode &&
        nomineeKey(n) === `${kind}|${nomineeId({ nomineeKind: kind, ...ids })}`,
    );
    if (twin) throw conflict(`Hồ sơ đã có đề nghị “${award.name}” cho đối tượng này.`);
    const savedId = ctx.db.transaction(() => {
      const now = ctx.clock.now();
      const row = {
        dossierId,
        nomineeKind: kind,
        ...ids,
        awardCode: values.awardCode,
        summary: values.summary,
      };
      const count = nominationsOfDossier(ctx.db, dossierId).length;
      const saved = id
        ? nominationRows.save(ctx.db, id, row, ctx.stamp())
        : nominationRows.save(
            ctx.db,
            undefined,
            { ...row, state: "tiep_nhan", stateChangedAt: now, sortOrder: count },
            ctx.stamp(),
          );
      if (!saved) throw notFound("Không tìm thấy đề nghị này (có thể đã bị xóa).");
      if (!id) recordEvent(ctx, saved, "tao", null, "tiep_nhan", "");
      syncReports(ctx, dossierId);
      return saved;
    });
    const saved = detail(ctx, dossierId).nominations.find((n) => n.id === savedId);
    if (!saved) throw notFound("Không tìm thấy đề nghị này (có thể đã bị xóa).");
    return saved;
  },
  "dossiers.deleteNomination": ({ id }, ctx) => {
    const n = nominationRow(ctx, id);
    if (!isEditable(n.state))
      throw conflict(`Đề nghị đang ở bước “${nominationStateLabels[n.state]}”, không xóa được.`);
    ctx.db.transaction(() => {
      nominationRows.tombstone(ctx.db, id, ctx.clock.now());
      syncReports(ctx, n.dossierId);
    });
    return { ok: true as const };
  },
  "dossiers.transition": ({ ids, action, reason }, ctx) =>
    transitionNominations(ctx, ids, action, reason),
  "dossiers.overrideEligibility": ({ id, reason }, ctx) => {
    const n = nominationRow(ctx, id);
    const state = n.state;
    if (!overridableStates.includes(state))
      throw conflict(
        `Đề nghị đang ở bước “${nominationStateLabels[state]}”: chỉ chấp nhận hoặc bỏ chấp nhận cảnh báo trước khi trình Hội đồng.`,
      );
    const now = ctx.clock.now();
    if (!reason) {
      if (!n.eligibilityOverrideReason)
        throw invalid("Phải ghi lý do chấp nhận cảnh báo.", {
          reason: "Ghi lý do chấp nhận cảnh báo",
        });
      ctx.db.transaction(() => {
        nominationRows.save(
          ctx.db,
          id,
          {
            eligibilityOverrideReason: "",
            eligibilityOverrideBy: null,
            eligibilityOverrideAt: null,
          },
          ctx.stamp(),
        );
        recordEvent(
          ctx,
          id,
          "bo_chap_nhan_canh_bao",
          state,
          state,
          `Lý do đã ghi trước đó: ${n.eligibilityOverrideReason}`,
        );
      });
      return { ok: true as const };
    }
    const [l] = load(ctx, [dossierRow(ctx, n.dossierId)]);
    const e = evaluateDossiers(ctx, [l!]).get(id);
    const messages = (level: string) =>
      (e?.results ?? []).filter((r) => r.level === level).map((r) => r.message);
    if (!e || e.level === "ok")
      throw conflict("Đề nghị đạt mọi điều kiện, không có cảnh báo nào cần chấp nhận.");
    if (e.level === "blocking")
      throw conflict(
        `Đề nghị có điều kiện không đạt: ${messages("blocking").join(" ")} Chỉ chấp nhận được cảnh báo, không bỏ qua được điều kiện không đạt.`,
      );
    ctx.db.transaction(() => {
      nominationRows.save(
        ctx.db,
        id,
        {
          eligibilityOverrideReason: reason,
          eligibilityOverrideBy: actorOf(ctx),
          eligibilityOverrideAt: now,
        },
        ctx.stamp(),
      );
      recordEvent(
        ctx,
        id,
        "chap_nhan_canh_bao",
        state,
        state,
        `${reason} — Cảnh báo: ${messages("warning").join(" ")}`,
      );
    });
    return { ok: true as const };
  },
  "dossiers.appraisalList": async ({ dossierId, year, format }, ctx) => {
    const profile = getSetting<Profile>(ctx.db, "profile");
    if (!profile)
      throw invalid("Chưa khai báo cơ quan ban hành. Hãy hoàn tất phần Thiết lập trước.");
    let list: DossierRow[];
    let subtitle: string;
    let fileName: string;
    if (dossierId) {
      const d = dossierRow(ctx, dossierId);
      const unit = unitRows.byId(ctx.db, d.unitId);
      list = [d];
      subtitle = `Hồ sơ đề nghị khen thưởng năm ${d.year} của ${unit?.name ?? "đơn vị đã xóa"}${d.unitDocNumber ? ` (Tờ trình số ${d.unitDocNumber})` : ""}, tiếp nhận ngày ${formatDate(d.receivedDate)}`;
      fileName = `danh-sach-tham-dinh-${d.year}-ho-so-${d.id.slice(0, 8)}.${format}`;
    } else {
      const y = year!;
      list = dossiersReceived(ctx.db, { year: y });
      subtitle = `Các hồ sơ đề nghị khen thưởng năm ${y} (${list.length} hồ sơ)`;
      fileName = `danh-sach-tham-dinh-${y}.${format}`;
    }
    const rows = appraisalRows(ctx, list);
    if (!rows.length)
      throw invalid(
        dossierId
          ? "Hồ sơ chưa có đề nghị nào để lập danh sách thẩm định."
          : `Năm ${year} chưa có đề nghị nào để lập danh sách thẩm định.`,
      );
    const title = "Danh sách thẩm định đề nghị khen thưởng";
    const file = inExportsDir(ctx.paths, fileName);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (format === "docx") {
      const onDate = isoDateOf(ctx.clock.now());
      writeFileAtomic(file, await appraisalListDocx(profile, title, subtitle, onDate, rows));
    } else {
      const cells = appraisalCells(rows);
      await writeTable(
        file,
        "Danh sách thẩm định",
        `${title}: ${subtitle}. ${summaryLine(rows)}`,
        [
          { header: "STT", width: 6, value: (i: number) => i + 1 },
          { header: "Đối tượng đề nghị", width: 28, value: (i: number) => rows[i]!.nominee },
          { header: "Chức vụ, đơn vị / địa chỉ", width: 30, value: (i: number) => rows[i]!.detail },
          { header: "Đơn vị trình", width: 26, value: (i: number) => rows[i]!.unit },
          { header: "Hình thức, danh hiệu", width: 26, value: (i: number) => rows[i]!.award },
          { header: "Trạng thái", width: 16, value: (i: number) => rows[i]!.state },
          { header: appraisalColumns[4]!.title, width: 12, value: (i: number) => cells[i]![4]! },
          {
            header: appraisalColumns[5]!.title,
            width: 60,
            value: (i: number) => problemsText(rows[i]!, "\n"),
          },
          {
            header: appraisalColumns[6]!.title,
            width: 36,
            value: (i: number) => rows[i]!.override,
          },
        ],
        rows.map((_, i) => i),
      );
    }
    return { path: file, fileName, count: rows.length };
  },
  "dossiers.events": ({ nominationId }, ctx) => {
    nominationRow(ctx, nominationId);
    return eventsOfNomination(ctx.db, nominationId)
      .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))
      .map((e) => ({
        id: e.id,
        action: e.action,
        actionLabel: eventActionLabels[e.action as NominationAction] ?? e.action,
        fromState: e.fromState,
        toState: e.toState,
        reason: e.reason,
        actor: actorLabel(ctx, e.actor),
        at: e.at,
      }));
  },
  "dossiers.importTemplate": async (_input, ctx) => {
    const fileName = "Mau-nhap-de-nghi-khen-thuong.xlsx";
    const file = inExportsDir(ctx.paths, fileName);
    const onDate = isoDateOf(ctx.clock.now());
    const awards = awardVersions(ctx.db).filter((a) =>
      inForce({ from: a.validFrom, to: a.validTo }, onDate),
    );
    await writeNominationTemplate(file, {
      awards: awards.map((a) => a.name),
      categories: lookups(ctx).categories.map((c) => c.label),
    });
    return { path: file, fileName };
  },
  "dossiers.previewImport": async ({ dossierId, path: file }, ctx) => {
    const d = dossierRow(ctx, dossierId);
    const awards = awardVersions(ctx.db)
      .filter((a) => inForce({ from: a.validFrom, to: a.validTo }, d.receivedDate))
      .map((a) => ({ code: a.code, name: a.name, recipientKind: a.recipientKind }));
    const plan = await withIncomingFile(ctx, file, (abs) =>
      planFile(() =>
        planNominationImport(ctx.sqlite, abs, shownFileName(abs), {
          dossierId,
          awards,
          categories: lookups(ctx).categories,
        }),
      ),
    );
    const token = pendingImports.put(ctx.sqlite, plan, ctx.clock.now(), plan.rows.length);
    return {
      token,
      fileName: plan.fileName,
      convertedCells: plan.convertedCells,
      formulaCells: plan.formulaCells,
      counts: countByStatus(plan.rows, ["new", "error"]),
      rows: plan.rows.map(({ row, status, label, award, reason }) => ({
        row,
        status,
        label,
        award,
        reason,
      })),
    };
  },
  "dossiers.commitImport": async ({ token }, ctx) => {
    const plan = pendingImports.get(ctx.sqlite, token, ctx.clock.now());
    // Rows in error are left out, as the preview said; the valid ones are written together.
    if (!plan.rows.some((r) => r.status === "new"))
      throw invalid("Không có dòng hợp lệ nào để nhập.");
    dossierRow(ctx, plan.dossierId);
    const saved = await ctx.backup("pre-import");
    pendingImports.delete(token);
    let result: { inserted: number; createdInDirectory: number };
    try {
      result = ctx.sqlite.transaction(() => {
        const r = commitNominationImport(ctx.sqlite, plan, ctx.origin, ctx.clock.now());
        syncReports(ctx, plan.dossierId);
        return r;
      })();
    } catch (e) {
      if (e instanceof AppError) throw e;
      ctx.log.error("dossiers: import failed", e);
      throw conflict(
        "Không nhập được (dữ liệu đã thay đổi trong lúc xem trước). Chưa dòng nào được ghi; hãy xem trước lại.",
      );
    }
    return { ...result, backup: path.basename(saved.file) };
  },
};
