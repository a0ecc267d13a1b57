import {
  awardRows,
  awardVersions,
  awardVersionsForList,
  legalBasesNumbered,
  legalBasisList,
  legalBasisRows,
  versionsOfCode,
  type AwardRow,
  type LegalBasisRow,
} from "../../db/queries/catalogue";
import { addMissingDefaults } from "../../db/seed/apply-defaults";
import type { Award, LegalBasis, catalogueProcedures } from "../contract";
import { inForce, periodsOverlap } from "../domain/periods";
import { formatDate } from "../domain/vietnamese";
import { conflict, notFound } from "./errors";
import type { HandlersFor } from "./router";

function toAward(r: AwardRow): Award {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    recipientKind: r.recipientKind,
    kind: r.kind,
    conferredBy: r.conferredBy,
    coefficient: r.coefficient,
    criteria: r.criteria,
    validFrom: r.validFrom,
    validTo: r.validTo,
    sortOrder: r.sortOrder,
    statGroup: r.statGroup,
  };
}

function toLegalBasis(r: LegalBasisRow): LegalBasis {
  const { id, title, docType, number, issuedDate, issuer, effectiveFrom, effectiveTo, note } = r;
  return {
    id,
    title,
    docType: docType,
    number,
    issuedDate,
    issuer,
    effectiveFrom,
    effectiveTo,
    note,
  };
}

const until = (to: string | null) => (to ? formatDate(to) : "nay");

export const catalogueHandlers: HandlersFor<typeof catalogueProcedures> = {
  "catalogue.listAwards": ({ onDate }, ctx) =>
    awardVersionsForList(ctx.db)
      .filter((a) => !onDate || inForce({ from: a.validFrom, to: a.validTo }, onDate))
      .map(toAward),
  "catalogue.saveAward": ({ id, ...values }, ctx) => {
    const sameCode = versionsOfCode(ctx.db, values.code).filter((a) => a.id !== id);
    const clash = sameCode.find((a) =>
      periodsOverlap(
        { from: a.validFrom, to: a.validTo },
        { from: values.validFrom, to: values.validTo },
      ),
    );
    if (clash) {
      throw conflict(
        `Mã ${values.code} đã có bản ghi “${clash.name}” hiệu lực từ ${formatDate(clash.validFrom)} đến ${until(clash.validTo)}, chồng lấn với khoảng thời gian vừa nhập.`,
        { validFrom: "Khoảng hiệu lực chồng lấn với bản ghi cùng mã" },
      );
    }
    const sortOrder = id
      ? undefined
      : awardVersions(ctx.db, false).reduce((m, a) => Math.max(m, a.sortOrder + 10), 10);
    const saved = awardRows.save(
      ctx.db,
      id,
      { ...values, ...(sortOrder === undefined ? {} : { sortOrder }) },
      ctx.stamp(),
    );
    if (!saved) throw notFound("Không tìm thấy danh hiệu/hình thức này (có thể đã bị xóa).");
    return toAward(awardRows.byId(ctx.db, saved)!);
  },
  "catalogue.deleteAward": ({ id }, ctx) => {
    if (!awardRows.tombstone(ctx.db, id, ctx.clock.now())) throw notFound();
    return { ok: true as const };
  },
  "catalogue.listLegalBases": ({ onDate }, ctx) =>
    legalBasisList(ctx.db, "effective")
      .reverse()
      .filter((b) => !onDate || inForce({ from: b.effectiveFrom, to: b.effectiveTo }, onDate))
      .map(toLegalBasis),
  "catalogue.saveLegalBasis": ({ id, ...values }, ctx) => {
    if (values.number) {
      const dup = legalBasesNumbered(ctx.db, values.number).find(
        (b) => b.id !== id && b.docType === values.docType,
      );
      if (dup)
        throw conflict(`Văn bản số ${values.number} đã có trong thư viện căn cứ.`, {
          number: "Trùng số, ký hiệu",
        });
    }
    const saved = legalBasisRows.save(ctx.db, id, values, ctx.stamp());
    if (!saved) throw notFound("Không tìm thấy căn cứ này (có thể đã bị xóa).");
    return toLegalBasis(legalBasisRows.byId(ctx.db, saved)!);
  },
  "catalogue.deleteLegalBasis": ({ id }, ctx) => {
    if (!legalBasisRows.tombstone(ctx.db, id, ctx.clock.now())) throw notFound();
    return { ok: true as const };
  },
  "catalogue.restoreDefaults": (_i, ctx) => addMissingDefaults(ctx.db, ctx.stamp()),
};
