import { expect } from "vitest";
import type { InputOf } from "../../electron/contract";
import type { TestBackend } from "./backend";

/** The message of a call that must fail. */
export async function errorOf(res: Promise<{ ok: boolean; error?: { message: string } }>) {
  const r = await res;
  expect(r.ok).toBe(false);
  return r.error!.message;
}

/** UBND xã Bình Lư and its Trường Tiểu học Bình Lư. */
export async function communeWithSchool(t: TestBackend) {
  const unitId = (
    await t.expectOk("directory.saveUnit", {
      code: "XA_BL",
      name: "UBND xã Bình Lư",
      kind: "xa_thi_tran",
    })
  ).id;
  const schoolId = (
    await t.expectOk("directory.saveUnit", {
      name: "Trường Tiểu học Bình Lư",
      kind: "truong_hoc",
      parentId: unitId,
    })
  ).id;
  return { unitId, schoolId };
}

/** A person of the unit (a male công chức born 1985 unless `extra` says otherwise); returns the id. */
export async function savePerson(
  t: TestBackend,
  unitId: string,
  fullName: string,
  position: string,
  extra: Partial<InputOf<"directory.savePerson">> = {},
) {
  return (
    await t.expectOk("directory.savePerson", {
      fullName,
      gender: "nam",
      birthYear: 1985,
      category: "cong_chuc",
      position,
      unitId,
      ...extra,
    })
  ).id;
}

/** The unit's 2024 dossier (received 05/03/2025) and a way to nominate in it (an individual unless
 * `nomineeKind` says otherwise; returns the nomination's id). */
export async function dossier2024(t: TestBackend, unitId: string, summary: string) {
  const dossier = await t.expectOk("dossiers.save", {
    unitId,
    year: 2024,
    kind: "thuong_xuyen",
    receivedDate: "2025-03-05",
  });
  const nominate = async (extra: Record<string, unknown>) =>
    (
      await t.expectOk("dossiers.saveNomination", {
        dossierId: dossier.id,
        nomineeKind: "ca_nhan",
        summary,
        ...(extra as { awardCode: string }),
      })
    ).id;
  return { dossierId: dossier.id, nominate };
}

/** Marks every required component of the dossier present; returns the dossier as read before. */
export async function completeComponents(t: TestBackend, dossierId: string) {
  const d = await t.expectOk("dossiers.get", { id: dossierId });
  for (const c of d.components.filter((c) => c.required && !c.present))
    await t.expectOk("dossiers.setPresent", { id: c.id, present: true });
  return d;
}
