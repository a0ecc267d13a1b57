/** Look-ups several areas need, with the refusal the officer reads when the row is gone. */
import { legalBasisList } from "../../db/queries/catalogue";
import { signerById, type SignerRow } from "../../db/queries/signers";
import type { GenericContext } from "../documents/generic";
import { requireProfile, type DocumentRecord } from "../documents/register";
import type { AppContext } from "./context";
import { invalid, notFound, type AppError } from "./errors";

/** The chosen signer (người ký); refuses with `missing` (by default “not found”) when deleted. */
export function signerOf(
  ctx: AppContext,
  id: string,
  missing: () => AppError = () =>
    notFound("Không tìm thấy người ký này (có thể đã bị xóa). Hãy chọn lại."),
): SignerRow {
  const s = signerById(ctx.db, id);
  if (!s) throw missing();
  return s;
}

/** The signer picked in a document form; refuses with a message on the form's signer field. */
export const chosenSigner = (ctx: AppContext, id: string): SignerRow =>
  signerOf(ctx, id, () =>
    invalid("Người ký đã chọn không còn trong danh sách người ký.", {
      signerId: "Chọn người ký",
    }),
  );

/**
 * What a register document's fill needs besides its own input: the profile, the signer, the
 * legal-bases library, and its template (which, with the signer, decides the issuing body).
 */
export function documentContext(
  ctx: AppContext,
  row: Pick<DocumentRecord, "templateId">,
  signer: SignerRow,
): GenericContext {
  return {
    profile: requireProfile(ctx),
    signer,
    legalBases: legalBasisList(ctx.db, "effective").map((b) => ({ ...b, docType: b.docType })),
    templateId: row.templateId,
  };
}
