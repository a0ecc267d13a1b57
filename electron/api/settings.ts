import { defaultRounding, presetProfiles } from "../../db/seed/defaults";
import { getSetting, setSetting } from "../../db/queries/app-settings";
import {
  baseSalariesFrom,
  baseSalaryList,
  baseSalaryRows,
  type BaseSalaryRow,
} from "../../db/queries/catalogue";
import {
  councilMemberList,
  councilMemberRows,
  type CouncilMemberRow,
} from "../../db/queries/settings";
import { signerList, signerRows, type SignerRow } from "../../db/queries/signers";
import type { settingsProcedures, Profile, Rounding } from "../contract";
import { baseSalaryOn } from "../domain/money";
import type { AppContext } from "./context";
import { conflict, notFound } from "./errors";
import type { HandlersFor } from "./router";

const orderedSigners = (ctx: AppContext) => signerList(ctx.db).map(toSigner);
const orderedCouncil = (ctx: AppContext) => councilMemberList(ctx.db).map(toCouncilMember);

function toSigner(r: SignerRow) {
  const { id, fullName, position, authority, authorityOf, onBehalfOf, isDefault, sortOrder } = r;
  return {
    id,
    fullName,
    position,
    authority,
    authorityOf,
    onBehalfOf,
    isDefault,
    sortOrder,
  };
}
function toCouncilMember(r: CouncilMemberRow) {
  const { id, fullName, position, role, active, sortOrder } = r;
  return { id, fullName, position, role, active, sortOrder };
}
function toBaseSalary(r: BaseSalaryRow) {
  return { id: r.id, amount: r.amount, effectiveFrom: r.effectiveFrom, legalBasis: r.legalBasis };
}

function nextSortOrder(rows: { sortOrder: number }[]) {
  return rows.reduce((m, r) => Math.max(m, r.sortOrder + 1), 0);
}

/** Only one default signer: saving one as default clears the flag on the others. */
function clearOtherDefaults(ctx: AppContext, keepId: string) {
  for (const s of orderedSigners(ctx)) {
    if (s.id !== keepId && s.isDefault)
      signerRows.save(ctx.db, s.id, { isDefault: false }, ctx.stamp());
  }
}

function reorder(
  ctx: AppContext,
  rows: typeof signerRows | typeof councilMemberRows,
  ids: string[],
) {
  ctx.db.transaction((tx) => {
    ids.forEach((id, i) => {
      if (!rows.save(tx, id, { sortOrder: i }, ctx.stamp())) throw notFound();
    });
  });
  return { ok: true as const };
}

export function workingYearOf(ctx: AppContext): number {
  return (
    getSetting<{ workingYear: number }>(ctx.db, "preferences")?.workingYear ??
    new Date(ctx.clock.now()).getFullYear()
  );
}

export const settingsHandlers: HandlersFor<typeof settingsProcedures> = {
  "settings.getProfile": (_i, ctx) => getSetting<Profile>(ctx.db, "profile"),
  "settings.presets": ({ placeName }) => presetProfiles(placeName),
  "settings.completeSetup": (input, ctx) => {
    ctx.db.transaction((tx) => {
      // A second submit (double click, two tabs) would add every signer and member again.
      if (getSetting<boolean>(tx, "setup_completed") === true) {
        throw conflict("Ứng dụng đã được thiết lập. Hãy sửa thông tin trong phần Cài đặt.");
      }
      const stamp = ctx.stamp();
      setSetting(tx, "profile", input.profile, stamp.now);
      // Only one default signer: the first one marked, or the first one when none is.
      const defaultIndex = Math.max(
        0,
        input.signers.findIndex((s) => s.isDefault),
      );
      input.signers.forEach((s, i) =>
        signerRows.save(
          tx,
          undefined,
          { ...s, isDefault: i === defaultIndex, sortOrder: i },
          stamp,
        ),
      );
      input.councilMembers.forEach((m, i) =>
        councilMemberRows.save(tx, undefined, { ...m, sortOrder: i }, stamp),
      );
      if (!getSetting(tx, "preferences"))
        setSetting(
          tx,
          "preferences",
          { workingYear: new Date(stamp.now).getFullYear() },
          stamp.now,
        );
      setSetting(tx, "setup_completed", true, stamp.now);
    });
    return { ok: true as const };
  },
  "settings.saveProfile": (input, ctx) => {
    setSetting(ctx.db, "profile", input, ctx.clock.now());
    return input;
  },

  "settings.listSigners": (_i, ctx) => orderedSigners(ctx),
  "settings.saveSigner": ({ id, ...values }, ctx) => {
    const savedId = ctx.db.transaction(() => {
      const sortOrder = id ? undefined : nextSortOrder(orderedSigners(ctx));
      const saved = signerRows.save(
        ctx.db,
        id,
        { ...values, ...(sortOrder === undefined ? {} : { sortOrder }) },
        ctx.stamp(),
      );
      if (!saved) throw notFound("Không tìm thấy người ký này (có thể đã bị xóa).");
      if (values.isDefault) clearOtherDefaults(ctx, saved);
      return saved;
    });
    return toSigner(signerRows.byId(ctx.db, savedId)!);
  },
  "settings.deleteSigner": ({ id }, ctx) => {
    const live = orderedSigners(ctx);
    if (!live.some((s) => s.id === id)) throw notFound();
    if (live.length <= 1) throw conflict("Cần giữ ít nhất một người ký.");
    if (!signerRows.tombstone(ctx.db, id, ctx.clock.now())) throw notFound();
    return { ok: true as const };
  },
  "settings.reorderSigners": ({ ids }, ctx) => reorder(ctx, signerRows, ids),

  "settings.listCouncil": (_i, ctx) => orderedCouncil(ctx),
  "settings.saveCouncilMember": ({ id, ...values }, ctx) => {
    const sortOrder = id ? undefined : nextSortOrder(orderedCouncil(ctx));
    const saved = councilMemberRows.save(
      ctx.db,
      id,
      { ...values, ...(sortOrder === undefined ? {} : { sortOrder }) },
      ctx.stamp(),
    );
    if (!saved) throw notFound("Không tìm thấy thành viên này (có thể đã bị xóa).");
    return toCouncilMember(councilMemberRows.byId(ctx.db, saved)!);
  },
  "settings.deleteCouncilMember": ({ id }, ctx) => {
    if (!councilMemberRows.tombstone(ctx.db, id, ctx.clock.now())) throw notFound();
    return { ok: true as const };
  },
  "settings.reorderCouncil": ({ ids }, ctx) => reorder(ctx, councilMemberRows, ids),

  "settings.listBaseSalaries": (_i, ctx) => baseSalaryList(ctx.db, true).map(toBaseSalary),
  "settings.saveBaseSalary": ({ id, ...values }, ctx) => {
    const clash = baseSalariesFrom(ctx.db, values.effectiveFrom).find((r) => r.id !== id);
    if (clash) {
      throw conflict(
        `Đã có mức lương cơ sở áp dụng từ ngày ${values.effectiveFrom.split("-").reverse().join("/")}.`,
        {
          effectiveFrom: "Trùng ngày hiệu lực với một mức đã có",
        },
      );
    }
    const saved = baseSalaryRows.save(ctx.db, id, values, ctx.stamp());
    if (!saved) throw notFound();
    return toBaseSalary(baseSalaryRows.byId(ctx.db, saved)!);
  },
  "settings.deleteBaseSalary": ({ id }, ctx) => {
    const live = baseSalaryList(ctx.db);
    if (!live.some((r) => r.id === id)) throw notFound();
    if (live.length <= 1) throw conflict("Cần giữ ít nhất một mức lương cơ sở.");
    if (!baseSalaryRows.tombstone(ctx.db, id, ctx.clock.now())) throw notFound();
    return { ok: true as const };
  },
  "settings.baseSalaryOn": ({ date }, ctx) => {
    const row = baseSalaryOn(baseSalaryList(ctx.db), date);
    return row ? toBaseSalary(row) : null;
  },
  "settings.getRounding": (_i, ctx) => getSetting<Rounding>(ctx.db, "rounding") ?? defaultRounding,
  "settings.saveRounding": (input, ctx) => {
    setSetting(ctx.db, "rounding", input, ctx.clock.now());
    return input;
  },
  "settings.getPreferences": (_i, ctx) => ({ workingYear: workingYearOf(ctx) }),
  "settings.savePreferences": (input, ctx) => {
    setSetting(ctx.db, "preferences", input, ctx.clock.now());
    return input;
  },
};
