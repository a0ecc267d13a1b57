/**
 * A Tờ trình, Công văn or Báo cáo made from the register's form: the typed input plus the
 * settings (issuing body, signer, legal-bases library) give the template's data.
 */
import type { GenericDocumentInput, LegalBasis, Profile, Signer } from "../contract";
import { formatDateLine } from "../domain/vietnamese";
import type { FillData } from "./fill";
import { issuingBody, type IssuingBody } from "./issuing-body";
import type { TemplateId } from "./template-catalog";

export interface GenericContext {
  profile: Profile;
  signer: Pick<Signer, "fullName" | "position" | "authority" | "authorityOf" | "onBehalfOf">;
  legalBases: LegalBasis[];
  /** The register's template of the document: with the signer, it decides the issuing body. */
  templateId: TemplateId;
}

/** The body whose act the document is (header, ký hiệu, signature): see issuing-body.ts. */
export const issuerOfContext = (c: GenericContext): IssuingBody =>
  issuingBody(c.profile, c.templateId, c.signer);

/**
 * "Căn cứ …;" one per line, the last ending with "." — or with ";" when "Theo đề nghị của …"
 * follows (a Quyết định).
 */
export function legalBasisLines(titles: string[], last: "." | ";" = "."): string[] {
  return titles.map((t, i) => {
    const text = t
      .trim()
      .replace(/^căn cứ\s+/i, "")
      .replace(/[.;,]+$/, "");
    return `Căn cứ ${text}${i === titles.length - 1 ? last : ";"}`;
  });
}

/** "- Như trên;" … "- Lưu: VT, NV." with the dash and the punctuation the decree uses. */
export function noiNhanLines(lines: string[], abbreviation: string): string[] {
  const items = lines.map((l) =>
    l
      .trim()
      .replace(/^[-–•]\s*/, "")
      .replace(/[.;,]+$/, ""),
  );
  if (!items.some((l) => /^lưu\b/i.test(l))) items.push(`Lưu: VT, ${abbreviation}`);
  return items.map((l, i) => `- ${l}${i === items.length - 1 ? "." : ";"}`);
}

/** What every document shares: the header, the date line, the summary, căn cứ, Nơi nhận, the signer. */
export interface CommonInput {
  docDate: string;
  summary: string;
  kinhGui?: string;
  legalBasisIds?: string[];
  noiNhan?: string[];
  /** "de_nghi" when "Theo đề nghị của …" follows the căn cứ: the last one ends with ";". */
  basesFollowedBy?: "de_nghi";
}

export function commonFillData(input: CommonInput, number: string, c: GenericContext): FillData {
  const bases = (input.legalBasisIds ?? [])
    .map((id) => c.legalBases.find((b) => b.id === id)?.title)
    .filter((t): t is string => Boolean(t));
  const issuer = issuerOfContext(c);
  return {
    co_quan_chu_quan: issuer.superior,
    co_quan_ban_hanh: issuer.header,
    so_ky_hieu: number,
    dia_danh: c.profile.placeName,
    ngay_thang_nam: formatDateLine(input.docDate),
    trich_yeu: input.summary.trim(),
    kinh_gui: (input.kinhGui ?? "").trim(),
    can_cu: legalBasisLines(bases, input.basesFollowedBy ? ";" : "."),
    noi_nhan: noiNhanLines(input.noiNhan ?? [], c.profile.abbreviation),
    chuc_danh_ky: issuer.signature,
    nguoi_ky: c.signer.fullName,
  };
}

export function genericFillData(
  input: Omit<GenericDocumentInput, "kind"> & { kind: GenericDocumentInput["kind"] },
  number: string,
  c: GenericContext,
): FillData {
  const data: FillData = { ...commonFillData(input, number, c), noi_dung: input.paragraphs ?? [] };
  if (input.kind === "to-trinh") {
    data.danh_sach = { columns: [], rows: [] };
    data.de_nghi = [];
  }
  if (input.kind === "bao-cao") {
    data.bang_so_lieu = { columns: [], rows: [] };
    data.sau_bang = [];
  }
  return data;
}
