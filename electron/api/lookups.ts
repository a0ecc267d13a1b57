/** Look-ups several areas need, with the refusal the officer reads when the row is gone. */
import { signerById, type SignerRow } from "../../db/queries/signers";
import type { AppContext } from "./context";
import { notFound, type AppError } from "./errors";

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
