import type { Page } from "@playwright/test";
import { api } from "./api";

type Fields = Record<string, unknown>;

export interface NominationSetupOptions {
  /** The commune: `code` and `name`. */
  unit: { code: string; name: string };
  /** The school under it: `name` and any other unit fields (head, …). */
  school: Fields & { name: string };
  /** Fields every person gets unless `person(…, extra)` says otherwise (gender, birthYear, …). */
  personDefaults: Fields;
  /** More fields of the working year's dossier (unitDocNumber, …). */
  dossier?: Fields;
}

/** A commune, its school and a dossier of the working year, saved through the procedures. */
export async function startNominations(page: Page, o: NominationSetupOptions) {
  const { workingYear: year } = await api<{ workingYear: number }>(
    page,
    "settings.getPreferences",
    {},
  );
  const unit = await api<{ id: string }>(page, "directory.saveUnit", {
    ...o.unit,
    kind: "xa_thi_tran",
  });
  const school = await api<{ id: string }>(page, "directory.saveUnit", {
    ...o.school,
    kind: "truong_hoc",
    parentId: unit.id,
  });
  const dossier = await api<{ id: string }>(page, "dossiers.save", {
    unitId: unit.id,
    year,
    kind: "thuong_xuyen",
    receivedDate: `${year}-12-01`,
    ...o.dossier,
  });
  /** A person of the commune; returns the id. */
  const person = async (fullName: string, position: string, extra: Fields = {}) =>
    (
      await api<{ id: string }>(page, "directory.savePerson", {
        fullName,
        category: "cong_chuc",
        ...o.personDefaults,
        position,
        unitId: unit.id,
        ...extra,
      })
    ).id;
  /** A nomination in the dossier (an individual unless `nomineeKind` says otherwise); returns the id. */
  const nominate = async (extra: Fields) =>
    (
      await api<{ id: string }>(page, "dossiers.saveNomination", {
        dossierId: dossier.id,
        nomineeKind: "ca_nhan",
        summary: "Hoàn thành xuất sắc nhiệm vụ",
        ...extra,
      })
    ).id;
  return { year, unitId: unit.id, schoolId: school.id, dossierId: dossier.id, person, nominate };
}

interface Components {
  components: { id: string; required: boolean; present: boolean }[];
}

/** Marks every required component of the dossier present; returns the dossier as read before. */
export async function completeComponents<T extends Components = Components>(
  page: Page,
  dossierId: string,
): Promise<T> {
  const d = await api<T>(page, "dossiers.get", { id: dossierId });
  for (const c of d.components.filter((c) => c.required && !c.present))
    await api(page, "dossiers.setPresent", { id: c.id, present: true });
  return d;
}

/** Moves the nominations through the given workflow actions, in order. */
export async function transition(page: Page, ids: string[], ...actions: string[]) {
  for (const action of actions) await api(page, "dossiers.transition", { ids, action });
}

/** A council meeting of `year` in which every member agrees to every nomination, results applied. */
export async function approveByCouncil(page: Page, year: number, ids: string[]) {
  const members = await api<{ id: string; role: string }[]>(page, "settings.listCouncil", {});
  const m = await api<{ id: string }>(page, "meetings.save", {
    year,
    kind: "xet_khen_thuong",
    meetingDate: `${year}-12-10`,
    startTime: "08:00",
    endTime: "10:00",
    place: "Phòng họp",
    chairMemberId: members.find((x) => x.role === "chu_tich")!.id,
    secretaryMemberId: members.find((x) => x.role === "thu_ky")!.id,
    note: "",
  });
  await api(page, "meetings.addItems", { meetingId: m.id, nominationIds: ids });
  const md = await api<{ items: { id: string }[]; meeting: { quorum: { present: number } } }>(
    page,
    "meetings.get",
    { id: m.id },
  );
  await api(page, "meetings.recordVotes", {
    meetingId: m.id,
    votes: md.items.map((i) => ({ itemId: i.id, agree: md.meeting.quorum.present })),
  });
  await api(page, "meetings.applyResults", { id: m.id });
}
