import { Modal, Select, Stack, TextInput, Textarea } from "@mantine/core";
import { useState } from "react";
import type { DecisionDetail } from "../../../electron/contract";
import { useApiQuery } from "../../api/hooks";
import { defaultFund, signerLabel } from "../../../electron/contract/format";
import { DateField } from "../../components/DateField";
import { FormActions } from "../../components/FormActions";
import { todayIso } from "../../lib/today";

export interface DecisionFieldValues {
  decisionDate: string;
  signerId: string;
  fund: string;
  proposal: string;
  executors: string[];
  noiNhan: string[];
  legalBasisIds: string[];
}

const splitLines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/** Date, signer, fund and the wording of a draft decision (new or existing). */
export function DecisionFieldsModal({
  title,
  initial,
  saving,
  submitLabel,
  summary,
  onSubmit,
  onClose,
}: {
  title: string;
  initial?: DecisionDetail;
  saving: boolean;
  submitLabel: string;
  /** What the decision is for, shown at the top. */
  summary?: string;
  onSubmit: (values: DecisionFieldValues) => void;
  onClose: () => void;
}) {
  const signers = useApiQuery("settings.listSigners", {});
  const [date, setDate] = useState<string | null>(initial?.decisionDate ?? todayIso());
  const [signerId, setSignerId] = useState<string | null>(initial?.signerId ?? null);
  const profile = useApiQuery("settings.getProfile", {});
  const [fund, setFund] = useState(initial?.fund ?? "");
  const [proposal, setProposal] = useState(initial?.proposal ?? "");
  const [executors, setExecutors] = useState((initial?.executors ?? []).join("\n"));
  const [noiNhan, setNoiNhan] = useState((initial?.noiNhan ?? []).join("\n"));
  const chosenSigner =
    signerId ?? signers.data?.find((s) => s.isDefault)?.id ?? signers.data?.[0]?.id ?? null;
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!date || !chosenSigner) return;
          onSubmit({
            decisionDate: date,
            signerId: chosenSigner,
            fund,
            proposal,
            executors: splitLines(executors),
            noiNhan: splitLines(noiNhan),
            legalBasisIds: initial?.legalBasisIds ?? [],
          });
        }}
      >
        <Stack>
          {summary && <Textarea label="Quyết định" readOnly autosize value={summary} />}
          <DateField label="Ngày quyết định" withAsterisk value={date} onChange={setDate} />
          <Select
            label="Người ký"
            withAsterisk
            allowDeselect={false}
            data={(signers.data ?? []).map((s) => ({
              value: s.id,
              label: signerLabel(s),
            }))}
            value={chosenSigner}
            onChange={setSignerId}
          />
          <TextInput
            label="Nguồn kinh phí"
            description="Để trống: quỹ thi đua, khen thưởng của cấp ban hành, như dòng gợi ý"
            placeholder={profile.data ? defaultFund(profile.data.parentBody) : undefined}
            value={fund}
            onChange={(e) => setFund(e.currentTarget.value)}
          />
          <TextInput
            label="Theo đề nghị của (để trống: Phòng Nội vụ, Cơ quan Thường trực Hội đồng)"
            placeholder="Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số …"
            value={proposal}
            onChange={(e) => setProposal(e.currentTarget.value)}
          />
          <Textarea
            label="Điều 3 – cơ quan, người thi hành (mỗi dòng một nơi; để trống: mặc định)"
            autosize
            minRows={2}
            value={executors}
            onChange={(e) => setExecutors(e.currentTarget.value)}
          />
          <Textarea
            label="Nơi nhận (mỗi dòng một nơi; để trống: “Như Điều 3”, dòng “Lưu” tự thêm)"
            autosize
            minRows={2}
            value={noiNhan}
            onChange={(e) => setNoiNhan(e.currentTarget.value)}
          />
          <FormActions onCancel={onClose} saving={saving} submitLabel={submitLabel} />
        </Stack>
      </form>
    </Modal>
  );
}
