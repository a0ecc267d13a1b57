/**
 * Trình cấp trên: the year's nominations at “Chuyển cấp trên” grouped by form, the office's Tờ
 * trình to the upper level for the selected ones and each nominee's Báo cáo thành tích, pre-filled
 * from the directory and the award registry. Reads the dossiers' tables, never writes them; the
 * documents go to the register (drafts, numbered when issued).
 */
import { awardCatalogueOn, type AwardCatalogue } from "../../db/queries/catalogue";
import {
  nominationListingsAt,
  nominationListingsByIds,
  type NominationListing,
} from "../../db/queries/nominations";
import { liveRows } from "../../db/queries/sync-rows";
import { legalBases } from "../../db/schema";
import {
  builtInUnitKinds,
  nominationStateLabels,
  type DocumentRow,
  type ForwardedGroup,
  type forwardingProcedures,
  type LegalBasis,
  type NominationState,
  type NomineeKind,
} from "../contract";
import {
  defaultKinhGui,
  formName,
  forwardProposalFillData,
  personReportFillData,
  proposalSummaryOf,
  unitReportFillData,
  type ForwardLine,
  type ReceivedAward,
  type YearRating,
} from "../documents/forwarding-docs";
import type { GenericContext } from "../documents/generic";
import {
  createDocument,
  getDocument,
  requireProfile,
  toRow,
  type DocumentRecord,
  type FillResolver,
} from "../documents/register";
import type { AppContext } from "./context";
import { signerOf } from "./lookups";
import { invalid, notFound } from "./errors";
import type { HandlersFor } from "./router";

export const FORWARD_PROPOSAL_SOURCE = "forwarding_proposal";
export const FORWARD_REPORT_SOURCE = "forwarding_report";

/** How many years of ratings section II shows (the nomination's year and the ones before). */
const RATING_YEARS = 5;

interface NominationFacts {
  id: string;
  dossierId: string;
  year: number;
  receivedDate: string;
  dossierUnit: string;
  unitDocNumber: string;
  nomineeKind: NomineeKind;
  personId: string | null;
  unitId: string | null;
  householdId: string | null;
  awardCode: string;
  summary: string;
  state: NominationState;
  sortOrder: number;
  createdAt: number;
  nomineeName: string;
  position: string;
  unitName: string;
}

const gone = "(đã xóa khỏi danh bạ)";

function toFacts(r: NominationListing): NominationFacts {
  const { nominee: n, ...rest } = r;
  const base = {
    ...rest,
    dossierUnit: r.dossierUnit ?? "(đơn vị đã xóa)",
    nomineeKind: r.nomineeKind as NomineeKind,
    state: r.state as NominationState,
  };
  if (r.nomineeKind === "ca_nhan")
    return {
      ...base,
      nomineeName: n?.name ?? gone,
      position: n?.position ?? "",
      unitName: n?.unitName ?? "",
    };
  if (r.nomineeKind === "tap_the")
    return { ...base, nomineeName: n?.name ?? gone, position: "", unitName: n?.unitName ?? "" };
  return {
    ...base,
    nomineeName: n?.name ? `Hộ ông/bà ${n.name}` : gone,
    position: "",
    unitName: n?.address ?? "",
  };
}

function forwardedOfYear(ctx: AppContext, year: number): NominationFacts[] {
  return nominationListingsAt(ctx.db, "chuyen_cap_tren", year, true).map(toFacts);
}

function nominationsByIds(ctx: AppContext, ids: string[]): NominationFacts[] {
  if (!ids.length) return [];
  const found = new Map(nominationListingsByIds(ctx.db, ids).map((r) => [r.id, toFacts(r)]));
  return ids.map((id) => {
    const f = found.get(id);
    if (!f) throw notFound("Không tìm thấy đề nghị này (có thể hồ sơ hoặc đề nghị đã bị xóa).");
    return f;
  });
}

/** Award names (and title/form kind) per code, the version in force on a date first. */
class AwardNames {
  private catalogue: AwardCatalogue;
  constructor(ctx: AppContext) {
    this.catalogue = awardCatalogueOn(ctx.db);
  }
  name(code: string, date: string): string {
    return this.catalogue.on(code, date)?.name ?? `${code} (không còn trong danh mục)`;
  }
  kind(code: string): string {
    return this.catalogue.on(code, "9999-12-31")?.kind ?? "";
  }
}

function lineOf(n: NominationFacts, awards: AwardNames): ForwardLine {
  return {
    nomineeKind: n.nomineeKind,
    nomineeName: n.nomineeName,
    position: n.position,
    unitName: n.unitName,
    awardName: awards.name(n.awardCode, n.receivedDate),
  };
}

function genericContext(ctx: AppContext, signerId: string): GenericContext {
  const signer = signerOf(ctx, signerId);
  return {
    profile: requireProfile(ctx),
    signer: { ...signer, authority: signer.authority as "" },
    legalBases: liveRows(ctx.db, legalBases, []).map((b) => ({
      ...b,
      docType: b.docType as LegalBasis["docType"],
    })),
  };
}

// Tờ trình ------------------------------------------------------------------------------------

interface ProposalInput {
  year: number;
  nominationIds: string[];
  docDate: string;
  signerId: string;
  kinhGui: string;
  legalBasisIds: string[];
  noiNhan: string[];
}

export const forwardProposalFill: FillResolver = (ctx, row, number) => {
  const input = JSON.parse(row.input) as ProposalInput;
  const awards = new AwardNames(ctx);
  const lines = nominationsByIds(ctx, input.nominationIds).map((n) => lineOf(n, awards));
  return forwardProposalFillData(lines, input, number, genericContext(ctx, input.signerId));
};

// Báo cáo thành tích ----------------------------------------------------------------------------

interface ReportInput {
  nominationId: string;
  docDate: string;
}

function ratingsOf(ctx: AppContext, kind: "person" | "unit", id: string, year: number) {
  return ctx.sqlite
    .prepare(
      `SELECT year, rating FROM ratings WHERE deleted_at IS NULL AND subject_kind = ?
       AND subject_id = ? AND year BETWEEN ? AND ? ORDER BY year`,
    )
    .all(kind, id, year - RATING_YEARS + 1, year) as YearRating[];
}

function receivedAwards(
  ctx: AppContext,
  column: "person_id" | "unit_id",
  id: string,
  recipientKind: NomineeKind,
  awards: AwardNames,
): ReceivedAward[] {
  return (
    ctx.sqlite
      .prepare(
        `SELECT year, award_code, award_name, decision_number, decision_date, issuer
         FROM award_records WHERE deleted_at IS NULL AND cancelled_by IS NULL
         AND ${column} = ? AND recipient_kind = ? ORDER BY year, decision_date`,
      )
      .all(id, recipientKind) as {
      year: number;
      award_code: string;
      award_name: string;
      decision_number: string;
      decision_date: string | null;
      issuer: string;
    }[]
  ).map((r) => ({
    year: r.year,
    awardName: r.award_name,
    awardKind: awards.kind(r.award_code),
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    issuer: r.issuer,
  }));
}

interface UnitSql {
  id: string;
  name: string;
  kind: string;
  address: string;
  head_name: string;
  parent_id: string | null;
  head_position: string;
}

function unitOf(ctx: AppContext, id: string | null): UnitSql | undefined {
  if (!id) return undefined;
  return ctx.sqlite
    .prepare(
      `SELECT id, name, kind, address, head_name, head_position, parent_id FROM units
       WHERE id = ? AND deleted_at IS NULL`,
    )
    .get(id) as UnitSql | undefined;
}

function unitKindLabel(ctx: AppContext, code: string): string {
  const builtIn = (builtInUnitKinds as Record<string, string>)[code];
  if (builtIn) return builtIn;
  const added = ctx.sqlite
    .prepare(
      `SELECT label FROM directory_list_items WHERE deleted_at IS NULL AND list = 'unit_kind'
       AND code = ?`,
    )
    .get(code) as { label: string } | undefined;
  return added?.label ?? "";
}

function reportTemplate(n: NominationFacts) {
  if (n.nomineeKind === "ca_nhan") return "bao-cao-thanh-tich-ca-nhan" as const;
  if (n.nomineeKind === "tap_the") return "bao-cao-thanh-tich-tap-the" as const;
  throw invalid(
    "Báo cáo thành tích theo mẫu chỉ lập cho cá nhân hoặc tập thể; hộ gia đình gửi bản tóm tắt thành tích riêng.",
  );
}

function reportFillData(ctx: AppContext, input: ReportInput) {
  const [n] = nominationsByIds(ctx, [input.nominationId]);
  const profile = requireProfile(ctx);
  const awards = new AwardNames(ctx);
  const awardName = awards.name(n!.awardCode, n!.receivedDate);
  if (reportTemplate(n!) === "bao-cao-thanh-tich-ca-nhan") {
    const p = ctx.sqlite
      .prepare(
        `SELECT full_name, gender, birth_year, birth_date, position, unit_id FROM people
         WHERE id = ? AND deleted_at IS NULL`,
      )
      .get(n!.personId) as
      | {
          full_name: string;
          gender: string;
          birth_year: number | null;
          birth_date: string | null;
          position: string;
          unit_id: string | null;
        }
      | undefined;
    if (!p) throw notFound("Người được đề nghị không còn trong danh bạ.");
    const unit = unitOf(ctx, p.unit_id);
    const upper = unitOf(ctx, unit?.parent_id ?? null);
    const initiatives = ctx.sqlite
      .prepare(
        `SELECT i.year, i.title, i.decision_number FROM initiative_authors a
         JOIN initiatives i ON i.id = a.initiative_id AND i.deleted_at IS NULL
         WHERE a.deleted_at IS NULL AND a.person_id = ? AND i.year BETWEEN ? AND ?
         ORDER BY i.year`,
      )
      .all(n!.personId, n!.year - RATING_YEARS + 1, n!.year) as {
      year: number;
      title: string;
      decision_number: string;
    }[];
    return personReportFillData(
      {
        docDate: input.docDate,
        awardName,
        summary: n!.summary,
        ratings: ratingsOf(ctx, "person", n!.personId!, n!.year),
        awards: receivedAwards(ctx, "person_id", n!.personId!, "ca_nhan", awards),
        upperName: upper?.name ?? "",
        upperHeadName: upper?.head_name ?? "",
        fullName: p.full_name,
        gender: p.gender,
        birthDate: p.birth_date,
        birthYear: p.birth_year,
        position: p.position,
        unitName: unit?.name ?? "",
        unitHeadName: unit && unit.head_name !== p.full_name ? unit.head_name : "",
        initiatives: initiatives.map((i) => ({
          year: i.year,
          title: i.title,
          decisionNumber: i.decision_number,
        })),
      },
      profile,
    );
  }
  const unit = unitOf(ctx, n!.unitId);
  if (!unit) throw notFound("Tập thể được đề nghị không còn trong danh bạ.");
  const upper = unitOf(ctx, unit.parent_id);
  const count = (sql: string) => (ctx.sqlite.prepare(sql).get(unit.id) as { n: number }).n;
  return unitReportFillData(
    {
      docDate: input.docDate,
      awardName,
      summary: n!.summary,
      ratings: ratingsOf(ctx, "unit", unit.id, n!.year),
      awards: receivedAwards(ctx, "unit_id", unit.id, "tap_the", awards),
      upperName: upper?.name ?? "",
      upperHeadName: upper?.head_name ?? "",
      unitName: unit.name,
      kindLabel: unitKindLabel(ctx, unit.kind),
      address: unit.address,
      headName: unit.head_name,
      headPosition: unit.head_position,
      members: count("SELECT count(*) AS n FROM people WHERE deleted_at IS NULL AND unit_id = ?"),
      subUnits: count(
        "SELECT count(*) AS n FROM units WHERE deleted_at IS NULL AND active = 1 AND parent_id = ?",
      ),
    },
    profile,
  );
}

export const forwardReportFill: FillResolver = (ctx, row) =>
  reportFillData(ctx, JSON.parse(row.input) as ReportInput);

// Documents of the page -------------------------------------------------------------------------

function documentsWhere(ctx: AppContext, where: string, ...params: unknown[]): DocumentRecord[] {
  const ids = ctx.sqlite
    .prepare(
      `SELECT id FROM documents WHERE deleted_at IS NULL AND ${where}
       ORDER BY doc_date, created_at`,
    )
    .all(...params) as { id: string }[];
  return ids.map((r) => getDocument(ctx, r.id));
}

export const forwardingHandlers: HandlersFor<typeof forwardingProcedures> = {
  "forwarding.list": ({ year }, ctx) => {
    const rows = forwardedOfYear(ctx, year);
    const awards = new AwardNames(ctx);
    const reports = new Map<string, DocumentRow>();
    for (const d of documentsWhere(ctx, "source_kind = ?", FORWARD_REPORT_SOURCE))
      if (d.sourceId) reports.set(d.sourceId, toRow(ctx, d));
    const groups = new Map<string, ForwardedGroup>();
    for (const n of rows) {
      const awardName = awards.name(n.awardCode, n.receivedDate);
      const g = groups.get(n.awardCode) ?? { awardCode: n.awardCode, awardName, items: [] };
      g.items.push({
        nominationId: n.id,
        dossierId: n.dossierId,
        dossierLabel: `${n.dossierUnit}${n.unitDocNumber ? ` · Tờ trình ${n.unitDocNumber}` : ""}`,
        nomineeKind: n.nomineeKind,
        nomineeName: n.nomineeName,
        position: n.position,
        unitName: n.unitName,
        summary: n.summary,
        report: reports.get(n.id) ?? null,
      });
      groups.set(n.awardCode, g);
    }
    return {
      groups: [...groups.values()],
      total: rows.length,
      defaultKinhGui: defaultKinhGui(requireProfile(ctx).level),
      proposals: documentsWhere(
        ctx,
        "source_kind = ? AND json_extract(input, '$.year') = ?",
        FORWARD_PROPOSAL_SOURCE,
        year,
      ).map((d) => toRow(ctx, d)),
    };
  },

  "forwarding.createProposal": async (input, ctx) => {
    const ids = [...new Set(input.nominationIds)];
    for (const n of nominationsByIds(ctx, ids)) {
      if (n.state !== "chuyen_cap_tren")
        throw invalid(
          `Đề nghị của ${n.nomineeName} đang ở trạng thái “${nominationStateLabels[n.state]}”, chưa chuyển cấp trên nên không đưa vào Tờ trình được.`,
        );
      if (n.year !== input.year)
        throw invalid(
          `Đề nghị của ${n.nomineeName} thuộc năm ${n.year}, không phải năm ${input.year}.`,
        );
    }
    const signer = signerOf(ctx, input.signerId);
    const row = await createDocument(ctx, {
      templateId: "to-trinh",
      docDate: input.docDate,
      summary: proposalSummaryOf(input.year),
      signerName: signer.fullName,
      sourceKind: FORWARD_PROPOSAL_SOURCE,
      input: { ...input, nominationIds: ids } satisfies ProposalInput,
    });
    return toRow(ctx, row);
  },

  "forwarding.createReport": async (input, ctx) => {
    const [n] = nominationsByIds(ctx, [input.nominationId]);
    if (n!.state !== "chuyen_cap_tren")
      throw invalid(
        `Đề nghị của ${n!.nomineeName} đang ở trạng thái “${nominationStateLabels[n!.state]}”; Báo cáo thành tích gửi cấp trên chỉ lập cho đề nghị đã chuyển cấp trên.`,
      );
    const templateId = reportTemplate(n!);
    const awardName = new AwardNames(ctx).name(n!.awardCode, n!.receivedDate);
    const row = await createDocument(ctx, {
      templateId,
      docDate: input.docDate,
      summary: `Báo cáo thành tích đề nghị tặng ${formName(awardName)}: ${n!.nomineeName}`,
      signerName: n!.nomineeKind === "ca_nhan" ? n!.nomineeName : "",
      sourceKind: FORWARD_REPORT_SOURCE,
      sourceId: n!.id,
      input: { nominationId: n!.id, docDate: input.docDate } satisfies ReportInput,
    });
    return toRow(ctx, row);
  },
};
