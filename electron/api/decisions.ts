/**
 * Quyết định khen thưởng: drafts made from approved nominations, the Quyết định in the register,
 * issuing (registry + nomination states, all or nothing), cancelling by a cancelling decision,
 * the recipients list in Excel and the Giấy khen of an issued decision.
 */
import { asciiFileName, foldVietnamese } from "../contract/text";
import { getSetting } from "../../db/queries/app-settings";
import { cancelDecisionAwards, recordDecisionAwards } from "../../db/queries/awards";
import {
  awardCatalogueOn,
  baseSalaryList,
  legalBasisList,
  type AwardCatalogue,
  type AwardRow,
} from "../../db/queries/catalogue";
import {
  decisionLinesInYears,
  decisionRecipientRows,
  decisionRows,
  decisionsOfYear,
  insertDecisionRecipients,
  nominationIdsInDraftDecisions,
  recipientsOfDecision,
  registryTitlesInYears,
  type DecisionRecipientRow as RecipientRow,
  type DecisionRow,
  executorsOf,
  dossierKindsOf,
} from "../../db/queries/decisions";
import { allUnitNames } from "../../db/queries/directory";
import {
  documentRows,
  documentInputOf,
  issuedMeetingDocumentsOfDecision,
  updateDraftHeading,
} from "../../db/queries/documents";
import {
  dossiersByIds,
  dossiersOfYear,
  nominationRows,
  nominationsByIds,
  nominationsOfDossiersAt,
  type NominationRow,
} from "../../db/queries/dossiers";
import { liveMovements, movementRows } from "../../db/queries/movements";
import { nomineeNames } from "../../db/queries/nominees";
import { signerById } from "../../db/queries/signers";
import { defaultRounding } from "../../db/seed/defaults";
import type {
  CertificateRecord,
  Decision,
  DecisionDetail,
  DecisionRecipient,
  NominationAction,
  Rounding,
  decisionsProcedures,
} from "../contract";
import { awardTypeOfDossierKind, nominationStateLabels } from "../contract/vocabulary";
import { formatDate } from "../contract/format";
import {
  chooseRecipients,
  computeMoney,
  orderLines,
  titleRank,
  type CandidateLine,
  type HeldTitle,
} from "../domain/decision-lines";
import { moneyToWords } from "../domain/money-words";
import { nomineeId } from "../domain/nomination-states";
import { inForce } from "../domain/periods";
import { upperVi } from "../domain/vietnamese";
import {
  cancelFillData,
  conferrerName,
  decisionFillData,
  decisionSummary,
  positionUnit,
  type DecisionDocInput,
} from "../documents/decision-doc";
import { chairmanSigner } from "../documents/issuing-body";
import { awardBaseName } from "../documents/movement-plan";
import {
  createDocument,
  issueDocument,
  numberOf,
  regenerate,
  requireProfile,
  toRow,
  type FillResolver,
  type OwnIssuer,
} from "../documents/register";
import { writeTable } from "../exchange/xlsx-write";
import { renderCertificates } from "./certificates";
import { freeExportFile } from "../paths";
import type { AppContext } from "./context";
import { documentContext, signerOf } from "./lookups";
import { transitionNominations } from "./dossiers";
import { PROPOSAL_SOURCE } from "./meetings";
import { conflict, invalid, notFound } from "./errors";
import type { HandlersFor } from "./router";

const gone = "Không tìm thấy quyết định này (có thể đã bị xóa).";

function decisionRow(ctx: AppContext, id: string): DecisionRow {
  const d = decisionRows.byId(ctx.db, id);
  if (!d) throw notFound(gone);
  return d;
}

function recipientsOf(ctx: AppContext, decisionId: string): RecipientRow[] {
  return recipientsOfDecision(ctx.db, decisionId);
}

interface Snapshot {
  name: string;
  position: string;
  unitName: string;
  /** The unit a person or household belongs to (for the registry). */
  unitId: string | null;
}

/** Names, positions and units of the nominees as printed. */
function snapshots(ctx: AppContext, rows: NominationRow[]): Map<string, Snapshot> {
  const out = new Map<string, Snapshot>();
  for (const [key, n] of nomineeNames(ctx.db, rows))
    out.set(
      key,
      key.startsWith("ho_gia_dinh|")
        ? {
            name: n.name,
            // The address already ends with the thôn and xã: the unit is not printed again.
            position: n.address ?? "",
            unitName: "",
            unitId: n.unitId,
          }
        : {
            name: n.name,
            position: n.position ?? "",
            unitName: n.unitName ?? "",
            unitId: n.unitId,
          },
    );
  return out;
}

/** Nominations held by a live draft decision (other than `except`). */
function heldNominationIds(ctx: AppContext, except?: string): Set<string> {
  return nominationIdsInDraftDecisions(ctx.db, except);
}

function roundingOf(ctx: AppContext): Rounding {
  return getSetting<Rounding>(ctx.db, "rounding") ?? defaultRounding;
}

/**
 * Titles the nominees hold elsewhere in the same years: the registry (not cancelled, not from
 * this decision) and the lines of other live decisions that are not cancelled.
 */
function heldElsewhere(
  ctx: AppContext,
  decisionId: string | null,
  lines: CandidateLine[],
  catalogue: AwardCatalogue,
  date: string,
): HeldTitle[] {
  if (!lines.length) return [];
  const wanted = new Set(lines.map((l) => `${l.recipientKind}|${l.nomineeId}|${l.year}`));
  const years = [...new Set(lines.map((l) => l.year))];
  const out: HeldTitle[] = [];
  const consider = (h: Omit<HeldTitle, "rank" | "awardName"> & { awardName: string }) => {
    if (!wanted.has(`${h.recipientKind}|${h.nomineeId}|${h.year}`)) return;
    const entry = catalogue.on(h.awardCode, date);
    if (!entry || entry.kind !== "danh_hieu") return;
    out.push({ ...h, rank: titleRank(entry) });
  };
  for (const r of registryTitlesInYears(ctx.db, years, decisionId))
    consider({
      recipientKind: r.recipient_kind,
      nomineeId: nomineeId({
        nomineeKind: r.recipient_kind,
        personId: r.person_id,
        unitId: r.unit_id,
        householdId: r.household_id,
      }),
      year: r.year,
      awardCode: r.award_code,
      awardName: r.award_name,
      source: r.decision_number ? `Quyết định số ${r.decision_number}` : "Sổ khen thưởng",
    });
  for (const r of decisionLinesInYears(ctx.db, years, decisionId)) {
    const doc = r.document_id ? documentRows.byId(ctx.db, r.document_id) : undefined;
    consider({
      recipientKind: r.recipient_kind,
      nomineeId: nomineeId({
        nomineeKind: r.recipient_kind,
        personId: r.person_id,
        unitId: r.unit_id,
        householdId: r.household_id,
      }),
      year: r.year,
      awardCode: r.award_code,
      awardName: r.award_name,
      source: doc
        ? `Quyết định ${doc.seq === null ? "dự thảo " : "số "}${numberOf(doc)}`
        : "Quyết định dự thảo khác",
    });
  }
  return out;
}

function candidateLine(
  r: Pick<
    RecipientRow,
    | "nominationId"
    | "recipientKind"
    | "personId"
    | "unitId"
    | "householdId"
    | "name"
    | "position"
    | "unitName"
    | "awardCode"
    | "awardName"
    | "achievement"
  >,
  year: number,
  entry: AwardRow | undefined,
): CandidateLine {
  const kind = r.recipientKind;
  return {
    nominationId: r.nominationId,
    recipientKind: kind,
    nomineeId:
      (kind === "ca_nhan" ? r.personId : kind === "tap_the" ? r.unitId : r.householdId) ?? "",
    year,
    name: r.name,
    position: r.position,
    unitName: r.unitName,
    awardCode: r.awardCode,
    awardName: r.awardName,
    achievement: r.achievement,
    awardKind: entry?.kind ?? "hinh_thuc",
    rank: entry ? titleRank(entry) : 0,
    coefficient: entry?.coefficient ?? null,
  };
}

/** Recomputes a draft's coefficients and money on its date; throws when no base salary applies. */
function refreshMoney(ctx: AppContext, d: DecisionRow): void {
  const rows = recipientsOf(ctx, d.id);
  const catalogue = awardCatalogueOn(ctx.db);
  const lines = rows.map((r) =>
    candidateLine(r, d.year, catalogue.on(r.awardCode, d.decisionDate)),
  );
  const money = computeMoney(lines, {
    date: d.decisionDate,
    baseSalaries: baseSalaryList(ctx.db),
    rounding: roundingOf(ctx),
    heldElsewhere: heldElsewhere(ctx, d.id, lines, catalogue, d.decisionDate),
  });
  if (!money.ok) throw invalid(money.message);
  ctx.db.transaction(() => {
    rows.forEach((r, i) => {
      const m = money.lines[i]!;
      const coefficient = lines[i]!.coefficient;
      if (r.money !== m.money || r.moneyNote !== m.note || r.coefficient !== coefficient)
        decisionRecipientRows.save(
          ctx.db,
          r.id,
          { money: m.money, moneyNote: m.note, coefficient },
          ctx.stamp(),
        );
    });
  });
}

function baseSalaryOnDate(ctx: AppContext, date: string): number | null {
  let best: { amount: number; effectiveFrom: string } | null = null;
  for (const r of baseSalaryList(ctx.db))
    if (r.effectiveFrom <= date && (!best || r.effectiveFrom > best.effectiveFrom)) best = r;
  return best?.amount ?? null;
}

function documentOf(ctx: AppContext, d: DecisionRow) {
  return d.documentId ? (documentRows.byId(ctx.db, d.documentId) ?? null) : null;
}

function titleOf(ctx: AppContext, d: DecisionRow, catalogue: AwardCatalogue): string {
  if (d.grouping === "cancel") {
    const target = d.cancelsDecisionId ? decisionRows.byId(ctx.db, d.cancelsDecisionId) : undefined;
    const doc = target ? documentOf(ctx, target) : null;
    return `Hủy bỏ Quyết định số ${doc ? numberOf(doc) : "?"}`;
  }
  if (d.grouping === "movement") {
    const m = d.movementId ? movementRows.byId(ctx.db, d.movementId) : undefined;
    return m ? m.name : "Không thuộc phong trào nào";
  }
  return catalogue.on(d.awardCode ?? "", d.decisionDate)?.name ?? d.awardCode ?? "";
}

function numberOfDecision(ctx: AppContext, d: DecisionRow | undefined): string {
  if (!d) return "";
  const doc = documentOf(ctx, d);
  return doc ? numberOf(doc) : "";
}

function toDecision(
  ctx: AppContext,
  d: DecisionRow,
  catalogue = awardCatalogueOn(ctx.db),
): Decision {
  const recips =
    d.grouping === "cancel" && d.cancelsDecisionId
      ? recipientsOf(ctx, d.cancelsDecisionId)
      : recipientsOf(ctx, d.id);
  const doc = documentOf(ctx, d);
  const signer = signerById(ctx.db, d.signerId);
  const by = d.cancelledByDecisionId
    ? decisionRows.byId(ctx.db, d.cancelledByDecisionId)
    : undefined;
  const cancels = d.cancelsDecisionId ? decisionRows.byId(ctx.db, d.cancelsDecisionId) : undefined;
  return {
    id: d.id,
    year: d.year,
    grouping: d.grouping,
    awardCode: d.awardCode,
    movementId: d.movementId,
    title: titleOf(ctx, d, catalogue),
    number: doc ? numberOf(doc) : "",
    decisionDate: d.decisionDate,
    signerId: d.signerId,
    signerName: signer?.fullName ?? "(người ký đã bị xóa)",
    fund: d.fund,
    proposal: d.proposal,
    executors: executorsOf(d),
    legalBasisIds: d.legalBasisIds,
    noiNhan: d.noiNhan,
    status: d.status,
    documentId: doc?.id ?? null,
    recipientCount: recips.length,
    total: recips.reduce((a, r) => a + r.money, 0),
    cancelledByDecisionId: d.cancelledByDecisionId,
    cancelledByNumber: numberOfDecision(ctx, by),
    cancelReason: d.cancelReason,
    cancelsDecisionId: d.cancelsDecisionId,
    cancelsNumber: numberOfDecision(ctx, cancels),
  };
}

const toRecipient = (r: RecipientRow): DecisionRecipient => ({
  id: r.id,
  nominationId: r.nominationId,
  lineNo: r.lineNo,
  recipientKind: r.recipientKind,
  name: r.name,
  position: r.position,
  unitName: r.unitName,
  awardCode: r.awardCode,
  awardName: r.awardName,
  achievement: r.achievement,
  coefficient: r.coefficient,
  money: r.money,
  moneyNote: r.moneyNote,
});

function detail(ctx: AppContext, id: string): DecisionDetail {
  const d = decisionRow(ctx, id);
  const base = toDecision(ctx, d);
  const recips =
    d.grouping === "cancel" && d.cancelsDecisionId
      ? recipientsOf(ctx, d.cancelsDecisionId)
      : recipientsOf(ctx, d.id);
  const doc = documentOf(ctx, d);
  return {
    ...base,
    recipients: recips.map(toRecipient),
    totalWords: moneyToWords(base.total),
    baseSalary: baseSalaryOnDate(ctx, d.decisionDate),
    document: doc ? toRow(ctx, doc) : null,
  };
}

// Documents -----------------------------------------------------------------------------------

function docInput(ctx: AppContext, d: DecisionRow): DecisionDocInput {
  const catalogue = awardCatalogueOn(ctx.db);
  const rows = recipientsOf(ctx, d.id);
  const awardKinds: Record<string, string> = {};
  for (const r of rows)
    awardKinds[r.awardCode] = catalogue.on(r.awardCode, d.decisionDate)?.kind ?? "hinh_thuc";
  const m = d.movementId ? movementRows.byId(ctx.db, d.movementId) : undefined;
  return {
    year: d.year,
    grouping: d.grouping === "movement" ? "movement" : "award",
    movementName: m?.name ?? "",
    awardKinds,
    docDate: d.decisionDate,
    fund: d.fund,
    proposal: d.proposal,
    proposals: issuedMeetingDocumentsOfDecision(ctx.db, d.id, PROPOSAL_SOURCE).map((doc) => ({
      number: numberOf(doc),
      date: doc.docDate,
    })),
    executors: executorsOf(d),
    legalBasisIds: d.legalBasisIds,
    noiNhan: d.noiNhan,
    lines: rows.map(toRecipient),
  };
}

export const decisionFill: FillResolver = (ctx, row, number) => {
  const { decisionId } = documentInputOf(row) as { decisionId: string };
  const d = decisionRows.byId(ctx.db, decisionId);
  if (!d) throw notFound("Quyết định của văn bản này đã bị xóa.");
  return decisionFillData(
    docInput(ctx, d),
    number,
    documentContext(ctx, row, signerOf(ctx, d.signerId)),
  );
};

export const decisionCancelFill: FillResolver = (ctx, row, number) => {
  const { decisionId } = documentInputOf(row) as { decisionId: string };
  const d = decisionRows.byId(ctx.db, decisionId);
  if (!d || !d.cancelsDecisionId) throw notFound("Quyết định hủy bỏ của văn bản này đã bị xóa.");
  const target = decisionRow(ctx, d.cancelsDecisionId);
  const targetDoc = documentOf(ctx, target);
  if (!targetDoc) throw notFound("Không tìm thấy văn bản của quyết định bị hủy bỏ.");
  return cancelFillData(
    {
      docDate: d.decisionDate,
      cancelled: {
        number: numberOf(targetDoc),
        date: targetDoc.docDate,
        summary: targetDoc.summary,
      },
      reason: d.cancelReason,
      executors: executorsOf(d),
      legalBasisIds: d.legalBasisIds,
      noiNhan: d.noiNhan,
      lines: recipientsOf(ctx, target.id).map(toRecipient),
    },
    number,
    documentContext(ctx, row, signerOf(ctx, d.signerId)),
  );
};

/** The draft's Quyết định in the register: created, or brought up to date (date, signer, text). */
async function ensureDocument(
  ctx: AppContext,
  d: DecisionRow,
  sourceKind: "decision" | "decision_cancel",
) {
  const signer = signerOf(ctx, d.signerId);
  const summary =
    sourceKind === "decision"
      ? decisionSummary(docInput(ctx, d))
      : (() => {
          const target = decisionRow(ctx, d.cancelsDecisionId ?? "");
          const doc = documentOf(ctx, target);
          return `Về việc hủy bỏ Quyết định số ${doc ? numberOf(doc) : ""}`;
        })();
  const existing = documentOf(ctx, d);
  if (existing) {
    if (existing.state !== "du_thao") return existing;
    updateDraftHeading(ctx.db, existing.id, {
      docDate: d.decisionDate,
      summary,
      signerName: signer.fullName,
      now: ctx.clock.now(),
    });
    return regenerate(ctx, existing.id);
  }
  const doc = await createDocument(ctx, {
    templateId: "quyet-dinh",
    docDate: d.decisionDate,
    summary,
    signerName: signer.fullName,
    signer,
    sourceKind,
    sourceId: d.id,
    input: { decisionId: d.id },
  });
  decisionRows.save(ctx.db, d.id, { documentId: doc.id }, ctx.stamp());
  return doc;
}

class DryRun extends Error {}

/** Runs `work` in a transaction and rolls it back: the refusals it would raise, without effects. */
function dryRun(ctx: AppContext, work: () => void) {
  try {
    ctx.db.transaction(() => {
      work();
      throw new DryRun();
    });
  } catch (e) {
    if (!(e instanceof DryRun)) throw e;
  }
}

/** Moves nominations through the dossiers' transition (its checks and events). */
function transition(ctx: AppContext, ids: string[], action: NominationAction, reason: string) {
  if (!ids.length) return;
  transitionNominations(ctx, ids, action, reason);
}

/**
 * The bases a decision cites when the officer picks none: the library's texts in force on the
 * date about emulation and commendation (the law, its detailing decree) and, when money is paid,
 * the one on the base salary.
 */
function defaultBases(ctx: AppContext, date: string, paying: boolean): string[] {
  return legalBasisList(ctx.db, "issued")
    .filter((b) => inForce({ from: b.effectiveFrom, to: b.effectiveTo }, date))
    .filter((b) => {
      const t = foldVietnamese(b.title);
      return t.includes("thi dua, khen thuong") || (paying && t.includes("muc luong co so"));
    })
    .sort((a, b) => (a.docType === "luat" ? 0 : 1) - (b.docType === "luat" ? 0 : 1))
    .map((b) => b.id);
}

function requireDraft(d: DecisionRow, what: string) {
  if (d.status !== "draft")
    throw conflict(
      `Quyết định đã ban hành nên không ${what} được. Muốn thay đổi, hãy ra quyết định hủy bỏ.`,
    );
}

const profileConferrer = (ctx: AppContext) => conferrerName(requireProfile(ctx).parentBody);

// Handlers ------------------------------------------------------------------------------------

/**
 * Issues a draft decision: its number from the register (`seq` when the officer chose one there),
 * every recipient into the award registry and the nominations decided, all or nothing.
 */
async function issueDecision(ctx: AppContext, id: string, seq?: number) {
  const d = decisionRow(ctx, id);
  if (d.grouping === "cancel") throw conflict("Quyết định hủy bỏ được ban hành ngay khi ghi.");
  requireDraft(d, "ban hành lại");
  const recips = recipientsOf(ctx, d.id);
  if (!recips.length) throw conflict("Quyết định chưa có ai trong danh sách kèm theo.");
  refreshMoney(ctx, d);
  const profile = requireProfile(ctx);
  const issuer = profileConferrer(ctx);
  const ids = recips.map((r) => r.nominationId);
  const finish = (number: string, date: string) => {
    const rows = recipientsOf(ctx, d.id);
    const kinds = dossierKindsOf(
      ctx.db,
      rows.map((r) => r.nominationId),
    );
    decisionRows.save(
      ctx.db,
      d.id,
      { status: "issued", issuedAt: ctx.clock.now(), decisionDate: date },
      ctx.stamp(),
    );
    recordDecisionAwards(
      ctx.db,
      ctx.stamp(),
      d.id,
      { decisionNumber: number, decisionDate: date, issuer },
      rows.map((r) => ({
        year: d.year,
        recipientKind: r.recipientKind,
        personId: r.personId,
        unitId: r.unitId,
        householdId: r.householdId,
        recipientName: r.name,
        unitName: r.recipientKind === "tap_the" ? "" : r.unitName,
        awardCode: r.awardCode,
        awardName: awardBaseName(r.awardName),
        note: `Số sổ vàng ${r.lineNo}`,
        awardType: kinds.has(r.nominationId)
          ? awardTypeOfDossierKind(kinds.get(r.nominationId)!)
          : null,
      })),
    );
    transition(ctx, ids, "ra_quyet_dinh", `Quyết định số ${number} ngày ${formatDate(date)}`);
  };
  // Every refusal (a nomination moved meanwhile, a form the office cannot confer) before a number is taken.
  dryRun(ctx, () => finish(`…/QĐ-${profile.parentAbbreviation || "UBND"}`, d.decisionDate));
  const doc = await ensureDocument(ctx, d, "decision");
  const alreadyIssued = doc.state !== "du_thao";
  // Numbered in the same transaction as the registry and the nominations: all or nothing.
  if (alreadyIssued) ctx.db.transaction(() => finish(numberOf(doc), doc.docDate));
  else await issueDocument(ctx, doc.id, seq, (issued) => finish(numberOf(issued), issued.docDate));
  return detail(ctx, id);
}

// Issuing the Quyết định from the Sổ văn bản does the same as the decision page's "Ban hành".
export const issueDecisionFromRegister: OwnIssuer = async (ctx, doc, seq) => {
  if (!doc.sourceId) throw notFound("Không tìm thấy quyết định của văn bản này.");
  await issueDecision(ctx, doc.sourceId, seq);
};

export const decisionsHandlers: HandlersFor<typeof decisionsProcedures> = {
  "decisions.candidates": ({ year, grouping }, ctx) => {
    const ds = dossiersOfYear(ctx.db, year);
    if (!ds.length) return [];
    const byDossier = new Map(ds.map((d) => [d.id, d]));
    const held = heldNominationIds(ctx);
    const noms = nominationsOfDossiersAt(
      ctx.db,
      ds.map((d) => d.id),
      "hoi_dong_dong_y",
    ).filter((n) => !held.has(n.id));
    const snaps = snapshots(ctx, noms);
    const catalogue = awardCatalogueOn(ctx.db);
    const unitNames = allUnitNames(ctx.db);
    const movementNames = new Map(liveMovements(ctx.db).map((m) => [m.id, m.name]));
    const groups = new Map<
      string,
      { key: string; label: string; candidates: ReturnType<typeof toCandidate>[] }
    >();
    function toCandidate(n: NominationRow) {
      const dossier = byDossier.get(n.dossierId)!;
      const s = snaps.get(`${n.nomineeKind}|${nomineeId(n)}`);
      return {
        nominationId: n.id,
        dossierId: n.dossierId,
        recipientKind: n.nomineeKind,
        name: s?.name ?? "(đã xóa khỏi danh bạ)",
        unitName: n.nomineeKind === "tap_the" ? "" : (s?.unitName ?? ""),
        awardCode: n.awardCode,
        awardName: catalogue.on(n.awardCode, `${year}-12-31`)?.name ?? n.awardCode,
        movementId: dossier.movementId,
        submittingUnit: unitNames.get(dossier.unitId) ?? "",
        summary: n.summary,
      };
    }
    for (const n of noms) {
      const c = toCandidate(n);
      const key = grouping === "award" ? c.awardCode : (c.movementId ?? "");
      const label =
        grouping === "award"
          ? c.awardName
          : c.movementId
            ? (movementNames.get(c.movementId) ?? "(phong trào đã xóa)")
            : `Khen thưởng thường xuyên, đột xuất năm ${year} (không thuộc phong trào)`;
      const g = groups.get(key) ?? { key, label, candidates: [] };
      g.candidates.push(c);
      groups.set(key, g);
    }
    return [...groups.values()].sort((a, b) => a.label.localeCompare(b.label, "vi"));
  },

  "decisions.list": ({ year }, ctx) => {
    const catalogue = awardCatalogueOn(ctx.db);
    return decisionsOfYear(ctx.db, year).map((d) => toDecision(ctx, d, catalogue));
  },

  "decisions.get": ({ id }, ctx) => detail(ctx, id),

  "decisions.create": (input, ctx) => {
    const { year, grouping, key, nominationIds } = input;
    signerOf(ctx, input.signerId);
    const ids = [...new Set(nominationIds)];
    const loaded = new Map(nominationsByIds(ctx.db, ids).map((n) => [n.id, n]));
    const noms = ids.map((i) => {
      const n = loaded.get(i);
      if (!n) throw notFound("Không tìm thấy một đề nghị đã chọn (có thể đã bị xóa).");
      return n;
    });
    const dossierById = new Map(
      dossiersByIds(ctx.db, [...new Set(noms.map((n) => n.dossierId))]).map((d) => [d.id, d]),
    );
    const snaps = snapshots(ctx, noms);
    const held = heldNominationIds(ctx);
    const catalogue = awardCatalogueOn(ctx.db);
    const nameOf = (n: NominationRow) =>
      snaps.get(`${n.nomineeKind}|${nomineeId(n)}`)?.name ?? "Đề nghị";
    for (const n of noms) {
      const dossier = dossierById.get(n.dossierId);
      if (!dossier) throw notFound(`${nameOf(n)}: hồ sơ của đề nghị đã bị xóa.`);
      if (n.state !== "hoi_dong_dong_y")
        throw conflict(
          `${nameOf(n)}: đề nghị đang ở trạng thái “${nominationStateLabels[n.state]}”; chỉ ra quyết định cho đề nghị Hội đồng đã đồng ý.`,
        );
      if (held.has(n.id))
        throw conflict(`${nameOf(n)}: đề nghị đã nằm trong một quyết định dự thảo khác.`);
      if (dossier.year !== year)
        throw invalid(
          `${nameOf(n)}: đề nghị thuộc hồ sơ năm ${dossier.year}, không phải năm ${year}.`,
        );
      if (grouping === "award" && n.awardCode !== key)
        throw invalid(`${nameOf(n)}: hình thức khen thưởng khác với hình thức của quyết định.`);
      if (grouping === "movement" && (dossier.movementId ?? "") !== key)
        throw invalid(`${nameOf(n)}: đề nghị không thuộc phong trào của quyết định.`);
      const entry = catalogue.on(n.awardCode, input.decisionDate);
      if (!entry)
        throw invalid(`${nameOf(n)}: hình thức “${n.awardCode}” không còn trong danh mục.`);
    }
    const candidates = noms.map((n) => {
      const s = snaps.get(`${n.nomineeKind}|${nomineeId(n)}`);
      const entry = catalogue.on(n.awardCode, input.decisionDate)!;
      return candidateLine(
        {
          nominationId: n.id,
          recipientKind: n.nomineeKind,
          personId: n.personId,
          unitId: n.unitId,
          householdId: n.householdId,
          name: s?.name ?? "(đã xóa khỏi danh bạ)",
          position: s?.position ?? "",
          unitName: s?.unitName ?? "",
          awardCode: n.awardCode,
          awardName: entry.name,
          achievement: n.summary,
        },
        year,
        entry,
      );
    });
    const { kept, excluded } = chooseRecipients(candidates);
    const ordered = orderLines(kept);
    const money = computeMoney(ordered, {
      date: input.decisionDate,
      baseSalaries: baseSalaryList(ctx.db),
      rounding: roundingOf(ctx),
      heldElsewhere: heldElsewhere(ctx, null, ordered, catalogue, input.decisionDate),
    });
    if (!money.ok) throw invalid(money.message);
    const byId = new Map(noms.map((n) => [n.id, n]));
    const bases = input.legalBasisIds.length
      ? input.legalBasisIds
      : defaultBases(ctx, input.decisionDate, money.total > 0);
    const id = ctx.db.transaction(() => {
      const id = decisionRows.save(
        ctx.db,
        undefined,
        {
          year,
          grouping,
          awardCode: grouping === "award" ? key : null,
          movementId: grouping === "movement" && key ? key : null,
          decisionDate: input.decisionDate,
          signerId: input.signerId,
          fund: input.fund,
          proposal: input.proposal,
          executors: JSON.stringify(input.executors),
          legalBasisIds: bases,
          noiNhan: input.noiNhan,
          status: "draft",
        },
        ctx.stamp(),
      )!;
      insertDecisionRecipients(
        ctx.db,
        id,
        ordered.map((l, i) => {
          const n = byId.get(l.nominationId)!;
          const s = snaps.get(`${n.nomineeKind}|${nomineeId(n)}`);
          return {
            nominationId: l.nominationId,
            lineNo: l.lineNo,
            recipientKind: l.recipientKind,
            personId: n.personId,
            unitId: n.nomineeKind === "tap_the" ? n.unitId : (s?.unitId ?? null),
            householdId: n.householdId,
            name: l.name,
            position: l.position,
            unitName: l.unitName,
            awardCode: l.awardCode,
            awardName: l.awardName,
            achievement: l.achievement,
            coefficient: l.coefficient,
            money: money.lines[i]!.money,
            moneyNote: money.lines[i]!.note,
          };
        }),
        ctx.stamp(),
      );
      return id;
    });
    return {
      decision: detail(ctx, id),
      excluded: excluded.map((e) => ({
        nominationId: e.nominationId,
        name: e.name,
        reason: e.reason,
      })),
    };
  },

  "decisions.update": async ({ id, ...fields }, ctx) => {
    const d = decisionRow(ctx, id);
    requireDraft(d, "sửa");
    signerOf(ctx, fields.signerId);
    if (d.grouping !== "cancel" && Number(fields.decisionDate.slice(0, 4)) < d.year)
      throw invalid(`Ngày quyết định không thể trước năm ${d.year} của các đề nghị.`);
    decisionRows.save(
      ctx.db,
      id,
      {
        decisionDate: fields.decisionDate,
        signerId: fields.signerId,
        fund: fields.fund,
        proposal: fields.proposal,
        executors: JSON.stringify(fields.executors),
        legalBasisIds: fields.legalBasisIds,
        noiNhan: fields.noiNhan,
      },
      ctx.stamp(),
    );
    const updated = decisionRow(ctx, id);
    refreshMoney(ctx, updated);
    if (documentOf(ctx, updated)) await ensureDocument(ctx, updated, "decision");
    return detail(ctx, id);
  },

  "decisions.removeRecipient": async ({ id }, ctx) => {
    const r = decisionRecipientRows.byId(ctx.db, id);
    if (!r) throw notFound("Không tìm thấy dòng này trong danh sách.");
    const d = decisionRow(ctx, r.decisionId);
    requireDraft(d, "bớt người");
    const rest = recipientsOf(ctx, d.id).filter((x) => x.id !== id);
    if (!rest.length)
      throw conflict(
        "Danh sách chỉ còn một dòng: xóa bản dự thảo quyết định thay vì bớt dòng cuối.",
      );
    ctx.db.transaction(() => {
      decisionRecipientRows.tombstone(ctx.db, id, ctx.clock.now());
      rest.forEach((x, i) => {
        if (x.lineNo !== i + 1)
          decisionRecipientRows.save(ctx.db, x.id, { lineNo: i + 1 }, ctx.stamp());
      });
    });
    refreshMoney(ctx, d);
    if (documentOf(ctx, d)) await ensureDocument(ctx, decisionRow(ctx, d.id), "decision");
    return detail(ctx, d.id);
  },

  "decisions.generateDocument": async ({ id }, ctx) => {
    const d = decisionRow(ctx, id);
    if (d.grouping === "cancel") {
      const doc = documentOf(ctx, d);
      if (!doc) throw notFound("Không tìm thấy văn bản của quyết định hủy bỏ.");
      return toRow(ctx, doc);
    }
    if (d.status !== "draft") {
      const doc = documentOf(ctx, d);
      if (doc) return toRow(ctx, doc);
      throw notFound("Không tìm thấy văn bản của quyết định trong sổ.");
    }
    refreshMoney(ctx, d);
    return toRow(ctx, await ensureDocument(ctx, decisionRow(ctx, id), "decision"));
  },

  "decisions.issue": async ({ id }, ctx) => issueDecision(ctx, id),

  "decisions.cancel": async ({ id, decisionDate, signerId, reason }, ctx) => {
    const d = decisionRow(ctx, id);
    if (d.grouping === "cancel") throw conflict("Không hủy bỏ một quyết định hủy bỏ.");
    if (d.status === "draft")
      throw conflict(
        "Quyết định chưa ban hành: sửa hoặc xóa bản dự thảo, không cần quyết định hủy bỏ.",
      );
    if (d.status === "cancelled") throw conflict("Quyết định này đã bị hủy bỏ trước đó.");
    signerOf(ctx, signerId);
    const targetDoc = documentOf(ctx, d);
    if (!targetDoc) throw notFound("Không tìm thấy văn bản của quyết định trong sổ.");
    if (decisionDate < targetDoc.docDate)
      throw invalid(
        `Ngày quyết định hủy bỏ không thể trước ngày ${formatDate(targetDoc.docDate)} của quyết định bị hủy bỏ.`,
      );
    const ids = recipientsOf(ctx, d.id).map((r) => r.nominationId);
    const cancelling = { id: "" };
    const finish = (number: string, date: string) => {
      decisionRows.save(
        ctx.db,
        cancelling.id,
        { status: "issued", issuedAt: ctx.clock.now() },
        ctx.stamp(),
      );
      decisionRows.save(
        ctx.db,
        d.id,
        { status: "cancelled", cancelledByDecisionId: cancelling.id, cancelReason: reason },
        ctx.stamp(),
      );
      cancelDecisionAwards(ctx.db, ctx.stamp(), d.id, {
        decisionNumber: number,
        decisionDate: date,
      });
      const live = ids.filter((n) => {
        const row = nominationRows.byId(ctx.db, n);
        return row && row.state !== "hoi_dong_dong_y";
      });
      transition(
        ctx,
        live,
        "huy_quyet_dinh",
        `Hủy bỏ bởi Quyết định số ${number} ngày ${formatDate(date)}: ${reason}`,
      );
    };
    dryRun(ctx, () => {
      cancelling.id = d.id;
      const live = ids.filter((n) => nominationRows.byId(ctx.db, n)?.state !== "hoi_dong_dong_y");
      transition(ctx, live, "huy_quyet_dinh", reason);
    });
    cancelling.id = decisionRows.save(
      ctx.db,
      undefined,
      {
        // Listed with the decision it cancels (the year of the awards).
        year: d.year,
        grouping: "cancel",
        decisionDate,
        signerId,
        cancelReason: reason,
        cancelsDecisionId: d.id,
        legalBasisIds: defaultBases(ctx, decisionDate, false),
        noiNhan: d.noiNhan,
        status: "draft",
      },
      ctx.stamp(),
    )!;
    let doc;
    try {
      doc = await ensureDocument(ctx, decisionRow(ctx, cancelling.id), "decision_cancel");
    } catch (e) {
      decisionRows.tombstone(ctx.db, cancelling.id, ctx.clock.now());
      throw e;
    }
    try {
      await issueDocument(ctx, doc.id, undefined, (issued) =>
        finish(numberOf(issued), issued.docDate),
      );
    } catch (e) {
      documentRows.tombstone(ctx.db, doc.id, ctx.clock.now());
      decisionRows.tombstone(ctx.db, cancelling.id, ctx.clock.now());
      throw e;
    }
    return detail(ctx, cancelling.id);
  },

  "decisions.delete": ({ id }, ctx) => {
    const d = decisionRow(ctx, id);
    if (d.status !== "draft")
      throw conflict(
        d.status === "issued"
          ? "Quyết định đã ban hành không xóa được. Muốn bỏ, hãy ra quyết định hủy bỏ."
          : "Quyết định đã bị hủy bỏ vẫn nằm trong sổ, không xóa được.",
      );
    const doc = documentOf(ctx, d);
    if (doc && doc.state !== "du_thao")
      throw conflict(
        `Văn bản số ${numberOf(doc)} của quyết định đã ban hành trong sổ văn bản; hãy bấm “Ban hành” để ghi vào sổ khen thưởng.`,
      );
    ctx.db.transaction(() => {
      for (const r of recipientsOf(ctx, id))
        decisionRecipientRows.tombstone(ctx.db, r.id, ctx.clock.now());
      if (doc) documentRows.tombstone(ctx.db, doc.id, ctx.clock.now());
      decisionRows.tombstone(ctx.db, id, ctx.clock.now());
    });
    return { ok: true as const };
  },

  "decisions.exportRecipients": async ({ id }, ctx) => {
    const d = decisionRow(ctx, id);
    const target = d.grouping === "cancel" && d.cancelsDecisionId ? d.cancelsDecisionId : d.id;
    const rows = recipientsOf(ctx, target);
    const doc = documentOf(ctx, d);
    const number = doc ? numberOf(doc) : "";
    const { file, fileName } = freeExportFile(
      ctx.paths,
      asciiFileName(`Danh-sach-quyet-dinh-${number || "du-thao"}`),
      "xlsx",
    );
    const total = rows.reduce((a, r) => a + r.money, 0);
    await writeTable(
      file,
      "Danh sách",
      `Danh sách kèm theo Quyết định số ${number || "(dự thảo)"} ngày ${formatDate(d.decisionDate)} — tổng tiền thưởng ${total.toLocaleString("vi-VN")} đồng`,
      [
        { header: "Số sổ vàng", width: 10, value: (r: RecipientRow) => r.lineNo },
        { header: "Họ và tên / Tên tập thể", width: 30, value: (r) => r.name },
        {
          header: "Chức vụ",
          width: 22,
          value: (r) => (r.recipientKind === "tap_the" ? "" : r.position),
        },
        { header: "Đơn vị", width: 32, value: (r) => r.unitName },
        { header: "Hình thức", width: 24, value: (r) => awardBaseName(r.awardName) },
        { header: "Hệ số", width: 8, value: (r) => r.coefficient },
        { header: "Tiền thưởng (đồng)", width: 16, value: (r) => r.money, money: true },
        { header: "Ghi chú", width: 40, value: (r) => r.moneyNote },
      ],
      rows,
    );
    return { path: file, fileName };
  },

  "decisions.printCertificates": async ({ id, recipientIds, mode }, ctx) => {
    const d = decisionRow(ctx, id);
    if (d.grouping === "cancel") throw conflict("Quyết định hủy bỏ không có Giấy khen để in.");
    if (d.status !== "issued")
      throw conflict(
        d.status === "draft"
          ? "Quyết định chưa ban hành: ban hành rồi mới in Giấy khen."
          : "Quyết định đã bị hủy bỏ: không in Giấy khen.",
      );
    const doc = documentOf(ctx, d);
    if (!doc) throw notFound("Không tìm thấy văn bản của quyết định trong sổ.");
    const all = recipientsOf(ctx, d.id);
    const wanted = recipientIds.length ? new Set(recipientIds) : null;
    const chosen = wanted ? all.filter((r) => wanted.has(r.id)) : all;
    if (wanted && chosen.length !== wanted.size)
      throw notFound("Một người đã chọn không có trong danh sách của quyết định này.");
    const profile = requireProfile(ctx);
    const signer = chairmanSigner(signerOf(ctx, d.signerId));
    const catalogue = awardCatalogueOn(ctx.db);
    const records: CertificateRecord[] = chosen.map((r) => {
      const title = catalogue.on(r.awardCode, d.decisionDate)?.kind === "danh_hieu";
      return {
        conferrer: upperVi(`Chủ tịch ${profile.parentBody}`),
        giveWord: title ? "TẶNG DANH HIỆU" : "TẶNG",
        awardTitle: title ? awardBaseName(r.awardName) : upperVi(awardBaseName(r.awardName)),
        recipientName: r.name,
        recipientDetail: positionUnit({
          recipientKind: r.recipientKind,
          position: r.position,
          unitName: r.recipientKind === "tap_the" ? "" : r.unitName,
        }),
        achievement:
          r.achievement || `Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm ${d.year}`,
        decisionNumber: numberOf(doc),
        decisionDate: doc.docDate,
        goldenBookNumber: String(r.lineNo),
        placeName: profile.placeName,
        date: doc.docDate,
        signer: {
          authority: signer.authority,
          authorityOf: signer.authorityOf,
          onBehalfOf: signer.onBehalfOf,
          position: signer.position,
          fullName: signer.fullName,
        },
      };
    });
    const toMark = chosen
      .map((r) => r.nominationId)
      .filter((n) => nominationRows.byId(ctx.db, n)?.state === "da_co_quyet_dinh");
    if (toMark.length) dryRun(ctx, () => transition(ctx, toMark, "in_bang", ""));
    const out = await renderCertificates(ctx, records, {
      mode,
      fileName: asciiFileName(`giay-khen-${numberOf(doc)}-${mode === "phoi" ? "phoi" : "day-du"}`),
    });
    if (toMark.length)
      ctx.db.transaction(() =>
        transition(ctx, toMark, "in_bang", `In Giấy khen theo Quyết định số ${numberOf(doc)}`),
      );
    return { ...out, marked: toMark.length };
  },
};
