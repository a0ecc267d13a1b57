import { Modal, SegmentedControl, Select, Stack, Textarea } from "@mantine/core";
import { useState } from "react";
import {
  nomineeKindLabels,
  nomineeKinds,
  type Dossier,
  type Nomination,
  type NomineeKind,
} from "../../../electron/contract";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { FormActions } from "../../components/FormActions";
import { NomineePicker, type Picked } from "./NomineePicker";

/** Add or edit one nomination: the nominee, the award form from the catalogue, the summary. */
export function NominationModal({
  dossier,
  nomination,
  onClose,
}: {
  dossier: Dossier;
  nomination: Nomination | "new";
  onClose: () => void;
}) {
  const editing = nomination === "new" ? null : nomination;
  const [kind, setKind] = useState<NomineeKind>(editing?.nomineeKind ?? "ca_nhan");
  const [nominee, setNominee] = useState<Picked | null>(
    editing
      ? {
          id: editing.personId ?? editing.unitId ?? editing.householdId ?? "",
          label: [editing.nomineeName, editing.nomineeDetail].filter(Boolean).join(" – "),
        }
      : null,
  );
  const [awardCode, setAwardCode] = useState<string | null>(editing?.awardCode ?? null);
  const [summary, setSummary] = useState(editing?.summary ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const awards = useApiQuery("catalogue.listAwards", { onDate: dossier.receivedDate });
  const awardOptions = [
    ...new Map(
      (awards.data ?? [])
        .filter((a) => a.recipientKind === kind)
        .map((a) => [a.code, { value: a.code, label: a.name }]),
    ).values(),
  ];
  const save = useApiMutation("dossiers.saveNomination", {
    success: editing ? "Đã lưu đề nghị" : "Đã thêm đề nghị",
    onSuccess: onClose,
    onError: (e) => setErrors(e.fields),
  });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!nominee) problems.nominee = "Chưa chọn người, tập thể hoặc hộ được đề nghị";
    if (!awardCode) problems.awardCode = "Chưa chọn danh hiệu, hình thức khen thưởng";
    setErrors(problems);
    if (!nominee || !awardCode) return;
    save.mutate({
      ...(editing ? { id: editing.id } : {}),
      dossierId: dossier.id,
      nomineeKind: kind,
      personId: kind === "ca_nhan" ? nominee.id : null,
      unitId: kind === "tap_the" ? nominee.id : null,
      householdId: kind === "ho_gia_dinh" ? nominee.id : null,
      awardCode,
      summary,
    });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={editing ? "Sửa đề nghị khen thưởng" : "Thêm đề nghị khen thưởng"}
    >
      <form onSubmit={submit}>
        <Stack>
          <SegmentedControl
            aria-label="Đối tượng đề nghị"
            data={nomineeKinds.map((k) => ({ value: k, label: nomineeKindLabels[k] }))}
            value={kind}
            onChange={(k) => {
              setKind(k as NomineeKind);
              setNominee(null);
              setAwardCode(null);
            }}
          />
          <NomineePicker
            key={kind}
            kind={kind}
            value={nominee}
            onChange={setNominee}
            error={errors.nominee}
            defaultUnitId={dossier.unitId}
          />
          <Select
            label="Danh hiệu, hình thức khen thưởng"
            withAsterisk
            searchable
            data={awardOptions}
            value={awardCode}
            onChange={setAwardCode}
            error={errors.awardCode}
            nothingFoundMessage="Danh mục không có hình thức cho đối tượng này"
          />
          <Textarea
            label="Tóm tắt thành tích"
            autosize
            minRows={3}
            maxRows={8}
            value={summary}
            error={errors.summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
          />
          <FormActions onCancel={onClose} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
