import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { type Registration, type RegistrationPersonLine } from "../../../electron/contract";
import { call } from "../../api/client";
import { notifyError, notifySuccess, useApiMutation, useApiQuery } from "../../api/hooks";
import { confirmAction } from "../../components/confirm";

export type Line = RegistrationPersonLine;
export interface Draft {
  note: string;
  titles: { titleCode: string; note: string }[];
  targets: { text: string; number: number | null; unit: string }[];
  people: Line[];
}
export type Scope = { year: number; movementId: string | null; unitId: string };

export const blankLine = (titleCode = "LDTT"): Line => ({
  personId: null,
  fullName: "",
  birthYear: null,
  position: "",
  isLeader: false,
  titleCode,
  note: "",
  lastYearRating: null,
});

/**
 * A registration being edited: the draft (collective titles, targets, people), its unsaved
 * state, the live warnings mapped to the grid's rows, and saving, prefilling from last year and
 * adding the whole unit.
 */
export function useRegistrationDraft(reg: Registration, scope: Scope) {
  const [draft, setDraft] = useState<Draft>({
    note: reg.note,
    titles: reg.titles,
    targets: reg.targets,
    people: reg.people,
  });
  const [dirty, setDirty] = useState(false);
  const update = (fn: (d: Draft) => Draft) => {
    setDraft(fn);
    setDirty(true);
  };
  const personal = reg.titleOptions.filter((t) => t.recipientKind === "ca_nhan");
  const collective = reg.titleOptions.filter((t) => t.recipientKind === "tap_the");
  const titleName = new Map(reg.titleOptions.map((t) => [t.code, t.name]));

  // Warnings of the grid as it is now (complete lines only), mapped back to the grid's rows.
  const complete = draft.people
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => l.titleCode && (l.personId || l.fullName.trim()));
  const check = useApiQuery(
    "registrations.check",
    {
      ...scope,
      titles: [],
      targets: [],
      people: complete.map(({ l }) => ({
        personId: l.personId,
        fullName: l.fullName.trim(),
        birthYear: l.birthYear,
        isLeader: l.isLeader,
        titleCode: l.titleCode,
      })),
    },
    { placeholderData: keepPreviousData },
  );
  const warnings = (check.data ?? []).map((w) => ({
    ...w,
    row: w.line === null ? null : (complete[w.line]?.i ?? null),
  }));

  const save = useApiMutation("registrations.save", {
    success: "Đã lưu bản đăng ký",
    onSuccess: () => setDirty(false),
  });
  const remove = useApiMutation("registrations.delete", { success: "Đã xóa bản đăng ký" });
  const submit = () =>
    save.mutate({
      ...scope,
      note: draft.note,
      titles: draft.titles.filter((t) => t.titleCode),
      targets: draft.targets.filter((t) => t.text.trim()),
      people: draft.people
        .filter((l) => l.personId || l.fullName.trim())
        .map(({ lastYearRating: _r, ...l }) => ({ ...l, fullName: l.fullName.trim() })),
    });

  const prefill = async () => {
    try {
      const p = await call("registrations.prefill", scope);
      const apply = () => {
        update(() => ({
          note: draft.note,
          titles: p.titles,
          targets: p.targets,
          people: p.people,
        }));
        notifySuccess(
          `Đã lấy ${p.people.length} cá nhân, ${p.titles.length} danh hiệu tập thể, ${p.targets.length} chỉ tiêu từ năm ${p.fromYear}${p.dropped ? ` (bỏ ${p.dropped} dòng: người đã chuyển đơn vị hoặc chưa có trong danh bạ)` : ""}. Hãy xem lại rồi bấm Lưu.`,
        );
      };
      if (draft.people.length || draft.titles.length || draft.targets.length)
        confirmAction({
          title: "Thay bằng bản đăng ký năm trước?",
          message: `Nội dung đang có trên màn hình sẽ được thay bằng bản đăng ký năm ${p.fromYear} (chưa lưu cho đến khi bấm Lưu).`,
          confirmLabel: "Thay",
          onConfirm: apply,
        });
      else apply();
    } catch (e) {
      notifyError(e);
    }
  };

  const addWholeUnit = async () => {
    try {
      const res = await call("directory.listPeople", {
        unitId: scope.unitId,
        withSubUnits: false,
        pageSize: 200,
      });
      const have = new Set(draft.people.map((l) => l.personId).filter(Boolean));
      const add = res.rows
        .filter((p) => !have.has(p.id))
        .map((p) => ({
          ...blankLine(),
          personId: p.id,
          fullName: p.fullName,
          birthYear: p.birthYear,
          position: p.position,
          isLeader: p.isLeader,
        }));
      update((d) => ({
        ...d,
        people: [...d.people.filter((l) => l.personId || l.fullName.trim()), ...add],
      }));
      notifySuccess(`Đã thêm ${add.length} cá nhân của đơn vị với danh hiệu Lao động tiên tiến.`);
    } catch (e) {
      notifyError(e);
    }
  };

  const setLine = (i: number, patch: Partial<Line>) =>
    update((d) => ({ ...d, people: d.people.map((l, j) => (j === i ? { ...l, ...patch } : l)) }));
  const addLine = () => update((d) => ({ ...d, people: [...d.people, blankLine()] }));

  const lineWarnings = (i: number) => warnings.filter((w) => w.row === i);
  const general = warnings.filter((w) => w.row === null);

  return {
    draft,
    dirty,
    update,
    setLine,
    addLine,
    complete,
    lineWarnings,
    general,
    personal,
    collective,
    titleName,
    save,
    remove,
    submit,
    prefill,
    addWholeUnit,
  };
}

export type RegistrationDraft = ReturnType<typeof useRegistrationDraft>;
