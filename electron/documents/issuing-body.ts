/**
 * Whose act a document is, decided once from its template and the signer the officer chose: the
 * header's issuing body, the ký hiệu in its number and the signature block always agree. A plan
 * signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH" is the Ủy ban's (header ỦY BAN NHÂN DÂN HUYỆN …,
 * number …/KH-UBND); signed "TRƯỞNG PHÒNG" it is the office's (header PHÒNG NỘI VỤ, …/KH-PNV).
 */
import type { Profile } from "../contract";
import { signatureLines, type SignerLines } from "../contract/format";
import { foldVietnamese } from "../contract/text";
import { upperVi } from "../domain/vietnamese";
import { templateCatalog, type TemplateId } from "./template-catalog";

export interface IssuingBody {
  /** The header's first line ("ỦY BAN NHÂN DÂN HUYỆN …"); "" when the parent body issues. */
  superior: string;
  /** The header's bold line. */
  header: string;
  /** The body as a sentence names it ("Phòng Nội vụ", "Ủy ban nhân dân huyện Vĩnh Cửu"). */
  name: string;
  /** The ký hiệu after the type code ("PNV" in 12/KH-PNV); "" for documents without one. */
  abbreviation: string;
  /** The capitalised lines above the signature. */
  signature: string[];
}

/** Signed for the Ủy ban or its Chủ tịch (TM. ỦY BAN NHÂN DÂN, KT./TL. CHỦ TỊCH, PHÓ CHỦ TỊCH). */
export function signsForParentBody(s: SignerLines): boolean {
  const text = foldVietnamese([s.onBehalfOf, s.authorityOf, s.position].join(" | "));
  return /\b(uy ban nhan dan|ubnd|chu tich)\b/.test(text) && !/\bhoi dong\b/.test(text);
}

/**
 * Khen thưởng decisions and Giấy khen are the Chairman's (thẩm quyền "Chủ tịch …"): signed
 * "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", never under "TM. ỦY BAN NHÂN DÂN", which is for the body's own acts.
 */
export function chairmanSigner<T extends SignerLines>(signer: T): T {
  return { ...signer, onBehalfOf: "" };
}

export function issuingBody(
  profile: Profile,
  templateId: TemplateId,
  signer?: SignerLines,
): IssuingBody {
  const parent = (s?: SignerLines): IssuingBody => ({
    superior: "",
    header: upperVi(profile.parentBody),
    name: profile.parentBody,
    abbreviation: profile.parentAbbreviation || "UBND",
    signature: s ? signatureLines(s) : [],
  });
  const office: IssuingBody = {
    superior: upperVi(profile.parentBody),
    header: upperVi(profile.issuingBody),
    name: profile.issuingBody,
    abbreviation: profile.abbreviation,
    signature: signer ? signatureLines(signer) : [],
  };
  switch (templateCatalog[templateId].issuer) {
    case "parent":
      return parent(signer && chairmanSigner(signer));
    case "council":
      return {
        ...office,
        header: upperVi(profile.councilName),
        name: profile.councilName,
        abbreviation: profile.councilAbbreviation,
      };
    case "none":
      return { ...office, abbreviation: "" };
    case "office":
      return signer && signsForParentBody(signer) ? parent(signer) : office;
  }
}
