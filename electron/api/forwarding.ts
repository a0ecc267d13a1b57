/**
 * Trình cấp trên: the year's nominations at “Chuyển cấp trên” grouped by form, the office's Tờ
 * trình to the upper level for the selected ones and each nominee's Báo cáo thành tích, pre-filled
 * from the directory and the award registry. Reads the dossiers' tables, never writes them; the
 * documents go to the register (drafts, numbered when issued).
 */
import { documentInputOf } from "../../db/queries/documents";
import { awardCatalogueOn, type AwardCatalogue } from "../../db/queries/catalogue";
import {
  nominationListingsAt,
  nominationListingsByIds,
  type NominationListing,
} from "../../db/queries/nominations";
import {
  awardsReceivedBy,
  customListLabel,
  documentIdsOfSourceKind,
  initiativesOfAuthor,
  personCard,
  ratingsBetween,
  unitCard,
  unitHeadCounts,
  type UnitCard,
} from "../../db/queries/forwarding";
import {
  builtInUnitKinds,
  nominationStateLabels,
  type DocumentRow,
  type ForwardedGroup,
  type forwardingProcedures,
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
import {
  createDocument,
  getDocument,
  requireProfile,
  toRow,
  type DocumentRecord,
  type FillResolver,
} from "../documents/register";
import type { AppContext } from "./context";
import { documentContext, signerOf } from "./lookups";
import { invalid, notFound } from "./errors";
import type { HandlersFor } from "./router";

export const FORWARD_PROPOSAL_SOURCE = "forwarding_proposal";
export const FORWARD_REPORT_SOURCE = "forwarding_report";

/** How many years of ratings section II shows (the nomination's year and the ones before). */
const RATING_YEARS = 5;

/** A listing with the dossier's unit and the nominee's names as printed. */
type NominationFacts = Omit<NominationListing, "nominee" | "dossierUnit"> & {
  dossierUnit: string;
  nomineeName: string;
  position: string;
  unitName: string;
};

const gone = "(đã xóa khỏi danh bạ)";

function toFacts(r: NominationListing): NominationFacts {
  const { nominee: n, ...rest } = r;
  const base = { ...rest, dossierUnit: r.dossierUnit ?? "(đơn vị đã xóa)" };
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
    nomineeName: n?.name ?? gone,
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
  const input = documentInputOf(row) as ProposalInput;
  const awards = new AwardNames(ctx);
  const lines = nominationsByIds(ctx, input.nominationIds).map((n) => lineOf(n, awards));
  return forwardProposalFillData(
    lines,
    input,
    number,
    documentContext(ctx, row, signerOf(ctx, input.signerId)),
  );
};

// Báo cáo thành tích ----------------------------------------------------------------------------

interface ReportInput {
  nominationId: string;
  docDate: string;
}

function ratingsOf(ctx: AppContext, kind: "person" | "unit", id: string, year: number) {
  return ratingsBetween(ctx.db, kind, id, year - RATING_YEARS + 1, year) as YearRating[];
}

function receivedAwards(
  ctx: AppContext,
  column: "person_id" | "unit_id",
  id: string,
  recipientKind: NomineeKind,
  awards: AwardNames,
): ReceivedAward[] {
  return awardsReceivedBy(ctx.db, column, id, recipientKind).map((r) => ({
    year: r.year,
    awardName: r.award_name,
    awardKind: awards.kind(r.award_code),
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    issuer: r.issuer,
  }));
}

function unitOf(ctx: AppContext, id: string | null): UnitCard | undefined {
  if (!id) return undefined;
  return unitCard(ctx.db, id);
}

function unitKindLabel(ctx: AppContext, code: string): string {
  const builtIn = (builtInUnitKinds as Record<string, string>)[code];
  if (builtIn) return builtIn;
  return customListLabel(ctx.db, "unit_kind", code) ?? "";
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
    const p = personCard(ctx.db, n!.personId);
    if (!p) throw notFound("Người được đề nghị không còn trong danh bạ.");
    const unit = unitOf(ctx, p.unit_id);
    const upper = unitOf(ctx, unit?.parent_id ?? null);
    const initiatives = initiativesOfAuthor(
      ctx.db,
      n!.personId,
      n!.year - RATING_YEARS + 1,
      n!.year,
    );
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
        hometown: p.hometown,
        residence: p.residence,
        education: p.education,
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
  const counts = unitHeadCounts(ctx.db, unit.id);
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
      members: counts.members,
      subUnits: counts.subUnits,
    },
    profile,
  );
}

export const forwardReportFill: FillResolver = (ctx, row) =>
  reportFillData(ctx, documentInputOf(row) as ReportInput);

// Documents of the page -------------------------------------------------------------------------

function documentsOfKind(ctx: AppContext, sourceKind: string, year?: number): DocumentRecord[] {
  return documentIdsOfSourceKind(ctx.db, sourceKind, year).map((id) => getDocument(ctx, id));
}

export const forwardingHandlers: HandlersFor<typeof forwardingProcedures> = {
  "forwarding.list": ({ year }, ctx) => {
    const rows = forwardedOfYear(ctx, year);
    const awards = new AwardNames(ctx);
    const reports = new Map<string, DocumentRow>();
    for (const d of documentsOfKind(ctx, FORWARD_REPORT_SOURCE))
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
      proposals: documentsOfKind(ctx, FORWARD_PROPOSAL_SOURCE, year).map((d) => toRow(ctx, d)),
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
      signer,
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
