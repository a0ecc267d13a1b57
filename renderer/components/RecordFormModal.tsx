import { Modal, Stack, type ModalProps } from "@mantine/core";
import { useForm, type UseFormReturnType } from "@mantine/form";
import type { ReactNode } from "react";
import type { z } from "zod";
import type { Channel, InputOf } from "../../electron/contract";
import { useApiMutation } from "../api/hooks";
import { FormActions } from "./FormActions";
import { showServerErrors, zodValidate } from "./form-utils";

interface Props<V> {
  /** The save procedure: called with the form values, plus the id when editing. */
  channel: Channel;
  record: (V & { id: string }) | "new";
  blank: V;
  /** The contract's input schema: the form shows the same Vietnamese messages as the backend. */
  schema: z.ZodType;
  titles: { create: string; edit: string };
  success: string;
  size?: ModalProps["size"];
  onClose: () => void;
  children: (form: UseFormReturnType<V>) => ReactNode;
}

/** Create or edit one record in a modal: validation, saving, field errors from the backend. */
export function RecordFormModal<V extends object>(p: Props<V>) {
  const form = useForm<V>({
    mode: "controlled",
    initialValues: p.record === "new" ? p.blank : p.record,
    validate: zodValidate<V>(p.schema),
  });
  const save = useApiMutation(p.channel, {
    success: p.success,
    onSuccess: p.onClose,
    onError: (e) => showServerErrors(form, e),
  });
  const submit = (values: V) => {
    const input = p.record === "new" ? values : { ...values, id: p.record.id };
    save.mutate(input as InputOf<Channel>);
  };
  return (
    <Modal
      opened
      onClose={p.onClose}
      title={p.record === "new" ? p.titles.create : p.titles.edit}
      size={p.size}
    >
      <form onSubmit={form.onSubmit(submit)}>
        <Stack>
          {p.children(form)}
          <FormActions onCancel={p.onClose} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
