/** Look-ups several areas need, with the refusal the officer reads when the row is gone. */
import { signerById, type SignerRow } from "../../db/queries/signers";
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
