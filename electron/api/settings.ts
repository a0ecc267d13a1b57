import { eq } from "drizzle-orm";
import { defaultRounding, presetProfiles } from "../../db/seed/defaults";
import { getSetting, setSetting } from "../../db/queries/app-settings";
import { liveRow, liveRows, tombstoneRow, upsertRow } from "../../db/queries/sync-rows";
import { baseSalaries, councilMembers, signers } from "../../db/schema";
import type { settingsProcedures, Profile, Rounding } from "../contract";
import { baseSalaryOn } from "../domain/money";
import type { AppContext } from "./context";
import { conflict, notFound } from "./errors";
import type { HandlersFor } from "./router";

const orderedSigners = (ctx: AppContext) =>
  liveRows(ctx.db, signers, [signers.sortOrder, signers.createdAt]).map(toSigner);
const orderedCouncil = (ctx: AppContext) =>
  liveRows(ctx.db, councilMembers, [councilMembers.sortOrder, councilMembers.createdAt]).map(
    toCouncilMember,
  );

function toSigner(r: typeof signers.$inferSelect) {
  const { id, fullName, position, authority, authorityOf, onBehalfOf, isDefault, sortOrder } = r;
  return {
    id,
    fullName,
    position,
    authority: authority as "",
    authorityOf,
    onBehalfOf,
    isDefault,
    sortOrder,
  };
}
function toCouncilMember(r: typeof councilMembers.$inferSelect) {
  const { id, fullName, position, role, active, sortOrder } = r;
  return { id, fullName, position, role: role as "uy_vien", active, sortOrder };
}
function toBaseSalary(r: typeof baseSalaries.$inferSelect) {
  return { id: r.id, amount: r.amount, effectiveFrom: r.effectiveFrom, legalBasis: r.legalBasis };
}

function nextSortOrder(rows: { sortOrder: number }[]) {
  return rows.reduce((m, r) => Math.max(m, r.sortOrder + 1), 0);
}

/** Only one default signer: saving one as default clears the flag on the others. */
function clearOtherDefaults(ctx: AppContext, keepId: string) {
  for (const s of orderedSigners(ctx)) {
    if (s.id !== keepId && s.isDefault)
      upsertRow(ctx.db, signers, s.id, { isDefault: false }, ctx.stamp());
  }
}

function reorder(ctx: AppContext, table: typeof signers | typeof councilMembers, ids: string[]) {
  ctx.db.transaction((tx) => {
    ids.forEach((id, i) => {
      if (!upsertRow(tx, table, id, { sortOrder: i }, ctx.stamp())) throw notFound();
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
        upsertRow(
          tx,
          signers,
          undefined,
          { ...s, isDefault: i === defaultIndex, sortOrder: i },
          stamp,
        ),
      );
      input.councilMembers.forEach((m, i) =>
        upsertRow(tx, councilMembers, undefined, { ...m, sortOrder: i }, stamp),
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
      const saved = upsertRow(
        ctx.db,
        signers,
        id,
        { ...values, ...(sortOrder === undefined ? {} : { sortOrder }) },
        ctx.stamp(),
      );
      if (!saved) throw notFound("Không tìm thấy người ký này (có thể đã bị xóa).");
      if (values.isDefault) clearOtherDefaults(ctx, saved);
      return saved;
    });
    return toSigner(liveRow(ctx.db, signers, savedId)!);
  },
  "settings.deleteSigner": ({ id }, ctx) => {
    const live = orderedSigners(ctx);
    if (!live.some((s) => s.id === id)) throw notFound();
    if (live.length <= 1) throw conflict("Cần giữ ít nhất một người ký.");
    if (!tombstoneRow(ctx.db, signers, id, ctx.clock.now())) throw notFound();
    return { ok: true as const };
  },
  "settings.reorderSigners": ({ ids }, ctx) => reorder(ctx, signers, ids),

  "settings.listCouncil": (_i, ctx) => orderedCouncil(ctx),
  "settings.saveCouncilMember": ({ id, ...values }, ctx) => {
    const sortOrder = id ? undefined : nextSortOrder(orderedCouncil(ctx));
    const saved = upsertRow(
      ctx.db,
      councilMembers,
      id,
      { ...values, ...(sortOrder === undefined ? {} : { sortOrder }) },
      ctx.stamp(),
    );
    if (!saved) throw notFound("Không tìm thấy thành viên này (có thể đã bị xóa).");
    return toCouncilMember(liveRow(ctx.db, councilMembers, saved)!);
  },
  "settings.deleteCouncilMember": ({ id }, ctx) => {
    if (!tombstoneRow(ctx.db, councilMembers, id, ctx.clock.now())) throw notFound();
    return { ok: true as const };
  },
  "settings.reorderCouncil": ({ ids }, ctx) => reorder(ctx, councilMembers, ids),

  "settings.listBaseSalaries": (_i, ctx) =>
    liveRows(ctx.db, baseSalaries, [baseSalaries.effectiveFrom]).map(toBaseSalary),
  "settings.saveBaseSalary": ({ id, ...values }, ctx) => {
    const clash = liveRows(
      ctx.db,
      baseSalaries,
      [],
      eq(baseSalaries.effectiveFrom, values.effectiveFrom),
    ).find((r) => r.id !== id);
    if (clash) {
      throw conflict(
        `Đã có mức lương cơ sở áp dụng từ ngày ${values.effectiveFrom.split("-").reverse().join("/")}.`,
        {
          effectiveFrom: "Trùng ngày hiệu lực với một mức đã có",
        },
      );
    }
    const saved = upsertRow(ctx.db, baseSalaries, id, values, ctx.stamp());
    if (!saved) throw notFound();
    return toBaseSalary(liveRow(ctx.db, baseSalaries, saved)!);
  },
  "settings.deleteBaseSalary": ({ id }, ctx) => {
    const live = liveRows(ctx.db, baseSalaries, []);
    if (!live.some((r) => r.id === id)) throw notFound();
    if (live.length <= 1) throw conflict("Cần giữ ít nhất một mức lương cơ sở.");
    if (!tombstoneRow(ctx.db, baseSalaries, id, ctx.clock.now())) throw notFound();
    return { ok: true as const };
  },
  "settings.baseSalaryOn": ({ date }, ctx) => {
    const row = baseSalaryOn(liveRows(ctx.db, baseSalaries, []), date);
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
