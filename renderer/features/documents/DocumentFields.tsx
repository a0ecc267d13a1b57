import { signerLabel } from "../../../electron/contract/format";
import { Modal, Select, Stack, Textarea, type ModalProps } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { useApiQuery } from "../../api/hooks";
import { DateField } from "../../components/DateField";
import { FormActions } from "../../components/FormActions";
import { todayIso } from "../../lib/today";

/**
 * Which signer stands until the officer picks one: the default signer in the settings, or one
 * who signs for the office itself (no delegated authority).
 */
export type SignerPreference = "default" | "office";

/** The state behind a document dialog's date, signer and (optionally) Nơi nhận. */
export interface DocumentFieldsState {
  docDate: string | null;
  setDocDate: (v: string | null) => void;
  /** The signer shown: the one picked, else the preferred one; null while none is known. */
  signerId: string | null;
  setSignerId: (v: string | null) => void;
  signerOptions: { value: string; label: string }[];
  noiNhan: string;
  setNoiNhan: (v: string) => void;
  /** Nơi nhận as the lines typed, trimmed, without blank ones. */
  noiNhanLines: string[];
}

export function useDocumentFields({
  date = todayIso(),
  signerId: initialSigner = null,
  prefer = "default",
  noiNhan: initialNoiNhan = [],
}: {
  date?: string | null;
  signerId?: string | null;
  prefer?: SignerPreference;
  noiNhan?: string[];
} = {}): DocumentFieldsState {
  const signers = useApiQuery("settings.listSigners", {});
  const [docDate, setDocDate] = useState<string | null>(date);
  const [picked, setSignerId] = useState<string | null>(initialSigner);
  const [noiNhan, setNoiNhan] = useState(initialNoiNhan.join("\n"));
  const preferred = signers.data?.find((s) =>
    prefer === "default" ? s.isDefault : s.authority === "",
  );
  return {
    docDate,
    setDocDate,
    signerId: picked ?? preferred?.id ?? signers.data?.[0]?.id ?? null,
    setSignerId,
    signerOptions: (signers.data ?? []).map((s) => ({
      value: s.id,
      label: signerLabel(s),
    })),
    noiNhan,
    setNoiNhan,
    noiNhanLines: noiNhan
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean),
  };
}

/**
 * A document dialog's date and signer, and its Nơi nhận when `withNoiNhan`; `afterDate` holds the
 * fields a dialog asks for between the date and the signer.
 */
export function DocumentFields({
  state,
  dateLabel = "Ngày văn bản",
  afterDate,
  withNoiNhan = false,
}: {
  state: DocumentFieldsState;
  dateLabel?: string;
  afterDate?: ReactNode;
  withNoiNhan?: boolean;
}) {
  return (
    <>
      <DateField label={dateLabel} withAsterisk value={state.docDate} onChange={state.setDocDate} />
      {afterDate}
      <Select
        label="Người ký"
        withAsterisk
        allowDeselect={false}
        data={state.signerOptions}
        value={state.signerId}
        onChange={state.setSignerId}
      />
      {withNoiNhan && (
        <Textarea
          label="Nơi nhận"
          description="Mỗi dòng một nơi; dòng “Lưu: VT, …” được thêm tự động."
          autosize
          minRows={4}
          value={state.noiNhan}
          onChange={(e) => state.setNoiNhan(e.currentTarget.value)}
        />
      )}
    </>
  );
}

/**
 * A dialog that makes a document from a date, a signer and the fields around them: `children`
 * come before the date, `after` after the signer (or Nơi nhận). It submits only with both set.
 */
export function DocumentFieldsModal({
  title,
  size,
  state,
  dateLabel,
  afterDate,
  withNoiNhan,
  after,
  children,
  submitLabel,
  saving,
  onClose,
  onSubmit,
}: {
  title: string;
  size?: ModalProps["size"];
  state: DocumentFieldsState;
  dateLabel?: string;
  afterDate?: ReactNode;
  withNoiNhan?: boolean;
  after?: ReactNode;
  children?: ReactNode;
  submitLabel: string;
  saving: boolean;
  onClose: () => void;
  onSubmit: (v: { docDate: string; signerId: string; noiNhan: string[] }) => void;
}) {
  return (
    <Modal opened onClose={onClose} title={title} size={size}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (state.docDate && state.signerId)
            onSubmit({
              docDate: state.docDate,
              signerId: state.signerId,
              noiNhan: state.noiNhanLines,
            });
        }}
      >
        <Stack>
          {children}
          <DocumentFields
            state={state}
            dateLabel={dateLabel}
            afterDate={afterDate}
            withNoiNhan={withNoiNhan}
          />
          {after}
          <FormActions onCancel={onClose} saving={saving} submitLabel={submitLabel} />
        </Stack>
      </form>
    </Modal>
  );
}
